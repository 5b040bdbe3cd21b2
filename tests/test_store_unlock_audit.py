"""Issue 17, the window's unlock (``Store.open(check_pages=False)``): its audit entry is
committed into the empty log before ``open`` returns, and made durable (the log, then
its folder, fsynced) in a thread while the list is read; nothing read is handed out
before that sync is done, a failed sync shows nothing, and an unlock that cannot be
audited lets the store go. Real SQLCipher store files; kill tests run a subprocess.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.model import Interview, Youth
from app.store import Store, StoreError, StoreFull, guard
from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]


class _Fsyncs:
    """``os.fsync`` watched: which files it syncs (by inode), held until released."""

    def __init__(self, fail: bool = False) -> None:
        self.inodes: list[int] = []
        self.release = threading.Event()
        self.fail = fail
        self._real = os.fsync

    def __call__(self, fd: int) -> None:
        self.inodes.append(os.fstat(fd).st_ino)
        self.release.wait(30)
        if self.fail:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        self._real(fd)


def _events(path: Path) -> list[str]:
    store = Store.open(path, PASSPHRASE)  # the CLI's way: every page checked first
    try:
        assert store.verify() == []
        return [e.event for e in store.audit_log()]
    finally:
        store.lock()


def test_nothing_read_is_handed_out_before_the_unlock_entry_is_on_the_disk(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.create_interview(Interview(youth=Youth(name="Rowan Syncwell")))
    path = store.path
    store.lock()
    fsyncs = _Fsyncs()
    monkeypatch.setattr(os, "fsync", fsyncs)
    # Open returns with the entry committed but its sync still held.
    window = Store.open(path, PASSPHRASE, check_pages=False)
    try:
        listed: list[object] = []
        reader = threading.Thread(target=lambda: listed.append(window.list_cases()))
        reader.start()
        reader.join(0.5)
        assert reader.is_alive() and listed == []  # read, but not handed out
        fsyncs.release.set()
        reader.join(30)
        assert [c.youth_name for c in listed[0]] == ["Rowan Syncwell"]  # type: ignore[attr-defined]
        # The log first, then the folder that holds it (the log is a new file there).
        log, folder = os.stat(f"{path}-wal").st_ino, os.stat(path.parent).st_ino
        expected = [log, folder] if os.name == "posix" else [log]
        assert fsyncs.inodes == expected
        assert window.audit_log()[-1].event == "store_unlocked"
        # Every later commit (the CSW's saves) is synced by SQLite before it returns.
        with window.exclusive_connection() as conn:
            assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        fsyncs.release.set()
        window.lock()
    assert _events(path)[-3:] == ["store_unlocked", "store_locked", "store_unlocked"]


def test_a_failed_sync_of_the_unlock_entry_shows_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    interview = Interview(youth=Youth(name="Sky Failsafe"))
    store.create_interview(interview)
    path = store.path
    store.lock()
    fsyncs = _Fsyncs(fail=True)
    fsyncs.release.set()
    monkeypatch.setattr(os, "fsync", fsyncs)
    window = Store.open(path, PASSPHRASE, check_pages=False)
    try:
        for read in (window.list_cases, window.audit_log, lambda: window.load(interview.id)):
            with pytest.raises(StoreError, match="could not be recorded on the disk"):
                read()
    finally:
        window.lock()  # still locks: the key is dropped, the session lock let go
    assert window.locked and not guard.held_elsewhere(path)
    monkeypatch.undo()
    # The OS had the entry all along; the store is whole and opens as before.
    assert _events(path)[-2:] == ["store_unlocked", "store_unlocked"]


_KILLED_WHILE_SYNCING = r"""
import os, sys, threading
from pathlib import Path
from app.store import Store

os.fsync = lambda fd: threading.Event().wait()  # the unlock entry's sync never ends
store = Store.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\n"), check_pages=False)
print("opened", flush=True)
cases = store.list_cases()
print("listed", len(cases), flush=True)
"""


def test_killed_while_the_unlock_entry_syncs_it_is_kept_and_nothing_was_shown(
    store: Store,
) -> None:
    store.create_interview(Interview(youth=Youth(name="Morgan Killsync")))
    path = store.path
    store.lock()
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WHILE_SYNCING, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.close()
    child.stdin = None  # communicate() must not touch it again
    try:
        first = child.stdout.readline()
        assert first == "opened\n", child.stderr.read() if child.stderr else ""
        time.sleep(0.5)  # list_cases has read the list by now, and waits for the sync
    finally:
        child.send_signal(signal.SIGKILL)
    out, _err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert "listed" not in out  # nothing reached the screen
    # Killed mid-sync: the entry is there all the same (the OS had it), the store whole.
    assert _events(path)[-3:] == ["store_locked", "store_unlocked", "store_unlocked"]


@pytest.mark.parametrize("check_pages", [False, True], ids=["window", "cli"])
def test_an_unlock_that_cannot_be_audited_lets_the_store_go(
    store: Store, check_pages: bool
) -> None:
    with store.exclusive_connection() as conn:
        # A real failure of the unlock's audit insert, in the file itself.
        conn.execute(
            "CREATE TRIGGER no_unlock_entry BEFORE INSERT ON audit_log "
            "WHEN NEW.event = 'store_unlocked' "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    path = store.path
    store.lock()
    with pytest.raises(StoreFull):
        Store.open(path, PASSPHRASE, check_pages=check_pages)
    # Nothing open: no session lock kept, so the next unlock is not "in another window".
    assert not guard.held_elsewhere(path)
    with pytest.raises(StoreFull):
        Store.open(path, PASSPHRASE, check_pages=check_pages)
