"""Issue 11, "nothing left behind": memory security, core dumps, 0700 folders, killed
backups, training/real restores. Real SQLCipher files, real subprocesses."""

from __future__ import annotations

import os
import resource
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model import Interview, Youth
from app.store import Store
from app.store.backup import WrongKindOfStore, check_backup, make_backup, restore_backup
from app.training import store as training_store
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE
from tests.helpers.stores import folder_bytes, full_record
from tests.helpers.trust import child_env, kill_backup_mid_export

ROOT = Path(__file__).resolve().parents[2]


def _core_dumps_allowed() -> None:
    """Child start: raise the soft core limit, as a shell's `ulimit -c unlimited` would."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _core_limit(pid: int) -> tuple[str, str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            soft, hard = line.split()[4:6]
            return soft, hard
    raise AssertionError("no core limit line")


def _wait_for_limit(proc: subprocess.Popen, deadline_s: float) -> tuple[str, str]:
    """The child's core limit once it has started its own code (or at the deadline)."""
    end = time.monotonic() + deadline_s
    limit = _core_limit(proc.pid)
    while time.monotonic() < end and limit[0] != "0" and proc.poll() is None:
        time.sleep(0.1)
        limit = _core_limit(proc.pid)
    return limit


# --- memory security and core dumps ---------------------------------------------------


