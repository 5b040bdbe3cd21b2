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
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

from app.model import Response
from app.store import Store
from tests import person
from tests.helpers import PASSPHRASE, YOUTH_NAMES
from tests.helpers.order import (
    CONTACT_DIALOGS,
    LIST_AND_CASE_DIALOGS,
    EveryDialog,
    unlocked_window,
)
from tests.helpers.training import open_training
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


def _shown_letters(root: QWidget, bar: QMenuBar | None = None) -> list[tuple[str, str]]:
    """(letter, text) of every underlined letter a person sees at one time: the menu
    bar's titles (``bar``) and, under ``root``, each shown button, labelled field's
    label, group box title and tab."""
    out = []
    if bar is not None:
        out = [(_letter(a.text()), a.text()) for a in bar.actions() if a.isVisible()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QGroupBox):
            texts = [widget.title() if isinstance(widget, QGroupBox) else widget.text()]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]  # a plain label's "&" is text, not a shortcut
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(n) for n in range(widget.count()) if widget.isTabVisible(n)]
        else:
            continue
        out.extend((_letter(text), text) for text in texts)
    return [(letter, text) for letter, text in out if letter]


def _clashes(letters: list[tuple[str, str]], where: str) -> list[str]:
    seen: dict[str, str] = {}
    found = []
    for letter, text in letters:
        if letter in seen:
            found.append(f"{where}: Alt+{letter.upper()} {seen[letter]!r} / {text!r}")
        seen.setdefault(letter, text)
    return found


