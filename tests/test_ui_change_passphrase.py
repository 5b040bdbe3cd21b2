"""Issue 13 (change the passphrase from the window) and issue 11's meter, through the
real window: keys to whatever has focus, clicks where the screen sends them; then the
store is read back after a lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.store import Store, WrongPassphrase
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from tests.person import click_at, press, screen_point, type_keys
from ui.main_window import Mode

# Dialogs and the menu's popup: offscreen Qt cannot size, raise or grab for them.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)

NEW = "amber gulls over the ferry pier 1962"  # fictional
WEAK = "ilovemykids2015"  # 15 characters, no common-list entry: the old rules took it


def _open_change_dialog(qtbot, window):  # noqa: ANN001, ANN202
    """Store menu > Change passphrase…, by the keyboard, as a person would."""
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.trust.store_menu.isVisible(), timeout=3000)
    # The open menu has the keyboard (the window system sends keys to the popup).
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_C)
    qtbot.waitUntil(
        lambda: (
            window.trust.passphrase_dialog is not None
            and window.trust.passphrase_dialog.isVisible()
        ),
        timeout=3000,
    )
    dialog = window.trust.passphrase_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.current, timeout=3000)
    return dialog


def _wait_job(qtbot, dialog) -> None:  # noqa: ANN001
    if dialog.job is not None:
        qtbot.waitUntil(lambda: dialog.job is None or dialog.job.done, timeout=30000)


def test_change_the_passphrase_in_the_window(qtbot, store_path: Path, ini_settings) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    count = len(window.store.list_interviews())

    dialog = _open_change_dialog(qtbot, window)
    # A wrong current passphrase: refused by the store, nothing changed.
    type_keys(qtbot, "not the passphrase\t" + NEW + "\t" + NEW + "\n")
    _wait_job(qtbot, dialog)
    assert dialog.isVisible()
    assert "current passphrase is not correct" in dialog.error.text()
    assert dialog.current.text() == ""

    # A weak new one: the meter says so (never "Fair") and the dialog refuses it.
    dialog.new.clear()
    dialog.confirm.clear()
    click_at(qtbot, screen_point(dialog.new))
    type_keys(qtbot, WEAK)
    assert dialog.meter.label.text() == "Too easy to guess"
    assert "would need" in dialog.meter.advice.text()
    click_at(qtbot, screen_point(dialog.current))
    type_keys(qtbot, PASSPHRASE + "\t\t" + WEAK + "\n")
    assert dialog.job is not None and dialog.job.done  # only the wrong-current try ran
    assert "too common or too easy to guess" in dialog.error.text()

    # The real change.
    dialog.new.clear()
    dialog.confirm.clear()
    click_at(qtbot, screen_point(dialog.current))
    dialog.current.clear()
    type_keys(qtbot, PASSPHRASE + "\t" + NEW + "\t" + NEW)
    assert dialog.meter.label.text() in ("Strong", "Very strong")
    press(qtbot, Qt.Key.Key_Return)
    job = dialog.job
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    qtbot.waitUntil(lambda: window.trust.passphrase_dialog is None, timeout=5000)
    assert job.highest == 100
    assert "Passphrase changed" in window.statusBar().currentMessage()

    # The window keeps working on the re-keyed store.
    assert len(window.store.list_interviews()) == count
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LOCKED  # the old passphrase opens nothing
    assert "Wrong passphrase" in window.locked_page.error.text()
    type_passphrase(qtbot, window, NEW)
    assert window.mode == Mode.LIST
    window.lock()

    with pytest.raises(WrongPassphrase):
        Store.open(store_path, PASSPHRASE)
    reopened = Store.open(store_path, NEW)
    try:
        assert len(reopened.list_interviews()) == count
        assert reopened.verify() == []
        assert "passphrase_changed" in [e.event for e in reopened.audit_log()]
    finally:
        reopened.lock()


def test_three_wrong_current_passphrases_lock_the_window(
    qtbot, store_path: Path, ini_settings
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    dialog = _open_change_dialog(qtbot, window)
    for attempt in range(3):
        click_at(qtbot, screen_point(dialog.current))
        type_keys(qtbot, f"guess number {attempt}\t")
        if attempt == 0:
            type_keys(qtbot, NEW + "\t" + NEW)
        press(qtbot, Qt.Key.Key_Return)
        _wait_job(qtbot, dialog)
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED, timeout=5000)
    assert window.trust.passphrase_dialog is None or not window.trust.passphrase_dialog.isVisible()
    type_passphrase(qtbot, window, PASSPHRASE)  # unchanged
    assert window.mode == Mode.LIST


def test_the_welcome_meter_shows_zxcvbn_and_never_fair_for_a_refused_one(
    qtbot, tmp_path: Path, ini_settings
) -> None:
    path = tmp_path / "new" / "store.cec"
    window = open_window(qtbot, path, ini_settings)
    assert window.mode == Mode.WELCOME
    page = window.welcome
    click_at(qtbot, screen_point(page.passphrase))
    type_keys(qtbot, WEAK)
    assert page.strength.text() == "Too easy to guess"
    assert "would need" in page.strength_meter.advice.text()
    type_keys(qtbot, "\t" + WEAK + "\n")
    assert window.mode == Mode.WELCOME
    assert "too common or too easy to guess" in page.error.text()
    assert not path.exists()


def test_a_pasted_passphrase_with_nfd_accents_and_a_line_ending_unlocks(
    qtbot, tmp_path: Path, ini_settings
) -> None:
    import unicodedata

    words = "Crème brûlée au café de la Rivière 42"
    path = tmp_path / "notes" / "store.cec"
    Store.create(path, unicodedata.normalize("NFC", words), words).lock()
    window = open_window(qtbot, path, ini_settings)
    assert window.mode == Mode.UNLOCK
    # Copied from a document (decomposed accents, a byte-order mark, a Windows line end).
    QApplication.clipboard().setText("\ufeff" + unicodedata.normalize("NFD", words) + "\r\n")
    click_at(qtbot, screen_point(window.unlock_page.passphrase))
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Return)
    assert window.mode == Mode.LIST, window.unlock_page.error.text()


def test_a_lock_closes_the_dialog_and_no_field_keeps_what_was_typed(
    qtbot, store_path: Path, ini_settings
) -> None:
    from PySide6.QtWidgets import QLineEdit

    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    dialog = _open_change_dialog(qtbot, window)
    type_keys(qtbot, PASSPHRASE + "\t" + NEW)
    fields = [dialog.current, dialog.new, dialog.confirm]
    window.lock()  # what Ctrl+L and the idle timer run
    assert window.mode == Mode.LOCKED
    assert not dialog.isVisible()
    assert all(field.text() == "" for field in fields)
    leftovers = [
        w
        for w in QApplication.allWidgets()
        if isinstance(w, QLineEdit) and w.text() in (PASSPHRASE, NEW)
    ]
    assert leftovers == []


def test_the_window_unlocks_a_store_keyed_the_old_way_and_moves_it(
    qtbot, tmp_path: Path, ini_settings
) -> None:
    from tests.helpers.legacy import P75, make_legacy, old_hexkey, quoted_key, raw_opens

    path = tmp_path / "notes" / "store.cec"
    Store.create(path, P75, P75).lock()
    make_legacy(path, P75)
    window = open_window(qtbot, path, ini_settings)
    # Two unlocks typed alike move it (a typo after byte 40 must not become the key).
    for unlock in range(2):
        assert window.mode in (Mode.UNLOCK, Mode.LOCKED)
        click_at(qtbot, screen_point(window.stack.currentWidget().passphrase))
        type_keys(qtbot, P75 + "\n")
        assert window.mode == Mode.LIST
        window.lock()
        if unlock == 0:
            assert raw_opens(path, old_hexkey(P75))
    assert raw_opens(path, quoted_key(P75)) and not raw_opens(path, old_hexkey(P75))
