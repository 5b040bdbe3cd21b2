"""The contact details form (youth, interviewee, when/how/where), shared by the
new-interview dialog and the Contact panel so both read and write the same way."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.dates import age_on
from app.model import ContactMethod, ContactOutcome, Interview, IntervieweeType
from ui import rule_words
from ui.widgets.date_field import DateField, TimeField


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class AgeBox(QSpinBox):
    """The age: while it shows "Not known", a click selects that text, so the digits
    typed next replace it (a plain spin box refuses "Not k16nown" and loses them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)  # the click lands on the inner line

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and self.value() == self.minimum()
            and not self.isReadOnly()
        ):
            QTimer.singleShot(0, self.selectAll)
        return False


class ContactForm(QWidget):
    edited = Signal(str)  # "youth", "interviewee" or "contact"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        outer.addLayout(left, 1)
        right = QVBoxLayout()
        outer.addLayout(right, 1)

        youth = QGroupBox(self.tr("Youth"), self)
        f = QFormLayout(youth)
        self.youth_name = self._line(f, self.tr("Name or &initials"), "youth")
        self.akas = self._line(f, self.tr("A&KAs and monikers (comma separated)"), "youth")
        self.dob = self._date(f, self.tr("Date of &birth"), "youth", latest=date.today)
        self.dob.first_shown = self._likely_birth_month
        self.age = AgeBox(youth)
        self.age.setRange(-1, 25)
        self.age.setSpecialValueText(self.tr("Not known"))
        self.age.setValue(-1)
        age_row = QVBoxLayout()
        age_row.setSpacing(1)
        age_row.addWidget(self.age)
        # Age and date of birth never disagree silently: with a date of birth the age
        # follows it (on the contact date) and says so; an older record that disagrees
        # says that too.
        self.age_note = QLabel(youth)
        self.age_note.setAccessibleName(self.tr("Age and date of birth"))
        self.age_note.setWordWrap(True)
        age_row.addWidget(self.age_note)
        self.age.setAccessibleName(self.tr("Age"))
        f.addRow(self.tr("&Age"), age_row)
        f.labelForField(age_row).setBuddy(self.age)
        self.age.valueChanged.connect(lambda _v: self._emit("youth"))
        self.dob.changed.connect(self._dob_changed)
        self.referral = self._line(f, self.tr("&Referral number"), "youth")
        self.client_id = self._line(f, self.tr("CWS/CMS &client id"), "youth")
        left.addWidget(youth)
        self.youth_box = youth  # hidden for a new contact in a case: the case's youth stands

        who = QGroupBox(self.tr("Who is interviewed"), self)
        f = QFormLayout(who)
        self.interviewee_type = QComboBox(who)
        for value, label in (
            (IntervieweeType.YOUTH, self.tr("The youth")),
            (IntervieweeType.CAREGIVER, self.tr("A parent or caregiver")),
            (IntervieweeType.COLLATERAL, self.tr("A collateral contact")),
        ):
            self.interviewee_type.addItem(label, value.value)
        self._add(f, self.tr("Inter&view with"), self.interviewee_type, "interviewee")
        self.interviewee_type.currentIndexChanged.connect(lambda _i: self._emit("interviewee"))
        self.interviewee_name = self._line(f, self.tr("Their na&me"), "interviewee")
        self.relationship = self._line(f, self.tr("Relationship to the &youth"), "interviewee")
        left.addWidget(who)
        left.addStretch(1)

        contact = QGroupBox(self.tr("The contact"), self)
        f = QFormLayout(contact)
        self.contact_date = self._date(f, self.tr("&Date"), "contact")
        self.contact_date.changed.connect(self._dob_changed)  # the age is on the contact date
        self.start = self._time(f, self.tr("Start &time"), "contact")
        self.end = self._time(f, self.tr("&End time"), "contact")
        self.method = QComboBox(contact)
        for value, label in (
            (ContactMethod.IN_PERSON, self.tr("In person")),
            (ContactMethod.PHONE, self.tr("Phone")),
            (ContactMethod.VIDEO, self.tr("Video")),
        ):
            self.method.addItem(label, value.value)
        self._add(f, self.tr("H&ow"), self.method, "contact")
        self.method.currentIndexChanged.connect(lambda _i: self._emit("contact"))
        self.outcome = QComboBox(contact)
        for value, label in (
            (ContactOutcome.COMPLETED, self.tr("Completed")),
            (ContactOutcome.ATTEMPTED, self.tr("Attempted")),
        ):
            self.outcome.addItem(label, value.value)
        self._add(f, self.tr("O&utcome"), self.outcome, "contact")
        self.outcome.currentIndexChanged.connect(lambda _i: self._emit("contact"))
        self.location = self._line(f, self.tr("&Where"), "contact")
        self.language = self._line(f, self.tr("&Language"), "contact")
        self.interpreter = self._line(f, self.tr("I&nterpreter (name, if any)"), "contact")
        self.csw = self._line(f, self.tr("CSW"), "contact")
        self.purpose = self._line(f, self.tr("&Purpose"), "contact")
        self.participants = self._line(f, self.tr("Participants (comma separated)"), "contact")
        right.addWidget(contact)
        right.addStretch(1)

    # Building helpers: every control gets its label as accessible name.
    def _add(self, form: QFormLayout, label: str, widget: QWidget, group: str) -> None:
        widget.setAccessibleName(label.replace("&", ""))
        form.addRow(label, widget)

    def offer_languages(self, names: list[str]) -> None:
        """Complete the Language field with these (free text stays allowed: any language)."""
        choices = QStandardItemModel(self.language)  # not a list model: walkable by column
        for name in names:
            choices.appendRow(QStandardItem(name))
        completer = QCompleter(choices, self.language)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)  # no popup
        self.language.setCompleter(completer)
        # An inline completion is not an edit (textEdited): save what the field shows
        # once the CSW moves on, so "Sp" + Tab is stored as the "Spanish" they see.
        self.language.editingFinished.connect(lambda: self._emit("contact"))
        self.language.setToolTip(
            self.tr(
                "The language of the interview. {names}: the questions are shown in it."
            ).format(names=", ".join(names[1:]))
        )

    def _line(self, form: QFormLayout, label: str, group: str) -> QLineEdit:
        edit = QLineEdit(self)
        self._add(form, label, edit, group)
        edit.textEdited.connect(lambda _t: self._emit(group))
        return edit

    def _date(self, form: QFormLayout, label: str, group: str, latest=None) -> DateField:  # noqa: ANN001
        edit = DateField(label.replace("&", ""), self, latest=latest)
        self._add(form, label, edit, group)
        edit.changed.connect(lambda: self._emit(group))
        return edit

    def _time(self, form: QFormLayout, label: str, group: str) -> TimeField:
        edit = TimeField(label.replace("&", ""), self)
        self._add(form, label, edit, group)
        edit.changed.connect(lambda: self._emit(group))
        return edit

    # Age and date of birth.
    def _likely_birth_month(self) -> date:
        """The calendar for an empty date of birth opens the age's years back (or 15)."""
        day = self._age_day()
        years = self.age.value() if self.age.value() >= 0 else 15
        return date(day.year - years, day.month, 1)

    def _age_day(self) -> date:
        return self.contact_date.value() or date.today()

    def _dob_changed(self) -> None:
        born = self.dob.value()
        if born is not None:
            self._loading, was = True, self._loading
            try:
                self.age.setValue(min(25, max(0, age_on(born, self._age_day()))))
            finally:
                self._loading = was
            self._emit("youth")  # the age that follows the date of birth is saved with it
        self._show_age_note()

    def _show_age_note(self) -> None:
        born = self.dob.value()
        self.age.setReadOnly(born is not None)
        # Read-only, it is skipped by Tab: text typed next goes to the next field.
        self.age.setFocusPolicy(
            Qt.FocusPolicy.ClickFocus if born is not None else Qt.FocusPolicy.WheelFocus
        )
        if born is not None and self.age.hasFocus():
            # Tab left the date of birth for the age just as the age became read-only:
            # go on, so what is typed next is not lost on it.
            self.referral.setFocus(Qt.FocusReason.TabFocusReason)
        if born is None:
            self.age_note.setText("")
            return
        day = self._age_day()
        years = age_on(born, day)
        if self.age.value() == years:
            self.age_note.setText(
                self.tr("From the date of birth, on {day}").format(day=rule_words.day_words(day))
            )
        else:
            self.age_note.setText(
                self.tr(
                    "The record says {age}; the date of birth gives {years} on {day}. "
                    "Check the date of birth."
                ).format(age=self.age.text(), years=years, day=rule_words.day_words(day))
            )

    def _emit(self, group: str) -> None:
        if not self._loading:
            self.edited.emit(group)

    # Reading and writing the interview.
    @staticmethod
    def _get_date(edit: DateField):  # noqa: ANN205
        return edit.value()

    @staticmethod
    def _set_date(edit: DateField, value) -> None:  # noqa: ANN001
        edit.set_value(value)

    _get_time = _get_date
    _set_time = _set_date

    def load(self, interview: Interview) -> None:
        self._loading = True
        try:
            y, w, c = interview.youth, interview.interviewee, interview.contact
            self.youth_name.setText(y.name)
            self.akas.setText(", ".join(y.akas))
            self._set_date(self.dob, y.date_of_birth)
            self.age.setValue(-1 if y.age is None else y.age)
            self.referral.setText(y.referral_number)
            self.client_id.setText(y.client_id)
            self.interviewee_type.setCurrentIndex(
                max(0, self.interviewee_type.findData(w.type.value))
            )
            self.interviewee_name.setText(w.name)
            self.relationship.setText(w.relationship)
            self._set_date(self.contact_date, c.date)
            self._set_time(self.start, c.start_time)
            self._set_time(self.end, c.end_time)
            self.method.setCurrentIndex(max(0, self.method.findData(c.method.value)))
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(c.outcome.value)))
            for edit, value in (
                (self.location, c.location),
                (self.language, c.language),
                (self.interpreter, c.interpreter),
                (self.csw, c.csw),
                (self.purpose, c.purpose),
            ):
                edit.setText(value)
            self.participants.setText(", ".join(c.participants))
            self._show_age_note()
        finally:
            self._loading = False

    def store_into(self, interview: Interview) -> None:
        y, w, c = interview.youth, interview.interviewee, interview.contact
        y.name = self.youth_name.text()
        y.akas = split_list(self.akas.text())
        y.date_of_birth = self._get_date(self.dob)
        y.age = None if self.age.value() < 0 else self.age.value()
        y.referral_number = self.referral.text()
        y.client_id = self.client_id.text()
        w.type = IntervieweeType(self.interviewee_type.currentData())
        w.name = self.interviewee_name.text()
        w.relationship = self.relationship.text()
        c.date = self._get_date(self.contact_date)
        c.start_time = self._get_time(self.start)
        c.end_time = self._get_time(self.end)
        c.method = ContactMethod(self.method.currentData())
        c.outcome = ContactOutcome(self.outcome.currentData())
        c.location = self.location.text()
        c.language = self.language.text()
        c.interpreter = self.interpreter.text()
        c.csw = self.csw.text()
        c.purpose = self.purpose.text()
        c.participants = split_list(self.participants.text())

    def texts(self, group: str) -> tuple[str, ...]:
        """The free text of one group, to check before saving."""
        if group == "youth":
            return (
                self.youth_name.text(),
                self.akas.text(),
                self.referral.text(),
                self.client_id.text(),
            )
        if group == "interviewee":
            return (self.interviewee_name.text(), self.relationship.text())
        return tuple(
            e.text()
            for e in (
                self.location,
                self.language,
                self.interpreter,
                self.csw,
                self.purpose,
                self.participants,
            )
        )
