"""Issue 7 through the real window: backup/restore with progress, the restore offer on
a damaged store, the audit viewer, retention at unlock, and what lock and quit leave."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.content import load_content
from app.export import render_pdf
from app.store import Store
from tests.helpers import PASSPHRASE, YOUTH_NAMES
from tests.helpers.stores import full_record
from tests.helpers.texts import flush_deletes, holding
from tests.helpers.window import open_window, type_passphrase, visible_texts
from ui import dialogs
from ui.main_window import Mode
from ui.trust import prompts

# Progress and message boxes are real dialogs; offscreen Qt warns it cannot size them.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


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


def wait_job(qtbot, window) -> object:  # noqa: ANN001
    job = window.trust.flows.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    return job


def names_in_list(window) -> set[str]:  # noqa: ANN001
    return {s.youth_name for s in window.store.list_interviews()}


def test_backup_then_restore_from_the_window(
    qtbot, store_path: Path, ini_settings, tmp_path: Path
) -> None:
    window = unlocked(qtbot, store_path, ini_settings)
    backup = tmp_path / "chosen" / "backup.cec"
    backup.parent.mkdir()
    assert window.trust.store_menu.title() == "&Store"
    assert window.trust.store_menu.menuAction().isVisible()

    prompts.answer_next(backup)
    window.trust.backup_action.trigger()
    job = wait_job(qtbot, window)
    assert job.highest == 100  # the bar reached the end
    assert backup.is_file() and dialogs.shown[-1][1].startswith("The backup is saved")
    assert f"{len(YOUTH_NAMES)} interview(s)" in dialogs.shown[-1][1]

    # Change the notes after the backup: the restore must bring the old state back.
    victim = next(s for s in window.store.list_interviews() if s.youth_name == YOUTH_NAMES[0])
    window.store.delete_interview(victim.id)
    assert YOUTH_NAMES[0] not in names_in_list(window)

    prompts.answer_next(backup)
    prompts.answer_next(PASSPHRASE)
    dialogs.answer_next(True)
    window.trust.restore_action.trigger()
    wait_job(qtbot, window)  # the check
    question = dialogs.shown[-1][1]
    assert str(store_path) in question and str(backup) in question
    assert f"({len(YOUTH_NAMES) - 1} interview(s)" in question  # what is replaced
    job = wait_job(qtbot, window)  # the restore itself
    assert job.highest == 100
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    assert names_in_list(window) == set(YOUTH_NAMES)
    events = [e.event for e in window.store.audit_log()]
    assert "store_restored" in events  # (backup_made went into the store after the copy)
    window.close()


def test_backup_can_be_cancelled_and_writes_nothing(
    qtbot, store_path: Path, ini_settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.store.backup as core

    # Hold the export at its first progress call until Cancel has been pressed, so
    # the cancel lands mid-backup however small the test store is.
    pressed = threading.Event()
    original = core.make_backup

    def held(store, target, passphrase=None, progress=None):  # noqa: ANN001, ANN202
        def slow(stage: str, fraction: float) -> bool:
            pressed.wait(10)
            return progress(stage, fraction)

        return original(store, target, passphrase, slow)

    monkeypatch.setattr(core, "make_backup", held)
    window = unlocked(qtbot, store_path, ini_settings)
    target = tmp_path / "chosen.cec"
    prompts.answer_next(target)
    window.trust.backup_action.trigger()
    job = window.trust.flows.job
    qtbot.mouseClick(job.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    pressed.set()
    wait_job(qtbot, window)
    assert not target.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".chosen.cec")] == []
    assert "cancelled" in window.statusBar().currentMessage()
    window.close()


def test_restore_refuses_a_wrong_passphrase_and_changes_nothing(
    qtbot, store_path: Path, ini_settings, tmp_path: Path
) -> None:
    window = unlocked(qtbot, store_path, ini_settings)
    backup = tmp_path / "b.cec"
    prompts.answer_next(backup)
    window.trust.backup_action.trigger()
    wait_job(qtbot, window)
    before = store_path.read_bytes()
    prompts.answer_next(backup)
    prompts.answer_next("not the passphrase at all")
    window.trust.restore_action.trigger()
    wait_job(qtbot, window)
    assert dialogs.shown[-1][1].startswith("This backup cannot be restored")
    assert window.mode == Mode.LIST and window.store is not None
    window.close()
    assert store_path.read_bytes()[:4096] == before[:4096]


def test_flipped_byte_offers_restore_and_leaves_the_file_alone(
    qtbot, store_path: Path, ini_settings, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.cec"
    store = Store.open(store_path, PASSPHRASE)
    from app.store.backup import make_backup

    make_backup(store, backup)
    # Records after the backup, so the page flipped below holds notes: the schema's
    # pages (many since the search triggers, issue 14) are refused at the door instead.
    for i in range(30):
        store.create_interview(full_record(f"P{i}"))
    store.lock()
    data = bytearray(store_path.read_bytes())
    middle = (len(data) // 4096 * 2 // 3) * 4096
    data[middle + 1000] ^= 0x04  # a page of notes, far from the first
    store_path.write_bytes(bytes(data))
    damaged_page = bytes(data[middle : middle + 4096])

    window = open_window(qtbot, store_path, ini_settings)
    assert not any(o.box.isVisible() for o in window.trust.offers)
    assert not window.trust.store_menu.menuAction().isVisible()  # locked: nothing to do
    type_passphrase(qtbot, window, PASSPHRASE)
    # Issue 17: the whole-file check runs after the list is shown (ui/integrity.py); it
    # finds the page and locks the window, saying so, with the restore offer there.
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED, timeout=20000)
    assert window.store is None
    assert "damaged" in window.locked_page.error.text()
    offer = next(o for o in window.trust.offers if o.page is window.locked_page)
    assert offer.box.isVisible() and offer.button.isVisible()
    # The unlock wrote its audit entries, but the damaged page was never rewritten.
    assert store_path.read_bytes()[middle : middle + 4096] == damaged_page
    folder = {p.name: p.read_bytes() for p in store_path.parent.iterdir()}
    # The next unlock checks every page first: refused at the door, file untouched.
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LOCKED and window.store is None
    assert "damaged" in window.locked_page.error.text()
    assert offer.box.isVisible()
    assert {p.name: p.read_bytes() for p in store_path.parent.iterdir()} == folder

    # Take the offer: choose the backup, its passphrase, agree.
    prompts.answer_next(backup)
    prompts.answer_next(PASSPHRASE)
    dialogs.answer_next(True)
    qtbot.mouseClick(offer.button, Qt.MouseButton.LeftButton)
    wait_job(qtbot, window)
    assert "could not be opened" in dialogs.shown[-1][1]
    wait_job(qtbot, window)
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    assert names_in_list(window) == set(YOUTH_NAMES)
    assert not offer.box.isVisible()
    window.close()


def test_wrong_key_look_alike_first_page_also_offers_restore(
    qtbot, store_path: Path, ini_settings
) -> None:
    data = bytearray(store_path.read_bytes())
    data[5] ^= 0x04  # the salt: the key now looks wrong
    store_path.write_bytes(bytes(data))
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.store is None and window.trust.offers[0].box.isVisible()
    assert store_path.read_bytes() == bytes(data)
    window.close()


def test_audit_viewer_lists_unlock_lock_export_without_content(
    qtbot, store_path: Path, ini_settings, tmp_path: Path
) -> None:
    window = unlocked(qtbot, store_path, ini_settings)
    qtbot.keyClick(window.list_page.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED
    type_passphrase(qtbot, window, PASSPHRASE)
    store = window.store
    summary = next(s for s in store.list_interviews() if s.youth_name == YOUTH_NAMES[0])
    render_pdf(store.load(summary.id), load_content(), tmp_path / "s.pdf", password="pdf-pw-1")
    store.record_export(summary.id, "pdf", "file")

    window.trust.audit_action.trigger()
    dialog = window.trust.audit_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    labels = [r[1] for r in rows]
    assert labels[0] == "Summary exported"  # newest first
    for wanted in ("Unlocked", "Locked", "Window locked (by hand)", "Store created (first run)"):
        assert wanted in labels
    joined = "\n".join("\t".join(r) for r in rows)
    for name in (*YOUTH_NAMES, "Moonbeam", "0100-1111-2222"):
        assert name not in joined
    assert not dialog.table.editTriggers()  # read-only
    window.lock()
    qtbot.waitUntil(lambda: window.trust.audit_dialog is None)
    window.close()


def _exported_long_ago(path: Path, name: str, days: int) -> str:
    store = Store.open(path, PASSPHRASE)
    summary = next(s for s in store.list_interviews() if s.youth_name == name)
    then = datetime.now(UTC) - timedelta(days=days)
    store._now = lambda: then  # type: ignore[method-assign]  # noqa: SLF001 - pin the clock
    store.record_export(summary.id, "pdf", "file")
    store.lock()
    return summary.id


def test_retention_offers_the_old_exported_interview_and_deletes_it(
    qtbot, store_path: Path, ini_settings
) -> None:
    old_id = _exported_long_ago(store_path, YOUTH_NAMES[1], 45)
    edited_id = _exported_long_ago(store_path, YOUTH_NAMES[0], 40)
    store = Store.open(store_path, PASSPHRASE)  # edited after that export: offered, not ticked
    store.set_narrative(edited_id, "Added after the export.")
    store.lock()
    _exported_long_ago(store_path, YOUTH_NAMES[2], 5)  # recent: not offered
    window = unlocked(qtbot, store_path, ini_settings)
    qtbot.waitUntil(lambda: window.trust.retention_dialog is not None)
    dialog = window.trust.retention_dialog
    assert dialog.isVisible()
    assert dialog.table.rowCount() == 2  # oldest export first
    assert [dialog.table.item(r, 0).text() for r in range(2)] == [YOUTH_NAMES[1], YOUTH_NAMES[0]]
    assert (
        dialog.table.item(0, 2)
        .text()
        .startswith((datetime.now() - timedelta(days=45)).strftime("%Y-%m-%d")[:8])
    )
    assert dialog.table.item(1, 3).text() == "Edited after the export"
    assert dialog.edited_note.isVisible()
    assert dialog.ticked() == [old_id]
    assert dialog.keep_button.isDefault()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.trust.retention_dialog is None)
    assert names_in_list(window) == {YOUTH_NAMES[0], YOUTH_NAMES[2]}
    assert YOUTH_NAMES[1] not in visible_texts(window)
    assert "retention_deleted" in [e.event for e in window.store.audit_log()]
    window.close()
    from tests.helpers import sqlcipher_pages

    assert YOUTH_NAMES[1].encode() not in sqlcipher_pages.plaintext(store_path, PASSPHRASE)


def test_retention_keep_deletes_nothing_and_the_setting_is_honoured(
    qtbot, store_path: Path, ini_settings
) -> None:
    from ui.settings import RETENTION_DAYS

    _exported_long_ago(store_path, YOUTH_NAMES[1], 45)
    ini_settings.set(RETENTION_DAYS, 60)  # the county keeps notes longer
    window = unlocked(qtbot, store_path, ini_settings)
    qtbot.wait(50)
    assert window.trust.retention_dialog is None
    window.close()
    ini_settings.set(RETENTION_DAYS, 30)
    window = unlocked(qtbot, store_path, ini_settings)
    qtbot.waitUntil(lambda: window.trust.retention_dialog is not None)
    qtbot.mouseClick(window.trust.retention_dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.trust.retention_dialog is None)
    assert names_in_list(window) == set(YOUTH_NAMES)
    window.close()


def _open_first(qtbot, window) -> None:  # noqa: ANN001
    summary = next(s for s in window.store.list_interviews() if s.youth_name == YOUTH_NAMES[0])
    window.open_interview(summary.id)
    assert window.mode == Mode.INTERVIEW


def test_after_lock_no_widget_holds_interview_data(qtbot, store_path: Path, ini_settings) -> None:
    window = unlocked(qtbot, store_path, ini_settings)
    needles = [*YOUTH_NAMES, "Moonbeam", "0100-1111-2222"]
    window.trust.audit_action.trigger()
    _open_first(qtbot, window)
    assert holding(needles)  # the walk sees them while unlocked (else it proves nothing)
    window.clipboard.copy(YOUTH_NAMES[0])  # as a panel's Copy would
    assert QApplication.clipboard().text() == YOUTH_NAMES[0]
    store = window.store
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED and window.store is None and store.locked
    assert store._holder is None  # noqa: SLF001 - the key in memory is dropped
    flush_deletes(qtbot)
    assert holding(needles) == []
    assert QApplication.clipboard().text() == ""
    assert QApplication.activeModalWidget() is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window] == []


def test_after_quit_no_widget_holds_interview_data(qtbot, store_path: Path, ini_settings) -> None:
    window = unlocked(qtbot, store_path, ini_settings)
    needles = [*YOUTH_NAMES, "Moonbeam", "0100-1111-2222"]
    _open_first(qtbot, window)
    assert holding(needles)
    store = window.store
    window.close()
    assert store.locked and window.store is None
    flush_deletes(qtbot)
    assert holding(needles) == []
