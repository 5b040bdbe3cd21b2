"""The responsibilities panel's step times are made after the panel (issue 17, <= 30 ms
to build): a person still finds every field where it was, by eye and by Tab, and what
they enter is saved (real store, keys sent to whatever has the focus)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from app.localtime import to_local
from app.model import Interview, RedFlagObservation, StepRecord, StepStatus, Youth
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.interview import open_view
from tests.person import focused, press, type_keys
from ui.interview import InterviewView
from ui.widgets.date_field import DateField

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


def open_on_steps(qtbot, store: Store, bank) -> tuple[InterviewView, str]:  # noqa: ANN001
    iv = Interview(content_version=bank.version, youth=Youth(name="T.Q."))
    iv.red_flags["rf.many_condoms"] = RedFlagObservation()  # makes steps due
    store.create_interview(iv)
    store.set_last_panel(iv.id, "contact")
    view = InterviewView(store, bank, iv.id)
    qtbot.addWidget(view)
    screen = QApplication.primaryScreen().availableGeometry()
    view.resize(min(1366, screen.width() - 10), min(768, screen.height() - 10))
    view.move(screen.topLeft())
    with qtbot.waitExposed(view):
        view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view, iv.id


def test_step_times_are_made_after_the_panel_and_before_a_person_acts(qtbot, store, bank):
    view, _ = open_on_steps(qtbot, store, bank)
    view.open_panel("responsibilities", focus=False)
    panel = view.panel("responsibilities")
    assert len(panel.step_ids()) >= 2
    # Built synchronously: no date field in the step rows yet (the costly part).
    assert panel.grid_host.findChildren(DateField) == []
    QApplication.processEvents()  # one turn of the event loop
    assert len(panel.grid_host.findChildren(DateField)) == len(panel.step_ids())
    for _status, when, _note in map(panel.step_row, panel.step_ids()):
        assert when.editor().date.isVisible() and when.editor().now_button.isVisible()
    assert view.flush()


def test_tab_walks_a_step_row_in_order_even_before_its_time_is_made(qtbot, store, bank):
    view, interview_id = open_on_steps(qtbot, store, bank)
    view.open_panel("responsibilities", focus=False)
    panel = view.panel("responsibilities")
    step_id = panel.step_ids()[0]
    status, when, note = panel.step_row(step_id)
    assert not when.is_built()
    status.setFocus()  # where a person's click would put it; no event loop turn yet
    names = []
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
        names.append(focused().accessibleName())
    n = status.accessibleName().removeprefix("Status of step ").split(" ")[0]
    assert names == [
        f"Time of step {n}: date",
        f"Time of step {n}: time",
        f"Time of step {n}: now",
        f"Time of step {n}: clear",
        f"Note on step {n}",
    ]
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is when.editor().clear_button
    # Typed by keys, saved to the file.
    note.setFocus()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier, times=4)
    assert focused().accessibleName() == f"Time of step {n}: date"
    type_keys(qtbot, "2026-03-14")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "14:30")
    press(qtbot, Qt.Key.Key_Tab)
    status.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Pending -> Done
    assert view.flush()
    path = store.path
    store.lock()
    fresh = Store.open(path, PASSPHRASE)
    try:
        record = fresh.load(interview_id).responsibilities[step_id]
    finally:
        fresh.lock()
    assert record.status == StepStatus.DONE
    assert record.at is not None and (record.at.month, record.at.day) == (3, 14)


def test_a_recorded_step_time_waits_for_its_field_and_is_kept(qtbot, store, bank):
    # A step done at a known time: the panel builds without its field, shows the time
    # once the field is made, and a note typed then leaves the time as it was.
    view, interview_id = open_on_steps(qtbot, store, bank)
    view.open_panel("responsibilities", focus=False)
    step_id = view.panel("responsibilities").step_ids()[0]
    assert view.flush()
    view.close()
    done_at = datetime(2026, 3, 14, 18, 30, 45, tzinfo=UTC)
    store.set_step(interview_id, step_id, StepRecord(StepStatus.DONE, done_at, "called"))
    store.set_last_panel(interview_id, "responsibilities")
    again = InterviewView(store, bank, interview_id)
    qtbot.addWidget(again)
    panel = again.panel("responsibilities")
    _status, when, note = panel.step_row(step_id)
    assert not when.is_built()  # its value did not make it during the build
    assert when.value() == done_at.replace(second=0)  # kept to the minute, as the field keeps it
    again.show()
    QApplication.processEvents()
    assert when.is_built()
    shown = to_local(done_at)
    assert when.editor().date.line.text() == shown.strftime("%Y-%m-%d")
    assert when.editor().time.line.text() == shown.strftime("%H:%M")
    note.setFocus()
    note.selectAll()
    type_keys(qtbot, "hotline called back")
    assert again.flush()
    path = store.path
    store.lock()
    fresh = Store.open(path, PASSPHRASE)
    try:
        record = fresh.load(interview_id).responsibilities[step_id]
    finally:
        fresh.lock()
    assert (record.status, record.at, record.note) == (
        StepStatus.DONE,
        done_at.replace(second=0),
        "hotline called back",
    )


def test_step_rows_below_the_fold_are_made_one_turn_later_in_reading_and_tab_order(
    qtbot, store, bank
):
    # Issue 17: the rows the box shows first are made with the panel, the rest one turn
    # of the event loop later (before a person can act); a person then finds every row,
    # top to bottom by eye and by Tab, and a status chosen far down is saved.
    iv = Interview(content_version=bank.version, youth=Youth(name="T.Q."))
    for flag in bank.red_flags[:12]:  # several forms' steps become due
        iv.red_flags[flag.id] = RedFlagObservation()
    store.create_interview(iv)
    store.set_last_panel(iv.id, "contact")
    view = open_view(qtbot, store, bank, iv.id)
    view.open_panel("responsibilities", focus=False)
    panel = view.shown_panel()
    made_first = panel.grid_host.findChildren(QComboBox)
    assert 0 < len(made_first) < 10  # only the first rows, not every due step
    QApplication.processEvents()  # one turn of the event loop
    statuses = panel.grid_host.findChildren(QComboBox)
    assert len(statuses) >= 10 > len(made_first)
    ids = panel.step_ids()
    assert len(ids) == len(statuses)

    # Shown, top to bottom, in the order the steps are listed (once laid out).
    def tops() -> list[int]:
        return [panel.step_row(s)[0].geometry().top() for s in ids]

    qtbot.waitUntil(lambda: tops() == sorted(set(tops())))
    assert all(panel.step_row(s)[0].isVisible() for s in ids)
    # Tab from the first status walks every row's status in order (time: 4 stops, note).
    panel.step_row(ids[0])[0].setFocus()
    seen = [focused()]
    for _ in range(6 * (len(ids) - 1)):
        press(qtbot, Qt.Key.Key_Tab)
        if isinstance(focused(), QComboBox):
            seen.append(focused())
    assert seen == [panel.step_row(s)[0] for s in ids]
    last = ids[-1]
    assert focused() is panel.step_row(last)[0]
    press(qtbot, Qt.Key.Key_Down)  # Pending -> Done, on the last row
    assert view.flush()
    path = store.path
    store.lock()
    fresh = Store.open(path, PASSPHRASE)
    try:
        record = fresh.load(iv.id).responsibilities[last]
    finally:
        fresh.lock()
    assert record.status == StepStatus.DONE
