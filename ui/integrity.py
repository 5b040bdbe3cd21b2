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
``finished(clean)``). ``MainWindow`` owns one, made at the first unlock (importing
this module earlier would build Qt's enums before the first page paints), starts it on
``shown_after_unlock`` unless ``Session`` just checked up front, and cancels it first
thing on ``Session.locking``, before the store is locked. A check cannot be
interrupted (SQLCipher runs it in one call), so ``cancel`` waits for it to end: at
most the check's length (about 0.3 s for 5,000 interviews on the build machine).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

if TYPE_CHECKING:
    from app.store import Store

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
        from app.store import DamagedStore, StoreError, WrongPassphrase  # noqa: PLC0415 - app.store: after the first page

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
