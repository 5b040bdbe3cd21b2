"""The window's shell driven like a person would: first run, unlock, lock, auto-lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.store import Store, StoreLocked
from tests.helpers import PASSPHRASE, YOUTH_NAMES
from tests.helpers.window import open_window, shows_any_name, type_passphrase
from ui import dialogs
from ui.clipboard import KDE_SECRET_HINT, secure_clipboard
from ui.main_window import FREE_TRIES, Mode, backoff_seconds
from ui.settings import IDLE_LOCK_MINUTES, WINDOW_GEOMETRY

# The shared fixtures, made visible to pytest in this module.


def first_contact(window) -> str:  # noqa: ANN001
    """The first contact of the case chosen in the list (the list shows cases, issue 14)."""
    return window.store.load_case(window.list_page.current_id()).contacts[0].id


def unlocked_window(qtbot, store_path: Path, ini_settings, **kwargs):  # noqa: ANN001, ANN201
    window = open_window(qtbot, store_path, ini_settings, **kwargs)
    assert window.mode == Mode.UNLOCK
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    return window


def test_first_run_refuses_a_weak_passphrase_then_creates_the_store(
    qtbot, tmp_path: Path, ini_settings
) -> None:
    path = tmp_path / "new" / "store.cec"
    window = open_window(qtbot, path, ini_settings)
    assert window.mode == Mode.WELCOME
    page = window.welcome
    qtbot.keyClicks(page.passphrase, "short")
    qtbot.keyClicks(page.confirm, "short")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert window.mode == Mode.WELCOME
    assert page.error.isVisible()
    assert "at least 10 characters" in page.error.text()
    assert not path.exists()

    page.passphrase.clear()
    page.confirm.clear()
    qtbot.keyClicks(page.passphrase, "Quiet river lantern 7")
    assert page.strength.text() in ("Strong", "Very strong")
    qtbot.keyClicks(page.confirm, "Quiet river lantern 8")
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    assert "do not match" in page.error.text()
    assert not path.exists()

    page.confirm.clear()
    qtbot.keyClicks(page.confirm, "Quiet river lantern 7")
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    assert window.mode == Mode.LIST
    assert path.exists()
    assert page.passphrase.text() == "" and page.confirm.text() == ""
    assert window.list_page.model.rowCount() == 0
    assert window.list_page.empty.isVisible()


def test_wrong_then_right_passphrase(qtbot, store_path: Path, ini_settings) -> None:
    before = store_path.read_bytes()
    window = open_window(qtbot, store_path, ini_settings)
    assert window.mode == Mode.UNLOCK
    type_passphrase(qtbot, window, "not the passphrase")
    assert window.mode == Mode.UNLOCK
    assert "Wrong passphrase" in window.unlock_page.error.text()
    assert window.unlock_page.passphrase.text() == ""
    assert window.store is None
    assert store_path.read_bytes() == before
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    assert window.list_page.model.rowCount() == len(YOUTH_NAMES)
    assert not window.unlock_page.error.isVisible()


def test_backoff_grows_after_five_wrong_tries_and_is_audited(
    qtbot, store_path: Path, ini_settings
) -> None:
    assert [backoff_seconds(n) for n in range(1, 9)] == [0, 0, 0, 0, 3, 6, 9, 12]
    assert backoff_seconds(100) == 60
    window = open_window(qtbot, store_path, ini_settings, backoff_tick_ms=40)
    page = window.unlock_page
    for _ in range(FREE_TRIES - 1):
        type_passphrase(qtbot, window, "wrong guess")
        assert not page.waiting and page.unlock.isEnabled()
    type_passphrase(qtbot, window, "wrong guess")
    assert page.waiting
    assert not page.unlock.isEnabled()
    assert "try again in 3 s" in page.wait.text()
    # During the wait even the right passphrase is not tried.
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.UNLOCK and window.store is None
    qtbot.waitUntil(lambda: not page.waiting, timeout=2000)
    assert page.unlock.isEnabled() and not page.wait.isVisible()
    type_passphrase(qtbot, window, "wrong again")
    assert "try again in 6 s" in page.wait.text()  # longer than the last wait
    qtbot.waitUntil(lambda: not page.waiting, timeout=3000)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    events = [(e.event, e.detail) for e in window.store.audit_log()]
    assert ("unlock_failed", "6 wrong passphrase tries before this unlock") in events


def test_ctrl_l_locks_and_hides_every_name(qtbot, store_path: Path, ini_settings) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    assert shows_any_name(window)  # the search below can find them when they are there
    qtbot.keyClicks(window.list_page.search, "Moon")  # an AKA typed in the search field
    assert window.list_page.proxy.rowCount() == 1
    store = window.store
    qtbot.keyClick(window.list_page.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED
    assert store.locked and window.store is None
    with pytest.raises(StoreLocked):
        store.list_interviews()
    assert shows_any_name(window) == []
    assert window.list_page.model.rowCount() == 0
    assert window.list_page.search.text() == ""
    assert window.windowTitle() == "CEC Interview Assistant (locked)"
    assert not window.toolbar.isVisible()
    # Locking twice is harmless.
    window.lock()
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    assert window.list_page.model.rowCount() == len(YOUTH_NAMES)


def test_toolbar_lock_button(qtbot, store_path: Path, ini_settings) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    button = window.toolbar.widgetForAction(window.lock_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.mode == Mode.LOCKED


def test_auto_lock_after_idle_time_drops_the_key(qtbot, store_path: Path, ini_settings) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings, idle_ms=400)
    store = window.store
    # Input keeps it open: type for longer than the idle time.
    for _ in range(6):
        qtbot.keyClick(window.list_page.search, Qt.Key.Key_A)
        qtbot.wait(120)
    assert window.mode == Mode.LIST and not store.locked
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED, timeout=3000)
    assert store.locked
    assert shows_any_name(window) == []
    type_passphrase(qtbot, window, PASSPHRASE)
    assert ("locked", "idle") in [(e.event, e.detail) for e in window.store.audit_log()]


def test_idle_minutes_come_from_the_declared_setting(qtbot, store_path: Path, ini_settings) -> None:
    assert open_window(qtbot, store_path, ini_settings).autolock.timeout_ms == 5 * 60_000
    ini_settings.set(IDLE_LOCK_MINUTES, 2)
    assert open_window(qtbot, store_path, ini_settings).autolock.timeout_ms == 2 * 60_000
    ini_settings.backend.setValue(IDLE_LOCK_MINUTES.key, "nonsense")
    assert ini_settings.get(IDLE_LOCK_MINUTES) == 5


def test_lock_clears_our_clipboard_text(qtbot, store_path: Path, ini_settings) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    clipboard = QApplication.clipboard()
    secure_clipboard().copy("Jordan Sample said the boyfriend drove her")
    assert clipboard.mimeData().data(KDE_SECRET_HINT).data() == b"secret"
    window.lock()
    assert clipboard.text() == ""


def test_lock_clears_text_copied_from_a_field_with_ctrl_c(
    qtbot, store_path: Path, ini_settings
) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    search = window.list_page.search
    qtbot.keyClicks(search, "Riley")
    search.selectAll()
    qtbot.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Riley"
    qtbot.keyClick(search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == ""


def test_clipboard_clears_itself_after_the_set_time(qtbot) -> None:
    tracker = secure_clipboard()
    old = tracker.clear_after_seconds
    tracker.clear_after_seconds = 1
    try:
        tracker.copy("Casey Madeup, referral 0300")
        assert QApplication.clipboard().text() == "Casey Madeup, referral 0300"
        qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=2500)
    finally:
        tracker.clear_after_seconds = old


# A real QMessageBox sizes itself; the offscreen plugin warns that it cannot pass size
# hints on. That is the test platform talking, not the window.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_lock_closes_an_open_confirmation(qtbot, store_path: Path, ini_settings) -> None:
    """Auto-lock fires while a modal question waits (a nested event loop): it is closed,
    answered "no", and nothing is deleted."""
    window = unlocked_window(qtbot, store_path, ini_settings)
    shown: list[bool] = []

    def lock_when_shown() -> None:
        modal = QApplication.activeModalWidget()
        shown.append(isinstance(modal, QDialog) and modal.isVisible())
        window.lock()

    QTimer.singleShot(200, lock_when_shown)
    interview_id, name = window.list_page.current_id(), YOUTH_NAMES[0]
    window.delete_interview(interview_id, name)  # blocks in exec() until the lock closes it
    assert shown == [True]
    assert window.mode == Mode.LOCKED
    assert QApplication.activeModalWidget() is None
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.list_page.model.rowCount() == len(YOUTH_NAMES)


def test_unlock_returns_to_the_same_interview_and_panel(
    qtbot, store_path: Path, ini_settings
) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    chosen = window.list_page.current_id()
    target = first_contact(window)
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Return)  # the case page (issue 14)
    qtbot.keyClick(window.case_page.contacts, Qt.Key.Key_Return)  # its contact
    assert window.mode == Mode.INTERVIEW
    view = window.page(Mode.INTERVIEW)
    order = getattr(view, "_order", [])
    if len(order) > 1:
        view.open_panel(order[1])
    else:
        view.open_panel("red_flags")
    panel = view.current_panel()
    assert panel
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED and window.page(Mode.INTERVIEW) is None
    assert shows_any_name(window) == []
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.INTERVIEW
    assert window.interview_id == target
    assert window.page(Mode.INTERVIEW).current_panel() == panel
    window.show_list()
    assert window.mode == Mode.LIST and window.list_page.current_id() == chosen


def test_window_title_never_carries_content(qtbot, store_path: Path, ini_settings) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    titles = [window.windowTitle()]
    window.open_interview(first_contact(window))  # the list shows cases (issue 14)
    titles.append(window.windowTitle())
    window.lock()
    titles.append(window.windowTitle())
    assert all(not any(name in t for name in YOUTH_NAMES) for t in titles)


def test_geometry_is_saved_and_restored(qtbot, store_path: Path, ini_settings) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    window.resize(700, 500)
    window.close()
    assert not ini_settings.get(WINDOW_GEOMETRY).isEmpty()
    again = open_window(qtbot, store_path, ini_settings)
    again.restoreGeometry(ini_settings.get(WINDOW_GEOMETRY))
    assert again.size().width() == 700


def test_closing_the_window_locks_the_store(qtbot, store_path: Path, ini_settings) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    store = window.store
    window.close()
    assert store.locked


def test_about_names_both_versions(qtbot, store_path: Path, ini_settings) -> None:
    from app import app_version
    from app.content import content_version

    window = open_window(qtbot, store_path, ini_settings)
    dialogs.record_messages = True
    window.about_action.trigger()
    title, text = dialogs.shown[-1]
    assert app_version() in text and content_version() in text


def test_training_entry_point_emits(qtbot, tmp_path: Path, ini_settings) -> None:
    window = open_window(qtbot, tmp_path / "none.cec", ini_settings)
    with qtbot.waitSignal(window.training_requested, timeout=1000):
        qtbot.mouseClick(window.welcome.training, Qt.MouseButton.LeftButton)


def test_a_store_that_is_not_ours_says_so(qtbot, tmp_path: Path, ini_settings) -> None:
    path = tmp_path / "store.cec"
    path.write_bytes(b"\0" * 8192)
    window = open_window(qtbot, path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.UNLOCK
    assert window.unlock_page.error.text()
    assert isinstance(Store, type)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the dialog sizes itself; offscreen warns
def test_preferences_change_idle_time_and_clipboard_time(
    qtbot, store_path: Path, ini_settings
) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)

    def set_values() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialogs.PreferencesDialog)
        dialog.idle_minutes.setValue(2)
        dialog.clipboard_seconds.setValue(0)
        dialog.accept()

    QTimer.singleShot(100, set_values)
    window.preferences_action.trigger()
    assert window.autolock.timeout_ms == 2 * 60_000
    assert secure_clipboard().clear_after_seconds == 0
    assert ini_settings.get(IDLE_LOCK_MINUTES) == 2
    secure_clipboard().clear_after_seconds = 60


def test_lock_wins_over_an_edit_that_cannot_be_saved(qtbot, store_path: Path, ini_settings) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    window.open_interview(first_contact(window))  # the list shows cases (issue 14)
    view = window.page(Mode.INTERVIEW)
    view.flush = lambda: False  # as when the disk is full: the view keeps the text, says so
    store = window.store
    window.lock()
    assert window.mode == Mode.LOCKED and store.locked
    assert shows_any_name(window) == []
    dialogs.record_messages = True
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.INTERVIEW
    assert dialogs.shown and dialogs.shown[-1][0] == "Locked with unsaved edits"


def test_quitting_with_an_unsaved_edit_asks_first(qtbot, store_path: Path, ini_settings) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    window.open_interview(first_contact(window))  # the list shows cases (issue 14)
    window.page(Mode.INTERVIEW).flush = lambda: False
    dialogs.answer_next(False)
    window.close()
    assert window.isVisible() and window.mode == Mode.INTERVIEW and window.store is not None
    assert "Quit anyway?" in dialogs.shown[-1][1]
    dialogs.answer_next(True)
    store = window.store
    window.close()
    assert not window.isVisible() and store.locked


def test_clipboard_text_from_another_program_is_left_alone(qtbot) -> None:
    tracker = secure_clipboard()
    clipboard = QApplication.clipboard()
    tracker.copy("Riley Fictional")
    # Another program puts its own text there; our tracker never sees it arrive.
    clipboard.blockSignals(True)
    try:
        clipboard.setText("a grocery list from another program")
    finally:
        clipboard.blockSignals(False)
    assert not tracker.holds_ours()
    assert tracker.clear_if_ours() is False
    assert clipboard.text() == "a grocery list from another program"
