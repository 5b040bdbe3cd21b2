"""Each scenario walked through the real interview view, offscreen, on a training store.

The worked case (the key) is opened from the training store, every panel of its
flow is visited with the keyboard (Ctrl+Enter, as a CSW would), and afterwards
the record still earns full marks and the view's locations give no coaching note.
The training hook-up (banner, scenario picker) is a later round; this proves the
training store and the debrief work with the window as it is.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.training import (
    coach,
    debrief,
    load_scenarios,
    open_training_store,
    scripted_interview,
)

ui_interview = pytest.importorskip("ui.interview")
ui_session = pytest.importorskip("ui.training.session")

NOW = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.mark.parametrize("order", [1, 2, 3, 4, 5, 6])
def test_walk_the_worked_case_through_every_panel(qtbot, tmp_path, bank, order) -> None:
    sc = load_scenarios(bank)[order - 1]
    store = open_training_store(tmp_path / "t" / "training.cec")
    try:
        iid = store.create_interview(scripted_interview(sc, bank, NOW))
        view = ui_interview.InterviewView(store, bank, iid)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        with qtbot.waitExposed(view):
            view.show()
        view.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is view)

        visited = [view.current_panel()]
        for _ in range(200):  # every page of every panel, by keyboard
            qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            here = view.current_panel()
            if here == visited[-1]:
                break  # the last page: Ctrl+Enter goes no further
            visited.append(here)
            assert not view.grab().isNull()
        panels = list(dict.fromkeys(v.partition("/")[0] for v in visited))
        other = "caregiver" if sc.interviewee_type.value == "youth" else "youth"
        window = ui_session.panel_order()  # the window's registry gives coaching its order
        assert panels == [p for p in window.order if p != other]
        assert view.flush()
        view.close()

        loaded = store.load(iid)
        assert loaded.training is True
        assert debrief(loaded, sc, bank, NOW, visited, window).overall == 100
        assert coach(loaded, sc, bank, visited, window) == []
    finally:
        store.lock()
