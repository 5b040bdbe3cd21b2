"""The session: the one object that holds the open store, and the only way to lock it.

KeePassXC's ``DatabaseWidget`` shape. ``Session`` owns the store (``None`` while
locked), the passphrase back-off (``FREE_TRIES``, ``backoff_seconds``, the count of
wrong tries) and create / unlock / lock. It knows nothing of pages, views, dialogs
or the clipboard: what must happen around a lock is connected to its signals by
``MainWindow._connect_signals`` (docs/window.md, "Lock"):

- ``unlock_failed(message, wait_seconds)``: a try failed; say ``message``, and wait
  ``wait_seconds`` before the next one (0: no wait).
- ``unlocked()``: the store is open (``session.store``).
- ``locking(reason)``: the store is still open: save and put away everything that
  shows or holds content (flush the view, settle dialogs, clear the clipboard, empty
  the list). Slots run in the order they were connected.
- ``locked(reason)``: the store is locked and dropped.

``lock`` is one guarded sequence: a lock asked for while one runs (a dialog closed by
the lock that itself asks to lock) does nothing, and the store is locked even if a
``locking`` slot fails. The store's module (SQLAlchemy) is imported only once a
passphrase is entered, so the first page shows fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from ui.window_support import user_message, wait_cursor

if TYPE_CHECKING:
    from app.store import Store

FREE_TRIES = 5  # wrong passphrases in a row before each next try has to wait


def backoff_seconds(failures: int) -> int:
    """Wait before the next try after ``failures`` wrong ones in a row: 3, 6, 9 … 60 s."""
    return 0 if failures < FREE_TRIES else min(3 * (failures - FREE_TRIES + 1), 60)


class Session(QObject):
    unlock_failed = Signal(str, int)  # message, seconds to wait before the next try
    unlocked = Signal()
    locking = Signal(str)  # reason: "manual", "idle", "quit", "restore"
    locked = Signal(str)  # reason

    def __init__(self, store_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store_path = Path(store_path)
        self._store: Store | None = None
        self._failures = 0
        self._locking = False
        # Set when the whole-file page check (ui/integrity.py) found damage: the next
        # unlock checks every page before opening, and so is refused at the door.
        self.check_pages_first = False
        self._pages_checked = False

    # -- read-only state -----------------------------------------------------------------
    @property
    def store_path(self) -> Path:
        return self._store_path

    @property
    def store(self) -> Store | None:
        """The open store; None while locked."""
        return self._store

    @property
    def is_locked(self) -> bool:
        return self._store is None

    @property
    def pages_checked(self) -> bool:
        """True when this unlock already checked every page (no worker check needed)."""
        return self._pages_checked

    @property
    def is_locking(self) -> bool:
        """True while the lock sequence runs (the store is still open, going away)."""
        return self._locking

    @property
    def failures(self) -> int:
        """Wrong passphrases in a row since the last good unlock."""
        return self._failures

    def wait_seconds(self) -> int:
        return backoff_seconds(self._failures)

    # -- the way in ----------------------------------------------------------------------
    def create(self, passphrase: str, confirm: str) -> bool:
        """Make a new store at ``store_path`` and open it. False, after ``unlock_failed``
        (with the store's reason), if it could not be made."""
        from app.store import Store, StoreError  # noqa: PLC0415 - app.store: after the first page

        if self._store is not None:
            return False
        QApplication.setOverrideCursor(wait_cursor())
        try:
            store = Store.create(self._store_path, passphrase, confirm)
        except StoreError as exc:
            self.unlock_failed.emit(user_message(exc), 0)
            return False
        except OSError as exc:  # a folder that cannot be written, a full disk
            self.unlock_failed.emit(
                self.tr("The notes file could not be created: {reason}").format(
                    reason=user_message(exc)
                ),
                0,
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._pages_checked = True  # made just now: nothing to check
        self._opened(store)
        return True

    def unlock(self, passphrase: str) -> bool:
        """Open the store with ``passphrase``. On a wrong one the count of failures goes
        up and ``unlock_failed`` says how long to wait; the count is written to the audit
        log after the next good unlock (nothing can be written without the key)."""
        from app.store import Store, StoreError, WrongPassphrase  # noqa: PLC0415 - app.store: after the first page

        if self._store is not None:
            return False
        QApplication.setOverrideCursor(wait_cursor())
        try:
            # Every page's HMAC is checked in a worker once the first screen is up
            # (ui/integrity.py); up front only after that check found damage here.
            store = Store.open(self._store_path, passphrase, check_pages=self.check_pages_first)
        except WrongPassphrase:
            self._failures += 1
            # The cipher cannot tell a wrong key from a damaged first page; say both.
            self.unlock_failed.emit(
                self.tr(
                    "Wrong passphrase (or a damaged notes file). Nothing was changed; "
                    "please try again."
                ),
                backoff_seconds(self._failures),
            )
            return False
        except StoreError as exc:
            self.unlock_failed.emit(user_message(exc), 0)
            return False
        except OSError as exc:  # unreadable file or folder
            self.unlock_failed.emit(
                self.tr("The notes file could not be opened: {reason}").format(
                    reason=user_message(exc)
                ),
                0,
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._pages_checked, self.check_pages_first = self.check_pages_first, False
        failures, self._failures = self._failures, 0
        if failures:
            try:
                store.audit(
                    "unlock_failed", f"{failures} wrong passphrase tries before this unlock"
                )
            except StoreError:
                pass
        self._opened(store)
        return True

    def _opened(self, store: Store) -> None:
        self._store = store
        self.unlocked.emit()

    # -- the way out ---------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> None:
        """Lock now: one guarded sequence, safe to call at any moment and more than once.

        ``locking`` lets everything that shows content put it away while the store is
        still open; then ``reason`` ("manual", "idle", "quit", "restore") goes to the
        audit log with the time, the store is locked (engine disposed, key dropped)
        and dropped, and ``locked`` is emitted."""
        if self._locking or self._store is None:
            return
        self._locking = True
        try:
            try:
                self.locking.emit(reason)
            finally:
                store, self._store = self._store, None
                try:
                    store.audit("locked", reason)
                except Exception:  # noqa: BLE001 - an audit failure must not stop a lock
                    pass
                store.lock()
                self.locked.emit(reason)
        finally:
            self._locking = False
