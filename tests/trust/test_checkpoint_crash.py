"""A store killed in the middle of a checkpoint still opens, with every saved word.

SQLite's checkpoint copies the log's pages into the main file in page order, so
page 1 (whose header counts the database's pages) is written first. Killed
after it and before the pages that grew the file, the main file alone says it
has more pages than it holds: SQLite reading it alone calls it malformed. The
log still holds every page and SQLite's replay completes the copy, so the store
is whole, and the key check before the replay must say the key fits.

These tests make that state exactly (a kill at a random moment finds it only
now and then): a snapshot of a store's files while it is open (what a kill -9
leaves), then the first pages of the checkpoint copied into the main file as
SQLite copies them.
"""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from app import model
from app.passphrase_rules import legacy_key_bytes
from app.store import DamagedStore, Store, WrongPassphrase, guard, pagekey
from app.store.engine import KeyHolder
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE
from tests.helpers.legacy import P75, make_legacy, old_hexkey

PAGE = pagekey.PAGE_SIZE
BIG = "The youth said the older friend drove her to the motel. " * 4000  # ~220 KB


def _committed_frames(wal: Path) -> dict[int, bytes]:
    """The newest committed copy of each page in a log (as SQLite's checkpoint
    would copy it)."""
    data = wal.read_bytes()
    pos, latest, pending = 32, {}, {}
    while pos + 24 + PAGE <= len(data):
        pgno, commit = struct.unpack(">2I", data[pos : pos + 8])
        pending[pgno] = data[pos + 24 : pos + 24 + PAGE]
        if commit:
            latest.update(pending)
            pending = {}
        pos += 24 + PAGE
    return latest


def _snapshot(src: Path, dest: Path) -> Path:
    """What a kill -9 leaves: the main file and its log, copied while open."""
    dest.mkdir()
    target = dest / src.name
    shutil.copyfile(src, target)
    shutil.copyfile(f"{src}-wal", f"{target}-wal")
    return target


def _checkpoint_part_way(path: Path, pages: int) -> int:
    """Copy the first ``pages`` pages of the checkpoint into the main file, in page
    order as SQLite does, then stop (the kill). Returns the header's page count."""
    frames = _committed_frames(Path(f"{path}-wal"))
    assert 1 in frames, "the log must hold page 1 for this test to mean anything"
    with open(path, "r+b") as f:
        for pgno in sorted(frames)[:pages]:
            f.seek((pgno - 1) * PAGE)
            f.write(frames[pgno])
    return len(frames)


def _grown_store_open(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Store, str]:
    """An unlocked store whose log holds a save that grew the file by ~60 pages,
    caught between its commit and its checkpoint (the store checkpoints after
    every save: the moment a kill finds)."""
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    interview_id = store.create_interview(model.Interview())
    store.lock()
    store = Store.open(path, PASSPHRASE)
    monkeypatch.setattr(Store, "_checkpoint", lambda self: None)
    answer = model.Answer(response=model.Response.YES, own_words=BIG)
    store.set_answer(interview_id, "youth.open.q01", answer)
    return store, interview_id


def _crashed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """The files a kill leaves between a growing save's commit and its checkpoint."""
    store, interview_id = _grown_store_open(tmp_path / "live" / "cec.db", monkeypatch)
    try:
        return _snapshot(store.path, tmp_path / "crashed"), interview_id
    finally:
        store.lock()


def _main_file_alone_opens(path: Path, passphrase: str) -> bool:
    conn = dbapi2.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except dbapi2.DatabaseError:
        return False
    finally:
        conn.close()


