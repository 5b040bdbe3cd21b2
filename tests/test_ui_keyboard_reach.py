"""Every panel and question within a few keys (issue 16, WCAG 2.1.1): Ctrl+1…9 for the
panels, Ctrl+0 for the navigator, Ctrl+G "go to" with type-ahead over panels and
questions, and the shortcuts sheet on ``?`` (where ``?`` is not typed into a field)
and in the Help menu. Every key goes to whatever has the focus (tests/person.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableWidget, QTextEdit

from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window
from ui.main_window import Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier


def _into_a_contact(qtbot, store_path: Path, ini_settings):  # noqa: ANN001, ANN202
    window = open_window(qtbot, store_path, ini_settings)
    window.finish_setup()
    person.type_keys(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    while not isinstance(person.focused(), type(window.list_page.table)):
        person.press(qtbot, Qt.Key.Key_Tab)
    person.press(qtbot, Qt.Key.Key_Return)  # the case
    qtbot.waitUntil(lambda: window.mode == Mode.CASE)
    person.press(qtbot, Qt.Key.Key_Return)  # its contact
    qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW)
    return window


def _sheet():  # noqa: ANN202
    return next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsSheet"),
        None,
    )


def test_panels_navigator_and_go_to_from_the_keyboard(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
) -> None:
    window = _into_a_contact(qtbot, store_path, ini_settings)
    view = window.view
    flow = view.flow()
    assert len(flow) >= 5
    for n in (3, 5, 1, min(9, len(flow))):
        person.press(qtbot, getattr(Qt.Key, f"Key_{n}"), CTRL)
        assert view.current_panel().partition("/")[0] == flow[n - 1], n
        assert view.isAncestorOf(person.focused())  # the keyboard is in the panel
    person.press(qtbot, Qt.Key.Key_0, CTRL)
    assert person.focused() is view.navigator

    # Go to a question by a few letters of its name, as the navigator shows it.
    nav = view.navigator
    top = next(
        nav.topLevelItem(n)
        for n in range(nav.topLevelItemCount())
        if nav.topLevelItem(n).childCount() >= 3
    )
    question = top.child(top.childCount() - 1)
    target = question.data(0, Qt.ItemDataRole.UserRole + 1)
    words = " ".join(w for w in question.text(0).split() if len(w) > 3 and w.isascii())
    assert "/" in target and words

    def type_in_go_to() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "goToDialog"
        dialog.activateWindow()  # offscreen: a dialog is not made active by itself
        qtbot.waitUntil(lambda: person.focused().window() is dialog)
        person.type_keys(qtbot, words + "\n")

    def type_in_go_to_words(text: str) -> None:
        nonlocal words
        words = text
        type_in_go_to()

    QTimer.singleShot(0, type_in_go_to)
    person.press(qtbot, Qt.Key.Key_G, CTRL)
    assert view.current_panel() == target
    window.activateWindow()  # offscreen: the window is not made active again by itself
    qtbot.waitUntil(lambda: person.focused().window() is window)
    # A panel by name, too.
    panel_title = nav.topLevelItem(2).text(0).split("  ")[0]
    QTimer.singleShot(0, lambda: type_in_go_to_words(panel_title))
    person.press(qtbot, Qt.Key.Key_G, CTRL)
    assert view.current_panel().partition("/")[0] == flow[2]
    window.close()


def test_question_mark_opens_the_sheet_except_in_a_text_field(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
) -> None:
    window = _into_a_contact(qtbot, store_path, ini_settings)
    view = window.view
    person.press(qtbot, Qt.Key.Key_0, CTRL)  # the navigator: no text typed there
    person.type_keys(qtbot, "?")
    qtbot.waitUntil(lambda: _sheet() is not None and _sheet().isVisible())
    table = _sheet().findChild(QTableWidget)
    rows = {(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())}
    keys = {k for k, _what in rows}
    assert {"Ctrl+G", "Ctrl+0", "Ctrl+1", "Ctrl+9", "F1", "Ctrl+L", "?"} <= keys
    assert ("Ctrl+G", "Go to…") in rows
    person.press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _sheet() is None or not _sheet().isVisible())
    window.activateWindow()  # offscreen: the window is not made active again by itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # In a text field "?" is a question mark, not a shortcut.
    for n in range(1, len(view.flow()) + 1):
        person.press(qtbot, getattr(Qt.Key, f"Key_{min(n, 9)}"), CTRL)
        if isinstance(person.focused(), (QLineEdit, QTextEdit, QPlainTextEdit)):
            break
    field = person.focused()
    assert isinstance(field, (QLineEdit, QTextEdit, QPlainTextEdit))
    person.type_keys(qtbot, "?")
    text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
    assert text.endswith("?")
    assert _sheet() is None or not _sheet().isVisible()
    # Help > Keyboard shortcuts is there too, with its key in the tooltip.
    act = window.action("shortcutsAction")
    assert (
        act
        in window.menuBar()
        .findChild(type(window.menuBar().actions()[0].menu()), "helpMenu")
        .actions()
    )
    assert act.toolTip().endswith("(?)")
    window.close()
