"""Backup… and Restore… from the window, each with a progress bar and Cancel.

Backup writes a new encrypted file (``app.store.backup.make_backup``), keyed
with the notes' own passphrase. Restore checks the backup first (the key opens
it, every page is sound), then asks, naming what will be replaced, then locks
the window and replaces the store (``restore_backup``: the old store is kept
until the new one opens). The restored store is unlocked with the backup's
passphrase through the window's own unlock path, so it is audited and resumed
like any unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from ui import dialogs
from ui.trust import prompts
from ui.trust.jobs import Job
from ui.window_support import Mode, report, user_message

if TYPE_CHECKING:
    from ui.trust import TrustParts


class BackupFlows(QObject):
    def __init__(self, parts: TrustParts) -> None:
        super().__init__(parts.window)
        self.parts = parts
        self.window = parts.window  # the parent of dialogs; its status bar
        self.session = parts.session
        self.job: Job | None = None  # the running (or last) job; tests watch it

    # -- shared ---------------------------------------------------------------------
    def _run(
        self,
        title: str,
        work: Callable[[Any], Any],
        then: Callable[[Any, Any], None],
        cancellable: bool = True,
    ) -> None:
        job = Job(self.window, title, work, cancellable)
        job.finished.connect(then)
        self.job = job
        job.start()

    def _message(self, title: str, text: str) -> None:
        dialogs.inform(self.window, title, text)

    @staticmethod
    def _user_message(exc: BaseException) -> str:
        return user_message(exc)

    def _flush_view(self) -> bool:
        view = self.parts.interviews.view
        return view is None or view.flush() is not False  # type: ignore[attr-defined]

    # -- backup ---------------------------------------------------------------------
    def backup(self) -> None:
        window, store = self.window, self.session.store
        if store is None or (self.job is not None and not self.job.done):
            return
        title = self.tr("Back up the notes")
        if not self._flush_view():
            self._message(
                title,
                self.tr(
                    "Some edits are not saved yet (the interview shows why). Save them first, "
                    "then make the backup."
                ),
            )
            return
        suggested = Path.home() / f"cec-backup-{date.today().isoformat()}.cec"
        target = prompts.save_file(
            window,
            self.tr("Save the encrypted backup as"),
            suggested,
            self.tr("CEC backups (*.cec);;All files (*)"),
        )
        if target is None:
            return
        from app.store.backup import make_backup

        self.parts.autolock.deactivate()  # the idle lock must not pull the store from under it
        self._run(
            title,
            lambda progress: make_backup(store, target, progress=progress),
            lambda result, exc: self._backup_done(target, result, exc),
        )

    def _backup_done(self, target: Path, result: Any, exc: Any) -> None:
        title = self.tr("Back up the notes")
        if self.session.store is not None:
            self.parts.autolock.activate()
        if exc is not None:
            from app.store.backup import BackupCancelled

            if isinstance(exc, BackupCancelled):
                self.window.statusBar().showMessage(
                    self.tr("Backup cancelled; nothing was written."), 8000
                )
                return
            self._message(
                title,
                self.tr("The backup was not made: {reason}").format(reason=self._describe(exc)),
            )
            return
        self.window.statusBar().showMessage(self.tr("Backup saved."), 8000)
        self._message(
            title,
            self.tr(
                "The backup is saved in {file}: {n} interview(s), encrypted. It opens with the "
                "same passphrase as your notes. Keep it somewhere as safe as this computer."
            ).format(file=str(target), n=result.interviews),
        )

    def _describe(self, exc: BaseException) -> str:
        from app.store import StoreError

        if isinstance(exc, StoreError):
            return self._user_message(exc)
        if isinstance(exc, OSError):
            return self._user_message(exc)
        report(exc)  # kind and place only, never a message that could carry content
        return type(exc).__name__

    # -- restore --------------------------------------------------------------------
    def restore(self) -> None:
        """Restore from a backup; from the Store menu or from the unlock page's offer."""
        window = self.window
        if self.job is not None and not self.job.done:
            return
        title = self.tr("Restore from a backup")
        if self.session.store is not None and not self._flush_view():
            self._message(
                title,
                self.tr("Some edits are not saved yet (the interview shows why). Save them first."),
            )
            return
        source = prompts.open_file(
            window,
            self.tr("Choose the backup to restore"),
            Path.home(),
            self.tr("CEC backups (*.cec);;All files (*)"),
        )
        if source is None:
            return
        passphrase = prompts.passphrase(
            window,
            title,
            self.tr("The backup's passphrase (the one your notes had when the backup was made):"),
        )
        if passphrase is None:
            return
        from app.store.backup import check_backup, refuse_wrong_kind

        store_path = self.session.store_path

        def check(progress: Any) -> Any:
            progress("check", 0.0)
            report = check_backup(source, passphrase)
            refuse_wrong_kind(report, store_path)  # training never over real notes, nor back
            progress("check", 1.0)
            return report

        if self.session.store is not None:
            self.parts.autolock.deactivate()
        self._run(
            title,
            check,
            lambda report, exc: self._checked(source, passphrase, report, exc),
            cancellable=False,
        )

    def _checked(self, source: Path, passphrase: str, report: Any, exc: Any) -> None:
        window = self.window
        title = self.tr("Restore from a backup")
        if self.session.store is not None:
            self.parts.autolock.activate()
        if exc is not None:
            self._message(
                title,
                self.tr("This backup cannot be restored: {reason}").format(
                    reason=self._describe(exc)
                ),
            )
            return
        if self.session.store is not None:
            from app.store import StoreError

            try:
                count = len(self.session.store.list_interviews())
            except StoreError:
                count = -1
            current = self.tr("the notes on this computer ({n} interview(s), in {file})").format(
                n=count, file=str(self.session.store_path)
            )
        else:
            current = self.tr("the notes file that could not be opened ({file})").format(
                file=str(self.session.store_path)
            )
        question = self.tr(
            "Replace {current} with the backup {backup} ({n} interview(s))?\n\n"
            "Anything recorded after that backup was made will be gone, and the backup's "
            "passphrase becomes the passphrase of your notes. The notes now on this computer "
            "are kept until the backup has opened."
        ).format(current=current, backup=str(source), n=report.interviews)
        if not dialogs.confirm(window, title, question, self.tr("Replace with the backup")):
            return
        if self.session.store is not None:
            self.parts.interviews.show_list()  # saves and closes the interview: no resume
            self.session.lock("restore")
        elif self.parts.pages.mode not in (Mode.UNLOCK, Mode.LOCKED):
            return
        from app.store.backup import restore_backup

        store_path = self.session.store_path
        self._run(
            title,
            lambda progress: restore_backup(source, store_path, passphrase, progress=progress),
            lambda restored, exc: self._restored(passphrase, restored, exc),
            cancellable=False,
        )  # once replacing starts it must finish

    def _restored(self, passphrase: str, restored: Any, exc: Any) -> None:
        title = self.tr("Restore from a backup")
        if exc is not None:
            self._message(
                title,
                self.tr(
                    "The backup was not restored: {reason} Your notes are as they were."
                ).format(reason=self._describe(exc)),
            )
            return
        restored.lock()
        page = self.parts.pages.page(self.parts.pages.mode)
        unlock = getattr(page, "unlock_requested", None)
        if unlock is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            unlock.emit(passphrase)  # the window's own unlock: audited, list shown
        finally:
            QApplication.restoreOverrideCursor()
        if self.session.store is not None:
            self.window.statusBar().showMessage(
                self.tr("Restored from the backup. Your notes now use the backup's passphrase."),
                10000,
            )
