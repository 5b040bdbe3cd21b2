"""Issue 13, finding 7: training at 1366x768. The coaching and case pane can be narrowed
(a splitter) or hidden (a toggle), both remembered; the contact form reflows so nothing
in it is cut; after "Start this practice interview" the keys reach the interview.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tests.helpers.training import open_training
from tests.person import click, focused, screen_point, type_keys
from ui.panels.contact import ContactPanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _start(qtbot, window, scenario_id: str):  # noqa: ANN001, ANN202
    window.picker.select_scenario(scenario_id)
    click(qtbot, window.picker.start)  # the trainee's click on "Start this practice interview"
    assert window.page() == "session"
    qtbot.wait(50)
    return window.session


def _cut(root: QWidget) -> list[str]:
    """Labels and fields shown narrower than they need: their text would be cut."""
    bad = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.text():
            need = w.sizeHint().width()
        elif isinstance(w, (QComboBox, QAbstractSpinBox)):
            need = w.sizeHint().width()
        elif isinstance(w, QLineEdit) and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            need = 120  # room to see what is typed; it scrolls beyond that
        else:
            continue
        if w.width() < need:
            name = w.accessibleName() or getattr(w, "text", lambda: "")() or type(w).__name__
            bad.append(f"{name}: {w.width()} < {need}")
    return bad


def test_contact_form_fits_beside_the_coaching_pane(
    qtbot, tmp_path: Path, seen_tour_settings
) -> None:  # noqa: ANN001, E501
    window = open_training(qtbot, seen_tour_settings, tmp_path / "training" / "training.cec")
    session = _start(qtbot, window, "runaway-return")
    session.view.open_panel("contact")
    qtbot.wait(50)
    panel = session.view.panel("contact")
    assert isinstance(panel, ContactPanel)
    assert session.side.isVisible() and session.side.width() >= 200  # the pane is still there
    cut = _cut(panel)
    assert cut == [], cut
    scroll = session.view.panel_scroll("contact")
    assert scroll.horizontalScrollBar().maximum() == 0, "the contact form is cut at the side"


def test_the_pane_narrows_and_hides_and_is_remembered(
    qtbot, tmp_path: Path, seen_tour_settings
) -> None:  # noqa: ANN001, E501
    path = tmp_path / "training" / "training.cec"
    window = open_training(qtbot, seen_tour_settings, path)
    session = _start(qtbot, window, "runaway-return")
    side = session.side
    before = side.width()
    # Drag the splitter handle to the right by 60 px, as a person does with the mouse.
    handle = session.splitter.handle(1)
    start = screen_point(handle)
    target = QApplication.widgetAt(start)
    assert target is handle
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(handle, left, none, handle.rect().center())
    move = handle.mapFromGlobal(start + QPoint(60, 0))
    QTest.mouseMove(handle, move)
    QTest.mouseRelease(handle, left, none, move)
    qtbot.wait(20)
    narrowed = side.width()
    assert narrowed <= before - 40
    # The toolbar's toggle hides the pane; the interview takes the room.
    view_width = session.view.width()
    click(qtbot, window.toolbar.widgetForAction(window.side_action))
    qtbot.wait(20)
    assert not side.isVisible()
    assert session.view.width() > view_width + 150
    window.close()

    again = open_training(qtbot, seen_tour_settings, path)
    session = _start(qtbot, again, "runaway-return")
    assert not session.side.isVisible()  # remembered: still hidden
    click(qtbot, again.toolbar.widgetForAction(again.side_action))
    qtbot.wait(20)
    assert session.side.isVisible()
    assert abs(session.side.width() - narrowed) <= 2  # and as narrow as it was left


def test_keys_reach_the_interview_right_after_start(
    qtbot, tmp_path: Path, seen_tour_settings
) -> None:  # noqa: ANN001, E501
    window = open_training(qtbot, seen_tour_settings, tmp_path / "training" / "training.cec")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    session = _start(qtbot, window, "runaway-return")
    name_before = session.view.ctx.interview.youth.name
    assert session.view.isAncestorOf(focused()), f"the keys go to {focused()!r}"
    type_keys(qtbot, " (practice)")
    assert session.flush()
    stored = window.store.load(session.interview_id)
    assert stored.youth.name == name_before + " (practice)"


def test_table_columns_stay_readable_beside_the_pane(
    qtbot, tmp_path: Path, seen_tour_settings
) -> None:  # noqa: ANN001, E501
    window = open_training(qtbot, seen_tour_settings, tmp_path / "training" / "training.cec")
    session = _start(qtbot, window, "runaway-return")
    session.view.open_panel("online")
    qtbot.wait(50)
    table = session.view.panel("online").table
    view = table.view
    titles = [c.title for c in table.model.columns]
    widths = {t: view.columnWidth(n) for n, t in enumerate(titles)}
    # The free-text columns (signs seen, notes) were squeezed to a sliver by the fixed ones.
    for n, col in enumerate(table.model.columns):
        least = int(col.width * 0.6) if col.width else 120
        assert view.columnWidth(n) >= least, widths
    # Every title readable: it fits on one line, or the header has room for two.
    header = view.horizontalHeader()
    for n, title in enumerate(titles):
        if header.fontMetrics().horizontalAdvance(title) + 16 > view.columnWidth(n):
            assert header.height() >= 2 * header.fontMetrics().lineSpacing(), title
