"""A date-and-time field that may be empty ("not recorded"), with a "Now" button.

Shown in local time; read and written as timezone-aware UTC, as the model keeps it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QPushButton, QWidget

EMPTY = QDateTime.fromString("2000-01-01T00:00:00", "yyyy-MM-ddTHH:mm:ss")


class MomentEdit(QWidget):
    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateTimeEdit(self)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(EMPTY)
        self.edit.setSpecialValueText(self.tr("Not recorded"))
        self.edit.setDateTime(EMPTY)
        self.edit.setAccessibleName(name)
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setAccessibleName(self.tr("{name}: now").format(name=name))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("{name}: clear").format(name=name))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.now_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self._changed)
        self.now_button.clicked.connect(lambda: self.set_value(datetime.now(UTC), emit=True))
        self.clear_button.clicked.connect(lambda: self.set_value(None, emit=True))

    def value(self) -> datetime | None:
        qdt = self.edit.dateTime()
        if qdt == EMPTY:
            return None
        return qdt.toPython().astimezone().astimezone(UTC)

    def set_value(self, moment: datetime | None, emit: bool = False) -> None:
        self._loading = not emit
        try:
            if moment is None:
                self.edit.setDateTime(EMPTY)
            else:
                local = moment.astimezone().replace(tzinfo=None, second=0, microsecond=0)
                self.edit.setDateTime(QDateTime(local))
        finally:
            self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()
