"""Date and time fields that take what people type (issue 13, finding 4).

A plain line edit, so typing is typing: "2010-03-14", "3/14/10", "1430", "2:30 pm" are
read by app/dates.py when the field is left (Tab, Return, a click elsewhere); beside it
the field says what it understood ("Sun 14 Mar 2010") or why it cannot read the text,
and then nothing is saved. Empty is "not known". Tab always leaves the field (no
sections inside it), and the wheel does nothing to it. A date field opens a calendar
(the button, or Alt+Down / F4) on the month of its value, or today's.

The value API matches the rest of the app: ``value()``, ``set_value(v, emit=False)``
and the ``changed`` signal when the person commits a new value.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.dates import NotUnderstood, date_words, parse_date, parse_time, time_words

# app.dates' reasons (NotUnderstood.kind), worded again here so that the window says
# them in its own language: (the reason, in brief). English is app.dates' word for word.
PROBLEMS = {
    "year": (
        QT_TRANSLATE_NOOP("DateField", "“{text}” is not a year; type four digits"),
        QT_TRANSLATE_NOOP("DateField", "a four-digit year?"),
    ),
    "month_number": (
        QT_TRANSLATE_NOOP("DateField", "There is no month {month}; type e.g. {example}"),
        QT_TRANSLATE_NOOP("DateField", "no month {month}"),
    ),
    "day": (
        QT_TRANSLATE_NOOP("DateField", "{month_name} {year} has no day {day}; type e.g. {example}"),
        QT_TRANSLATE_NOOP("DateField", "no such day"),
    ),
    "month_name": (
        QT_TRANSLATE_NOOP("DateField", "“{name}” is not a month; type e.g. {example}"),
        QT_TRANSLATE_NOOP("DateField", "not a month"),
    ),
    "date": (
        QT_TRANSLATE_NOOP("DateField", "“{text}” is not a date; type e.g. {example}"),
        QT_TRANSLATE_NOOP("DateField", "not a date"),
    ),
    "time": (
        QT_TRANSLATE_NOOP("DateField", "“{text}” is not a time; type e.g. {example}"),
        QT_TRANSLATE_NOOP("DateField", "not a time"),
    ),
    "hour": (
        QT_TRANSLATE_NOOP("DateField", "“{text}” could be any time that hour; type e.g. {example}"),
        QT_TRANSLATE_NOOP("DateField", "add the minutes"),
    ),
}
DATE_EXAMPLE = QT_TRANSLATE_NOOP("DateField", "2010-03-14 or 3/14/2010")  # = app.dates'
TIME_EXAMPLE = QT_TRANSLATE_NOOP("DateField", "14:30, 2:30 pm or 1430")
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("DateField", "January"),
    QT_TRANSLATE_NOOP("DateField", "February"),
    QT_TRANSLATE_NOOP("DateField", "March"),
    QT_TRANSLATE_NOOP("DateField", "April"),
    QT_TRANSLATE_NOOP("DateField", "May"),
    QT_TRANSLATE_NOOP("DateField", "June"),
    QT_TRANSLATE_NOOP("DateField", "July"),
    QT_TRANSLATE_NOOP("DateField", "August"),
    QT_TRANSLATE_NOOP("DateField", "September"),
    QT_TRANSLATE_NOOP("DateField", "October"),
    QT_TRANSLATE_NOOP("DateField", "November"),
    QT_TRANSLATE_NOOP("DateField", "December"),
)


def problem_words(refused: NotUnderstood) -> tuple[str, str]:
    """Why the typed text is not a date (time), and in brief, in the window's language."""
    if refused.kind not in PROBLEMS:
        return str(refused), refused.short
    message, short = PROBLEMS[refused.kind]
    fields = dict(refused.fields)
    example = TIME_EXAMPLE if refused.kind in ("time", "hour") else DATE_EXAMPLE
    fields["example"] = QCoreApplication.translate("DateField", example)
    month = fields.get("month")
    if refused.kind == "day" and isinstance(month, int):
        fields["month_name"] = QCoreApplication.translate("DateField", MONTH_NAMES[month - 1])
    return (
        QCoreApplication.translate("DateField", message).format(**fields),
        QCoreApplication.translate("DateField", short).format(**fields),
    )