def test_the_store_connection_has_cipher_memory_security_on(tmp_path: Path) -> None:
    # In a fresh process: the switch is process-wide, so another test cannot set it for us.
    code = (
        "import sys\n"
        "from app.store import Store\n"
        "s = Store.create(sys.argv[1], sys.argv[2], sys.argv[2])\n"
        "with s.exclusive_connection() as conn:\n"
        "    print(conn.execute('PRAGMA cipher_memory_security').fetchone()[0])\n"
        "s.lock()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "s.cec"), PASSPHRASE],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "1"


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_CORE"), reason="no core limit on this OS")
@pytest.mark.skipif(
    resource.getrlimit(resource.RLIMIT_CORE)[1] == 0,
    reason="the hard core limit is already 0 here: nothing to switch off",
)
def test_a_cli_command_runs_with_core_dumps_off(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "s.cec", PASSPHRASE, PASSPHRASE)
    store.lock()
    # `list --passphrase-stdin` waits for its passphrase: the process is read meanwhile.
    proc = subprocess.Popen(
        [
            sys.executable,
            "main.py",
            "list",
            "--store",
            str(tmp_path / "s.cec"),
            "--passphrase-stdin",
        ],
        cwd=ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_core_dumps_allowed,
    )
    try:
        limit = _wait_for_limit(proc, 20)
    finally:
        out, err = proc.communicate(PASSPHRASE + "\n", timeout=60)
    assert limit == ("0", "0"), limit
    assert proc.returncode == 0, err


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_CORE"), reason="no core limit on this OS")
@pytest.mark.skipif(
    resource.getrlimit(resource.RLIMIT_CORE)[1] == 0,
    reason="the hard core limit is already 0 here: nothing to switch off",
)
def test_the_window_runs_with_core_dumps_off(tmp_path: Path) -> None:
    env = child_env()
    env["HOME"] = str(tmp_path / "home")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    proc = subprocess.Popen(
        [sys.executable, "main.py", "--store", str(tmp_path / "notes" / "store.cec")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_core_dumps_allowed,
    )
    try:
        limit = _wait_for_limit(proc, 30)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
    assert limit == ("0", "0"), limit


# --- folders the app creates are 0700 -------------------------------------------------


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _modes(base: Path, leaf: Path) -> dict[str, int]:
    """The mode of every folder from below ``base`` down to ``leaf``."""
    out = {}
    for folder in [leaf, *leaf.parents]:
        if folder == base:
            break
        out[str(folder.relative_to(base))] = stat.S_IMODE(folder.stat().st_mode)
    return out


def test_every_folder_the_app_creates_is_owner_only(
    tmp_path: Path, umask: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_store_path = tmp_path / "a" / "b" / "notes" / "store.cec"
    store = Store.create(new_store_path, PASSPHRASE, PASSPHRASE)
    store.create_interview(full_record("F1"))
    backup = tmp_path / "usb" / "deep" / "er" / "backup.cec"
    make_backup(store, backup)
    store.lock()
    restored_path = tmp_path / "r" / "s" / "t" / "store.cec"
    restore_backup(backup, restored_path, PASSPHRASE).lock()
    monkeypatch.setattr(
        training_store, "default_store_path", lambda: tmp_path / "real" / "store.cec"
    )
    training_path = tmp_path / "x" / "y" / "training" / "training.cec"
    training_store.open_training_store(training_path).lock()

    found = {}
    for leaf in (new_store_path.parent, backup.parent, restored_path.parent, training_path.parent):
        found.update(_modes(tmp_path, leaf))
    assert found and all(mode == 0o700 for mode in found.values()), {
        k: oct(v) for k, v in found.items()
    }


# --- a backup killed half-way ---------------------------------------------------------


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_killed_backup_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    new_store_path = tmp_path / "data" / "store.cec"
    store = Store.create(new_store_path, PASSPHRASE, PASSPHRASE)
    store.create_interview(full_record("K1"))
    store.lock()
    usb = tmp_path / "usb"
    usb.mkdir()
    kill_backup_mid_export(new_store_path, usb / "backup.cec")
    assert _hidden(usb), "the kill came too late: no partial file to clean up"

    # The next start: any CLI command that opens the store.
    out = subprocess.run(
        [sys.executable, "main.py", "list", "--store", str(new_store_path), "--passphrase-stdin"],
        cwd=ROOT,
        env=child_env(),
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "removed 1 file(s) left by a backup that was interrupted" in out.stderr
    assert list(usb.iterdir()) == []
    assert _hidden(new_store_path.parent) == []  # the record went too
    reopened = Store.open(new_store_path, PASSPHRASE)
    assert reopened.verify() == [] and len(reopened.list_interviews()) == 1
    reopened.lock()


def test_a_running_backup_is_never_cleaned_up_by_another_process(tmp_path: Path) -> None:
    from app.store.safefiles import remove_unfinished_backups

    new_store_path = tmp_path / "data" / "store.cec"
    store = Store.create(new_store_path, PASSPHRASE, PASSPHRASE)
    store.create_interview(full_record("K2"))
    seen: list[int] = []

    def progress(stage: str, fraction: float) -> None:
        if stage == "export" and not seen:
            # Another process (a CLI command) starting meanwhile; flock is per open file,
            # so a second open in this process stands for it.
            seen.append(remove_unfinished_backups(new_store_path))

    report = make_backup(store, tmp_path / "usb" / "b.cec", progress=progress)
    store.lock()
    assert seen == [0]
    assert check_backup(report.path, PASSPHRASE).interviews == 1


# --- restore: never training over real, never real over training ---------------------


@pytest.fixture
def training_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A backup of a training store (with one practice case), and its key."""
    monkeypatch.setattr(
        training_store, "default_store_path", lambda: tmp_path / "real-default" / "store.cec"
    )
    path = tmp_path / "practice" / training_store.STORE_NAME
    store = training_store.open_training_store(path)
    store.create_interview(Interview(youth=Youth(name="Practice Case"), training=True))
    key = training_store.key_path(path).read_text()
    backup = tmp_path / "usb" / "training-backup.cec"
    make_backup(store, backup)
    store.lock()
    return backup, key


def _restore_cli(
    backup: Path, new_store_path: Path, passphrase: str
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "main.py",
            "restore",
            str(backup),
            "--store",
            str(new_store_path),
            "--replace",
            "--passphrase-stdin",
        ],
        cwd=ROOT,
        env=child_env(),
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_restore_refuses_a_training_backup_over_the_real_store(
    tmp_path: Path, training_backup: tuple[Path, str]
) -> None:
    backup, key = training_backup
    real = tmp_path / "data" / "store.cec"
    store = Store.create(real, PASSPHRASE, PASSPHRASE)
    store.create_interview(full_record("R1"))
    store.lock()
    before = folder_bytes(real.parent)

    with pytest.raises(WrongKindOfStore, match="training store"):
        restore_backup(backup, real, key)
    out = _restore_cli(backup, real, key)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1 and "cannot replace the real notes" in out.stderr
    assert folder_bytes(real.parent) == before


def test_restore_refuses_real_notes_over_the_training_store(
    tmp_path: Path, training_backup: tuple[Path, str]
) -> None:
    _, key = training_backup
    practice = tmp_path / "practice" / training_store.STORE_NAME
    before = folder_bytes(practice.parent)
    real = tmp_path / "data" / "store.cec"
    store = Store.create(real, OTHER_PASSPHRASE, OTHER_PASSPHRASE)
    store.create_interview(full_record("R2"))
    real_backup = tmp_path / "usb" / "real-backup.cec"
    make_backup(store, real_backup, passphrase=key)  # even keyed like the training store
    store.lock()

    with pytest.raises(WrongKindOfStore, match="real notes"):
        restore_backup(real_backup, practice, key)
    out = _restore_cli(real_backup, practice, key)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1 and "cannot replace the training store" in out.stderr
    assert folder_bytes(practice.parent) == before


def test_restore_still_puts_like_over_like(
    tmp_path: Path, training_backup: tuple[Path, str]
) -> None:
    backup, key = training_backup
    practice = tmp_path / "practice" / training_store.STORE_NAME
    restored = restore_backup(backup, practice, key)
    assert [s.training for s in restored.list_interviews()] == [True]
    restored.lock()
    real = tmp_path / "data" / "store.cec"
    store = Store.create(real, PASSPHRASE, PASSPHRASE)
    store.create_interview(full_record("R3"))
    make_backup(store, tmp_path / "usb" / "real.cec")
    store.lock()
    out = _restore_cli(tmp_path / "usb" / "real.cec", real, PASSPHRASE)
    assert out.returncode == 0, out.stderr


def test_a_killed_backup_on_a_stick_that_is_unplugged_is_cleaned_when_it_is_back(
    tmp_path: Path,
) -> None:
    from app.store.safefiles import remove_unfinished_backups

    new_store_path = tmp_path / "data" / "store.cec"
    store = Store.create(new_store_path, PASSPHRASE, PASSPHRASE)
    store.create_interview(full_record("K3"))
    store.lock()
    stick = tmp_path / "media" / "stick"
    stick.mkdir(parents=True)
    kill_backup_mid_export(new_store_path, stick / "backup.cec")
    assert _hidden(stick)
    stick.rename(tmp_path / "media" / "away")  # unplugged
    assert remove_unfinished_backups(new_store_path) == 0
    (tmp_path / "media" / "away").rename(stick)  # back
    assert remove_unfinished_backups(new_store_path) == 1
    assert list(stick.iterdir()) == [] and _hidden(new_store_path.parent) == []
