"""Before SQLite touches a store file: is it ours, can it be written, who holds it,
is its write-ahead log whole.

SQLite is generous with an existing file: an empty or short file becomes a new
database, a leftover ``-wal`` is replayed (and its broken tail dropped without a
word) and deleted by whichever connection closes last, even one keyed with a
wrong passphrase. Everything here runs first, reads only, and refuses rather
than repairs, so that a file that is not a healthy store of ours is reported
and left byte for byte as it was.

The session lock: the process that unlocks a store for writing holds an OS lock
on the store file itself (``flock`` on POSIX, ``msvcrt.locking`` on one byte far
beyond the end of the file on Windows) until it locks the store. The OS drops it
when the process dies, so a crash never leaves a stale lock behind. No extra file
is made, so nothing (not even a name) is written for it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import oserrors
from app.store.errors import (
    DamagedLog,
    DamagedStore,
    NotAStore,
    StoreError,
    StoreInUse,
    StoreReadOnly,
)

PAGE_SIZE = 4096  # SQLCipher 4's page size; the app never changes it
PLAIN_SQLITE = b"SQLite format 3\x00"
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_VERSION = 3007000
_WAL_HEADER = 32
_FRAME_HEADER = 24
# Windows: the byte locked there (SQLite's own lock bytes sit at 1 GiB; a store
# never reaches 1 TiB, so nothing ever reads or writes this byte).
_WINDOWS_LOCK_OFFSET = 1 << 40


def companions(path: Path) -> list[Path]:
    """The files SQLite keeps beside a store: its log, the log's index, a rollback journal."""
    return [Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


def existing_companions(path: Path) -> list[Path]:
    return [p for p in companions(path) if p.exists()]


# --- what the file is ------------------------------------------------------------


def check_file(path: Path) -> None:
    """Refuse a file that cannot be a store of ours (reads 16 bytes; changes nothing).

    Empty, shorter than a page or not a whole number of pages, or a plain
    (unencrypted) SQLite database: none of these is a store this application made.
    """
    size = path.stat().st_size
    if size == 0:
        # SQLite would treat it as a new database and we would "create" a store
        # under whatever was typed; an empty file is damage, not a store.
        raise DamagedStore("the store file is empty; it has not been changed", kind="empty_file")
    with open(path, "rb") as f:
        head = f.read(len(PLAIN_SQLITE))
    if head == PLAIN_SQLITE:
        raise NotAStore(
            "that file is a plain, unencrypted database, not a store of the CEC Interview "
            "Assistant; it has not been changed",
            kind="plain_database",
        )
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise NotAStore(
            f"that file ({size} bytes) is damaged or is not a store of the CEC Interview "
            "Assistant; it has not been changed. Keep it and ask IT to restore the notes "
            "from a backup",
            kind="not_whole_pages",
            size=size,
        )


def check_writable(path: Path) -> None:
    """``StoreReadOnly`` when the store or its folder cannot be written (read-only disk,
    folder without write permission). Asked of the OS (``access(2)``), which answers
    for a read-only mount even to root."""
    if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
        raise StoreReadOnly()


# --- one writer ----------------------------------------------------------------------


class SessionLock:
    """An OS lock on the store file, held while a process has the store unlocked."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path) -> SessionLock:
        """Take the lock now or raise ``StoreInUse`` (never waits)."""
        try:
            fd = os.open(
                path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
            )
        except OSError as exc:
            raise StoreError(
                f"the store file cannot be opened: {exc.strerror or type(exc).__name__}",
                kind="cannot_open",
                os_reason=oserrors.reason(exc),
                code=oserrors.technical(exc),
            ) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise StoreInUse() from None
        except BaseException:
            os.close(fd)
            raise
        return cls(fd)

    def release(self) -> None:
        """Unlock. Call it only after SQLite has closed the file: closing any
        descriptor of a file drops this process's POSIX (fcntl) locks on it,
        SQLite's included."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)


def held_elsewhere(path: Path) -> bool:
    """True when some process (another window, a CLI command) has the store unlocked.

    Same caution as ``SessionLock.release``: only when this process has no
    SQLite connection to ``path``.
    """
    try:
        lock = SessionLock.acquire(path)
    except StoreInUse:
        return True
    except StoreError:
        return False  # cannot even be opened: no one can hold it through us
    lock.release()
    return False


if os.name == "nt":  # pragma: no cover - not run on the Linux CI

    def _lock(fd: int) -> None:
        import msvcrt  # noqa: PLC0415 - Windows only

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        import msvcrt  # noqa: PLC0415 - Windows only

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock, not fcntl: independent of SQLite's byte-range locks on the same file.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# --- the write-ahead log ---------------------------------------------------------------


@dataclass(frozen=True)
class LogReport:
    """What a leftover ``-wal`` holds: its frames, how many of them end in a commit,
    the damage found (None when whole), and the last committed copy of page 1
    (encrypted, as written; None when no committed frame holds page 1)."""

    frames: int
    committed: int
    damage: str | None
    page_one: bytes | None = None


def read_log(wal: Path) -> LogReport:
    """Check a ``-wal`` file's header and checksum chain the way SQLite's recovery
    does, but report what recovery would silently drop.

    Damage: a header that fails its checksum (recovery would ignore every frame),
    a complete frame of this log (its salts match) whose checksum fails, or a
    frame whose salt matches this log's in one of its two words (recovery would
    drop it and every frame after it). Frames with both salt words different are
    an older log's leftovers, as in SQLite. An incomplete last frame is a write
    cut short, never acknowledged. Reads only.
    """
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return LogReport(0, 0, None)
    if len(data) < _WAL_HEADER:
        return LogReport(0, 0, None)  # no header: nothing was ever committed in it
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    whole_frames = 0
    if magic in _WAL_MAGIC and page_size and page_size & (page_size - 1) == 0:
        whole_frames = (len(data) - _WAL_HEADER) // (_FRAME_HEADER + page_size)
    if magic not in _WAL_MAGIC or version != _WAL_VERSION or whole_frames == 0:
        if magic not in _WAL_MAGIC and len(data) > _WAL_HEADER and any(data):
            return LogReport(0, 0, "the log's header is not readable")
        return LogReport(0, 0, None)
    order = ">" if magic & 1 else "<"
    s1, s2 = _checksum(data[:24], order, 0, 0)
    if (s1, s2) != (c1, c2):
        return LogReport(whole_frames, 0, "the log's header fails its checksum")
    frames = committed = 0
    # Page 1 as the last commit left it: a frame counts once its transaction's
    # commit frame has been read whole (as for SQLite's recovery).
    pending_one = page_one = None
    offset = _WAL_HEADER
    for index in range(whole_frames):
        header = data[offset : offset + _FRAME_HEADER]
        pgno, commit, f1, f2, k1, k2 = struct.unpack(">6I", header)
        if (f1, f2) != (salt1, salt2):
            if f1 == salt1 or f2 == salt2:
                # An older log's frame differs in both words (the first is counted
                # up, the second drawn afresh at each restart); one word alike is
                # this log's frame with a damaged salt.
                return LogReport(
                    frames,
                    committed,
                    f"frame {index + 1} of the log has a damaged salt",
                    page_one,
                )
            break  # an older log's frame: where SQLite's recovery stops too
        page = data[offset + _FRAME_HEADER : offset + _FRAME_HEADER + page_size]
        s1, s2 = _checksum(header[:8], order, s1, s2)
        s1, s2 = _checksum(page, order, s1, s2)
        if (s1, s2) != (k1, k2):
            return LogReport(
                frames, committed, f"frame {index + 1} of the log fails its checksum", page_one
            )
        frames += 1
        if pgno == 1:
            pending_one = page
        if commit:
            committed = frames
            if pending_one is not None:
                page_one, pending_one = pending_one, None
        offset += _FRAME_HEADER + page_size
    return LogReport(frames, committed, None, page_one)


def _checksum(data: bytes, order: str, s1: int, s2: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & mask
        s2 = (s2 + words[i + 1] + s1) & mask
    return s1, s2


def set_aside_log(path: Path) -> list[Path]:
    """Rename the store's ``-wal`` and ``-shm`` to ``<store>-wal.damaged-<time>-<rand>``
    (0600), never delete them; return the new names."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    tag = f"damaged-{stamp}-{secrets.token_hex(2)}"
    kept = []
    for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if not companion.exists():
            continue
        target = companion.with_name(f"{companion.name}.{tag}")
        os.replace(companion, target)
        with contextlib.suppress(OSError):
            os.chmod(target, 0o600)
        kept.append(target)
    if os.name == "posix":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return kept


def kept_logs(path: Path) -> list[Path]:
    """The logs ``set_aside_log`` kept beside the store (nothing removes them)."""
    if not path.parent.is_dir():
        return []
    prefix = f"{path.name}-wal.damaged-"
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(prefix))


def damaged_log_error(report: LogReport, kept: list[Path]) -> DamagedLog:
    """The message for the CSW (short, no jargon); the technical finding in ``problems``."""
    log = next((p.name for p in kept if "-wal." in p.name), ", ".join(p.name for p in kept))
    return DamagedLog(
        "the notes file's record of its latest changes is damaged, so a change that was "
        "being saved when the program stopped may be missing. That record was kept for IT "
        f"(not deleted) as {log}. Everything saved before is safe: unlock again to open "
        "your notes, and tell IT",
        problems=[report.damage or "damaged log", *(str(p) for p in kept)],
    )
