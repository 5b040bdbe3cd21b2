"""Live results reach a screen reader without moving the focus (issue 16, WCAG 4.1.3):
the at-risk result when a tick changes it, a banner's new message (a save that failed,
a deadline now due), and the lock, each through Qt's accessibility events
(ui/announce.py); the keyboard focus stays where it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window
from ui import announce
from ui.main_window import Mode
from ui.widgets.banner import Banner

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def heard() -> Iterator[list[tuple[str, str]]]:
    announce.heard = []
    yield announce.heard
    announce.heard = None


def test_the_at_risk_result_and_the_lock_are_announced_without_moving_focus(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    heard: list[tuple[str, str]],
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    window.finish_setup()
    person.type_keys(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    window.list_page.table.setFocus()
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.CASE)
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW)
    view = window.view
    number = view.flow().index("at_risk") + 1
    person.press(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
    listing = person.focused()
    assert view.panel("at_risk").isAncestorOf(listing)
    before = list(heard)
    person.press(qtbot, Qt.Key.Key_Space)  # tick the first indicator
    said = [text for _kind, text in heard[len(before) :]]
    assert any("at-risk definition" in text for text in said), heard
    assert person.focused() is listing  # nothing took the focus

    person.press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED)
    assert ("alert", "Locked. Enter the passphrase to go on.") in heard
    window.close()


def test_a_banner_message_is_an_alert_once(qtbot, heard: list[tuple[str, str]]) -> None:  # noqa: ANN001
    banner = Banner(kind="error")
    qtbot.addWidget(banner)
    banner.show_text("Your last change could not be saved.")
    banner.show_text("Your last change could not be saved.")  # the same: said once
    banner.show_text("")
    assert heard == [("alert", "Your last change could not be saved.")]
    assert banner.accessibleName() == ""
