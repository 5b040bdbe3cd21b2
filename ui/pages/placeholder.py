"""Shown in place of the guided interview when that part of the window is unavailable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ui.pages import common


class InterviewPlaceholder(QWidget):
    """Mirrors the InterviewView contract (flush, current_panel, open_panel, closed)."""

    closed = Signal()

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewPlaceholder")
        self._panel = ""
        column = common.centred_column(self)
        column.addWidget(common.title_label(self.tr("The guided interview cannot open"), self))
        column.addWidget(
            common.body_label(
                self.tr(
                    "This part of the window is not available in this build, so the "
                    "interview cannot be shown. Nothing was changed. ({reason})"
                ).format(reason=reason),
                self,
            )
        )
        back = QPushButton(self.tr("Back to the interview list"), self)
        back.setAccessibleName(self.tr("Back to the interview list"))
        back.clicked.connect(self.closed)
        column.addWidget(back)
        self.setFocusProxy(back)

    def flush(self) -> None:
        """Nothing to save: this page edits nothing."""

    def current_panel(self) -> str:
        return self._panel

    def open_panel(self, panel_id: str) -> None:
        self._panel = panel_id
