"""File moves for backup and restore: private temp files, set-aside, fsync, in-use check.

Everything here keeps the store's companions (-wal, -shm, -journal) together
with it, and makes renames durable (fsync of the folder on POSIX).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from app.store import guard
from app.store.engine import FILE_MODE
from app.store.folders import make_private_dirs

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
        import fcntl  # noqa: PLC0415 - POSIX only
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


def private_file(folder: Path, name: str, path: Path | None = None) -> Path:
    """An empty 0600 file beside ``name``, hidden, with a random suffix (or at ``path``).

    Missing folders on the way are created 0700.
    """
    make_private_dirs(folder)
    path = path or partial_name(folder, name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    return path


def partial_name(folder: Path, name: str) -> Path:
    return folder / f".{name}.{secrets.token_hex(4)}.partial"


# --- backups killed half-way -------------------------------------------------------
#
# A backup is written to a hidden ``.NAME.<rand>.partial`` beside its destination
# (often a USB stick the application knows nothing about at its next start). Before
# that file exists, a record naming it is written (0600, fsynced) in the STORE's
# folder: ``.store.cec.<rand>.backup-pending``. The record is removed once the
# backup has its name or the partial file is gone. A kill in between leaves both;
# the next unlock (window or CLI) runs ``remove_unfinished_backups``, which removes
# the partial file the record names and the record. While a backup runs its record
# is flock-ed, so a second process never removes a backup that is still being made.

_PENDING = ".backup-pending"


def _pending_records(store_path: Path) -> list[Path]:
    folder = store_path.parent
    if not folder.is_dir():
        return []
    prefix = f".{store_path.name}."
    return sorted(
        p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(_PENDING)
    )


def _try_lock(fd: int) -> bool:
    """An exclusive advisory lock, without waiting (True where locks do not exist)."""
    try:
        import fcntl  # noqa: PLC0415 - POSIX only
    except ImportError:  # Windows: the open partial file cannot be deleted anyway
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def pending_backup(store_path: Path, destination: Path) -> Iterator[Path]:
    """Yield a new hidden partial file beside ``destination``, recorded beside the store.

    The caller renames the partial file into place or removes it; the record goes
    when the block ends either way.
    """
    partial = partial_name(destination.parent, destination.name)
    make_private_dirs(store_path.parent)
    record = store_path.parent / f".{store_path.name}.{secrets.token_hex(4)}{_PENDING}"
    fd = os.open(record, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        _try_lock(fd)
        os.write(fd, os.fsencode(partial.absolute()))
        os.fsync(fd)
        fsync_dir(store_path.parent)
        private_file(destination.parent, destination.name, partial)
        yield partial
    finally:
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            record.unlink()


def remove_unfinished_backups(store_path: Path) -> int:
    """Remove what backups killed half-way left (partial files and their records).

    Returns how many partial files were removed. A record still locked by a
    running backup is skipped; a record naming anything but a hidden ``.partial``
    file is only removed itself (a record is never a way to delete other files).
    """
    removed = 0
    for record in _pending_records(store_path):
        try:
            fd = os.open(record, os.O_RDWR)
        except OSError:
            continue
        try:
            if not _try_lock(fd):
                continue  # a backup is being written right now, by another process
            target = Path(os.fsdecode(os.read(fd, 1 << 16)))
            if not target.parent.is_dir():
                continue  # its disk is not plugged in now: keep the record for a later start
            if target.name.startswith(".") and target.name.endswith(".partial"):
                if any(os.path.lexists(p) for p in companions(target)):
                    remove(target)
                    removed += 1
            record.unlink()
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


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
    found = [
        p
        for p in folder.iterdir()
        if (p.name.startswith(f".{name}.") and p.name.endswith(".partial"))
        or p.name.startswith(f"{name}.replaced-")
    ]
    return sorted(found)
