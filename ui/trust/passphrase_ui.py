"""Store > Change passphrase…: the store's rekey from the window (issue 13).

The dialog asks for the current passphrase, the new one twice, and shows the
strength meter (zxcvbn, the rating the store enforces). A weak or mismatched new
passphrase is refused in the dialog; the current passphrase and the rekey itself
are the store's (``Store.change_passphrase``), run off the GUI thread with a
progress dialog (``ui.trust.jobs.Job``), so the window keeps painting while every
page is re-encrypted. Three wrong current passphrases in a row lock the window.
Closing the dialog (or a lock closing it) clears every field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.pages import common
from ui.pages.strength import StrengthMeter
from ui.trust.jobs import Job
from ui.window_support import report, user_message

if TYPE_CHECKING:
    from ui.autolock import InactivityTimer
    from ui.session import Session

WRONG_TRIES = 3  # wrong current passphrases in a row before the window locks


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, autolock: InactivityTimer, parent: QMainWindow) -> None:
        """``parent``: the main window (the keyboard goes back to it, its status bar
        says when the change is done)."""
        super().__init__(parent)
        self.session = session
        self.autolock = autolock
        self.window_ = parent
        self.job: Job | None = None
        self.wrong_tries = 0
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setMinimumWidth(520)
        column = QVBoxLayout(self)
        # The dialog grows when the error or a longer advice appears (nothing overlaps).
        column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        column.addWidget(
            common.wording_label(
                self.tr(
                    "The notes on this computer will open with the new passphrase only. Backups "
                    "made before keep the passphrase they were made with. If the new passphrase "
                    "is lost, nobody (not even county IT) can recover the notes."
                ),
                self,
            )
        )

        form = QFormLayout()
        self.current = self._field(self.tr("Current passphrase"))
        self.new = self._field(self.tr("New passphrase"))
        self.confirm = self._field(self.tr("Type the new passphrase again"))
        form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("&Again:"), self.confirm)
        for field in (self.current, self.new, self.confirm):
            form.labelForField(field).setBuddy(field)
        self.meter = StrengthMeter(self)
        form.addRow(self.tr("Strength:"), self.meter)
        column.addLayout(form)

        self.error = common.alert_label(self, self.tr("Problem with the passphrase"))
        column.addWidget(self.error)

        buttons = QDialogButtonBox(self)
        self.change = QPushButton(self.tr("C&hange passphrase"), self)
        self.change.setAccessibleName(self.tr("Change passphrase"))
        self.change.setDefault(True)
        buttons.addButton(self.change, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

        self.new.textChanged.connect(self._update_meter)
        self.confirm.textChanged.connect(self._update_meter)
        # Tab moves between the fields; Enter anywhere is "Change passphrase".
        QWidget.setTabOrder(self.current, self.new)
        QWidget.setTabOrder(self.new, self.confirm)
        self.current.setFocus()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _update_meter(self) -> None:
        text = self.new.text()
        mismatch = bool(text and self.confirm.text() and self.confirm.text() != text)
        self.meter.update_for(text, mismatch)

    def show_error(self, text: str, field: QLineEdit) -> None:
        common.show_alert(self.error, text)
        self.adjustSize()  # room for the error without squeezing the advice
        self.activateWindow()  # back from the progress dialog
        field.setFocus()
        field.selectAll()

    # -- the change --------------------------------------------------------------------
    def _submit(self) -> None:
        if self.job is not None and not self.job.done:
            return
        store = self.session.store
        if store is None:
            self.reject()
            return
        from app.store import WeakPassphrase, check_new_passphrase  # noqa: PLC0415 - app.store: after the first page

        common.show_alert(self.error, "")
        current, new, confirm = self.current.text(), self.new.text(), self.confirm.text()
        if not current:
            self.show_error(self.tr("Type the current passphrase first."), self.current)
            return
        try:
            check_new_passphrase(new, confirm)  # before any work: a quick, clear refusal
        except WeakPassphrase as exc:
            self.show_error(user_message(exc), self.new)
            return

        entered = [current, new, confirm]
        del current, new, confirm

        def work(progress: Any) -> None:
            try:
                progress("rekey", 0.05)
                store.change_passphrase(*entered)
                progress("done", 1.0)
            finally:
                entered.clear()  # the thread object may outlive the job: keep no passphrase

        self.change.setEnabled(False)
        self.autolock.deactivate()  # the idle lock waits for the rekey
        # The progress dialog is modal over this dialog and the window (a rekey
        # cannot be cancelled half-way: SQLCipher's rekey is one transaction).
        job = Job(self, self.tr("Change the passphrase"), work, cancellable=False)
        job.finished.connect(self._done)
        self.job = job
        job.start()
        # SQLCipher's rekey reports no progress: a busy bar, not one stuck at 5 %.
        job.dialog.setRange(0, 0)

    def _done(self, _result: object, exc: object) -> None:
        window = self.window_
        self.change.setEnabled(True)
        if self.session.store is None:  # locked meanwhile: the lock closed this dialog
            self.reject()
            return
        self.autolock.activate()
        if exc is None:
            self.accept()
            window.activateWindow()  # the keyboard goes back to the window
            window.statusBar().showMessage(
                self.tr("Passphrase changed. Use the new passphrase from now on."), 10000
            )
            return
        from app.store import WeakPassphrase, WrongPassphrase  # noqa: PLC0415 - app.store: after the first page

        if isinstance(exc, WrongPassphrase):
            self.wrong_tries += 1
            self.current.clear()
            if self.wrong_tries >= WRONG_TRIES:
                self.reject()
                self.session.lock()
                return
            self.show_error(
                self.tr("The current passphrase is not correct. Nothing was changed."), self.current
            )
        elif isinstance(exc, WeakPassphrase):
            self.show_error(user_message(exc), self.new)
        elif isinstance(exc, BaseException):
            from app.store import StoreError  # noqa: PLC0415 - app.store: after the first page

            if not isinstance(exc, StoreError):
                report(exc)  # kind and place only, never a message
            reason = user_message(exc) if isinstance(exc, StoreError) else type(exc).__name__
            self.show_error(
                self.tr("The passphrase was not changed: {reason}").format(reason=reason),
                self.current,
            )

    def done(self, result: int) -> None:  # noqa: D102 - every way out clears the fields
        for field in (self.current, self.new, self.confirm):
            field.clear()
        super().done(result)
