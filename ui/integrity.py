"""The whole-file page check, off the path to the first screen (issue 17).

SQLCipher authenticates every page it reads (its HMAC), so the list and an opened
interview never show a damaged page. Checking EVERY page before the list showed
cost as much as the key derivation again for 5,000 interviews; the window now opens
the store without it (``Store.open(..., check_pages=False)``) and runs
``Store.check_pages()`` here, in a ``QThread``, once the list is shown. The check
runs on a connection of its own, keyed from the store's one ``KeyHolder``: the
passphrase is held nowhere else (docs/trust.md, "What is held in memory").

When the check finds damage the window locks and says so on the locked page, with
the restore offer; the next unlock in this window checks every page first (the
damaged-store path of before: refused at the door, restore offered).

``PageCheck`` is the small API (``start(store)``, ``cancel()``, ``damaged(message)``,
``finished(clean)``); ``after_unlock(window, store)`` and ``check_up_front(window)``
are the window's two hooks (today in ``ui/window_unlock.py``; a ``Session`` would
call ``start`` on ``unlocked`` and ``cancel`` on ``locking``). A check cannot be
interrupted (SQLCipher runs it in one call), so ``cancel`` waits for it to end: at
most the check's length (about 0.3 s for 5,000 interviews on the build machine).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

if TYPE_CHECKING:
    from app.store import Store
    from ui.main_window import MainWindow

OBJECT_NAME = "pageCheck"


def damage_message() -> str:
    return QCoreApplication.translate(
        "PageCheck",
        "Part of the notes file is damaged (it no longer reads back as it was saved), "
        "so the notes were locked. Keep the file and ask IT, or put back a backup you "
        "made earlier.",
    )


class _Worker(QThread):
    """Runs one check; ``done(problems)`` with ``None`` when it could not run."""

    done = Signal(object)

    def __init__(self, check: Callable[[], list[str]]) -> None:
        super().__init__()
        self._check = check

    def run(self) -> None:
        from app.store import DamagedStore, StoreError, WrongPassphrase

        try:
            problems: list[str] | None = self._check()
        except (DamagedStore, WrongPassphrase) as exc:  # page 1 no longer opens with the key
            problems = [str(exc)]
        except StoreError:  # locked before it began, or the file is busy: nothing to say
            problems = None
        except Exception:  # noqa: BLE001 - a failed check must not take the window down
            problems = None
        self.done.emit(problems)


class PageCheck(QObject):
    """One store's page check in a worker thread; one at a time."""

    damaged = Signal(str)  # a message for the CSW
    finished = Signal(bool)  # True: every page is whole; False: damage (after ``damaged``)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self._worker: _Worker | None = None
        self.found_damage = False  # remembered: the next unlock checks up front
        self.problems: list[str] = []
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def start(self, store: Store) -> None:
        """Check ``store``'s pages in a worker; any earlier check is cancelled first."""
        self.cancel()
        worker = _Worker(store.check_pages)
        worker.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._worker = worker
        worker.start(QThread.Priority.LowPriority)

    def cancel(self) -> None:
        """Forget the running check's answer and wait for its thread to end."""
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.wait()
        worker.done.disconnect(self._done)  # an answer already queued is dropped in _done
        worker.deleteLater()

    def _done(self, problems: Any) -> None:
        worker = self.sender()
        if worker is None or worker is not self._worker:
            return  # cancelled: a lock, a quit, or a newer check
        self._worker = None
        worker.wait()  # run() has returned; let the thread finish before it is deleted
        worker.deleteLater()
        if problems is None:
            return
        if problems:
            self.found_damage = True
            self.problems = list(problems)
            self.damaged.emit(damage_message())
            self.finished.emit(False)
        else:
            self.finished.emit(True)


# --- the window's hooks (ui/window_unlock.py) ---------------------------------------------
def page_check(window: MainWindow) -> PageCheck:
    """The window's one ``PageCheck``, made and wired on first use."""
    found = window.findChild(PageCheck, OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if found is not None:
        return found
    check = PageCheck(window)
    # Locked (by hand, idle, quit, or because of damage): no check outlives the key.
    window.mode_changed.connect(lambda _mode: check.cancel() if window.store is None else None)
    check.damaged.connect(lambda message: _lock_for_damage(window, message))
    return check


def check_up_front(window: MainWindow) -> bool:
    """True after damage was found in this window: the next unlock checks every page
    before anything is shown (refused at the door, with the restore offer)."""
    found = window.findChild(PageCheck, OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found is not None and found.found_damage


def after_unlock(window: MainWindow, store: Store, checked: bool) -> None:
    """Called as the store is handed to the window: once the event loop turns again
    (the list, or the resumed interview, has been built), check every page in a
    worker, unless ``Store.open`` has just done it (``checked``)."""
    check = page_check(window)
    if checked:
        check.found_damage = False  # every page read back whole just now
        return

    def start() -> None:
        if window.store is store and not check.running:
            check.start(store)

    # The loop may also turn inside a message the list shows (a page it could not
    # read): the check then runs meanwhile, and locks the window over that message.
    QTimer.singleShot(0, check, start)


def _lock_for_damage(window: MainWindow, message: str, tries: int = 20) -> None:
    if window.store is None:
        return
    modal = QApplication.activeModalWidget()
    if modal is not None and tries > 0:
        # A message open in a nested event loop (e.g. the list could not read a page):
        # the code that opened it goes on once it closes, so close it and lock after.
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
        QTimer.singleShot(0, window, lambda: _lock_for_damage(window, message, tries - 1))
        return
    window.lock("damaged")
    page = window.locked_page
    page.show_error(message)
    for offer in window.trust.offers:
        if offer.page is page:
            offer.box.setVisible(True)
