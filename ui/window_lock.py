"""The main window's lock: one guarded sequence (docs/window.md, "Lock").

Mixed into ``ui.main_window.MainWindow`` (uses its state, set in ``__init__``). The
idle timer (``ui.autolock.InactivityTimer``) is made in ``__init__`` and calls
``lock("idle")``; closing the window calls ``lock("quit")``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from ui.window_support import Mode, report


class LockMixin:
    __slots__ = ()  # no state of its own: MainWindow.__init__ sets it all

    def lock(self, reason: str = "manual") -> None:
        """Lock now: one guarded sequence, safe to call at any moment and more than once.

        ``reason`` ("manual", "idle", "quit") goes to the audit log with the time."""
        if self._locking or self._store is None:
            return
        self._locking = True
        try:
            self.autolock.deactivate()
            if self._view is not None:
                self._resume = (self._interview_id, self._view.current_panel())  # type: ignore[attr-defined]
            elif self._list_page is not None:
                self._list_selection = self._list_page.current_id()
            self._settle_new_interview()
            try:
                # Locking wins over an edit that cannot be saved (disk full, refused
                # text): the notes must not stay on screen. Say so after unlocking.
                self._unsaved_at_lock = not self._close_view()
            finally:
                self._close_other_windows()
                self.clipboard.clear_if_ours()
                if self._list_page is not None:
                    self._list_page.clear()
                self.statusBar().clearMessage()
                store, self._store = self._store, None
                try:
                    store.audit("locked", reason)
                except Exception:  # noqa: BLE001 - an audit failure must not stop a lock
                    pass
                store.lock()
                self._set_mode(Mode.LOCKED)
        finally:
            self._locking = False

    def _settle_new_interview(self) -> None:
        """The new-interview dialog open at lock: saved as Start would, or cleared (the
        decision and why: ui/pages/pending_new.py). Said after the next unlock."""
        dialog, self._new_dialog = self._new_dialog, None
        if dialog is None or not dialog.isVisible():
            return
        from ui.pages import pending_new

        try:
            outcome, new_id = pending_new.settle(dialog)
        except Exception as exc:  # noqa: BLE001 - the lock must go on whatever happens here
            report(exc)
            pending_new.clear_fields(dialog)
            outcome, new_id = pending_new.Outcome.NOT_SAVED, ""
        if new_id:
            self._resume = (new_id, "")  # what the CSW was working on
        self._new_at_lock = outcome

    def _close_other_windows(self) -> None:
        """Close popups, dialogs and any other window of ours that could show content."""
        for _ in range(20):  # popups can stack (a combo inside a menu); never loop forever
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()
