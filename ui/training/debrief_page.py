"""The debrief page: each area's score, each item found / missed / extra with the reasons."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.training import TRAINING_MARK, Debrief
from ui.window_support import user_message

# Test hook (KeePassXC's "next file name"): the path the next save dialog returns
# without showing it. Production code never sets it.
next_save_path: list[Path] = []


class DebriefPage(QWidget):
    back_requested = Signal()
    cases_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingDebrief")
        self.result: Debrief | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setAccessibleName(self.tr("Debrief"))
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.body = QTextBrowser(self)
        self.body.setAccessibleName(self.tr("Debrief against the answer key"))
        self.body.setOpenLinks(False)
        layout.addWidget(self.body, 1)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Debrief PDF"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.back = QPushButton(self.tr("&Back to the practice interview"), self)
        self.back.setAccessibleName(self.tr("Back to the practice interview"))
        self.cases = QPushButton(self.tr("Practice &cases"), self)
        self.cases.setAccessibleName(self.tr("Practice cases"))
        self.save_pdf = QPushButton(self.tr("&Save debrief PDF…"), self)
        self.save_pdf.setAccessibleName(self.tr("Save debrief PDF"))
        row.addWidget(self.back)
        row.addWidget(self.cases)
        row.addStretch(1)
        row.addWidget(self.save_pdf)
        layout.addLayout(row)
        self.back.clicked.connect(self.back_requested)
        self.cases.clicked.connect(self.cases_requested)
        self.save_pdf.clicked.connect(self.save)

    def show_debrief(self, result: Debrief) -> None:
        self.result = result
        self.status.clear()
        self.heading.setText(
            self.tr("Debrief: {case} · overall {score} of 100").format(
                case=result.scenario_title, score=result.overall
            )
        )
        self.body.setHtml(debrief_html(result, self.tr, self.body.palette().base().color()))
        self.back.setFocus()

    def save(self) -> None:
        if self.result is None:
            return
        if next_save_path:
            path = next_save_path.pop(0)
        else:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save debrief PDF"),
                f"training-debrief-{self.result.scenario_id}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not name:
                return
            path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from app.training import render_debrief_pdf  # noqa: PLC0415 - reportlab, on first use

        try:
            render_debrief_pdf(self.result, path)
        except OSError as exc:
            self.status.setText(
                self.tr("The PDF could not be saved: {reason}").format(reason=user_message(exc))
            )
            return
        self.status.setText(self.tr("Debrief saved: {path}").format(path=path))


STATUS = {
    "found": QT_TRANSLATE_NOOP("DebriefPage", "Found"),
    "missed": QT_TRANSLATE_NOOP("DebriefPage", "Missed"),
    "extra": QT_TRANSLATE_NOOP("DebriefPage", "Extra"),
    "right": QT_TRANSLATE_NOOP("DebriefPage", "Right"),
    "wrong": QT_TRANSLATE_NOOP("DebriefPage", "Wrong"),
}
# Colour only repeats the word (never carries meaning alone): readable in both themes.
STATUS_COLOUR = {"found": "#2e7d32", "right": "#2e7d32", "missed": "#c62828", "wrong": "#c62828",
                 "extra": "#b26a00"}  # fmt: skip


def status_colour(status: str, ground: QColor | None = None) -> str:
    """The status word's colour, made readable on ``ground`` (the page's; issue 16)."""
    colour = STATUS_COLOUR.get(status, "")
    if not colour or ground is None:
        return colour
    from ui.colours import readable  # noqa: PLC0415 - only when a page shows it

    return readable(QColor(colour), ground).name()


def debrief_html(result: Debrief, tr, ground: QColor | None = None) -> str:  # noqa: ANN001 - tr
    e = escape
    out = [f"<p><b>{e(TRAINING_MARK)}</b></p>"]
    out.append("<table cellpadding='3'>")
    for area in result.areas:
        out.append(f"<tr><td>{e(area.title)}</td><td align='right'><b>{area.score}</b></td></tr>")
    out.append(
        f"<tr><td><b>{e(tr('Overall'))}</b></td><td align='right'><b>{result.overall}</b></td></tr>"
    )
    out.append("</table>")
    if len(result.contacts) > 1:
        across = "; ".join(result.contacts)
        out.append(f"<p>{e(tr('The case, scored across its contacts:'))} {e(across)}</p>")
    for area in result.areas:
        out.append(f"<h3>{e(area.title)} · {e(tr('score'))} {area.score}</h3>")
        if not area.items:
            out.append(f"<p>{e(tr('Nothing to find in this case, and nothing recorded.'))}</p>")
        for item in area.items:
            word = tr(STATUS.get(item.status, item.status))
            colour = status_colour(item.status, ground)
            out.append(
                f"<p><b><span style='color:{colour}'>{e(word)}</span></b> · <b>{e(item.label)}</b>"
            )
            if item.contact:  # issue 14: a case scored across its contacts
                out.append(f"<br>{e(tr('Recorded in the contact:'))} {e(item.contact)}")
            elif item.comes_out_in and item.status == "missed":
                out.append(f"<br>{e(tr('Where it comes out:'))} {e(item.comes_out_in)}")
            if item.case_reason:
                out.append(f"<br>{e(tr('In this case:'))} {e(item.case_reason)}")
            if item.guide:  # the guide's reason names its source itself
                out.append(f"<br><i>{e(item.guide)}</i>")
            out.append("</p>")
    if result.coaching:
        out.append(f"<h3>{e(tr('Coaching notes'))}</h3>")
        for note in result.coaching:
            out.append(f"<p><b>{e(note.message)}</b>")
            if note.guide:
                out.append(f"<br><i>{e(tr('The guide:'))} {e(note.guide)}</i>")
            out.append("</p>")
    return "".join(out)