def _letters(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, text) of every underlined letter on the menu bar and the shown page."""
    return _shown_letters(window.stack.currentWidget(), window.menuBar())


def _assert_own(window: MainWindow, where: str) -> None:
    letters = _letters(window)
    assert len(letters) > 4, f"{where}: too few letters found for the test to prove anything"
    clashes = _clashes(letters, where)
    assert not clashes, "\n".join(clashes)


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


def _page_clashes(window: MainWindow, where: str) -> list[str]:
    letters = _letters(window)
    assert len(letters) > 3, f"{where}: too few letters found for the test to prove anything"
    return _clashes(letters, where)


def test_each_underlined_letter_is_its_own_on_the_welcome_unlock_and_locked_pages(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    tmp_path: Path,
    language: str,
) -> None:
    first = open_window(qtbot, tmp_path / "new" / "store.cec", ini_settings)
    assert first.mode == Mode.WELCOME
    clashes = _page_clashes(first, f"{language} welcome")
    first.close()
    window = open_window(qtbot, store_path, ini_settings)
    assert window.mode == Mode.UNLOCK
    clashes += _page_clashes(window, f"{language} unlock")
    person.type_keys(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    person.press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED)
    clashes += _page_clashes(window, f"{language} locked")
    assert not clashes, "\n".join(clashes)


def _unlocked(qtbot, store_path: Path, ini_settings) -> MainWindow:  # noqa: ANN001
    window = open_window(qtbot, store_path, ini_settings)
    person.type_keys(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    return window


def _open_first_contact(qtbot, window: MainWindow) -> str:  # noqa: ANN001
    """The list's first case, then its first contact, by keys: the contact's id."""
    window.list_page.table.setFocus()
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.CASE)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW)
    return window.view.ctx.interview.id


def test_each_underlined_letter_is_its_own_on_every_panel(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    language: str,
) -> None:
    window = _unlocked(qtbot, store_path, ini_settings)
    _open_first_contact(qtbot, window)
    view = window.view
    clashes = []
    bar = len([a for a in window.menuBar().actions() if a.isVisible()])
    own = 0  # the panels' own letters (a question panel's first page may have none)
    for panel_id in view.flow():
        view.open_panel(panel_id)
        letters = _shown_letters(view, window.menuBar())
        own += len(letters) - bar
        clashes += _clashes(letters, f"{language} {panel_id}")
    assert bar == 4 and own > 40, f"too few letters found ({bar}, {own}) to prove anything"
    assert not clashes, "\n".join(clashes)


def _dialog_clashes(clashes: list[str], language: str):  # noqa: ANN202
    def visit(name: str, dialog: QWidget) -> None:
        bar = dialog.menuBar() if isinstance(dialog, QMainWindow) else None
        clashes.extend(_clashes(_shown_letters(dialog, bar), f"{language} {name}"))

    return visit


@pytest.mark.parametrize("where", ["list and case", "contact"])
def test_each_underlined_letter_is_its_own_in_every_dialog(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    tmp_path: Path,
    language: str,
    where: str,
) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    clashes: list[str] = []
    dialogs = EveryDialog(qtbot, window, _dialog_clashes(clashes, language))
    if where == "contact":
        dialogs.of_a_contact(window)
        assert len(dialogs.seen) == CONTACT_DIALOGS, dialogs.seen
    else:
        dialogs.of_the_list_and_a_case(window, tmp_path)
        assert len(dialogs.seen) == LIST_AND_CASE_DIALOGS, dialogs.seen
    assert not clashes, "\n".join(clashes)


def test_each_underlined_letter_is_its_own_in_the_training_window(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    seen_tour_settings,  # noqa: ANN001
    language: str,
) -> None:
    window = open_training(qtbot, seen_tour_settings, tmp_path / "training" / "training.cec")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    bar = window.menuBar()
    clashes = _clashes(_shown_letters(window.centralWidget(), bar), f"{language} picker")
    dialogs = EveryDialog(qtbot, window, _dialog_clashes(clashes, language))
    dialogs.opened("training tour", window.findChild(QAction, "tourAction").trigger)
    # The practice interview the picker starts: each of its panels, then the debrief.
    window.picker.start.setFocus()
    person.press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.session is not None and window.session.isVisible())
    view = window.session.view
    own = 0
    for panel_id in view.flow():
        view.open_panel(panel_id)
        letters = _shown_letters(window.centralWidget(), bar)
        own += len(letters)
        clashes += _clashes(letters, f"{language} practice {panel_id}")
    assert own > 40, "too few letters found for the test to prove anything"
    person.press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.page() == "debrief")
    clashes += _clashes(_shown_letters(window.centralWidget(), bar), f"{language} debrief")
    assert not clashes, "\n".join(clashes)


def _label_of(field: QWidget) -> QLabel:
    labels = [w for w in field.window().findChildren(QLabel) if w.buddy() is field]
    assert len(labels) == 1, labels
    return labels[0]


def test_alt_and_start_times_letter_puts_the_cursor_in_start_time_at_once(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    language: str,
) -> None:
    window = _unlocked(qtbot, store_path, ini_settings)
    _open_first_contact(qtbot, window)
    window.view.open_panel("contact")
    form = window.view.panel("contact").form
    start = form.start
    letter = _letter(_label_of(start).text())
    assert letter, _label_of(start).text()
    form.youth_name.setFocus()  # where the cursor is when the panel opens
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.youth_name)
    person.press(qtbot, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert QApplication.activePopupWidget() is None, "a menu opened instead"
    now = QApplication.focusWidget()
    assert now is start or start.isAncestorOf(now), (language, letter, now)


def test_in_spanish_alt_n_ticks_no_at_once_and_the_record_keeps_it(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    done = install_translators(qapp, ENGLISH, language="es", cache=tmp_path / "cache")
    assert done, "no Spanish catalogue was loaded"
    try:
        window = _unlocked(qtbot, store_path, ini_settings)
        contact_id = _open_first_contact(qtbot, window)
        window.view.open_panel("investigative")
        panel = window.view.panel("investigative")
        card = panel.card
        # Ctrl+Enter past the section's first page to its first question.
        for _ in range(5):
            if card.isVisible():
                break
            person.press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert card.isVisible()
        item_id = panel.current_page()
        no = card.buttons[Response.NO]
        assert no.text() == "&No" and not no.isChecked()
        # The keys each response's tooltip names are its Spanish letter's ("&Sí": Alt+S).
        assert "Alt+S" in card.buttons[Response.YES].toolTip()
        assert "Alt+N" in no.toolTip()
        card.own_words.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is card.own_words)
        person.press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        qtbot.wait(200)  # a mnemonic clicks after a short animation
        assert QApplication.activePopupWidget() is None, "a menu opened instead"
        assert no.isChecked(), "Alt+N did not tick No at the first press"
        person.press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.mode == Mode.LOCKED)
        store = Store.open(store_path, PASSPHRASE)
        try:
            assert store.load(contact_id).answers[item_id].response == Response.NO
        finally:
            store.lock()
    finally:
        for translator in done:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
