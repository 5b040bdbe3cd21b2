"""Alt+letter on the window's own pages: each underlined letter a person sees (the menu
bar's and the page's buttons and labelled fields) is its own, in English and in Spanish.
A clash makes Qt cycle between the two instead of acting: in Spanish the list's
"&Nueva entrevista" took Alt+N from the "&Notas" menu, and "&Abrir" Alt+A from
"&Archivo" (found by w-esapp, session 22). Fictional people only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget

from tests import person
from tests.helpers import PASSPHRASE, YOUTH_NAMES
from tests.helpers.window import open_window
from ui.application import install_translators
from ui.main_window import MainWindow, Mode

# Offscreen, a menu cannot raise itself or grab the keyboard; it opens all the same.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)
ENGLISH = QLocale("en_US")


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    done = []
    if request.param == "es":
        done = install_translators(qapp, ENGLISH, language="es", cache=tmp_path / "cache")
        assert done, "no Spanish catalogue was loaded"
    yield request.param
    for translator in done:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def _letter(text: str) -> str | None:
    text = text.replace("&&", "")
    return text[text.index("&") + 1].lower() if "&" in text else None


def _letters(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, text) of every underlined letter on the menu bar and the shown page."""
    out = [(_letter(a.text()), a.text()) for a in window.menuBar().actions() if a.isVisible()]
    page = window.stack.currentWidget()
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QAbstractButton | QLabel):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a plain label's "&" is text, not a shortcut
        out.append((_letter(widget.text()), widget.text()))
    return [(letter, text) for letter, text in out if letter]


def _assert_own(window: MainWindow, where: str) -> None:
    seen: dict[str, str] = {}
    letters = _letters(window)
    assert len(letters) > 4, f"{where}: too few letters found for the test to prove anything"
    for letter, text in letters:
        assert letter not in seen, f"{where}: Alt+{letter.upper()} is {seen[letter]!r} and {text!r}"
        seen[letter] = text


def test_each_underlined_letter_is_its_own_on_the_list_and_the_case(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    language: str,
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    person.type_keys(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    _assert_own(window, f"{language} list")
    # Each menu of the bar opens by its Alt+letter while the list is shown.
    for action in [a for a in window.menuBar().actions() if a.isVisible() and a.menu()]:
        letter = _letter(action.text())
        assert letter, action.text()
        key = Qt.Key(ord(letter.upper()))
        person.press(qtbot, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        assert QApplication.activePopupWidget() is action.menu(), action.text()
        person.press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        person.press(qtbot, Qt.Key.Key_Escape)  # the bar let go
    # The case page, by keys: the youth's name in the search, Enter to the table, Enter.
    window.list_page.search.setFocus()
    person.type_keys(qtbot, YOUTH_NAMES[0] + "\n")
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.CASE)
    _assert_own(window, f"{language} case")
