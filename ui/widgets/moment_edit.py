"""A date-and-time field that may be empty ("not recorded"), with "Now" and "Clear".

Typed like every date and time in the app (ui/widgets/date_field.py): a date field and
a time field side by side. Shown in local time (app/localtime.py, as everywhere a person
reads a time); read and written as timezone-aware UTC, as the model keeps it. A date
without a time (or a time without a date) is not saved: the field says what is missing,
and the value stays what it was.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.localtime import local_start, to_local, zone_name
from ui.widgets.date_field import DateField, TimeField


class MomentEdit(QWidget):
    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: datetime | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.date = DateField(self.tr("{name}: date").format(name=name), self, self.tr("Date"))
        self.time = TimeField(self.tr("{name}: time").format(name=name), self, self.tr("Time"))
        for field in (self.date, self.time):
            field.says.hide()  # one line of feedback under both, below
        self.edit = self.date  # the part that takes the focus first
        self.now_button = QPushButton(self.tr("Now"), self)
        self.now_button.setAccessibleName(self.tr("{name}: now").format(name=name))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("{name}: clear").format(name=name))
        layout.addWidget(self.date)
        layout.addWidget(self.time)
        layout.addWidget(self.now_button)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.says = QLabel(self)
        self.says.setAccessibleName(self.tr("{name}: understood as").format(name=name))
        self.says.setWordWrap(True)
        # The line is kept even when empty, so a message never pushes the rows below.
        self.says.setMinimumHeight(self.says.fontMetrics().height())
        outer.addWidget(self.says)
        self.setFocusProxy(self.date)
        # Its own height only: in a table row it sits level with the row's other fields.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.date.changed.connect(self._typed)
        self.time.changed.connect(self._typed)
        self.date.line.editingFinished.connect(self._say)
        self.time.line.editingFinished.connect(self._say)
        self.now_button.clicked.connect(lambda: self.set_value(datetime.now(UTC), emit=True))
        self.clear_button.clicked.connect(lambda: self.set_value(None, emit=True))

    def value(self) -> datetime | None:
        return self._value

    def set_value(self, moment: datetime | None, emit: bool = False) -> None:
        if moment is None:
            self.date.set_value(None)
            self.time.set_value(None)
        else:
            local = to_local(moment).replace(second=0, microsecond=0)
            self.date.set_value(local.date())
            self.time.set_value(local.time().replace(tzinfo=None))
            moment = local.astimezone(UTC)
        changed = moment != self._value
        self._value = moment
        self._say()
        if emit and changed:
            self.changed.emit()

    def problem(self) -> str:
        return self._problem_text()

    def _problem_text(self) -> str:
        day, hour = self.date.value(), self.time.value()
        for field in (self.date, self.time):
            if field.problem():
                return field.problem_in_brief()  # the whole reason: the field's tooltip
        if day is not None and hour is None:
            return self.tr("add the time (e.g. 14:30)")
        if day is None and hour is not None:
            return self.tr("add the date")
        return ""

    def _typed(self) -> None:
        day, hour = self.date.value(), self.time.value()
        if (day is None) != (hour is None):
            self._say()  # half a moment: nothing saved until both are there
            return
        moment = None
        if day is not None and hour is not None:
            moment = local_start(day, hour)
        if moment != self._value:
            self._value = moment
            self.changed.emit()
        self._say()

    def _say(self) -> None:
        problem = self._problem_text()
        if problem:
            self.says.setText(self.tr("Not saved: {why}").format(why=problem))
        elif self._value is not None:
            local = to_local(self._value)
            self.says.setText(f"{self.date.says.text()}, {local:%H:%M} {zone_name(local)}".strip())
        else:
            self.says.setText("")
