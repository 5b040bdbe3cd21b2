"""What the store leaves on disk: modes, no plaintext, untouched on a wrong key, damage found."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import model
from app.store import (
    DamagedStore,
    Store,
    StoreExists,
    WeakPassphrase,
    WrongPassphrase,
)
from tests.helpers import PASSPHRASE
from tests.helpers.records import full_interview
from tests.helpers.stores import copy_store, folder_digest

ROOT = Path(__file__).resolve().parent.parent
NEW = "a brand new passphrase 7"


def test_create_makes_an_owner_only_folder_and_files(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "deeper" / "store.cec"
    store = Store.create(path, NEW, NEW)
    try:
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        store.create_interview(model.Interview())
        files = sorted(p.name for p in path.parent.iterdir())
        assert files == ["store.cec", "store.cec-shm", "store.cec-wal"]
        for name in files:
            assert stat.S_IMODE((path.parent / name).stat().st_mode) == 0o600, name
    finally:
        store.lock()
    assert sorted(p.name for p in path.parent.iterdir()) == ["store.cec"]


def test_pragmas_on_the_live_connection(tmp_path: Path) -> None:
    store = Store.open(copy_store(tmp_path), PASSPHRASE)
    try:
        with store.exclusive_connection() as conn:

            def pragma(name: str) -> object:
                return conn.execute(f"PRAGMA {name}").fetchone()[0]

            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("foreign_keys") == 1
            assert pragma("secure_delete") == 1
            assert pragma("temp_store") == 2  # MEMORY
            assert pragma("cipher_version").startswith("4.")
    finally:
        store.lock()


@pytest.mark.parametrize(
    ("passphrase", "confirm", "reason"),
    [
        ("short one", "short one", "at least 10"),
        ("long enough phrase", "long enough phrase!", "do not match"),
        ("Password123", "Password123", "too common"),
        ("correct horse battery staple", "correct horse battery staple", "too common"),
        ("aaaaaaaaaaaa", "aaaaaaaaaaaa", "too common"),
    ],
)
def test_weak_passphrases_are_refused_and_nothing_is_created(
    tmp_path: Path, passphrase: str, confirm: str, reason: str
) -> None:
    with pytest.raises(WeakPassphrase, match=reason):
        Store.create(tmp_path / "s" / "store.cec", passphrase, confirm)
    assert not (tmp_path / "s").exists()


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = copy_store(tmp_path)
    before = folder_digest(tmp_path)
    with pytest.raises(StoreExists):
        Store.create(path, NEW, NEW)
    assert folder_digest(tmp_path) == before


def test_wrong_passphrase_leaves_the_folder_byte_for_byte(tmp_path: Path, capfd) -> None:
    path = copy_store(tmp_path)
    store = Store.open(path, PASSPHRASE)
    store.create_interview(full_interview())
    store.lock()
    before = folder_digest(tmp_path)
    for attempt in (PASSPHRASE[:-1] + "3", "", "' OR 1=1; --"):
        with pytest.raises(WrongPassphrase) as err:
            Store.open(path, attempt)
        assert str(err.value) == "wrong passphrase or damaged store"
    assert folder_digest(tmp_path) == before
    out, errtext = capfd.readouterr()
    assert (out, errtext) == ("", "")


def test_rekey_old_fails_new_opens_data_kept(tmp_path: Path) -> None:
    path = copy_store(tmp_path)
    store = Store.open(path, PASSPHRASE)
    iv = full_interview()
    store.create_interview(iv)
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not the passphrase", NEW, NEW)
    with pytest.raises(WeakPassphrase):
        store.change_passphrase(PASSPHRASE, NEW, NEW + "x")
    store.change_passphrase(PASSPHRASE, NEW, NEW)
    store.set_narrative(iv.id, "after the rekey")  # the live connection keeps working
    store.lock()
    with pytest.raises(WrongPassphrase):
        Store.open(path, PASSPHRASE)
    reopened = Store.open(path, NEW)
    try:
        assert reopened.load(iv.id).narrative == "after the rekey"
        assert "passphrase_changed" in [e.event for e in reopened.audit_log()]
    finally:
        reopened.lock()


def _encodings(marker: str) -> list[bytes]:
    return [marker.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def _leaks(folder: Path, markers: list[str]) -> list[str]:
    blobs = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    return [
        f"{m} in {name}"
        for m in markers
        for name, blob in blobs.items()
        if any(enc in blob for enc in _encodings(m))
    ]


def test_no_field_and_no_passphrase_is_readable_in_any_file(tmp_path: Path) -> None:
    folder = tmp_path / "canary"
    path = copy_store(folder)
    store = Store.open(path, PASSPHRASE)
    iv = full_interview("CANARY7")
    store.create_interview(iv)
    # also through the named operations, the way the window writes
    store.set_answer(iv.id, "q9", model.Answer(own_words="CANARY7-op-answer-Zq"))
    store.save_tattoo(iv.id, model.Tattoo(description="CANARY7-op-tattoo-Zq"))
    store.set_narrative(iv.id, "CANARY7-op-narrative-Zq")
    store.delete_interview(iv.id)
    store.create_interview(full_interview("CANARY7"))
    markers = sorted(set(re.findall(r"CANARY7-[\w.]+-Zq", repr(iv)))) + [
        "CANARY7-op-answer-Zq",
        "CANARY7-op-tattoo-Zq",
        "CANARY7-op-narrative-Zq",
        PASSPHRASE,
    ]
    assert len(markers) > 50
    assert _leaks(folder, markers) == []  # while open: main file, -wal, -shm
    store.lock()
    assert _leaks(folder, markers) == []
    assert _leaks(folder, ["SQLite format 3"]) == []  # not even the plain header


def test_the_canary_check_would_see_plain_text(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_bytes("x CANARY7-youth.name-Zq y".encode("utf-16-le"))
    assert _leaks(tmp_path, ["CANARY7-youth.name-Zq"]) != []


def _filled_store(folder: Path) -> Path:
    path = copy_store(folder)
    store = Store.open(path, PASSPHRASE)
    for n in range(25):
        store.create_interview(full_interview(f"T{n}"))
    store.lock()
    return path


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_a_flipped_byte_is_found_and_the_file_left_alone(tmp_path: Path, where: str) -> None:
    path = _filled_store(tmp_path)
    assert Store.verify_file(path, PASSPHRASE) == []
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    assert pages > 10
    offset = {"first": 200, "middle": (pages // 2) * 4096 + 200, "last": len(data) - 30}[where]
    data[offset] ^= 0x20
    path.write_bytes(bytes(data))
    before = folder_digest(tmp_path)
    if where == "first":  # page 1 carries the key check: indistinguishable from a wrong key
        with pytest.raises(WrongPassphrase, match="damaged"):
            Store.open(path, PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            Store.verify_file(path, PASSPHRASE)
    else:
        with pytest.raises(DamagedStore) as err:
            Store.open(path, PASSPHRASE)
        assert any("HMAC" in p for p in err.value.problems)
        problems = Store.verify_file(path, PASSPHRASE)
        assert problems and any("HMAC" in p for p in problems)
    assert folder_digest(tmp_path) == before  # never "repaired" or recreated


def test_an_empty_file_is_not_taken_for_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "store.cec"
    path.write_bytes(b"")
    with pytest.raises(DamagedStore, match="empty"):
        Store.open(path, PASSPHRASE)
    assert path.read_bytes() == b"" and [p.name for p in tmp_path.iterdir()] == ["store.cec"]


def test_a_clean_store_verifies_clean(tmp_path: Path) -> None:
    store = Store.open(_filled_store(tmp_path), PASSPHRASE)
    try:
        assert store.verify() == []
    finally:
        store.lock()


_KILLED_CHILD = """
import sys
from app import model
from app.store import Store
store = Store.open(sys.argv[1], sys.argv[2])
iv = model.Interview(youth=model.Youth(name="Rowan Notreal"))
store.create_interview(iv)
store.set_answer(iv.id, "q1", model.Answer(model.Response.YES, "acknowledged"))
print(iv.id, flush=True)
sys.stdin.read()  # wait to be killed, the key still in use, the file still open
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_an_acknowledged_save_survives_a_killed_process(tmp_path: Path) -> None:
    path = copy_store(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_CHILD, str(path), PASSPHRASE],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    interview_id = child.stdout.readline().strip()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    store = Store.open(path, PASSPHRASE)
    try:
        assert store.load(interview_id).answers["q1"].own_words == "acknowledged"
        assert store.verify() == []
    finally:
        store.lock()


def test_no_attach_with_an_empty_key_anywhere() -> None:
    # Built from parts so this file does not match itself.
    pattern = re.compile("ATTACH" + r".{0,200}?" + "KEY" + r"\s*(''|\"\")", re.I | re.S)
    hits = []
    for path in ROOT.rglob("*"):
        if (
            path.suffix in {".py", ".sql", ".md", ".txt", ".json", ".toml", ".mako"}
            and ".venv" not in path.parts
            and ".git" not in path.parts
            and path.is_file()
        ):
            if pattern.search(path.read_text(encoding="utf-8", errors="replace")):
                hits.append(str(path.relative_to(ROOT)))
    assert hits == []
    assert pattern.search("attach database 'x' as y " + "KEY '" + "'")
