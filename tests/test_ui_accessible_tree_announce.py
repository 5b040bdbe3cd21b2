"""An announcement a screen reader speaks wherever the focus is (issue 16, WCAG 4.1.3).

tools/atspi/try.sh showed that the at-risk result reached AT-SPI only as a name change of
its label, and Orca speaks a name change only for the widget in focus: so
``ui.announce.announce`` also sends Qt's announcement event (AT-SPI
``object:announcement``, UI Automation's notification), assertive for an alert. Qt
offers no hook to read the events it sends, so the test records what reaches
``QAccessible.updateAccessibility`` while a person ticks an indicator and locks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from tests import person
from tests.helpers.order import unlocked_window
from ui.main_window import Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_at_risk_result_and_the_lock_are_announcements(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    sent: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []
    real = QAccessible.updateAccessibility

    def record(event) -> None:  # noqa: ANN001
        if isinstance(event, QAccessibleAnnouncementEvent):
            sent.append((event.message(), event.politeness()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    window.list_page.table.setFocus()
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.CASE)
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW)
    number = window.view.flow().index("at_risk") + 1
    person.press(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL)
    person.press(qtbot, Qt.Key.Key_Space)  # tick the first indicator
    polite = QAccessible.AnnouncementPoliteness.Polite
    assert ("Meets the at-risk definition for CSE.", polite) in sent, sent
    person.press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED)
    assert (
        "Locked. Enter the passphrase to go on.",
        QAccessible.AnnouncementPoliteness.Assertive,
    ) in sent, sent
