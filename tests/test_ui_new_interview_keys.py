"""After "Start interview", the keys reach the interview without a click (issue 13).

Seen under Xvfb with a window manager: the dialog closed, the interview showed
on its Contact page, and what the CSW typed next went nowhere, because the view
was focused while it was still hidden. A person presses keys only: Ctrl+N,
the youth's initials, Return, then Ctrl+Enter to the first question and the
youth's words; the record is read back from the store.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from tests.person import focused, press, type_keys
from ui.main_window import Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_keys_reach_the_new_interview_without_a_click(
    qtbot,
    store_path: Path,
    ini_settings,  # noqa: ANN001
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)

    def fill_in() -> None:  # the dialog opens with the cursor in the youth's name
        # A person waits until the dialog is there and has the keyboard; on a busy
        # machine that can take longer than any fixed delay.
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isAncestorOf(QApplication.focusWidget()):
            QTimer.singleShot(50, fill_in)
            return
        type_keys(qtbot, "K.M.")
        press(qtbot, Qt.Key.Key_Return)

    QTimer.singleShot(100, fill_in)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.INTERVIEW
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))
    view = window.view
    # A new interview starts at its questions: the contact details were just given.
    assert view.current_panel().startswith("youth")
    # Through the rapport guidance to the first open question, then the youth's words.
    while not view.current_panel().endswith("youth.open_ended.q01"):
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "Fine I guess")
    assert focused() is view.shown_panel().card.own_words
    assert view.flush()
    interview_id = window.interview_id
    window.lock()
    store = Store.open(store_path, PASSPHRASE)
    try:
        interview = store.load(interview_id)
    finally:
        store.lock()
    assert interview.youth.name == "K.M."
    assert interview.answers["youth.open_ended.q01"].own_words == "Fine I guess"
