""" "'Dre' also appears in 1 other case": a moniker, nickname, handle or phone number of
this case that was also typed in another case (issue 14; ``store.echoes``).

Exploiters often have more than one victim, so the associates, online and tattoo
panels point it out. The CSW opens the other case (its latest contact, at the same
panel) or dismisses the pointer for as long as this contact is open; nothing is
written. The pointer is asked again shortly after each save, so a moniker just typed
is pointed out at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.store.errors import StoreError
from ui.panels.base import PanelContext


class EchoPointer(QWidget):
    """One line per echo of the given parts, with Open and Dismiss; hidden when none."""

    def __init__(
        self, ctx: PanelContext, parts: tuple[str, ...], panel_id: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parts = parts
        self.panel_id = panel_id
        self.dismissed: set[str] = set()
        self.rows: dict[str, tuple[QLabel, QPushButton, QPushButton]] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setAccessibleName(self.tr("Also in other cases"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_echoes)
        ctx.autosave.saved.connect(lambda *_args: self._timer.start())
        self.update_echoes()

    def terms(self) -> list[str]:
        """The terms pointed out now (what the CSW reads)."""
        return [label.text() for label, _o, _d in self.rows.values()]

    def update_echoes(self) -> None:
        case_id = self.ctx.interview.case_id
        try:
            echoes = self.ctx.store.echoes(case_id) if case_id else []
        except StoreError:  # locked meanwhile (the view is being dropped): a hint, no error
            return
        wanted = {}
        for echo in echoes:
            if echo.part in self.parts and echo.term not in self.dismissed:
                wanted.setdefault(echo.term, echo)
        for term in [t for t in self.rows if t not in wanted]:
            self._drop(term)
        for term, echo in wanted.items():
            others = list(dict.fromkeys(echo.other_case_ids))
            text = (
                self.tr("“{term}” also appears in 1 other case").format(term=term)
                if len(others) == 1
                else self.tr("“{term}” also appears in {n} other cases").format(
                    term=term, n=len(others)
                )
            )
            if term in self.rows:
                label, open_button, _dismiss = self.rows[term]
                label.setText(text)
            else:
                row = _TintedRow(self)
                row.setFrameShape(QFrame.Shape.StyledPanel)
                _tint(row)
                line = QHBoxLayout(row)
                line.setContentsMargins(8, 2, 8, 2)
                label = QLabel(text, row)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setToolTip(
                    self.tr(
                        "Exploiters often have more than one victim. Open shows the other "
                        "case; Dismiss hides this until the contact is opened again."
                    )
                )
                open_button = QPushButton(self.tr("Open the other case"), row)
                open_button.setAccessibleName(
                    self.tr("Open the other case for {term}").format(term=term)
                )
                dismiss = QPushButton(self.tr("Dismiss"), row)
                dismiss.setAccessibleName(
                    self.tr("Dismiss the pointer for {term}").format(term=term)
                )
                line.addWidget(label, 1)
                line.addWidget(open_button)
                line.addWidget(dismiss)
                self._layout.addWidget(row)
                self.rows[term] = (label, open_button, dismiss)
                dismiss.clicked.connect(lambda _c=False, t=term: self.dismiss(t))
                open_button.clicked.connect(lambda _c=False, b=open_button: self._open(b))
            open_button.setProperty("cases", others)
        self.setVisible(bool(self.rows))

    def dismiss(self, term: str) -> None:
        self.dismissed.add(term)
        self._drop(term)
        self.setVisible(bool(self.rows))

    def _drop(self, term: str) -> None:
        label, _open, _dismiss = self.rows.pop(term)
        row = label.parentWidget()
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _open(self, button: QPushButton) -> None:
        cases = list(button.property("cases") or [])
        if len(cases) == 1:
            self.ctx.open_elsewhere(cases[0], "", self.panel_id)
            return
        menu = QMenu(self)
        for case_id in cases:
            case = self.ctx.store.load_case(case_id)
            name = case.youth.name or self.tr("(no name)")
            act = menu.addAction(name)
            act.triggered.connect(
                lambda _c=False, c=case_id: self.ctx.open_elsewhere(c, "", self.panel_id)
            )
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))


class _TintedRow(QFrame):
    """An echo's line: tinted again when the palette changes (the system switched light
    or dark, issue 16), so its text, in the new palette's colour, reads on it."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange:
            _tint(self)  # the same tint again changes nothing: no loop
        super().changeEvent(event)


def _tint(frame: QFrame) -> None:
    """The info banners' tint (ui/widgets/banner.py): the base colour mixed with blue,
    readable in light and dark palettes."""
    pal = frame.palette()
    base = pal.color(QPalette.ColorRole.Base).toRgb()
    mixed = base
    mixed.setRgb(
        (base.red() * 3 + 40) // 4, (base.green() * 3 + 110) // 4, (base.blue() * 3 + 200) // 4
    )
    pal.setColor(QPalette.ColorRole.Window, mixed)
    frame.setPalette(pal)
    frame.setAutoFillBackground(True)
