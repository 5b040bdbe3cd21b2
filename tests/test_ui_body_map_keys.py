"""The body map from the keyboard alone (issue 16, WCAG 2.1.1): Enter places a mark,
Shift+arrow keys move it, arrow keys choose a mark, Delete removes it; every key goes
to whatever has the focus; the record is read back after lock and reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers.interview import make_interview, open_view, reopen
from tests.person import focused, press
from ui.widgets.body_map import BodyMap

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_place_move_choose_and_remove_marks_with_keys(qtbot, store, bank) -> None:  # noqa: ANN001
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("tattoos")
    for _ in range(30):  # Tab to the body map, as a person does
        if isinstance(focused(), BodyMap):
            break
        press(qtbot, Qt.Key.Key_Tab)
    body = focused()
    assert isinstance(body, BodyMap)
    press(qtbot, Qt.Key.Key_Return)  # a first mark
    qtbot.waitUntil(lambda: len(body.marks) == 1)
    if not isinstance(focused(), BodyMap):  # placing may show the details: back to the map
        body.setFocus()
    start = (body.marks[0].x, body.marks[0].y)
    press(qtbot, Qt.Key.Key_Right, SHIFT, times=5)
    press(qtbot, Qt.Key.Key_Down, SHIFT, times=3)
    body.setFocus() if focused() is not body else None
    press(qtbot, Qt.Key.Key_Return)  # a second mark
    qtbot.waitUntil(lambda: len(body.marks) == 2)
    body.setFocus() if focused() is not body else None
    press(qtbot, Qt.Key.Key_Left)  # choose the first mark, then the second again
    assert body.current == next(m.key for m in body.marks if m.number == 1)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Delete)  # the second goes
    qtbot.waitUntil(lambda: len(body.marks) == 1)
    assert view.flush()
    saved = reopen(store, bank, interview_id).tattoos
    assert len(saved) == 1
    moved = next(t for t in saved if t.number == 1)
    assert moved.x == pytest.approx(start[0] + 0.05) and moved.y == pytest.approx(start[1] + 0.03)
    assert moved.side.value == "front"
