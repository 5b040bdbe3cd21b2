"""The window side of issue 7: backup/restore, the restore offer, audit log, retention.

``TrustUi(parts)`` is made by ``MainWindow.finish_setup`` with the parts it needs
(``TrustParts``: the session, the pages, the interviews controller, the chrome, the
idle timer, the settings, and the window only as the parent of dialogs and for its
status bar); it never imports the window. It adds the Store menu (Backup…,
Restore…, Change passphrase…, Audit log…, declared in ``ui.actions``), the
"Restore from a backup…" offer on both unlock pages (shown on
``Session.unlock_failed``), and the retention check after each unlock. Nothing here
imports the store until it is used, so the first page still shows fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow

from ui import actions, dialogs, settings
from ui.trust.backup_ui import BackupFlows
from ui.trust.unlock_offer import RestoreOffer
from ui.window_support import Mode, user_message

if TYPE_CHECKING:
    from ui.autolock import InactivityTimer
    from ui.chrome import Chrome
    from ui.interviews import Interviews
    from ui.pages.factory import Pages
    from ui.session import Session
    from ui.trust.audit_view import AuditDialog
    from ui.trust.passphrase_ui import ChangePassphraseDialog
    from ui.trust.retention_ui import RetentionDialog


@dataclass(frozen=True)
class TrustParts:
    """What the trust UI works with, passed in by the window that owns them."""

    window: QMainWindow  # parent of dialogs; its status bar
    session: Session
    pages: Pages
    interviews: Interviews
    chrome: Chrome
    autolock: InactivityTimer
    settings: settings.Settings


class TrustUi(QObject):
    def __init__(self, parts: TrustParts) -> None:
        super().__init__(parts.window)
        self.parts = parts
        self.window = parts.window
        self.session = session = parts.session
        self.flows = BackupFlows(parts)
        self.audit_dialog: AuditDialog | None = None
        self.retention_dialog: RetentionDialog | None = None
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self._checked = False  # retention asked since the last unlock
        self.offers = [
            RestoreOffer(page, self.flows.restore, lambda: session.store is not None)
            for page in (parts.pages.unlock_page, parts.pages.locked_page)
        ]
        for offer in self.offers:  # after the window's own slot has shown the error
            session.unlock_failed.connect(offer.after_failed_try)
        self._build_menu()
        parts.pages.mode_changed.connect(self._mode_changed)
        self._mode_changed(parts.pages.mode)

    def _build_menu(self) -> None:
        w = self.window

        def action(action_id: str, slot: object) -> QAction:
            act = actions.make_action(action_id, w, slot)  # type: ignore[arg-type]
            return act

        self.backup_action = action("backupAction", self.flows.backup)
        self.restore_action = action("restoreAction", self.flows.restore)
        self.audit_action = action("auditAction", self.show_audit)
        self.passphrase_action = action("changePassphraseAction", self.change_passphrase)
        self.store_menu = self.parts.chrome.add_menu(
            "storeMenu",
            {
                a.objectName(): a
                for a in (
                    self.backup_action,
                    self.restore_action,
                    self.audit_action,
                    self.passphrase_action,
                )
            },
        )

    def _mode_changed(self, mode: Mode) -> None:
        unlocked = self.session.store is not None
        # Locked, restore is offered only on the unlock page, after the notes failed to open.
        actions.set_enabled_for(
            (self.backup_action, self.restore_action, self.audit_action, self.passphrase_action),
            mode,
        )
        self.store_menu.menuAction().setVisible(unlocked)  # nothing in it works locked
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
        if self.session.store is None:
            return
        if self.passphrase_dialog is not None and self.passphrase_dialog.isVisible():
            self.passphrase_dialog.raise_()
            return
        from ui.trust.passphrase_ui import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.session, self.parts.autolock, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "passphrase_dialog", None))
        self.passphrase_dialog = dialog
        dialog.open()

    # -- audit ------------------------------------------------------------------------
    def show_audit(self) -> None:
        store = self.session.store
        if store is None:
            return
        from app.store import StoreError
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
        store = self.session.store
        if store is None or self.retention_dialog is not None:
            return
        from app.store import StoreError
        from app.store.retention import due_for_deletion

        days = self.parts.settings.get(settings.RETENTION_DAYS)
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
        store = self.session.store
        if store is None:
            return
        from app.store import StoreError
        from app.store.retention import delete_securely

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = delete_securely(store, ids)
        except StoreError as exc:
            dialogs.inform(self.window, self.tr("Delete interviews"), user_message(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.parts.interviews.refresh_list()
        self.window.statusBar().showMessage(
            self.tr("{n} interview(s) deleted from this computer.").format(n=count), 8000
        )

    def _offer_leftovers(self) -> None:
        from app.store.safefiles import leftovers, remove, remove_unfinished_backups

        # A backup killed half-way: its partial file (encrypted, useless) goes without asking.
        unfinished = remove_unfinished_backups(self.session.store_path)
        if unfinished:
            self.window.statusBar().showMessage(
                self.tr(
                    "Removed {n} unfinished backup file(s) left by a backup that was interrupted."
                ).format(n=unfinished),
                10000,
            )
        found = leftovers(self.session.store_path)
        if not found:
            return
        question = self.tr(
            "A restore was interrupted earlier and left {n} encrypted file(s) beside your "
            "notes. Your notes opened normally, so these copies are not needed. Remove them?"
        ).format(n=len(found))
        if dialogs.confirm(self.window, self.tr("Leftover files"), question, self.tr("Remove")):
            for path in found:
                remove(path)
