"""The application-wide event filters written in Python, and a pause while widgets are
built in one go (issue 17).

Every event of every widget passes through each filter installed on the application:
the wheel guard (ui/wheel_guard.py), the focus ring's follower (ui/focus_ring.py) and
the inactivity timer (ui/autolock.py). Building a panel sends thousands of events
(child added, polish, layout, a combo box's popup ...), each a call into Python of a
few microseconds: the first interview open spent 10-20 ms there. None of them is a
person's input, and no focus moves, while widgets are built synchronously: input
arrives from the event loop, which does not run meanwhile. So ``paused()`` takes the
filters off the application for such a build and puts them back, in the same order,
also after an error; nested pauses are one pause.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

_installed: list[QObject] = []  # in the order they were installed
_pauses = 0


def install(app: QCoreApplication, watcher: QObject) -> None:
    """Install ``watcher`` as an event filter of ``app`` (once), so ``paused`` knows it."""
    _forget_deleted()
    if any(w is watcher for w in _installed):
        return
    _installed.append(watcher)
    if not _pauses:
        app.installEventFilter(watcher)


def remove(app: QCoreApplication, watcher: QObject) -> None:
    """Take ``watcher`` off ``app`` (it is not put back by a pause that ends)."""
    _installed[:] = [w for w in _installed if w is not watcher]
    app.removeEventFilter(watcher)


def is_installed(watcher: QObject) -> bool:
    return any(w is watcher for w in _installed)


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Without the application's Python event filters while widgets are built in one go
    (no event loop runs inside: see the module's note)."""
    global _pauses
    app = QCoreApplication.instance()
    if app is None or _pauses:  # no application, or already paused further out
        yield
        return
    _forget_deleted()
    _pauses += 1
    for watcher in _installed:
        app.removeEventFilter(watcher)
    try:
        yield
    finally:
        _pauses -= 1
        _forget_deleted()
        for watcher in _installed:
            app.installEventFilter(watcher)


def _forget_deleted() -> None:
    _installed[:] = [w for w in _installed if shiboken6.isValid(w)]
