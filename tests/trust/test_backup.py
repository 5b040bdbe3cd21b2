"""Encrypted backup and restore: made by sqlcipher_export, checked before anything is replaced."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.model import Interview, Youth
from app.store import DamagedStore, Store, WrongPassphrase
from app.store import backup as backup_mod
from app.store.backup import (
    BackupCancelled,
    BackupError,
    NotABackup,
    check_backup,
    make_backup,
    restore_backup,
)
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE
from tests.helpers.stores import folder_bytes, full_record


def _named(name: str) -> Interview:
    return Interview(youth=Youth(name=name))


def _names(store: Store) -> set[str]:
    return {s.youth_name for s in store.list_interviews()}


def test_backup_is_a_fresh_sqlcipher_file_that_opens(store: Store, tmp_path: Path) -> None:
    iid = store.create_interview(full_record("BKUP"))
    target = tmp_path / "usb" / "backup.cec"
    target.parent.mkdir()
    seen: list[tuple[str, float]] = []
    report = make_backup(store, target, progress=lambda stage, f: seen.append((stage, f)))

    assert report.interviews == 1 and report.revision
    raw = target.read_bytes()
    assert raw[:16] != store.path.read_bytes()[:16]  # its own salt: exported, not copied
    assert not raw.startswith(b"SQLite format 3") and b"BKUP-" not in raw
    assert [p.name for p in target.parent.iterdir()] == ["backup.cec"]  # no partial left
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and seen[-1][0] == "done"
    assert "backup_made" in [e.event for e in store.audit_log()]

    copy = tmp_path / "copy.cec"
    shutil.copy(target, copy)
    opened = Store.open(copy, PASSPHRASE)
    try:
        assert opened.load(iid) == store.load(iid)
        assert opened.verify() == []
    finally:
        opened.lock()


def test_backup_with_a_chosen_passphrase(store: Store, tmp_path: Path) -> None:
    store.create_interview(_named("Avery Testwood"))
    target = tmp_path / "b.cec"
    make_backup(store, target, passphrase=OTHER_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        check_backup(target, PASSPHRASE)
    assert check_backup(target, OTHER_PASSPHRASE).interviews == 1


def test_cancelled_backup_leaves_nothing(store: Store, tmp_path: Path) -> None:
    for i in range(40):
        store.create_interview(full_record(f"C{i}"))
    calls: list[float] = []

    def cancel_midway(stage: str, fraction: float) -> bool:
        calls.append(fraction)
        return not (stage == "export" and len(calls) > 2)

    with pytest.raises(BackupCancelled):
        make_backup(store, tmp_path / "b.cec", progress=cancel_midway)
    assert list(tmp_path.glob("*b.cec*")) == []
    # The store is untouched and still usable.
    assert len(store.list_interviews()) == 40 and store.verify() == []


def test_backup_refuses_to_overwrite_the_store(store: Store) -> None:
    with pytest.raises(BackupError):
        make_backup(store, store.path)


def test_restore_replaces_the_store_and_removes_the_replaced_one(
    store: Store, new_store_path: Path, tmp_path: Path
) -> None:
    store.create_interview(_named("Before Backup"))
    target = tmp_path / "b.cec"
    make_backup(store, target)
    store.create_interview(_named("After Backup"))
    backup_before = target.read_bytes()

    restored = restore_backup(target, new_store_path, PASSPHRASE, current=store)
    try:
        assert store.locked
        assert _names(restored) == {"Before Backup"}
        assert restored.verify() == []
        assert restored.audit_log()[-1].event == "store_restored"
        assert target.read_bytes() == backup_before  # the backup itself is not changed
        leftovers = [
            p.name
            for p in new_store_path.parent.iterdir()
            if not p.name.startswith("store.cec") or "replaced" in p.name or "partial" in p.name
        ]
        assert leftovers == []
    finally:
        restored.lock()


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_damaged_backup_is_refused_before_anything_is_replaced(
    store: Store, new_store_path: Path, tmp_path: Path, where: str
) -> None:
    for i in range(10):
        store.create_interview(full_record(f"D{i}"))
    target = tmp_path / "b.cec"
    make_backup(store, target)
    store.lock()
    data = bytearray(target.read_bytes())
    offset = {"first": 100, "middle": len(data) // 2 + 100, "last": len(data) - 200}[where]
    data[offset] ^= 0x01
    target.write_bytes(bytes(data))
    before = folder_bytes(new_store_path.parent)

    with pytest.raises((DamagedStore, WrongPassphrase)) as caught:
        restore_backup(target, new_store_path, PASSPHRASE)
    assert "damaged" in str(caught.value)
    assert folder_bytes(new_store_path.parent) == before


def test_wrong_passphrase_or_not_a_store(
    store: Store, new_store_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "b.cec"
    make_backup(store, target)
    store.lock()
    before = folder_bytes(new_store_path.parent)
    with pytest.raises(WrongPassphrase):
        restore_backup(target, new_store_path, OTHER_PASSPHRASE)
    junk = tmp_path / "notes.txt"
    junk.write_text("not a store at all")
    with pytest.raises((WrongPassphrase, NotABackup)):
        restore_backup(junk, new_store_path, PASSPHRASE)
    with pytest.raises(NotABackup):
        restore_backup(tmp_path / "missing.cec", new_store_path, PASSPHRASE)
    assert folder_bytes(new_store_path.parent) == before


def test_replaced_store_comes_back_when_the_new_one_fails_to_open(
    store: Store, new_store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.create_interview(_named("Current Only"))
    target = tmp_path / "b.cec"
    make_backup(store, target)
    store.lock()
    before = folder_bytes(new_store_path.parent)

    def failing_open(path: Path, passphrase: str) -> Store:
        raise DamagedStore()

    monkeypatch.setattr(backup_mod.Store, "open", failing_open)
    with pytest.raises(DamagedStore):
        restore_backup(target, new_store_path, PASSPHRASE)
    monkeypatch.undo()
    assert folder_bytes(new_store_path.parent) == before
    reopened = Store.open(new_store_path, PASSPHRASE)
    assert _names(reopened) == {"Current Only"}
    reopened.lock()


def test_restore_onto_a_new_laptop_with_no_store(store: Store, tmp_path: Path) -> None:
    store.create_interview(_named("Moved Over"))
    target = tmp_path / "b.cec"
    make_backup(store, target)
    fresh = tmp_path / "new-laptop" / "store.cec"
    restored = restore_backup(target, fresh, PASSPHRASE)
    try:
        assert _names(restored) == {"Moved Over"}
        assert sorted(p.name for p in fresh.parent.iterdir() if "store.cec" not in p.name) == []
    finally:
        restored.lock()


def test_restore_refuses_while_another_program_has_the_store_open(
    store: Store, new_store_path: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    target = tmp_path / "b.cec"
    make_backup(store, target)
    store.lock()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from app.store import Store\n"
            "s = Store.open(sys.argv[1], sys.stdin.readline().rstrip('\\n'))\n"
            "print('open', flush=True)\n"
            "time.sleep(60)\n",
            str(new_store_path),
        ],
        cwd=Path(__file__).resolve().parents[2],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write(PASSPHRASE + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline() == "open\n"
        assert backup_mod.store_in_use(new_store_path)
        before = new_store_path.read_bytes()
        with pytest.raises(backup_mod.StoreInUse):
            restore_backup(target, new_store_path, PASSPHRASE)
        assert new_store_path.read_bytes() == before
        assert [
            p.name
            for p in new_store_path.parent.iterdir()
            if "partial" in p.name or "replaced" in p.name
        ] == []
    finally:
        holder.kill()
        holder.wait()
    assert not backup_mod.store_in_use(new_store_path)
    restore_backup(target, new_store_path, PASSPHRASE).lock()  # and now it may
