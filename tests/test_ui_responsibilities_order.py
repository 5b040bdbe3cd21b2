"""The responsibilities panel reads as it is drawn (issue 16, WCAG 1.3.2 and 2.4.3) and
shows every line of the guide's words (issue 17 made its labels cheaper to measure).

A person Tabs through the panel: the determinations' area (on top, named), each
determination top to bottom, then the due steps' area and each step's status, time
and note, then out of the panel; Shift+Tab walks the same way back. Rows made again
after a determination is ticked by keys keep that order. At 1366x768, and at 200 %
text, no label of the panel is cut: each is at least as tall as its words need at the
width it has.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from app.model import Interview, RedFlagObservation, Youth
from app.store import Store
from tests.helpers.interview import open_view, reopen
from tests.person import focused, press

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _interview(store: Store, bank, flag: str = "") -> str:  # noqa: ANN001
    iv = Interview(content_version=bank.version, youth=Youth(name="T.Q."))
    if flag:
        iv.red_flags[flag] = RedFlagObservation()  # makes steps due
    store.create_interview(iv)
    return iv.id


def _in_reading_order(panel) -> list[QWidget]:  # noqa: ANN001
    """What a reader meets, as the panel is drawn: the named determinations area, its
    controls top to bottom; the named steps area, each row left to right."""
    order: list[QWidget] = [_area(panel, "Determinations from the procedures")]
    for row in range(panel.det_grid.rowCount()):
        item = panel.det_grid.itemAtPosition(row, 1)
        if item is not None and item.widget().focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(item.widget())
    order.append(_area(panel, "Steps that are due"))
    for step_id in panel.step_ids():
        status, when, note = panel.step_row(step_id)
        edit = when.editor()
        order += [status, edit.date.line, edit.time.line, edit.now_button, edit.clear_button]
        order.append(note)
    return order


def _area(panel, name: str) -> QScrollArea:  # noqa: ANN001
    (area,) = [a for a in panel.findChildren(QScrollArea) if a.accessibleName() == name]
    return area


def _tab_walk(qtbot, panel, key_modifier=Qt.KeyboardModifier.NoModifier) -> list[QWidget]:  # noqa: ANN001
    """Tab (or Shift+Tab) from outside the panel through it, until the focus leaves it."""
    stops: list[QWidget] = []
    for _ in range(400):
        press(qtbot, Qt.Key.Key_Tab, key_modifier)
        now = focused()
        if panel.isAncestorOf(now):
            assert now not in stops, f"Tab came back to {now.accessibleName()!r} inside"
            stops.append(now)
        elif stops:
            return stops
    raise AssertionError("Tab never left the panel")  # a trap


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}:{widget.accessibleName()!r}"


def _check_order(qtbot, view, panel) -> None:  # noqa: ANN001
    expected = _in_reading_order(panel)
    view.navigator.setFocus()  # the person clicks the panel list, then Tabs on
    forward = _tab_walk(qtbot, panel)
    assert [_name(w) for w in forward] == [_name(w) for w in expected]
    assert forward == expected
    backward = _tab_walk(qtbot, panel, Qt.KeyboardModifier.ShiftModifier)
    assert backward == expected[::-1]


def test_tab_reads_the_panel_top_to_bottom_then_each_step_row(qtbot, store, bank) -> None:  # noqa: ANN001
    interview_id = _interview(store, bank, "rf.many_condoms")
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("responsibilities")
    QApplication.processEvents()  # the step times are made on the next turn
    panel = view.panel("responsibilities")
    assert len(panel.step_ids()) >= 2
    _check_order(qtbot, view, panel)


def test_rows_made_again_after_a_tick_keep_the_reading_order(qtbot, store, bank) -> None:  # noqa: ANN001
    interview_id = _interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("responsibilities")
    QApplication.processEvents()
    panel = view.panel("responsibilities")
    assert panel.step_ids() == []
    # The person Tabs to the first "Present (red flag)" box and ticks it with Space.
    view.navigator.setFocus()
    for _ in range(60):
        press(qtbot, Qt.Key.Key_Tab)
        if focused().accessibleName().endswith(")") and "red flag" in focused().accessibleName():
            break
    box = focused()
    assert box.metaObject().className() == "QCheckBox", _name(box)
    press(qtbot, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert len(panel.step_ids()) >= 2  # the red flag made its procedure's steps due
    _check_order(qtbot, view, panel)
    assert view.flush()
    assert reopen(store, bank, interview_id).red_flags  # the tick was saved


def _cut_labels(panel) -> list[str]:  # noqa: ANN001
    cut = []
    for label in panel.findChildren(QLabel):
        if not label.isVisibleTo(panel) or not label.text() or not label.wordWrap():
            continue
        need = label.heightForWidth(label.width())
        words = label.fontMetrics().boundingRect(0, 0, 0, 10_000, Qt.TextFlag.TextWordWrap,
                                                 label.text())  # fmt: skip
        widest = words.width() + max(label.indent(), 0)  # its longest word
        if label.height() < need or label.contentsRect().width() < widest:
            cut.append(f"{label.text()[:50]!r}: {label.size().toTuple()}, needs {need}")
    return cut


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100%", "200%"])
def test_every_line_of_every_step_is_shown(qtbot, store, bank, scale: float) -> None:  # noqa: ANN001
    interview_id = _interview(store, bank, "rf.many_condoms")
    view = open_view(qtbot, store, bank, interview_id)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    view.setFont(font)  # as when the CSW's system text is set larger
    view.open_panel("responsibilities")
    QApplication.processEvents()
    panel = view.panel("responsibilities")
    labels = [w for w in panel.findChildren(QLabel) if w.wordWrap() and w.text()]
    assert len(labels) > 60  # the determinations and the due steps
    assert not _cut_labels(panel), "\n".join(_cut_labels(panel))
    # The guide's step numbering is kept, in the guide's order.
    steps = [s for p in bank.procedures for s in p.steps if s.determinations]
    shown = [w.text() for w in labels]
    for step in steps:
        assert f"{step.number}. {step.text}" in shown
