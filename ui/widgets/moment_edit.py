"""A date-and-time field that may be empty ("not recorded"), with "Now" and "Clear".

Typed like every date and time in the app (ui/widgets/date_field.py): a date field and
a time field side by side. Shown in local time (app/localtime.py, as everywhere a person
reads a time); read and written as timezone-aware UTC, as the model keeps it. A date
without a time (or a time without a date) is not saved: the field says what is missing,
and the value stays what it was.

``LazyMomentEdit`` is the same field made one turn of the event loop later (or at
once when it takes the focus or a value is set with ``emit``; a value set before
then waits for it): a list of many such fields (the responsibilities panel's due
steps) shows sooner, and the field keeps its place in the Tab order.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.localtime import local_start, to_local, zone_name
from ui import wheel_guard
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


def _to_the_minute(moment: datetime) -> datetime:
    """What ``MomentEdit.set_value`` keeps of ``moment``: its local minute, in UTC."""
    return to_local(moment).replace(second=0, microsecond=0).astimezone(UTC)


class LazyMomentEdit(QWidget):
    """A ``MomentEdit`` built when first needed, with the same value API and signal.

    It is built on the next turn of the event loop (before a person can act: input
    comes from that same loop), or at once when a value is set with ``emit``, or
    when it takes the focus (Tab from the field before it, Shift+Tab
    from the field after it). It then sits in this widget's place in the Tab order.
    """

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._edit: MomentEdit | None = None
        # A value set before the field is made: shown when it is made (issue 17).
        self._pending: datetime | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # its place in the Tab order
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        QTimer.singleShot(0, self, self._build_later)

    def editor(self) -> MomentEdit:
        """The field itself (built now if it was not yet)."""
        if self._edit is None:
            with wheel_guard.paused():  # no input meanwhile (see wheel_guard.paused)
                edit = MomentEdit(self._name, self)
            self._layout.addWidget(edit)
            edit.show()  # a child made after its parent was shown stays hidden otherwise
            # Made after the row's later fields, it would come last on Tab; and a focus
            # proxy moves this widget to just before it. Put both back in this place.
            before = self.previousInFocusChain()
            self.setFocusProxy(edit)
            QWidget.setTabOrder(before, self)
            edit.changed.connect(self.changed)
            self._edit = edit
            if self._pending is not None:
                edit.set_value(self._pending)
                self._pending = None
        return self._edit

    def is_built(self) -> bool:
        return self._edit is not None

    def _build_later(self) -> None:
        self.editor()

    def value(self) -> datetime | None:
        return self._edit.value() if self._edit is not None else self._pending

    def set_value(self, moment: datetime | None, emit: bool = False) -> None:
        """As ``MomentEdit.set_value``; before the field is made, the value waits for
        it (to the minute, as the field keeps it), so a panel of many filled times
        still shows before they are made."""
        if self._edit is not None:
            self._edit.set_value(moment, emit=emit)
            return
        if emit:
            self.editor().set_value(moment, emit=emit)
            return
        self._pending = None if moment is None else _to_the_minute(moment)

    def problem(self) -> str:
        return self._edit.problem() if self._edit is not None else ""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        edit = self.editor()
        back = event.reason() == Qt.FocusReason.BacktabFocusReason
        (edit.clear_button if back else edit).setFocus(event.reason())