@pytest.mark.parametrize("pages", [1, 2, 5])
def test_killed_mid_checkpoint_opens_with_every_word(
    tmp_path: Path, pages: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashed, interview_id = _crashed(tmp_path, monkeypatch)
    before = crashed.stat().st_size // PAGE
    _checkpoint_part_way(crashed, pages)
    assert crashed.stat().st_size // PAGE == before  # the pages that grow it: not yet
    # The state the key check meets: SQLite alone on the main file refuses it.
    assert not _main_file_alone_opens(crashed, PASSPHRASE)

    # `verify` reads without applying the log: it says what it found, not "wrong passphrase".
    problems = Store.verify_file(crashed, PASSPHRASE)
    assert "part-way through taking in a log" in problems[0]
    assert any("unlocking the store applies them" in p for p in problems[1:])
    with pytest.raises(WrongPassphrase):
        Store.verify_file(crashed, OTHER_PASSPHRASE)

    reopened = Store.open(crashed, PASSPHRASE)
    try:
        assert reopened.verify() == []
        assert reopened.load(interview_id).answers["youth.open.q01"].own_words == BIG
    finally:
        reopened.lock()
    assert Store.verify_file(crashed, PASSPHRASE) == []


def test_wrong_passphrase_mid_checkpoint_touches_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashed, _ = _crashed(tmp_path, monkeypatch)
    _checkpoint_part_way(crashed, 1)
    files = {p.name: p.read_bytes() for p in crashed.parent.iterdir()}
    with pytest.raises(WrongPassphrase):
        Store.open(crashed, OTHER_PASSPHRASE)
    # No replay, no checkpoint, no deleted log: byte for byte as the crash left it.
    assert {p.name: p.read_bytes() for p in crashed.parent.iterdir()} == files


def test_torn_page_one_in_main_file_the_log_copy_shows_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A power cut can tear the page being written; the log's copy still proves the key.
    crashed, interview_id = _crashed(tmp_path, monkeypatch)
    with open(crashed, "r+b") as f:
        f.seek(2048)
        f.write(bytes(2048))  # the second half of page 1 never reached the disk
    reopened = Store.open(crashed, PASSPHRASE)
    try:
        assert reopened.load(interview_id).answers["youth.open.q01"].own_words == BIG
    finally:
        reopened.lock()


def test_legacy_store_killed_mid_checkpoint_opens(tmp_path: Path) -> None:
    # A store keyed the old way (cut at 40 bytes) that crashed before its upgrade.
    path = tmp_path / "live" / "cec.db"
    store = Store.create(path, P75, P75)
    interview_id = store.create_interview(model.Interview())
    store.lock()
    make_legacy(path, P75)
    conn = dbapi2.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(old_hexkey(P75))
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE ballast (x TEXT)")
    conn.execute("INSERT INTO ballast VALUES (?)", (BIG,))
    crashed = _snapshot(path, tmp_path / "crashed")
    conn.close()
    _checkpoint_part_way(crashed, 1)
    assert not _main_file_alone_opens(crashed, P75)

    reopened = Store.open(crashed, P75)
    try:
        assert reopened.verify() == []
        assert reopened.load(interview_id).id == interview_id
    finally:
        reopened.lock()


# --- pagekey against SQLCipher itself ------------------------------------------------


def _page_one(path: Path) -> pagekey.PageOne:
    return pagekey.PageOne(path.read_bytes()[:PAGE])


def test_page_one_check_agrees_with_sqlcipher(tmp_path: Path) -> None:
    path = tmp_path / "cec.db"
    Store.create(path, PASSPHRASE, PASSPHRASE).lock()
    page = _page_one(path)
    right = pagekey.fitting([page], KeyHolder(PASSPHRASE).key_material())
    assert right is not None
    assert pagekey.fitting([page], KeyHolder(OTHER_PASSPHRASE).key_material()) is None
    # The header read through the key is SQLite's own.
    conn = dbapi2.connect(str(path))
    conn.execute(KeyHolder(PASSPHRASE).key_statement())
    assert right[0].user_version(right[1]) == conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()


def test_page_one_check_knows_the_legacy_key_and_a_raw_key(tmp_path: Path) -> None:
    path = tmp_path / "cec.db"
    Store.create(path, P75, P75).lock()
    make_legacy(path, P75)
    page = _page_one(path)
    assert pagekey.fitting([page], legacy_key_bytes(P75)) is not None
    assert pagekey.fitting([page], P75.encode()) is None

    raw = "x'" + "2b" * 32 + "'"  # SQLCipher takes this form as the key itself
    other = tmp_path / "raw.db"
    conn = dbapi2.connect(str(other))
    conn.execute(f'PRAGMA key = "{raw}"')
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert pagekey.fitting([_page_one(other)], raw.encode()) is not None
    assert pagekey.fitting([_page_one(other)], ("x'" + "2c" * 32 + "'").encode()) is None


def test_log_report_gives_the_last_committed_page_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = _grown_store_open(tmp_path / "cec.db", monkeypatch)
    try:
        report = guard.read_log(Path(f"{store.path}-wal"))
        assert report.damage is None
        assert report.page_one == _committed_frames(Path(f"{store.path}-wal"))[1]
    finally:
        store.lock()


# --- a damaged page of the schema is damage, not a wrong passphrase ---------------


def _schema_page(path: Path) -> int:
    """A page whose damage stops SQLite reading the schema (found by trying, with
    the derived key given raw so that each try costs no key derivation)."""
    key, _ = _page_one(path).keys(KeyHolder(PASSPHRASE).key_material())
    raw_key = "PRAGMA key = \"x'" + key.hex() + "'\""
    data = path.read_bytes()
    probe = path.with_name("probe.db")
    for pgno in range(2, len(data) // PAGE + 1):
        flipped = bytearray(data)
        flipped[(pgno - 1) * PAGE + 100] ^= 0x20
        probe.write_bytes(bytes(flipped))
        conn = dbapi2.connect(f"{probe.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(raw_key)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except dbapi2.DatabaseError:
            return pgno
        finally:
            conn.close()
            probe.unlink()
    raise AssertionError("no page of the schema found")


def test_a_damaged_schema_page_is_reported_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "cec.db"
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    store.create_interview(model.Interview())
    store.lock()
    pgno = _schema_page(path)
    with open(path, "r+b") as f:
        f.seek((pgno - 1) * PAGE + 100)
        byte = f.read(1)[0]
        f.seek((pgno - 1) * PAGE + 100)
        f.write(bytes([byte ^ 0x20]))
    before = path.read_bytes()
    # The passphrase fits page 1: the CSW is told the store is damaged (keep it,
    # ask IT), not that the passphrase is wrong (try again, and again).
    with pytest.raises(DamagedStore) as err:
        Store.open(path, PASSPHRASE)
    assert any(f"page {pgno}" in p for p in err.value.problems)
    assert any(f"page {pgno}" in p for p in Store.verify_file(path, PASSPHRASE))
    with pytest.raises(WrongPassphrase):  # another passphrase is still just wrong
        Store.open(path, OTHER_PASSPHRASE)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cec.db"]
