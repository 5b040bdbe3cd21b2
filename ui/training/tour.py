"""The tour of the window: a short paged dialog, shown once on first run, reopened from Help."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.dialogs import RememberedDialog

CONTEXT = "Tour"
# What each panel is for, by panel id; the titles come from the panel registry, so
# a renamed or added panel shows up here too (with no sentence until one is written).
PANEL_PURPOSE = {
    "contact": QT_TRANSLATE_NOOP("Tour", "who the youth is, who you interview, when and where"),
    "youth": QT_TRANSLATE_NOOP("Tour", "rapport first, then the guide's questions one at a time"),
    "caregiver": QT_TRANSLATE_NOOP("Tour", "the opening with caregivers, then their questions"),
    "investigative": QT_TRANSLATE_NOOP("Tour", "the areas to look into beyond the interview"),
    "red_flags": QT_TRANSLATE_NOOP("Tour", "the guide's red flags, with who told you each"),
    "at_risk": QT_TRANSLATE_NOOP("Tour", "indicators A to H and what the definition gives"),
    "tattoos": QT_TRANSLATE_NOOP("Tour", "a body outline to mark tattoos and describe them"),
    "online": QT_TRANSLATE_NOOP("Tour", "social-media accounts and the signs seen on them"),
    "associates": QT_TRANSLATE_NOOP("Tour", "people around the youth, and other possible victims"),
    "special": QT_TRANSLATE_NOOP("Tour", "foreign national minors (OTIP), runaway returns"),
    "responsibilities": QT_TRANSLATE_NOOP("Tour", "the steps that become due, and when"),
    "collateral": QT_TRANSLATE_NOOP("Tour", "schools, doctors and others you contact"),
    "allegations": QT_TRANSLATE_NOOP("Tour", "the allegations to consider; you decide"),
    "needs": QT_TRANSLATE_NOOP("Tour", "needs and the services you refer to"),
    "review": QT_TRANSLATE_NOOP("Tour", "what is answered or skipped, and the narrative"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def panel_lines() -> str:
    import ui.panels  # noqa: F401, PLC0415 - registers every panel
    from ui.panels.base import registered_panels  # noqa: PLC0415 - on first use

    lines = []
    for cls in registered_panels():
        purpose = PANEL_PURPOSE.get(cls.panel_id)
        text = _tr(purpose) if purpose else ""
        lines.append(f"• {cls.display_title()}" + (f": {text}" if text else ""))
    return "\n".join(lines)


def tour_pages(training: bool) -> list[tuple[str, str]]:
    pages = [
        (
            _tr("Welcome"),
            _tr(
                "This window keeps your interview notes on this computer only, in one "
                "encrypted file, until you have entered them into CWS/CMS. Nothing is sent "
                "anywhere. This short tour shows where things are; Help > Tour of the window "
                "opens it again."
            ),
        ),
        (
            _tr("The interview list"),
            _tr(
                "After you unlock, the list shows each interview with its youth, contact date, "
                "status and any deadline that is due (an OTIP notification turns red under six "
                "hours). Ctrl+N starts a new interview, Ctrl+F searches, Enter opens a row."
            ),
        ),
        (_tr("The panels, in the order you work"), panel_lines()),
        (
            _tr("Moving around"),
            _tr(
                "The list on the left of an interview shows every panel and question, marked "
                "answered (✓), skipped (–) or not yet asked (○). Ctrl+Enter goes to the next "
                "question or panel, Ctrl+Shift+Enter back. You can skip any question and come "
                "back to it."
            ),
        ),
        (
            _tr("Autosave"),
            _tr(
                "Everything you type or tick is saved as you go, within about half a second; "
                "there is no Save button. The top right says \u201cAll changes saved\u201d. If "
                "something cannot be saved, a red strip says so, your text stays on screen "
                "and saving is tried again."
            ),
        ),
        (
            _tr("Locking"),
            _tr(
                "Ctrl+L or Lock on the toolbar hides everything until your passphrase is "
                "entered again. The window also locks by itself after a few minutes without "
                "input (File > Preferences), and when you close it. Text you copied from the "
                "tool is cleared from the clipboard. Unlocking takes you back to the same "
                "question."
            ),
        ),
    ]
    if training:
        pages.append(
            (
                _tr("Training mode"),
                _tr(
                    "The purple band means a made-up practice case, kept in a separate "
                    "training file, never with real records. Beside each question you see "
                    "what the person says; record it as you would in the field. Notes from "
                    "the guide appear at the side. Training > Finish and debrief compares your "
                    "record with the case's answer key."
                ),
            )
        )
    return pages


class TourDialog(RememberedDialog):
    geometry_name = "tour"

    def __init__(self, parent: QWidget | None = None, training: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("tourDialog")
        self.setWindowTitle(self.tr("Tour of the window"))
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        if training:
            from ui.training.banner import TrainingBanner  # noqa: PLC0415 - a real export never loads ui.training

            layout.addWidget(TrainingBanner(self))
        self.pages = QStackedWidget(self)
        self.pages.setAccessibleName(self.tr("Tour of the window"))
        for title, text in tour_pages(training):
            page = QWidget(self.pages)
            column = QVBoxLayout(page)
            heading = QLabel(title, page)
            font = heading.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            heading.setFont(font)
            heading.setAccessibleName(title)
            body = QLabel(text, page)
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            body.setAccessibleName(title)
            column.addWidget(heading)
            column.addWidget(body, 1)
            self.pages.addWidget(page)
        layout.addWidget(self.pages, 1)
        row = QHBoxLayout()
        self.where = QLabel(self)
        self.where.setAccessibleName(self.tr("Tour page"))
        self.back = QPushButton(self.tr("&Back"), self)
        self.back.setAccessibleName(self.tr("Back"))
        self.next = QPushButton(self.tr("&Next"), self)
        self.next.setAccessibleName(self.tr("Next"))
        self.close_button = QPushButton(self.tr("&Close tour"), self)
        self.close_button.setAccessibleName(self.tr("Close tour"))
        row.addWidget(self.where)
        row.addStretch(1)
        for button in (self.back, self.next, self.close_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.back.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.close_button.clicked.connect(self.accept)
        self.go(0)

    def go(self, step: int) -> None:
        index = max(0, min(self.pages.count() - 1, self.pages.currentIndex() + step))
        self.pages.setCurrentIndex(index)
        last = index == self.pages.count() - 1
        self.back.setEnabled(index > 0)
        self.next.setEnabled(not last)
        (self.close_button if last else self.next).setDefault(True)
        self.where.setText(self.tr("{n} of {total}").format(n=index + 1, total=self.pages.count()))


def show_tour(parent: QWidget | None, training: bool = False) -> TourDialog:
    """Open the tour without blocking the window behind it."""
    dialog = TourDialog(parent, training)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_first_run(
    parent: QWidget | None, app_settings: settings.Settings, training: bool = False
) -> TourDialog | None:
    """The tour, once per user: the setting is written before showing, so a crash
    while it is open does not bring it back every start."""
    if app_settings.get(settings.TOUR_SHOWN):
        return None
    app_settings.set(settings.TOUR_SHOWN, True)
    app_settings.sync()
    return show_tour(parent, training)
