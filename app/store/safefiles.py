"""File moves for backup and restore: private temp files, set-aside, fsync, in-use check.

Everything here keeps the store's companions (-wal, -shm, -journal) together
with it, and makes renames durable (fsync of the folder on POSIX).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from datetime import UTC, datetime
from pathlib import Path

from app.store.engine import FILE_MODE

# SQLite's lock bytes (os_unix.c): every open WAL-mode connection holds a shared
# lock on SHARED_FIRST..+SHARED_SIZE of the database file for as long as it is open.
_SHARED_FIRST = 0x40000000 + 2
_SHARED_SIZE = 510


def store_in_use(path: Path) -> bool:
    """True when another process has the store open (its session lock, any OS; or
    SQLite's shared lock, POSIX only).

    Call it only when this process has no connection to ``path``: closing any
    descriptor of a file drops all of this process's POSIX locks on it.
    """
    from app.store import guard

    if not path.exists():
        return False
    if guard.held_elsewhere(path):  # a window's session lock (every OS)
        return True
    return sqlite_in_use(path)


def sqlite_in_use(path: Path) -> bool:
    """True when another process has ``path`` open through SQLite (POSIX only).

    Same caution as ``store_in_use``.
    """
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be renamed there anyway
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, _SHARED_SIZE, _SHARED_FIRST)
        return False
    finally:
        os.close(fd)


def private_file(folder: Path, name: str) -> Path:
    """An empty 0600 file beside ``name``, hidden, with a random suffix."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".{name}.{secrets.token_hex(4)}.partial"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    return path


def companions(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


def set_aside(store_path: Path) -> list[tuple[Path, Path]]:
    """Keep the store aside under a new name; return (original, aside) pairs.

    The main file is hard-linked (copied where links are not possible), not
    moved: the store's own name then always holds a whole store, the old one
    until ``os.replace`` puts the new one there in one step, so a kill at any
    moment leaves a store that opens. A leftover -wal/-shm (from a crash) is
    moved aside with it, since it belongs to the old file only.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    base = store_path.with_name(f"{store_path.name}.replaced-{stamp}-{secrets.token_hex(2)}")
    kept = []
    for original, target in zip(companions(store_path), companions(base), strict=True):
        if not original.exists():
            continue
        if original == store_path:
            try:
                os.link(original, target)
            except OSError:
                shutil.copy2(original, target)
                fsync(target)
        else:
            os.replace(original, target)
        kept.append((original, target))
    fsync_dir(store_path.parent)
    return kept


def put_back(aside: list[tuple[Path, Path]], store_path: Path) -> None:
    for original in companions(store_path):
        remove(original)
    for original, target in aside:
        os.replace(target, original)
    fsync_dir(store_path.parent)


def remove(path: Path | tuple[Path, Path]) -> None:
    target = path[1] if isinstance(path, tuple) else path
    for leftover in companions(target):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # directories cannot be opened for fsync on Windows
        return
    fsync(folder)


def leftovers(store_path: Path) -> list[Path]:
    """Files an interrupted restore left beside the store (encrypted, never plain).

    ``.store.cec.<rand>.partial``: a half-copied backup; ``store.cec.replaced-*``:
    the store a restore replaced. The window can offer to remove them once the
    store has opened; nothing removes them silently.
    """
    folder = store_path.parent
    if not folder.is_dir():
        return []
    name = store_path.name
    found = [p for p in folder.iterdir()
             if (p.name.startswith(f".{name}.") and p.name.endswith(".partial"))
             or p.name.startswith(f"{name}.replaced-")]
    return sorted(found)