class _TypedField(QWidget):
    """What dates and times share: the line, the message beside it, commit on leaving."""

    changed = Signal()

    @staticmethod
    def _base_tr(text: str) -> str:
        # Not self.tr(): in a subclass that looks up under the subclass's name, and
        # the catalogue holds these texts under this class's (issue 15).
        return QCoreApplication.translate("_TypedField", text)

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: date | time | None = None
        self._problem = ""
        self._short = ""
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(1)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.row)
        self.line = QLineEdit(self)
        self.line.setAccessibleName(name)
        self.line.setPlaceholderText(placeholder)
        self.line.setClearButtonEnabled(False)
        self.row.addWidget(self.line)
        self.says = QLabel(self)
        self.says.setAccessibleName(self._base_tr("{name}: understood as").format(name=name))
        self.says.setTextFormat(Qt.TextFormat.PlainText)
        self.says.setWordWrap(True)
        self.says.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Under the field, one line kept even when empty: a message never moves the form.
        self.says.setMinimumHeight(self.says.fontMetrics().height())
        outer.addWidget(self.says)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.line.editingFinished.connect(self.commit)
        self.line.textEdited.connect(self._typing)

    # The value.
    def value(self):  # noqa: ANN201 - date | time | None, per subclass
        return self._value

    def set_value(self, value, emit: bool = False) -> None:  # noqa: ANN001
        self._value = value
        self._problem = ""
        self.line.setText(self._text(value) if value is not None else "")
        self._say()
        if emit:
            self.changed.emit()

    def problem(self) -> str:
        """Why the typed text was refused ("" when the field holds what it shows)."""
        return self._problem

    def problem_in_brief(self) -> str:
        return self._short if self._problem else ""

    def text(self) -> str:
        return self.line.text()

    # Reading what was typed.
    def commit(self) -> None:
        """Read the typed text; keep it if it is a date (time), or say why not."""
        try:
            value = self._parse(self.line.text())
        except NotUnderstood as refused:
            self._problem, self._short = problem_words(refused)
            self._say()
            return
        self._problem = ""
        if value is not None:
            self.line.setText(self._text(value))
        changed = value != self._value
        self._value = value
        self._say()
        if changed:
            self.changed.emit()

    def _typing(self, _text: str) -> None:
        """While typing: say what would be understood, never scold before the field is left."""
        try:
            value = self._parse(self.line.text())
        except NotUnderstood:
            self.says.setText("")
            return
        self._problem = ""
        self.says.setText(self._words(value) if value is not None else "")

    def _say(self) -> None:
        self.line.setProperty("invalid", bool(self._problem))
        self.line.style().unpolish(self.line)
        self.line.style().polish(self.line)
        # The few words fit under a narrow field; the whole reason is the tooltip.
        self.says.setToolTip(self._problem)
        self.line.setToolTip(self._problem)
        if self._problem:
            self.says.setText(self._base_tr("Not saved: {why}").format(why=self._short))
        elif self._value is not None:
            self.says.setText(self._words(self._value))
        else:
            self.says.setText("")

    # Per kind.
    def _parse(self, text: str):  # noqa: ANN202
        raise NotImplementedError

    def _text(self, value) -> str:  # noqa: ANN001
        raise NotImplementedError

    def _words(self, value) -> str:  # noqa: ANN001
        raise NotImplementedError


# app.dates' words, for the read-back in the window's language (DateField._words).
SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("DateField", "Mon"),
    QT_TRANSLATE_NOOP("DateField", "Tue"),
    QT_TRANSLATE_NOOP("DateField", "Wed"),
    QT_TRANSLATE_NOOP("DateField", "Thu"),
    QT_TRANSLATE_NOOP("DateField", "Fri"),
    QT_TRANSLATE_NOOP("DateField", "Sat"),
    QT_TRANSLATE_NOOP("DateField", "Sun"),
)
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("DateField", "Jan"),
    QT_TRANSLATE_NOOP("DateField", "Feb"),
    QT_TRANSLATE_NOOP("DateField", "Mar"),
    QT_TRANSLATE_NOOP("DateField", "Apr"),
    QT_TRANSLATE_NOOP("DateField", "May"),
    QT_TRANSLATE_NOOP("DateField", "Jun"),
    QT_TRANSLATE_NOOP("DateField", "Jul"),
    QT_TRANSLATE_NOOP("DateField", "Aug"),
    QT_TRANSLATE_NOOP("DateField", "Sep"),
    QT_TRANSLATE_NOOP("DateField", "Oct"),
    QT_TRANSLATE_NOOP("DateField", "Nov"),
    QT_TRANSLATE_NOOP("DateField", "Dec"),
)


