"""Issue 11, "nothing left behind", through the real window: what the process still
holds after a lock (a memory scan), a training backup refused by the restore, and a
killed backup's partial file removed at the next unlock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.model import Interview, Youth
from app.store.backup import make_backup
from app.training import store as training_store
from tests.helpers import PASSPHRASE, YOUTH_NAMES
from tests.helpers.stores import folder_bytes
from tests.helpers.trust import kill_backup_mid_export
from tests.helpers.window import open_window, type_passphrase
from tests.person import click, press, type_keys
from ui import dialogs
from ui.main_window import Mode
from ui.trust import prompts

ROOT = Path(__file__).resolve().parent.parent

# Offscreen Qt cannot size dialogs, raise windows or grab the keyboard for a menu.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "raise()", "grabbing the keyboard")


@pytest.fixture(autouse=True)
def _prompts() -> Iterator[None]:
    prompts.reset_hooks()
    dialogs.record_messages = True
    yield
    prompts.reset_hooks()


def unlocked(qtbot, path: Path, settings):  # noqa: ANN001, ANN201
    window = open_window(qtbot, path, settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    return window


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="reads /proc/self/mem")
def test_after_lock_the_app_keeps_no_passphrase_key_or_interview(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    out = subprocess.run(
        [sys.executable, "-m", "tests.helpers.memscan", str(tmp_path / "run")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    print("memory scan:", json.dumps(result, indent=1))
    before, after = result["before_lock"], result["after_lock"]
    # The scan finds what is there: each text while the interview is open.
    for name in ("passphrase", "youth_name", "note"):
        assert sum(before[name].values()) > 0, name
    assert before["live"]  # the open store and interview are reachable, as they must be
    # After the lock nothing the application holds leads to any of them.
    assert after["live"] == []
    # What is left are copies in freed memory (docs/trust.md). Their number drifts by
    # one or two between runs (a spell-check pass or a save may copy a text once more
    # before the lock, and the allocator decides what is overwritten), so the bound is
    # "no more than before, give or take two", not an exact count.
    for name in ("passphrase", "youth_name", "note"):
        assert sum(after[name].values()) <= sum(before[name].values()) + 2, name


@pytest.fixture
def training_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    monkeypatch.setattr(
        training_store, "default_store_path", lambda: tmp_path / "real-default" / "store.cec"
    )
    path = tmp_path / "practice" / training_store.STORE_NAME
    store = training_store.open_training_store(path)
    store.create_interview(Interview(youth=Youth(name="Practice Case"), training=True))
    key = training_store.key_path(path).read_text()
    backup = tmp_path / "chosen" / "training-backup.cec"
    make_backup(store, backup)
    store.lock()
    return backup, key


def _open_store_menu_and_choose(qtbot, window, letter: Qt.Key) -> None:  # noqa: ANN001
    """Click the Store menu's title in the menu bar, then press the item's letter."""
    bar = window.menuBar()
    rect = bar.actionGeometry(window.trust.store_menu.menuAction())
    click(qtbot, bar, rect.center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    # An open menu takes the keyboard (it grabs it), whatever had the focus before.
    QTest.keyClick(QApplication.activePopupWidget(), letter)
    QApplication.processEvents()


def test_the_window_refuses_to_restore_a_training_backup_over_the_notes(
    qtbot, store_path: Path, ini_settings, training_backup: tuple[Path, str]
) -> None:  # noqa: ANN001
    backup, key = training_backup
    window = unlocked(qtbot, store_path, ini_settings)
    before = folder_bytes(store_path.parent)
    asked_before = len(dialogs.shown)
    prompts.answer_next(backup)
    prompts.answer_next(key)
    dialogs.answer_next(True)  # were a confirmation asked, it would be agreed to
    _open_store_menu_and_choose(qtbot, window, Qt.Key.Key_R)
    job = window.trust.flows.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    qtbot.waitUntil(lambda: len(dialogs.shown) > asked_before, timeout=5000)
    message = dialogs.shown[-1][1]
    assert message.startswith("This backup cannot be restored")
    assert "training store" in message and "cannot replace the real notes" in message
    assert len(dialogs.shown) == asked_before + 1  # no "Replace …?" question at all
    assert window.mode == Mode.LIST and window.store is not None
    assert {s.youth_name for s in window.store.list_interviews()} == set(YOUTH_NAMES)
    window.close()
    after = folder_bytes(store_path.parent)
    assert after[store_path.name][:4096] == before[store_path.name][:4096]
    assert set(after) <= set(before)  # nothing new beside the notes


def test_unlock_removes_what_a_killed_backup_left(
    qtbot, store_path: Path, ini_settings, tmp_path: Path
) -> None:  # noqa: ANN001
    usb = tmp_path / "usb"
    usb.mkdir()
    kill_backup_mid_export(store_path, usb / "backup.cec", PASSPHRASE)
    assert any(p.name.endswith(".partial") for p in usb.iterdir())

    window = unlocked(qtbot, store_path, ini_settings)
    qtbot.waitUntil(lambda: not any(usb.iterdir()), timeout=5000)
    assert "unfinished backup" in window.statusBar().currentMessage()
    assert not any(p.name.endswith(".backup-pending") for p in store_path.parent.iterdir())
    window.close()


def test_a_searched_name_does_not_come_back_with_undo_after_a_lock(
    qtbot, store_path: Path, ini_settings
) -> None:  # noqa: ANN001
    window = unlocked(qtbot, store_path, ini_settings)
    search = window.list_page.search
    click(qtbot, search)
    type_keys(qtbot, "Riley")
    assert search.text() == "Riley"
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    click(qtbot, search)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert search.text() == ""
    window.close()


def test_after_a_restore_and_a_lock_nothing_holds_the_typed_passphrase(
    qtbot, store_path: Path, ini_settings, tmp_path: Path
) -> None:  # noqa: ANN001
    from tests.helpers.memscan import live_references

    window = unlocked(qtbot, store_path, ini_settings)
    backup = tmp_path / "chosen" / "b.cec"
    prompts.answer_next(backup)
    window.trust.backup_action.trigger()
    qtbot.waitUntil(lambda: window.trust.flows.job.done, timeout=20000)
    prompts.answer_next(backup)
    prompts.answer_next(PASSPHRASE)
    dialogs.answer_next(True)
    window.trust.restore_action.trigger()
    qtbot.waitUntil(lambda: window.trust.flows.job.done, timeout=20000)  # the check
    qtbot.waitUntil(
        lambda: (
            window.mode == Mode.LIST and window.store is not None and window.trust.flows.job.done
        ),
        timeout=20000,
    )  # the restore
    window.activateWindow()  # the progress dialog had the focus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED
    qtbot.wait(50)
    # The tests' own modules hold the constant (and linecache their source lines,
    # for tracebacks); nothing else may.
    import linecache

    own = {
        id(vars(m))
        for name, m in list(sys.modules.items())
        if m is not None and name.startswith("tests")
    }
    own |= {id(entry[2]) for entry in linecache.cache.values() if len(entry) > 2}
    held = live_references([PASSPHRASE.encode()], ignore=own)
    assert held == []
    window.close()
