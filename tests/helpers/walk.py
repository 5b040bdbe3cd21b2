"""The keys-only walks (tests/test_ui_walk_*.py, issues 15 and 16): waiting for a dialog
as a person waits before typing, typing a path into the file dialog, coming back to
the window, and a guard that closes a dialog nobody asked for.

A key gone astray (a Space on "Export summary…" instead of in a text) opens a modal
dialog that waits for a person forever; the ``Walk`` guard closes it and the walk
fails saying which dialog it was, instead of hanging the suite.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.model import Interview
from app.store import Store
from tests import person
from tests.helpers import PASSPHRASE

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
STRAY_AFTER_S = 3.0  # a dialog nobody waits for is closed after this long
WAIT_AT_MOST_S = 30.0  # a dialog waited for that never takes the keyboard


class Walk:
    """Dialogs during one walk: those the walk waits for (``when_dialog``) and strays."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.waiting = 0
        self.strays: list[str] = []
        self._since: dict[int, float] = {}
        self._guard = QTimer()
        self._guard.setInterval(250)
        self._guard.timeout.connect(self._look)
        self._guard.start()

    def stop(self) -> None:
        self._guard.stop()

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or self.waiting:
            self._since.clear()
            return
        first = self._since.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - first > STRAY_AFTER_S and isinstance(dialog, QDialog):
            self.strays.append(dialog.windowTitle() or type(dialog).__name__)
            dialog.reject()

    def next(self) -> None:
        """Ctrl+Enter: the next question or panel."""
        assert not self.strays, f"a dialog nobody asked for opened: {self.strays}"
        person.press(self.qtbot, Qt.Key.Key_Return, CTRL)

    def when_dialog(self, act: Callable[[QWidget], None], over: QWidget | None = None) -> None:
        """Run ``act(dialog)`` once a modal dialog (other than ``over``) is up and has the
        keyboard, as a person waits for it before typing."""
        self.waiting += 1
        started = time.monotonic()

        def wait() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is over:
                dialog = None
            if dialog is not None:
                dialog.activateWindow()  # offscreen: a dialog is not made active by itself
            if dialog is None or not dialog.isAncestorOf(QApplication.focusWidget()):
                if time.monotonic() - started < WAIT_AT_MOST_S:
                    QTimer.singleShot(50, wait)
                else:
                    self.waiting -= 1
                    self.strays.append("the dialog waited for never had the keyboard")
                return
            try:
                act(dialog)
            finally:
                self.waiting -= 1

        QTimer.singleShot(50, wait)

    def back_to(self, window: QWidget) -> None:
        """After a dialog closed: offscreen, the window system does not make the window
        under it active again by itself (a desktop does)."""
        window.activateWindow()
        self.qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))

    def save_as(self, path: Path) -> Callable[[QWidget], None]:
        """What a person does in the file dialog: the suggested name replaced by a path
        typed, then Enter."""

        def type_path(files: QWidget) -> None:
            assert files.windowTitle().startswith("Save the"), files.windowTitle()
            person.press(self.qtbot, Qt.Key.Key_A, CTRL)
            person.type_keys(self.qtbot, f"{path}\n")

        return type_path


def saved_record(path: Path, interview_id: str) -> Interview:
    """The contact as the next unlock reads it from the file."""
    store = Store.open(path, PASSPHRASE)
    try:
        return store.load(interview_id)
    finally:
        store.lock()


def flat(text: str) -> str:
    """Text with every run of white space as one space (a PDF wraps lines anywhere)."""
    return " ".join(text.split())
