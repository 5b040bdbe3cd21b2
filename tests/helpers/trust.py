"""The trust tests' tools: the store held by a second process, the CLI as its own
process, a backup killed half-way, a read-only folder, and the canary search."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE

# No default argument holds PASSPHRASE: a function's defaults would be one more live
# reference to it, which the window's leftover tests count (tests/helpers/memscan.py).

ROOT = Path(__file__).resolve().parents[2]
IN_USE = "the store is open in another window"
CANNOT_WRITE = "the store's folder cannot be written"


IN_USE = "the store is open in another window"


CANNOT_WRITE = "the store's folder cannot be written"


def cli_process(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The CLI as a second process, the way IT would run it beside an open window."""
    return subprocess.run(
        [sys.executable, "main.py", *argv],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def spawn(*args: str, until: str, passphrase: str | None = None) -> subprocess.Popen[str]:
    """A ``tests.trust`` child, passphrase on stdin; returns once it printed ``until``."""
    proc = subprocess.Popen(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write((passphrase or PASSPHRASE) + "\n")
    proc.stdin.close()
    proc.stdin = None
    while True:
        line = proc.stdout.readline()
        if line == f"{until}\n":
            return proc
        if not line:
            proc.kill()
            raise AssertionError(proc.communicate()[1])


def kill(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    return out


@contextlib.contextmanager
def holder(
    path: Path,
    *extra: str,
    passphrase: str | None = None,
) -> Iterator[subprocess.Popen[str]]:
    """Another process with the store unlocked, as a second window would have it."""
    proc = spawn(
        "tests.trust.store_child", "hold", str(path), *extra, until="ready", passphrase=passphrase
    )
    try:
        yield proc
    finally:
        kill(proc)


@contextlib.contextmanager
def read_only_view(folder: Path, view: Path) -> Iterator[Path]:
    """``folder`` seen through a read-only bind mount at ``view`` (a real read-only
    folder: root ignores chmod, not a read-only mount)."""
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {mounted.stderr.decode().strip()}")
    try:
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], capture_output=True)
        if remount.returncode != 0:
            pytest.skip("cannot remount read-only here")
        assert not os.access(view, os.W_OK)
        yield view
    finally:
        subprocess.run(["umount", str(view)], check=True)


def kill_backup_mid_export(
    store_path: Path, destination: Path, passphrase: str | None = None
) -> None:
    """Start a backup in a child and SIGKILL it while it writes the partial file."""
    code = (
        "import sys, time\n"
        "from app.store import Store\n"
        "from app.store.backup import make_backup\n"
        "store = Store.open(sys.argv[1], sys.stdin.readline().rstrip('\\n'))\n"
        "def progress(stage, fraction):\n"
        "    if stage == 'export':\n"
        "        print('writing', flush=True)\n"
        "        time.sleep(60)\n"
        "make_backup(store, sys.argv[2], progress=progress)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(store_path), str(destination)],
        cwd=ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write((passphrase or PASSPHRASE) + "\n")
        proc.stdin.close()
        proc.stdin = None
        assert proc.stdout.readline() == "writing\n"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()


def canary_needles(canary: str) -> dict[str, bytes]:
    return {enc: canary.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")}


def canary_hits(
    roots: Iterable[Path], canary: str, skip: set[Path], since: float = 0.0
) -> list[str]:
    """Every file under ``roots`` (changed since ``since``) that holds ``canary``."""
    needles = canary_needles(canary)
    found = []
    for root in roots:
        if not root.exists():
            continue
        for path in [root] if root.is_file() else root.rglob("*"):
            try:
                if path in skip or not path.is_file() or path.is_symlink():
                    continue
                stat = path.stat()
                if stat.st_mtime < since or stat.st_size > 200 * 1024 * 1024:
                    continue
                data = path.read_bytes()
            except OSError:
                continue  # vanished or unreadable (another process's file)
            found += [f"{path} ({enc})" for enc, needle in needles.items() if needle in data]
    return found


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    return env
