"""The new-interview dialog when the window locks (issue 4, "Lock and unlock").

What the CSW typed there is not in the store yet, and nothing may stay in a widget
once the window is locked. The decision: the lock does what "Start interview" would
have done when it can, since the tool's promise is that nothing typed is lost,
and the store is still open at that point of the lock sequence:

- the youth's name or initials were entered (all that Start needs): the interview is
  created, encrypted, exactly as Start would have, and reopens after unlock;
- no name yet, or the store refused it (a disk full, a character that cannot be
  saved): the details are cleared and not kept anywhere, not even in memory.

Either way the fields are emptied before the dialog closes, and the CSW is told
after unlocking what happened and why.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QTextEdit


class Outcome(Enum):
    SAVED = "saved"
    NO_NAME = "no_name"
    NOT_SAVED = "not_saved"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def settle(dialog: QDialog) -> tuple[Outcome, str]:
    """Save the dialog's interview as Start would, or not; empty its fields either way.
    Returns the outcome and the new interview's id ("" when none was created)."""
    form = getattr(dialog, "form", None)
    name_field = getattr(form, "youth_name", None)
    has_name = isinstance(name_field, QLineEdit) and bool(name_field.text().strip())
    new_id = ""
    if has_name:
        dialog.accept()  # creates the interview, or stays open saying why
        if dialog.result() == QDialog.DialogCode.Accepted:
            new_id = str(getattr(dialog, "interview_id", "") or "")
    outcome = Outcome.SAVED if new_id else Outcome.NOT_SAVED if has_name else Outcome.NO_NAME
    clear_fields(dialog)
    return outcome, new_id


def clear_fields(dialog: QDialog) -> None:
    """Empty every text field and message of the dialog: it is deleted only later."""
    for field in dialog.findChildren(QLineEdit):
        field.clear()
    for editor in dialog.findChildren(QPlainTextEdit):
        editor.clear()
    for editor in dialog.findChildren(QTextEdit):
        editor.clear()
    problem = getattr(dialog, "problem", None)
    if problem is not None:
        problem.clear()


def message(outcome: Outcome) -> tuple[str, str]:
    """The (title, text) shown after the next unlock."""
    if outcome is Outcome.SAVED:
        return _tr("New interview saved"), _tr(
            "The window locked while you were starting a new interview. What you had "
            "entered was saved as a new interview, which is open now: please check its "
            "contact details."
        )
    if outcome is Outcome.NO_NAME:
        return _tr("New interview not started"), _tr(
            "The window locked while you were starting a new interview, before the "
            "youth's name or initials were entered, so it could not be saved. To keep "
            "the details private, what you had typed was cleared. Please start the new "
            "interview again."
        )
    return _tr("New interview not started"), _tr(
        "The window locked while you were starting a new interview, and it could not "
        "be saved (the dialog had said why). To keep the details private, what you had "
        "typed was cleared. Please start the new interview again."
    )
