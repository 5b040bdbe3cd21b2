"""New interview: the contact details first; the interviewee type chooses the flow."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.content.bank import ContentBank
from app.model import Interview, IntervieweeType, TextRefused
from ui import settings, wheel_guard
from ui.widgets.contact_form import ContactForm
from ui.widgets.fitting import ScrollToFit, fit_to_screen, screen_room
from ui.widgets.reflow import reflow_columns
from ui.window_support import user_message


class NewInterviewDialog(QDialog):
    """``exec()``, then ``interview_id`` holds the new interview's id (None if cancelled)."""

    def __init__(self, store, bank: ContentBank, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        wheel_guard.install()  # the wheel never writes a date or a choice (issue 13)
        self.store = store
        self.bank = bank
        self.interview_id: str | None = None
        self.setWindowTitle(self.tr("New interview"))
        layout = QVBoxLayout(self)
        self.form = ContactForm(self)
        today = date.today()
        self.form.contact_date.set_value(today)
        self.form.csw.setText(settings.current().get(settings.CSW_NAME))  # from Preferences
        self.form.csw.setCursorPosition(0)  # the name's start shows in a narrow field
        _add_form(layout, self.form)
        self.problem, self.buttons = _problem_and_buttons(self, layout, self.tr("Start interview"))
        self.form.youth_name.setFocus()
        fit_to_screen(self)  # 200 % text: never larger than the screen (issue 16)

    def accept(self) -> None:
        interview = Interview(content_version=self.bank.version)
        self.form.store_into(interview)
        if not interview.youth.name.strip():
            self._say(self.tr("Enter the youth's name or initials to start."))
            self.form.youth_name.setFocus()
            return
        self.interview_id = _create(
            lambda: self.store.create_interview(interview),
            self._say,
            self.tr("The interview could not be created: {reason}"),
        )
        if self.interview_id is not None:
            super().accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    @classmethod
    def ask(cls, store, bank: ContentBank, parent: QWidget | None = None) -> str | None:  # noqa: ANN001
        """Show the dialog modally; the new interview's id, or None when cancelled."""
        dialog = cls(store, bank, parent)
        dialog.exec()
        return dialog.interview_id


class NewContactDialog(QDialog):
    """New contact in a case (issue 14): only who was interviewed and how are asked;
    the youth, referral and findings are the case's, nothing is retyped.
    ``exec()``, then ``contact_id`` holds the new contact's id (None if cancelled)."""

    def __init__(self, store, bank: ContentBank, case, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        wheel_guard.install()
        self.store = store
        self.bank = bank
        self.case = case
        self.contact_id: str | None = None
        self.setWindowTitle(self.tr("New contact"))
        layout = QVBoxLayout(self)
        youth = case.youth
        name = youth.name or self.tr("(no name yet)")
        ref = youth.referral_number or self.tr("no referral number yet")
        self.for_case = QLabel(
            self.tr("A new contact in the case of {name} (referral {ref}).").format(
                name=name, ref=ref
            ),
            self,
        )
        self.for_case.setAccessibleName(self.tr("Case"))
        self.for_case.setWordWrap(True)
        layout.addWidget(self.for_case)
        self.form = ContactForm(self)
        self.form.youth_box.hide()
        self.form.load(Interview(youth=youth))  # the age note reads the case's youth
        self.form.contact_date.set_value(date.today())
        self.form.csw.setText(settings.current().get(settings.CSW_NAME))
        self.form.csw.setCursorPosition(0)
        # Most cases start with the youth: the next contact is usually someone else.
        kinds = [ref.interviewee.type for ref in case.contacts]
        if kinds:
            nxt = IntervieweeType.CAREGIVER
            if IntervieweeType.CAREGIVER in kinds and IntervieweeType.YOUTH in kinds:
                nxt = IntervieweeType.COLLATERAL
            elif IntervieweeType.YOUTH not in kinds:
                nxt = IntervieweeType.YOUTH
            idx = self.form.interviewee_type.findData(nxt.value)
            self.form.interviewee_type.setCurrentIndex(max(0, idx))
        _add_form(layout, self.form)
        self.problem, self.buttons = _problem_and_buttons(self, layout, self.tr("Start contact"))
        self.form.interviewee_type.setFocus()
        fit_to_screen(self)

    def accept(self) -> None:
        scratch = Interview(youth=self.case.youth)
        self.form.store_into(scratch)
        self.contact_id = _create(
            lambda: self.store.new_contact(
                self.case.id, scratch.interviewee, scratch.contact, self.bank.version
            ),
            self._say,
            self.tr("The contact could not be created: {reason}"),
        )
        if self.contact_id is not None:
            super().accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def _tr(text: str) -> str:
    return QCoreApplication.translate("NewInterviewDialog", text)


def _problem_and_buttons(
    dialog: QDialog, layout: QVBoxLayout, start: str
) -> tuple[QLabel, QDialogButtonBox]:
    """The bottom of both dialogs: a problem line (hidden until there is one), then
    ``start`` (OK) and Cancel."""
    problem = QLabel(dialog)
    problem.setWordWrap(True)
    problem.setAccessibleName(_tr("Problem"))
    problem.hide()
    layout.addWidget(problem)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(start)
    ok.setAccessibleName(start)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(_tr("Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return problem, buttons


def _create(make: Callable[[], str], say: Callable[[str], None], failed: str) -> str | None:
    """The new record's id, or None after saying why not (the dialog stays open)."""
    try:
        return make()
    except TextRefused:
        say(
            _tr(
                "A field contains a character that cannot be saved (it may have "
                "come from the clipboard). Please retype it."
            )
        )
    except Exception as exc:  # noqa: BLE001 - StoreError and disk errors: say so, stay open
        say(failed.format(reason=user_message(exc)))
    return None


def _add_form(layout: QVBoxLayout, form: ContactForm) -> None:
    """The contact form in a scroll area, its columns one above the other when the
    screen is too narrow for both (200 % text, a longer language: issues 15, 16)."""
    reflow_columns(form)
    columns = form.layout()
    if isinstance(columns, QBoxLayout) and form.sizeHint().width() > screen_room(form).width():
        columns.setDirection(QBoxLayout.Direction.TopToBottom)  # one above the other
    scroll = ScrollToFit(layout.parentWidget())
    scroll.setWidget(form)
    layout.addWidget(scroll, 1)
