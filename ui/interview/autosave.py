"""Autosave: every edit reaches the store shortly after the last keystroke.

Each field (or record) has a key; an edit schedules that key's save function.
A key waits ``delay_ms`` after its last edit, but never more than ``max_wait_ms``
after its first unsaved edit, so steady typing is still saved at least every
``max_wait_ms`` (a killed process then loses no edit older than that).
Saves run on the GUI thread: SQLCipher's one connection belongs to it and one
small transaction takes milliseconds, so typing does not freeze.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.model import TextRefused
from app.store.errors import StoreError
from ui.window_support import user_message

SaveFn = Callable[[], None]


class Autosaver(QObject):
    """Debounced, per-key saving with retry after a failure."""

    # A save was refused or failed: (key, user-facing message). The text stays in the widget.
    refused = Signal(object, str)
    failed = Signal(object, str)
    # Everything scheduled so far has reached the store.
    all_saved = Signal()
    saved = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        delay_ms: int = 300,
        max_wait_ms: int = 400,
        retry_ms: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.delay_ms = delay_ms
        self.max_wait_ms = max_wait_ms
        self._pending: dict[Hashable, SaveFn] = {}
        self._first_edit: dict[Hashable, float] = {}
        self._timers: dict[Hashable, QTimer] = {}
        self._failing: set[Hashable] = set()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.flush)

    def schedule(self, key: Hashable, save: SaveFn) -> None:
        now = time.monotonic()
        self._pending[key] = save
        first = self._first_edit.setdefault(key, now)
        waited_ms = (now - first) * 1000
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda k=key: self._run(k))
            self._timers[key] = timer
        timer.start(int(max(0, min(self.delay_ms, self.max_wait_ms - waited_ms))))

    def save_now(self, key: Hashable, save: SaveFn) -> None:
        """For discrete edits (a click, a tick): no reason to wait."""
        self._pending[key] = save
        self._first_edit.setdefault(key, time.monotonic())
        self._run(key)

    def pending(self) -> bool:
        return bool(self._pending)

    def is_failing(self) -> bool:
        return bool(self._failing)

    def flush(self) -> bool:
        """Save everything pending now; True when nothing is left unsaved."""
        for key in list(self._pending):
            self._run(key)
        return not self._pending

    def _run(self, key: Hashable) -> None:
        save = self._pending.get(key)
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()
        if save is None:
            return
        try:
            save()
        except TextRefused:
            # Not retried: the same text would be refused again. The CSW's
            # next edit of this field schedules a new save.
            self._drop(key)
            self._failing.discard(key)
            self.refused.emit(
                key,
                self._tr(
                    "Some text contains a character that cannot be saved (it may have come "
                    "from the clipboard). It is still on screen: please retype that part."
                ),
            )
            return
        except StoreError as exc:
            self._failing.add(key)
            self.failed.emit(
                key,
                self._tr(
                    "Could not save just now: {reason} Your text is kept on screen and "
                    "saving will be retried."
                ).format(reason=user_message(exc)),
            )
            self._retry.start()
            return
        except OSError:
            self._failing.add(key)
            self.failed.emit(
                key,
                self._tr(
                    "Could not save just now (the disk may be full). Your text is kept on "
                    "screen and saving will be retried."
                ),
            )
            self._retry.start()
            return
        # A later edit may have replaced the function while this one ran.
        if self._pending.get(key) is save:
            self._drop(key)
        self._failing.discard(key)
        self.saved.emit(key)
        if not self._pending and not self._failing:
            self.all_saved.emit()

    def _drop(self, key: Hashable) -> None:
        self._pending.pop(key, None)
        self._first_edit.pop(key, None)

    @staticmethod
    def _tr(text: str) -> str:
        return QCoreApplication.translate("Autosaver", text)
