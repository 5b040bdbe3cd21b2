"""The main window's way in: create the store or unlock it, with the backoff after
wrong passphrases, then open what the CSW was working on before the lock.

Mixed into ``ui.main_window.MainWindow`` (uses its state, set in ``__init__``). The
store's module (SQLAlchemy) is first imported here, once a passphrase is entered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from ui import settings
from ui.window_support import Mode, lazy_dialogs, user_message, wait_cursor

if TYPE_CHECKING:
    from app.store import Store
    from ui.pages.unlock import UnlockPage

FREE_TRIES = 5  # wrong passphrases in a row before each next try has to wait


def backoff_seconds(failures: int) -> int:
    """Wait before the next try after ``failures`` wrong ones in a row: 3, 6, 9 … 60 s."""
    return 0 if failures < FREE_TRIES else min(3 * (failures - FREE_TRIES + 1), 60)


class UnlockMixin:
    __slots__ = ()  # no state of its own: MainWindow.__init__ sets it all

    def _create_store(self, passphrase: str, confirm: str) -> None:
        from app.store import Store, StoreError

        if not self._content_whole():
            self.welcome.clear()  # no passphrase left in a hidden page
            return
        QApplication.setOverrideCursor(wait_cursor())
        try:
            store = Store.create(self.store_path, passphrase, confirm)
        except StoreError as exc:
            self.welcome.show_error(user_message(exc))
            return
        except OSError as exc:  # a folder that cannot be written, a full disk
            self.welcome.show_error(
                self.tr("The notes file could not be created: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                )
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.welcome.clear()
        self._opened(store)

    def _unlock(self, passphrase: str) -> None:
        page = self.locked_page if self.mode == Mode.LOCKED else self.unlock_page
        if self._finish_setup():
            # Only when the passphrase came before the event loop turned once after the
            # first paint (scripted input): the restore offer, connected to this very
            # signal just now, misses this emission, so tell it the try's outcome.
            try:
                self._try_unlock(page, passphrase)
            finally:
                for offer in self.trust.offers:
                    offer._after_try(passphrase)
            return
        self._try_unlock(page, passphrase)

    def _try_unlock(self, page: UnlockPage, passphrase: str) -> None:
        from app.store import Store, StoreError, WrongPassphrase
        from ui import integrity  # perf (issue 17); not before the first page (Qt's enums)

        if page.waiting or self._store is not None:
            return
        if not self._content_whole():  # never open the notes into a half-loaded tool
            page.clear()
            return
        QApplication.setOverrideCursor(wait_cursor())
        # perf (issue 17): every page's HMAC is checked in a worker once the list is
        # shown (ui/integrity.py); up front only after that check found damage.
        up_front = integrity.check_up_front(self)  # type: ignore[arg-type]
        try:
            store = Store.open(self.store_path, passphrase, check_pages=up_front)
        except WrongPassphrase:
            self._failures += 1
            # The cipher cannot tell a wrong key from a damaged first page; say both.
            page.show_error(
                self.tr(
                    "Wrong passphrase (or a damaged notes file). Nothing was changed; "
                    "please try again."
                )
            )
            page.start_wait(backoff_seconds(self._failures))
            return
        except StoreError as exc:
            page.show_error(user_message(exc))
            return
        except OSError as exc:  # unreadable file or folder
            page.show_error(
                self.tr("The notes file could not be opened: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                )
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        failures, self._failures = self._failures, 0
        if failures:
            # Wrong tries cannot be written while locked (no key); record them now.
            try:
                store.audit(
                    "unlock_failed", f"{failures} wrong passphrase tries before this unlock"
                )
            except StoreError:
                pass
        page.clear()
        integrity.after_unlock(self, store, checked=up_front)  # type: ignore[arg-type]  # perf (issue 17)
        self._opened(store)

    def _opened(self, store: Store) -> None:
        self._store = store
        store.on_change(self._store_changed)
        self.clipboard.clear_after_seconds = self.settings.get(settings.CLIPBOARD_CLEAR_SECONDS)
        self.autolock.activate()
        self._list_dirty = True
        if self._unsaved_at_lock:
            self._unsaved_at_lock = False
            lazy_dialogs().inform(
                self,
                self.tr("Locked with unsaved edits"),
                self.tr(
                    "When the window locked, an edit could not be saved (see the message "
                    "that was shown in the interview). Please check the last panel."
                ),
            )
        if self._new_at_lock is not None:
            from ui.pages import pending_new

            title, text = pending_new.message(self._new_at_lock)
            self._new_at_lock = None
            lazy_dialogs().inform(self, title, text)
        resume, self._resume = self._resume, None
        if resume and resume[0]:
            self.open_interview(resume[0], resume[1])
            if self.mode == Mode.INTERVIEW:
                return
        self.show_list()

    def _training(self) -> None:
        # run_window connects this to ui.training (its own store and window).
        if self._content_whole():  # training runs on the same content bank
            self.training_requested.emit()
