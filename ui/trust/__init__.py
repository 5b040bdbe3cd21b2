"""The window side of issue 7: backup/restore, the restore offer, audit log, retention.

``install(window)`` is the one hook ``MainWindow`` calls: it adds the Store menu
(Backup…, Restore…, Change passphrase…, Audit log…), the "Restore from a backup…" offer on both
unlock pages, and the retention check after each unlock. Nothing here imports
the store until it is used, so the first page still shows fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from ui import dialogs, settings
from ui.trust.backup_ui import BackupFlows
from ui.trust.unlock_offer import RestoreOffer

if TYPE_CHECKING:
    from ui.main_window import MainWindow, Mode
    from ui.trust.audit_view import AuditDialog
    from ui.trust.passphrase_ui import ChangePassphraseDialog
    from ui.trust.retention_ui import RetentionDialog


class TrustUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.flows = BackupFlows(window)
        self.audit_dialog: AuditDialog | None = None
        self.retention_dialog: RetentionDialog | None = None
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self._checked = False  # retention asked since the last unlock
        self.offers = [
            RestoreOffer(page, self.flows.restore, lambda: window.store is not None)
            for page in (window.unlock_page, window.locked_page)
        ]
        self._build_menu()
        window.mode_changed.connect(self._mode_changed)
        self._mode_changed(window.mode)

    def _build_menu(self) -> None:
        w = self.window

        def action(text: str, slot: object, name: str) -> QAction:
            act = QAction(text, w)
            act.setObjectName(name)
            act.triggered.connect(slot)
            return act

        self.backup_action = action(self.tr("&Back up the notes…"), self.flows.backup,
                                    "backupAction")
        self.restore_action = action(self.tr("&Restore from a backup…"), self.flows.restore,
                                     "restoreAction")
        self.audit_action = action(self.tr("&Audit log…"), self.show_audit, "auditAction")
        self.passphrase_action = action(self.tr("&Change passphrase…"), self.change_passphrase,
                                        "changePassphraseAction")
        menu = w.menuBar().addMenu(self.tr("&Store"))
        menu.setObjectName("storeMenu")
        for act in (self.backup_action, self.restore_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.passphrase_action)
        menu.addAction(self.audit_action)
        actions = w.menuBar().actions()
        if len(actions) >= 3:  # File, Store, Help: keep Help last
            w.menuBar().insertMenu(actions[-2], menu)
        self.store_menu = menu

    def _mode_changed(self, mode: Mode) -> None:
        unlocked = self.window.store is not None
        for act in (self.backup_action, self.audit_action, self.passphrase_action):
            act.setEnabled(unlocked)
        self.store_menu.menuAction().setVisible(unlocked)  # nothing in it works locked
        # Locked, restore is offered only on the unlock page, after the notes failed to open.
        self.restore_action.setEnabled(unlocked)
        if not unlocked:
            self._checked = False
            return
        for offer in self.offers:
            offer.hide()
        if not self._checked:
            self._checked = True
            QTimer.singleShot(0, self.check_retention)  # after the page is shown

    # -- passphrase -------------------------------------------------------------------
    def change_passphrase(self) -> None:
        """The Change passphrase dialog (window-modal; the rekey runs off the GUI thread)."""
        if self.window.store is None:
            return
        if self.passphrase_dialog is not None and self.passphrase_dialog.isVisible():
            self.passphrase_dialog.raise_()
            return
        from ui.trust.passphrase_ui import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "passphrase_dialog", None))
        self.passphrase_dialog = dialog
        dialog.open()

    # -- audit ------------------------------------------------------------------------
    def show_audit(self) -> None:
        store = self.window.store
        if store is None:
            return
        from app.store import StoreError
        from ui.main_window import user_message
        from ui.trust.audit_view import AuditDialog

        try:
            entries = store.audit_log()
        except StoreError as exc:
            dialogs.inform(self.window, self.tr("Audit log"), user_message(exc))
            return
        dialog = AuditDialog(entries, self.window)
        dialog.destroyed.connect(lambda: setattr(self, "audit_dialog", None))
        self.audit_dialog = dialog
        dialog.show()  # not modal: read-only, the CSW may keep working (a lock closes it)

    # -- retention --------------------------------------------------------------------
    def check_retention(self) -> None:
        """Offer the interviews due for deletion (and any leftovers of a killed restore)."""
        store = self.window.store
        if store is None or self.retention_dialog is not None:
            return
        from app.store import StoreError
        from app.store.retention import due_for_deletion

        days = self.window.settings.get(settings.RETENTION_DAYS)
        try:
            due = due_for_deletion(store, days)
        except StoreError:
            return  # the list page shows store problems; retention can wait a session
        self._offer_leftovers()
        if not due:
            return
        from ui.trust.retention_ui import RetentionDialog

        dialog = RetentionDialog(due, days, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.delete_requested.connect(self._delete)
        dialog.destroyed.connect(lambda: setattr(self, "retention_dialog", None))
        self.retention_dialog = dialog
        dialog.open()

    def _delete(self, ids: list[str]) -> None:
        store = self.window.store
        if store is None:
            return
        from app.store import StoreError
        from app.store.retention import delete_securely
        from ui.main_window import user_message

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = delete_securely(store, ids)
        except StoreError as exc:
            dialogs.inform(self.window, self.tr("Delete interviews"), user_message(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.window.refresh_list()
        self.window.statusBar().showMessage(
            self.tr("{n} interview(s) deleted from this computer.").format(n=count), 8000)

    def _offer_leftovers(self) -> None:
        from app.store.safefiles import leftovers, remove, remove_unfinished_backups

        # A backup killed half-way: its partial file (encrypted, useless) goes without asking.
        unfinished = remove_unfinished_backups(self.window.store_path)
        if unfinished:
            self.window.statusBar().showMessage(self.tr(
                "Removed {n} unfinished backup file(s) left by a backup that was interrupted."
            ).format(n=unfinished), 10000)
        found = leftovers(self.window.store_path)
        if not found:
            return
        question = self.tr(
            "A restore was interrupted earlier and left {n} encrypted file(s) beside your "
            "notes. Your notes opened normally, so these copies are not needed. Remove them?"
        ).format(n=len(found))
        if dialogs.confirm(self.window, self.tr("Leftover files"), question, self.tr("Remove")):
            for path in found:
                remove(path)


def install(window: MainWindow) -> TrustUi:
    return TrustUi(window)