class DateField(_TypedField):
    """A date that may be unknown. ``latest``: no date after it (a date of birth, not
    after today); ``first_shown``: the calendar's month while the field is empty
    (today's otherwise)."""

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        placeholder: str = "",
        latest: Callable[[], date] | None = None,
        compact: bool = False,
        first_shown: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(name, placeholder, parent)
        self.line.setPlaceholderText(placeholder or self.tr("Not known"))
        self.latest = latest
        self.first_shown = first_shown  # the calendar's month while the field is empty
        self.line.setMaxLength(40)
        metrics = self.line.fontMetrics()
        self.line.setMinimumWidth(metrics.horizontalAdvance("2010-03-14 ") + 16)
        self.line.setMaximumWidth(metrics.horizontalAdvance("March 14, 2010 ") + 24)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setAccessibleName(self.tr("{name}: calendar").format(name=name))
        self.calendar_button.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the next field
        self.calendar_button.clicked.connect(self.open_calendar)
        self.row.addWidget(self.calendar_button)
        self.row.addStretch(1)
        if compact:  # a table cell: the line alone; Alt+Down opens the calendar
            self.calendar_button.hide()
            self.says.hide()
            self.line.setMinimumWidth(0)
            self.line.setMaximumWidth(16777215)
            self.setAutoFillBackground(True)
        self.line.installEventFilter(self)
        self.popup: QFrame | None = None
        self.calendar: QCalendarWidget | None = None

    def _parse(self, text: str) -> date | None:
        value = parse_date(text)
        if value is not None and self.latest is not None and value > self.latest():
            raise NotUnderstood(
                self.tr("{date} is in the future").format(date=self._words(value)),
                self.tr("in the future"),
            )
        return value

    def _text(self, value: date) -> str:
        return value.isoformat()

    def _words(self, value: date) -> str:
        """app.dates.date_words ("Sun 14 Mar 2010", the summary's English) in the
        window's language."""
        if QCoreApplication.translate("DateField", "Mon") == "Mon":  # English: as it was
            return date_words(value)
        return self.tr("{weekday} {day} {month} {year}").format(
            weekday=self.tr(SHORT_WEEKDAYS[value.weekday()]),
            day=value.day,
            month=self.tr(SHORT_MONTHS[value.month - 1]),
            year=value.year,
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
                self.open_calendar()
                return True
        return False

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = QFrame(self, Qt.WindowType.Popup)
            self.popup.setFrameShape(QFrame.Shape.StyledPanel)
            layout = QVBoxLayout(self.popup)
            layout.setContentsMargins(2, 2, 2, 2)
            self.calendar = QCalendarWidget(self.popup)
            self.calendar.setAccessibleName(self.tr("Calendar"))
            self.calendar.setGridVisible(True)
            self.calendar.setVerticalHeaderFormat(
                QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
            )
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            layout.addWidget(self.calendar)
        self.commit()  # a typed date counts as the calendar's starting point
        start = self._value or (self.first_shown() if self.first_shown else date.today())
        if self.latest is not None:
            self.calendar.setMaximumDate(QDate(self.latest()))
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.setCurrentPage(start.year, start.month)
        # Wide enough for every column: two-digit days are never cut (issue 13).
        # Seven columns, each wide enough for "Wed" with the grid's padding (the default
        # size elides the day names to "...").
        hint = self.calendar.sizeHint()
        column = self.calendar.fontMetrics().horizontalAdvance("Wed") + 30
        self.calendar.setMinimumSize(max(hint.width(), 7 * column), max(hint.height(), 220))
        self.popup.adjustSize()
        below = self.line.mapToGlobal(QPoint(0, self.line.height()))
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - self.popup.width())
        y = (
            below.y()
            if below.y() + self.popup.height() <= screen.bottom()
            else (self.line.mapToGlobal(QPoint(0, 0)).y() - self.popup.height())
        )
        self.popup.move(max(screen.left(), x), max(screen.top(), y))
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        if self.popup is not None:
            self.popup.hide()
        self.set_value(qdate.toPython(), emit=qdate.toPython() != self._value)
        self.line.setFocus()


class TimeField(_TypedField):
    """A time of day that may be unset: "1430", "14:30", "2:30 pm"."""

    def __init__(self, name: str, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(name, placeholder, parent)
        self.line.setPlaceholderText(placeholder or self.tr("Not set"))
        self.line.setMaxLength(20)
        metrics = self.line.fontMetrics()
        self.line.setMinimumWidth(metrics.horizontalAdvance("12:30 pm ") + 16)
        self.line.setMaximumWidth(metrics.horizontalAdvance("12:30 p.m. ") + 24)
        self.row.addStretch(1)

    def _parse(self, text: str) -> time | None:
        return parse_time(text)

    def _text(self, value: time) -> str:
        return f"{value:%H:%M}"

    def _words(self, value: time) -> str:
        return time_words(value).partition("(")[2].rstrip(")")  # the field shows 14:30
