"""Finishing the window: start-up work deferred past the first page, the content bank
checked at start (issue 7), retention in Preferences, a lock during the new-interview
dialog (issue 4). Real window, real SQLCipher store, keys and clicks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.content import load_content
from app.paths import data_dir
from app.store import Store
from tests.helpers import PASSPHRASE, YOUTH_NAMES
from tests.helpers.texts import flush_deletes, holding
from tests.helpers.window import open_window, type_passphrase, visible_texts
from ui import dialogs
from ui.dialogs_new_interview import NewInterviewDialog
from ui.main_window import MainWindow, Mode
from ui.settings import RETENTION_DAYS

# Real dialogs are shown; offscreen Qt warns that it cannot size them.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ROOT = Path(__file__).resolve().parent.parent
BROKEN_ITEM = "rf.provocative_clothing"


@pytest.fixture(autouse=True)
def _record() -> Iterator[None]:
    dialogs.record_messages = True
    yield


def first_contact(window) -> str:  # noqa: ANN001
    """The first contact of the case chosen in the list (the list shows cases, issue 14)."""
    return window.store.load_case(window.list_page.current_id()).contacts[0].id


def broken_content(tmp_path: Path, how: str) -> Path:
    """A copy of data/content with one fault: an item that fails the schema, or a
    file cut short (as by a full disk during an update)."""
    folder = tmp_path / f"content-{how}"
    shutil.copytree(data_dir() / "content", folder)
    if how == "item":
        path = folder / "red_flags.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["red_flags"][2]["id"] == BROKEN_ITEM
        data["red_flags"][2]["categories"] = ["gambling"]
        path.write_text(json.dumps(data), encoding="utf-8")
    else:
        path = folder / "youth.json"
        path.write_bytes(path.read_bytes()[:500])
    return folder


def wait_for_content(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.content_check is not None and window.content_check.finished)
    qtbot.waitUntil(lambda: window.content_check.reported, timeout=2000)


# -- start-up ----------------------------------------------------------------------------
STARTUP = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6 import QtCore
from PySide6.QtCore import QTimer
from ui.application import create_application
from ui.main_window import MainWindow, Mode
app = create_application(sys.argv[:1])
window = MainWindow(__import__("pathlib").Path(sys.argv[1]))
window.show()
seen = {}
def first_tick():
    seen["qt_enums_built"] = "Qt" in vars(QtCore)
    seen["deferred"] = sorted(m for m in ("ui.trust", "ui.dialogs", "ui.clipboard",
                                          "app.content") if m in sys.modules)
    seen["pages"] = [window.pages.built(m) is not None for m in (Mode.WELCOME, Mode.UNLOCK,
                                                                  Mode.LOCKED)]
def later():
    check = window.content_check
    if check is None or not check.finished:
        QTimer.singleShot(20, later)
        return
    seen["after"] = {"trust": window.setup_done, "locked_page": window.pages.built(Mode.LOCKED)
                     is not None, "content_problem": check.problem, "mode": window.mode.value}
    print(json.dumps(seen)); app.quit()
QTimer.singleShot(0, first_tick)
QTimer.singleShot(0, later)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def test_first_page_shows_before_the_rest_is_built_and_the_rest_follows(tmp_path: Path) -> None:
    store = tmp_path / "store.cec"
    store.write_bytes(b"\0" * 4096)  # only its presence matters before unlocking
    out = subprocess.run(
        [sys.executable, "-c", STARTUP, str(store)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    # PySide6 builds Qt's 93 enums at once on first use (~15 ms): not for the first page.
    assert seen["qt_enums_built"] is False
    assert seen["deferred"] == []
    assert seen["pages"] == [False, True, False]  # only the unlock page
    assert seen["after"] == {
        "trust": True,
        "locked_page": True,
        "content_problem": "",
        "mode": "unlock",
    }


# -- content checked at start (issue 7) ----------------------------------------------------
@pytest.mark.parametrize("how", ["item", "truncated"])
def test_broken_content_is_named_and_the_notes_never_open(
    qtbot, tmp_path: Path, store_path: Path, ini_settings, how: str
) -> None:
    folder = broken_content(tmp_path, how)
    before = store_path.read_bytes()
    window = open_window(qtbot, store_path, ini_settings, content_dir=folder)
    qtbot.waitUntil(lambda: window.mode == Mode.CONTENT_PROBLEM)
    page = window.page(Mode.CONTENT_PROBLEM)
    assert window.stack.currentWidget() is page and page.isVisible()
    details = page.details.text()
    if how == "item":
        assert "red_flags.json" in details and BROKEN_ITEM in details
    else:
        assert "youth.json" in details
    assert "Your notes were not opened or changed." in "\n".join(visible_texts(window))
    # Nothing reaches the notes: no unlock page, no actions, no Store menu.
    assert not window.unlock_page.isVisible()
    assert not window.new_action.isEnabled() and not window.lock_action.isEnabled()
    assert not window.trust.store_menu.menuAction().isVisible()
    window.unlock_page.unlock_requested.emit(PASSPHRASE)  # even if the passphrase arrived somehow
    assert window.store is None and window.mode == Mode.CONTENT_PROBLEM
    assert store_path.read_bytes() == before
    qtbot.mouseClick(page.quit, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_passphrase_typed_before_the_check_ends_waits_for_it(
    qtbot, tmp_path: Path, store_path: Path, ini_settings
) -> None:
    folder = broken_content(tmp_path, "item")
    window = MainWindow(store_path, ini_settings, backoff_tick_ms=10, content_dir=folder)
    qtbot.addWidget(window)
    window.show()  # no event loop yet: the check has not even started
    assert window.content_check is None
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.store is None and window.mode == Mode.CONTENT_PROBLEM
    assert window.unlock_page.passphrase.text() == ""  # not left in the hidden page
    assert BROKEN_ITEM in window.page(Mode.CONTENT_PROBLEM).details.text()


def test_first_run_with_broken_content_creates_no_store(
    qtbot, tmp_path: Path, ini_settings
) -> None:
    folder = broken_content(tmp_path, "item")
    path = tmp_path / "new" / "store.cec"
    window = open_window(qtbot, path, ini_settings, content_dir=folder)
    page = window.welcome
    page.passphrase.setText(PASSPHRASE)
    page.confirm.setText(PASSPHRASE)
    window.welcome.create_requested.emit(PASSPHRASE, PASSPHRASE)
    assert window.mode == Mode.CONTENT_PROBLEM and window.store is None
    assert not path.exists() and page.passphrase.text() == ""


def test_good_content_is_checked_once_and_the_interview_gets_the_same_bank(
    qtbot, store_path: Path, ini_settings
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    wait_for_content(qtbot, window)
    assert window.content_check.problem == "" and window.mode == Mode.UNLOCK
    assert window.bank is load_content()  # the lru_cache'd bank, loaded by the check
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    window.open_interview(first_contact(window))  # the list shows cases (issue 14)
    assert window.mode == Mode.INTERVIEW and window.interviews.content() is load_content()
    window.close()


def test_training_mode_names_a_broken_content_or_scenario_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.content import loader
    from app.training import scenario
    from ui.application import _training_content_whole
    from ui.training.launch import open_training_window

    broken = broken_content(tmp_path, "item")
    monkeypatch.setattr(loader, "default_content_dir", lambda: broken)
    assert _training_content_whole() is False
    title, text = dialogs.shown[-1]
    assert title == "Training mode" and BROKEN_ITEM in text and "red_flags.json" in text
    monkeypatch.undo()

    scenarios = tmp_path / "scenarios"
    shutil.copytree(data_dir() / "scenarios", scenarios)
    path = scenarios / "runaway-return.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["order"] = "first"  # fails the scenario schema
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(scenario, "scenarios_dir", lambda: scenarios)
    assert _training_content_whole() is True  # the bank itself is whole
    assert open_training_window(store_path=tmp_path / "training.cec") is None
    assert "runaway-return" in dialogs.shown[-1][1]
    assert not (tmp_path / "training.cec").exists()


# -- Preferences: retention ------------------------------------------------------------------
def _export_long_ago(path: Path, name: str, days: int) -> None:
    from datetime import UTC, datetime, timedelta

    store = Store.open(path, PASSPHRASE)
    summary = next(s for s in store.list_interviews() if s.youth_name == name)
    then = datetime.now(UTC) - timedelta(days=days)
    store._now = lambda: then  # type: ignore[method-assign]  # noqa: SLF001 - pin the clock
    store.record_export(summary.id, "pdf", "file")
    store.lock()


def _set_retention_in_preferences(qtbot, window: MainWindow, days: str) -> list[int]:  # noqa: ANN001
    seen: list[int] = []

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, dialogs.PreferencesDialog)
        seen.append(dialog.retention_days.value())
        field = dialog.retention_days
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, days)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(50, edit)
    window.preferences_action.trigger()
    return seen


def test_preferences_change_the_retention_period(qtbot, store_path: Path, ini_settings) -> None:
    _export_long_ago(store_path, YOUTH_NAMES[1], 45)
    window = open_window(qtbot, store_path, ini_settings)
    assert _set_retention_in_preferences(qtbot, window, "60") == [30]  # the default shown
    assert ini_settings.get(RETENTION_DAYS) == 60
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.wait(100)
    assert window.trust.retention_dialog is None  # 45 days < 60: not offered
    assert _set_retention_in_preferences(qtbot, window, "40") == [60]
    assert ini_settings.get(RETENTION_DAYS) == 40
    window.lock()
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.trust.retention_dialog is not None)
    dialog = window.trust.retention_dialog
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        YOUTH_NAMES[1]
    ]
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    window.close()


# -- a lock while the new-interview dialog is open (issue 4) --------------------------------
NEW_NAME = "Avery Invented"
NEW_PLACE = "Maple Street library"


def _type_into_new_interview(qtbot, window: MainWindow, name: str) -> list[bool]:  # noqa: ANN001
    """Open File > New interview, type into it and leave it open until the idle lock."""
    typed: list[bool] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewInterviewDialog)
        if name:
            qtbot.keyClicks(dialog.form.youth_name, name)
        qtbot.keyClicks(dialog.form.relationship, "aunt")
        qtbot.keyClicks(dialog.form.location, NEW_PLACE)
        typed.append(True)  # then no more input: the idle timer locks the window

    QTimer.singleShot(50, fill)
    window.new_action.trigger()  # returns once the lock has closed the dialog
    return typed


def test_idle_lock_in_the_new_interview_dialog_saves_it_and_reopens_it(
    qtbot, store_path: Path, ini_settings
) -> None:
    window = open_window(qtbot, store_path, ini_settings, idle_ms=400)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert _type_into_new_interview(qtbot, window, NEW_NAME) == [True]
    assert window.mode == Mode.LOCKED and window.store is None
    flush_deletes(qtbot)
    assert holding([NEW_NAME, NEW_PLACE]) == []  # nothing left in any widget
    assert QApplication.activeModalWidget() is None
    type_passphrase(qtbot, window, PASSPHRASE)
    assert dialogs.shown[-1][0] == "New interview saved"
    assert window.mode == Mode.INTERVIEW  # the new interview, open again
    interview = window.store.load(window.interview_id)
    assert interview.youth.name == NEW_NAME and interview.interviewee.relationship == "aunt"
    assert interview.contact.location == NEW_PLACE
    window.close()


def test_idle_lock_before_a_name_clears_the_dialog_and_says_so(
    qtbot, store_path: Path, ini_settings
) -> None:
    window = open_window(qtbot, store_path, ini_settings, idle_ms=400)
    type_passphrase(qtbot, window, PASSPHRASE)
    count = len(window.store.list_interviews())
    assert _type_into_new_interview(qtbot, window, "") == [True]
    assert window.mode == Mode.LOCKED
    flush_deletes(qtbot)
    assert holding([NEW_PLACE]) == []
    type_passphrase(qtbot, window, PASSPHRASE)
    title, text = dialogs.shown[-1]
    assert title == "New interview not started" and "cleared" in text
    assert window.mode == Mode.LIST and len(window.store.list_interviews()) == count
    window.close()


# -- the screens changed here, at 1366x768, light and dark -------------------------------------
@pytest.mark.parametrize("dark", [False, True])
def test_content_problem_page_at_1366x768(
    qtbot, tmp_path: Path, store_path: Path, ini_settings, dark: bool
) -> None:
    from tests.helpers.screens import check_page, dark_palette, shots_dir

    app = QApplication.instance()
    old = app.palette()
    if dark:
        app.setPalette(dark_palette())
    try:
        window = open_window(
            qtbot, store_path, ini_settings, content_dir=broken_content(tmp_path, "item")
        )
        qtbot.waitUntil(lambda: window.mode == Mode.CONTENT_PROBLEM)
        check_page(window, f"{'dark' if dark else 'light'}-content-problem", shots_dir(tmp_path))
        page = window.page(Mode.CONTENT_PROBLEM)
        # The whole message fits: the details label is as tall as its wrapped text needs.
        assert page.details.height() >= page.details.heightForWidth(page.details.width())
        assert window.windowTitle() == "CEC Interview Assistant"
    finally:
        app.setPalette(old)


def test_restore_offer_shows_even_when_the_passphrase_beats_the_deferred_setup(
    qtbot, store_path: Path, ini_settings
) -> None:
    data = bytearray(store_path.read_bytes())
    data[5] ^= 0x04  # the salt: the key now looks wrong, as in test_ui_trust
    store_path.write_bytes(bytes(data))
    window = MainWindow(store_path, ini_settings, backoff_tick_ms=10)
    qtbot.addWidget(window)
    window.show()  # no event loop yet: the Store menu and the offer are not built
    assert not window.setup_done
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.store is None and window.unlock_page.error.text()
    assert window.trust.offers[0].box.isVisibleTo(window.unlock_page)
    assert store_path.read_bytes() == bytes(data)
