"""Issue 17: the application's Python event filters (wheel guard, focus ring, auto-lock)
are off while the interview view builds a panel in one go, and back afterwards: a
person's key press still reaches every one of them, and the auto-lock's idle timer
still restarts on it (ui/app_filters.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from app.model import Interview, Youth
from tests.helpers.interview import open_view
from tests.person import focused, press
from ui import app_filters
from ui.autolock import InactivityTimer

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class _Counter(QObject):
    """An app-wide filter like the real ones: counts what passes, takes nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[QEvent.Type] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        self.kinds.append(event.type())
        return False


def test_a_panel_is_built_without_the_app_filters_and_they_see_input_after(qtbot, store, bank):
    iv = Interview(content_version=bank.version, youth=Youth(name="T.Q."))
    store.create_interview(iv)
    store.set_last_panel(iv.id, "contact")
    app = QApplication.instance()
    counter = _Counter()
    idle = InactivityTimer(60_000)
    app_filters.install(app, counter)
    idle.activate()
    try:
        view = open_view(qtbot, store, bank, iv.id)
        assert counter.kinds  # it sees the window's events (shown, painted ...)
        # Building the responsibilities panel (~80 fields) sends thousands of events;
        # none goes through a Python filter.
        counter.kinds.clear()
        panel = view.panel("responsibilities")
        assert counter.kinds == []
        assert panel.det_controls  # built in full
        # Afterwards a person's key press reaches every filter again.
        view.open_panel("contact")
        idle.deactivate()  # its idle timer stopped: only the key can start it again
        app_filters.install(app, idle)
        assert not idle.is_active()
        press(qtbot, Qt.Key.Key_A)
        assert QEvent.Type.KeyPress in counter.kinds
        assert idle.is_active()  # the auto-lock saw the key: its idle time starts over
        assert focused().text().endswith("a")  # typed into the contact's first field
        assert view.flush()
    finally:
        idle.deactivate()
        app_filters.remove(app, idle)
        app_filters.remove(app, counter)
