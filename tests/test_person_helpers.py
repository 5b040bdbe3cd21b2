"""The person-style helpers themselves: keys follow the focus, clicks hit what is on top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from tests.person import click, press, screen_point, type_keys, wheel_at

# The offscreen platform says this when a top-level window is shown.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _window(qtbot):  # noqa: ANN001, ANN202
    w = QWidget()
    layout = QVBoxLayout(w)
    first, second, spin, button = QLineEdit(), QLineEdit(), QSpinBox(), QPushButton("Go")
    for child in (first, second, spin, button):
        layout.addWidget(child)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    first.setFocus()
    qtbot.waitUntil(lambda: first.hasFocus())
    return w, first, second, spin, button


def test_keys_follow_the_focus_through_tab(qtbot) -> None:
    window, first, second, _, _ = _window(qtbot)  # noqa: F841 (kept alive)
    type_keys(qtbot, "abc\tdef")
    assert (first.text(), second.text()) == ("abc", "def")
    press(qtbot, Qt.Key.Key_Backspace)
    assert second.text() == "de"


def test_click_and_wheel_go_where_the_screen_sends_them(qtbot) -> None:
    window, first, _, spin, button = _window(qtbot)  # noqa: F841 (kept alive)
    clicked = []
    button.clicked.connect(lambda: clicked.append(1))
    click(qtbot, button)
    assert clicked == [1]
    spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    wheel_at(screen_point(spin), notches=1)
    # A QSpinBox takes wheel turns even without focus: that is what the app must guard against.
    assert spin.value() == 1
