"""Issue 11: damaged files reported, never remade; committed answers never dropped; one writer.

Real SQLCipher files, real child processes killed with SIGKILL, the real CLI
(in this process, and as a subprocess where a second process is the point).
"""

from __future__ import annotations

import io
import random
import sqlite3
import stat
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

import main
from app.model import Interview
from app.store import DamagedStore, Store, StoreError, WrongPassphrase
from app.store.backup import make_backup
from app.store.errors import DamagedLog, StoreInUse, StoreReadOnly
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE
from tests.helpers.stores import folder_bytes, full_record
from tests.helpers.trust import (
    CANNOT_WRITE,
    IN_USE,
    cli_process,
    holder,
    kill,
    read_only_view,
    spawn,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "interview-example.json"


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def new_store(path: Path, interviews: int = 1) -> list[str]:
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    try:
        return [store.create_interview(full_record(f"guard{i}")) for i in range(interviews)]
    finally:
        store.lock()


def crash_with_log(path: Path, saves: int = 6) -> str:
    """A store whose -wal holds ``saves`` committed answers, left by a SIGKILL."""
    (interview_id,) = new_store(path)
    proc = spawn(
        "tests.trust.store_child", "wal", str(path), interview_id, str(saves), until="done"
    )
    kill(proc)
    assert Path(f"{path}-wal").stat().st_size > 4096 * saves
    return interview_id


# --- a damaged or empty file is reported, never turned into a new store -------------


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('made-up text')")
    conn.commit()
    conn.close()


DAMAGED = {
    "empty": (lambda p: p.write_bytes(b""), "empty"),
    "one byte": (lambda p: p.write_bytes(b"x"), "not a store"),
    "random bytes": (lambda p: p.write_bytes(random.Random(1).randbytes(10_000)), "not a store"),
    "text file": (lambda p: p.write_text("Shopping list\nmilk\n" * 40), "not a store"),
    "plain SQLite": (_plain_sqlite, "plain, unencrypted"),
    # Whole pages of random bytes cannot be told from a store under another key.
    "random pages": (
        lambda p: p.write_bytes(random.Random(2).randbytes(8192)),
        "wrong passphrase or damaged",
    ),
}


@pytest.mark.parametrize("kind", list(DAMAGED))
def test_a_file_that_is_not_a_healthy_store_is_refused_and_left_alone(
    tmp_path: Path,
    kind: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make, words = DAMAGED[kind]
    path = tmp_path / "data" / "store.cec"
    path.parent.mkdir()
    make(path)
    before = folder_bytes(path.parent)
    with pytest.raises(StoreError, match=words):
        Store.open(path, PASSPHRASE).lock()
    assert folder_bytes(path.parent) == before
    for command in ("verify", "list", "import", "rekey"):
        extra = [str(EXAMPLE)] if command == "import" else []
        code, out, err = cli(
            monkeypatch,
            capsys,
            command,
            *extra,
            "--store",
            str(path),
            "--passphrase-stdin",
            stdin=f"{PASSPHRASE}\n{OTHER_PASSPHRASE}\n",
        )
        assert code == 1, (command, out)
        assert words in err and "Traceback" not in err, (command, err)
        assert "OK" not in out
        assert folder_bytes(path.parent) == before, command


def test_create_never_takes_over_the_log_of_a_store_that_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "store.cec"
    Path(f"{path}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\1" * 5000)
    before = folder_bytes(tmp_path)
    with pytest.raises(StoreError, match="earlier store"):
        Store.create(path, PASSPHRASE, PASSPHRASE)
    assert folder_bytes(tmp_path) == before


@pytest.mark.parametrize("crashed", [False, True])
def test_verify_reads_only(
    tmp_path: Path,
    crashed: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "store.cec"
    if crashed:
        crash_with_log(path)
    else:
        new_store(path)
    before = folder_bytes(tmp_path)
    mtimes = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    code, out, err = cli(
        monkeypatch,
        capsys,
        "verify",
        "--store",
        str(path),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert folder_bytes(tmp_path) == before  # same names, same bytes: nothing made or removed
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == mtimes
    if crashed:
        # The main file alone is clean, but the log's saves are not in it yet: said so.
        assert code == 1 and "interrupted session" in err
    else:
        assert code == 0 and "intact" in out


def test_a_wrong_passphrase_leaves_a_crashed_store_as_it_was(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "store.cec"
    (interview_id,) = new_store(path)
    # Killed mid-autosave: -wal and -shm are left behind.
    proc = spawn("tests.trust.autosave_child", str(path), interview_id, "k", until="ready")
    time.sleep(0.3)
    kill(proc)
    crash_with_log(tmp_path / "second.cec")  # and one whose log holds committed saves
    before = folder_bytes(tmp_path)
    assert {"store.cec-wal", "store.cec-shm", "second.cec-wal", "second.cec-shm"} <= set(before)
    for name in ("store.cec", "second.cec"):
        with pytest.raises(WrongPassphrase):
            Store.open(tmp_path / name, OTHER_PASSPHRASE)
        code, _, err = cli(
            monkeypatch,
            capsys,
            "list",
            "--store",
            str(tmp_path / name),
            "--passphrase-stdin",
            stdin=OTHER_PASSPHRASE + "\n",
        )
        assert code == 1 and "wrong passphrase" in err
        assert folder_bytes(tmp_path) == before, name
    # The right passphrase then finds every saved answer of the second store.
    store = Store.open(tmp_path / "second.cec", PASSPHRASE)
    try:
        answers = store.load(store.list_interviews()[0].id).answers
        assert [answers[f"w.{n}"].own_words for n in range(6)] == [f"logged-{n}" for n in range(6)]
    finally:
        store.lock()


def test_a_store_on_a_read_only_folder_says_so(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "data").mkdir()
    new_store(tmp_path / "data" / "store.cec")
    before = folder_bytes(tmp_path / "data")
    with read_only_view(tmp_path / "data", tmp_path / "ro") as view:
        path = view / "store.cec"
        with pytest.raises(StoreReadOnly, match=CANNOT_WRITE):
            Store.open(path, PASSPHRASE)
        code, _, err = cli(
            monkeypatch,
            capsys,
            "rekey",
            "--store",
            str(path),
            "--passphrase-stdin",
            stdin=f"{PASSPHRASE}\n{OTHER_PASSPHRASE}\n",
        )
        assert code == 1 and CANNOT_WRITE in err and "wrong passphrase" not in err
        with pytest.raises(StoreReadOnly, match=CANNOT_WRITE):
            Store.create(view / "other.cec", PASSPHRASE, PASSPHRASE)
        # Reading needs no writing: verify and list still work from the main file.
        code, out, _ = cli(
            monkeypatch,
            capsys,
            "verify",
            "--store",
            str(path),
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        )
        assert code == 0 and "intact" in out
        code, out, _ = cli(
            monkeypatch,
            capsys,
            "list",
            "--store",
            str(path),
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        )
        assert code == 0 and "guard0" in out
    assert folder_bytes(tmp_path / "data") == before


# --- a committed answer is never dropped in silence ----------------------------------


def test_every_acknowledged_save_is_in_the_main_file(tmp_path: Path) -> None:
    """Killed mid-autosave, then the log lost altogether: no acknowledged answer goes."""
    path = tmp_path / "store.cec"
    (interview_id,) = new_store(path)
    proc = spawn("tests.trust.autosave_child", str(path), interview_id, "m", until="ready")
    time.sleep(0.4)
    acked = [int(line) for line in kill(proc).split("\n")[:-1] if line.isdigit()]
    assert len(acked) > 5
    for companion in (f"{path}-wal", f"{path}-shm"):
        Path(companion).unlink(missing_ok=True)
    store = Store.open(path, PASSPHRASE)
    try:
        answers = store.load(interview_id).answers
        assert [n for n in acked if f"m.{n}" not in answers] == []
        assert store.verify() == []
    finally:
        store.lock()


def _frame_offsets(wal: bytes) -> list[int]:
    page_size = struct.unpack(">I", wal[8:12])[0]
    return list(range(32, len(wal) - 24 - page_size + 1, 24 + page_size))


@pytest.mark.parametrize("where", ["middle frame", "log header", "frame salt"])
def test_a_flipped_byte_in_a_leftover_log_is_reported_and_the_log_kept(
    tmp_path: Path,
    where: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "store.cec"
    crash_with_log(path)
    wal = Path(f"{path}-wal")
    data = bytearray(wal.read_bytes())
    frames = _frame_offsets(bytes(data))
    if where == "middle frame":
        data[frames[len(frames) // 2] + 24 + 1000] ^= 0x01  # one bit of a page
    elif where == "frame salt":
        data[frames[2] + 9] ^= 0x04  # one bit of frame 3's salt: the chain would end there
    else:
        data[17] ^= 0x01  # one bit of the salt: SQLite would ignore the whole log
    wal.write_bytes(bytes(data))
    shm = Path(f"{path}-shm").read_bytes()

    code, out, err = cli(
        monkeypatch,
        capsys,
        "verify",
        "--store",
        str(path),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and ("checksum" in err or "salt" in err) and "intact" not in out
    assert wal.read_bytes() == bytes(data)  # verify kept its hands off

    with pytest.raises(DamagedLog, match="kept for IT") as refused:
        Store.open(path, PASSPHRASE)
    assert isinstance(refused.value, DamagedStore)
    kept = sorted(p for p in tmp_path.iterdir() if ".damaged-" in p.name)
    assert [p.name.split(".damaged-")[0] for p in kept] == ["store.cec-shm", "store.cec-wal"]
    assert kept[1].read_bytes() == bytes(data) and kept[0].read_bytes() == shm
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in kept)
    assert kept[1].name in str(refused.value)
    assert "checksum" in refused.value.problems[0] or "salt" in refused.value.problems[0]
    assert not wal.exists()

    # Told once; the store then opens as last fully saved, and the kept log stays,
    # named in the audit log once.
    for _ in range(2):
        store = Store.open(path, PASSPHRASE)
        try:
            assert store.verify() == []
            kept_events = [e.detail for e in store.audit_log() if e.event == "log_set_aside"]
            assert kept_events == [kept[1].name]
        finally:
            store.lock()
    assert kept[1].read_bytes() == bytes(data)


def test_a_whole_leftover_log_is_replayed(tmp_path: Path) -> None:
    path = tmp_path / "store.cec"
    interview_id = crash_with_log(path, saves=3)
    store = Store.open(path, PASSPHRASE)
    try:
        answers = store.load(interview_id).answers
        assert {f"w.{n}" for n in range(3)} <= set(answers)
    finally:
        store.lock()
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]


# --- one writer --------------------------------------------------------------------


def test_a_second_writer_is_refused_while_the_store_is_open(tmp_path: Path) -> None:
    path = tmp_path / "store.cec"
    ids = new_store(path)
    backup = tmp_path / "backup.cec"
    store = Store.open(path, PASSPHRASE)
    make_backup(store, backup)
    store.lock()
    with holder(path):
        main_before = path.read_bytes()
        with pytest.raises(StoreInUse, match=IN_USE):
            Store.open(path, PASSPHRASE)
        writers = {
            "rekey": (["rekey"], f"{PASSPHRASE}\n{OTHER_PASSPHRASE}\n"),
            "import": (["import", str(EXAMPLE)], PASSPHRASE + "\n"),
            "restore": (["restore", str(backup), "--replace"], PASSPHRASE + "\n"),
            "init": (["init"], OTHER_PASSPHRASE + "\n"),
            # export audits and marks the summary exported: a writer too
            "export": (["export", ids[0][:8], "--format", "text"], PASSPHRASE + "\n"),
        }
        for name, (argv, stdin) in writers.items():
            done = cli_process(*argv, "--store", str(path), "--passphrase-stdin", stdin=stdin)
            assert done.returncode == 1, (name, done.stdout)
            assert IN_USE in done.stderr and "Traceback" not in done.stderr, (name, done.stderr)
            assert path.read_bytes() == main_before, name
        # Readers read beside it.
        listed = cli_process(
            "list", "--store", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        )
        assert listed.returncode == 0 and "guard0" in listed.stdout, listed.stderr
        verified = cli_process(
            "verify", "--store", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        )
        assert verified.returncode == 0 and "intact" in verified.stdout, verified.stderr
        assert path.read_bytes() == main_before
    # The holder was killed (SIGKILL): its lock died with it; the old passphrase still
    # opens (rekey changed nothing) and the new one does not.
    store = Store.open(path, PASSPHRASE)
    try:
        assert len(store.list_interviews()) == 1
    finally:
        store.lock()
    with pytest.raises(WrongPassphrase):
        Store.open(path, OTHER_PASSPHRASE)


def test_readers_wait_for_a_save_in_progress_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "store.cec"
    new_store(path)
    with holder(path, "--txn"):  # the other process is in the middle of a save
        started = time.monotonic()
        for command in ("list", "audit", "verify"):
            done = cli_process(
                command, "--store", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
            )
            assert done.returncode == 0, (command, done.stderr)
            assert "locked" not in done.stderr
        assert time.monotonic() - started < 60


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "store.cec"
    new_store(path)
    proc = spawn("tests.trust.store_child", "hold", str(path), until="ready")
    try:
        with pytest.raises(StoreInUse):
            Store.open(path, PASSPHRASE)
    finally:
        kill(proc)
    store = Store.open(path, PASSPHRASE)
    store.lock()


def test_the_same_process_cannot_open_the_store_twice(tmp_path: Path) -> None:
    path = tmp_path / "store.cec"
    new_store(path)
    first = Store.open(path, PASSPHRASE)
    try:
        with pytest.raises(StoreInUse):
            Store.open(path, PASSPHRASE)
        first.create_interview(Interview())  # the first one is untouched by the refusal
    finally:
        first.lock()
    Store.open(path, PASSPHRASE).lock()  # lock() released it


RAW_HOLDER = """
import sys, time
from pathlib import Path
from app.store.engine import KeyHolder, raw_connect
conn = raw_connect(Path(sys.argv[1]), KeyHolder(sys.stdin.readline().rstrip("\\n")))
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("INSERT INTO audit_log (at, event, detail) VALUES ('2026-01-01', 'x', '')")
print("ready", flush=True)
time.sleep(600)
"""


def test_a_log_another_program_has_open_is_not_judged_or_moved(tmp_path: Path) -> None:
    """A program with the store open through SQLite but without our session lock
    (an older version, a database tool): its -wal is live, never set aside."""
    path = tmp_path / "store.cec"
    new_store(path)
    proc = subprocess.Popen(
        [sys.executable, "-c", RAW_HOLDER, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.close()
    proc.stdin = None
    try:
        assert proc.stdout.readline() == "ready\n"
        wal = Path(f"{path}-wal").read_bytes()
        with pytest.raises(StoreInUse):
            Store.open(path, PASSPHRASE)
        assert Path(f"{path}-wal").read_bytes() == wal
        assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    finally:
        kill(proc)
