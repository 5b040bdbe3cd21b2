"""Opening the SQLCipher file: the key, the pragmas, and the SQLAlchemy engine.

The store opens its one sqlcipher3 connection itself (``raw_connect``) and reads
what the unlock and the lists need on it; SQLAlchemy (and its ORM) is imported
only when an engine is first built over that same connection (``engine_on``:
the first interview opened or written), so unlocking to the list never pays for
it (issue 17, docs/store.md "Performance").

The whole (normalised) passphrase reaches SQLCipher as ``PRAGMA key = '...'``,
a quoted SQL string (``app.passphrase_rules.key_statement``), and SQLCipher 4
derives the key from every byte of it with its default PBKDF2 (256,000
iterations). ``PRAGMA hexkey``, used before issue 11, kept only the first 40
bytes; a store keyed that way is opened once with ``legacy=True`` and rekeyed
(see ``Store.open``). The key is never logged or put in a URL.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2

from app.passphrase_rules import (
    key_statement,
    legacy_hexkey_statement,
    legacy_key_bytes,
    normalise,
    usable_text,
)
from app.store.errors import StoreError, StoreLocked, WrongPassphrase

if TYPE_CHECKING:
    from sqlalchemy import Engine

FILE_MODE = 0o600
DIR_MODE = 0o700


class KeyHolder:
    """The one place the passphrase lives while the store is unlocked.

    ``passphrase`` is kept normalised (``app.passphrase_rules.normalise``).
    With ``legacy=True`` it is kept exactly as typed and keys the store the old
    way (hexkey, first 40 bytes) until ``Store.open`` has rekeyed it.
    """

    def __init__(self, passphrase: str, legacy: bool = False) -> None:
        self.passphrase: str | None = passphrase if legacy else normalise(passphrase)
        self.legacy = legacy

    def key_statement(self) -> str:
        if self.passphrase is None:
            raise StoreLocked()
        if self.legacy:
            return legacy_hexkey_statement(self.passphrase)
        try:
            return key_statement(self.passphrase)
        except ValueError:
            raise WrongPassphrase() from None  # a NUL: no store can have this key

    def key_material(self) -> bytes:
        """The bytes SQLCipher derives the key from (what ``key_statement`` gives it)."""
        if self.passphrase is None:
            raise StoreLocked()
        if self.legacy:
            return legacy_key_bytes(self.passphrase)
        if not usable_text(self.passphrase):
            raise WrongPassphrase()  # a NUL: no store can have this key
        return self.passphrase.encode("utf-8")

    def replace(self, passphrase: str) -> None:
        """The store is now keyed with ``passphrase`` (after a rekey)."""
        self.passphrase = normalise(passphrase)
        self.legacy = False

    def clear(self) -> None:
        # Python cannot wipe a str; dropping the last reference is what we can do.
        self.passphrase = None


def _pragma_key(conn: Any, holder: KeyHolder) -> None:
    # Before the key: keep SQLCipher's own log quiet, so nothing reaches stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(holder.key_statement())


# How long a connection waits for another one's lock (a reader for the window's
# commit, the window's checkpoint for a reader) before it reports "busy".
BUSY_TIMEOUT_MS = 5000

# ``mode`` of raw_connect: "rw" the store's own connection; "ro" a reader beside
# another process's open store (SQLite's locks, its snapshot of the log);
# "immutable" the main file alone, read-only, no locks, no -wal/-shm opened or
# made (the key check before a leftover log is touched, and ``verify``).
MODES = ("rw", "ro", "immutable")


def raw_connect(path: Path, holder: KeyHolder, mode: str = "rw") -> Any:
    """A keyed sqlcipher3 connection; ``WrongPassphrase`` when the key does not fit.

    The check reads the schema, the first thing that decrypts a page. On a wrong
    key nothing has been written, and the connection is closed before raising,
    so the folder stays byte-for-byte as it was (no -wal/-shm left behind).
    """
    if mode not in MODES:
        raise ValueError(mode)
    if mode == "rw":
        conn = dbapi2.connect(str(path), isolation_level=None, check_same_thread=False)
    else:
        query = "mode=ro" if mode == "ro" else "mode=ro&immutable=1"
        conn = dbapi2.connect(
            f"{path.resolve().as_uri()}?{query}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    try:
        # Before the key: SQLCipher then zeroes (and mlocks) every buffer it frees (process-wide).
        conn.execute("PRAGMA cipher_memory_security = ON")
        _pragma_key(conn, holder)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except dbapi2.DatabaseError:
        conn.close()
        raise WrongPassphrase() from None
    except BaseException:
        conn.close()
        raise
    try:
        # Kept in memory, never in a plaintext temp file.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if mode != "rw":
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA cache_size = -16384")
            return conn
        # WAL inside the cipher (its pages are encrypted like the main file) with
        # synchronous=FULL: every commit is fsynced before it returns, so a save
        # the CSW was told about survives a killed process or a power cut.
        # (NORMAL would only lose durability, not consistency, which is not
        # good enough for notes that exist nowhere else.)
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted interviews are overwritten, not left in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        # 16 MiB of decrypted pages kept in this process (never on disk), so the
        # list and search indexes are decrypted once, not on every refresh.
        conn.execute("PRAGMA cache_size = -16384")
    except dbapi2.DatabaseError as exc:
        conn.close()
        raise StoreError(f"the store could not be opened: {exc}") from None
    return conn


def make_engine(path: Path, holder: KeyHolder, mode: str = "rw") -> Engine:
    """One connection for the store's life (StaticPool), usable from any one thread.

    (Tests and migrations of bare files; the store itself uses ``engine_on``.)"""

    def creator() -> Any:
        return raw_connect(path, holder, mode)

    return _static_engine(creator)


def engine_on(connection: Callable[[], Any]) -> Engine:
    """An engine whose one pooled connection is the store's own (already keyed and set
    up by ``raw_connect``), which ``connection()`` returns. Disposing of the engine
    closes it. Pass a getter that fails once the store is locked (not the connection
    itself): SQLAlchemy may keep the engine object after ``dispose``, and a connection
    kept alive keeps its statement cache, which holds the key statement."""
    return _static_engine(connection)


def _static_engine(creator: Any) -> Engine:
    # SQLAlchemy (33 MB with the asyncio and ssl it imports) loads only here: the
    # first read or write that needs the ORM, never on the way to the list.
    from sqlalchemy import create_engine  # noqa: PLC0415 - off the unlock path (issue 17)
    from sqlalchemy.pool import StaticPool  # noqa: PLC0415 - off the unlock path

    engine = create_engine("sqlite://", creator=creator, module=dbapi2, poolclass=StaticPool)
    _explicit_transactions(engine)
    return engine


def _explicit_transactions(engine: Engine) -> None:
    """SQLAlchemy, not the driver, decides where a transaction begins.

    The driver runs in autocommit (isolation_level=None) and we emit BEGIN
    ourselves, so a unit of work is exactly one SQLite transaction, reads included.
    """
    from sqlalchemy import event  # noqa: PLC0415 - with create_engine, above

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


class LogSync:
    """The fsync that SQLite would have made before a commit returned, made in a thread.

    For one commit written with ``PRAGMA synchronous = OFF`` into a log that was empty
    (the window's unlock entry, ``StoreBase._audit_unlock``): the store's ``-wal``, then
    the folder that holds it (the log is a new file there, and SQLite syncs the folder
    on a new log's first sync too). ``wait()`` returns once both are on the disk; if
    either could not be synced it raises ``StoreError``, at that call and every later
    one. The store calls it before it hands out anything it read, so the entry is on
    the disk before the CSW sees a line of the notes, while the fsyncs (several ms on
    a busy disk, SQLite's way three in a row) overlap the reading of the list.

    Its own descriptor of the log: SQLite takes no lock on a ``-wal`` (WAL locks live
    in the ``-shm`` and the main file), so closing it drops none of SQLite's locks.
    """

    def __init__(self, path: Path) -> None:
        self._log = Path(f"{path}-wal")
        self._failure: str | None = None
        self._thread = threading.Thread(target=self._sync, name="cec-log-sync", daemon=True)
        self._thread.start()

    def _sync(self) -> None:
        try:
            fsync_path(self._log)
            if os.name == "posix":  # Windows has no folder to sync (nor does SQLite)
                fsync_path(self._log.parent, folder=True)
        except OSError as exc:
            self._failure = exc.strerror or type(exc).__name__

    def wait(self) -> None:
        self._thread.join()
        if self._failure is not None:
            raise StoreError(
                "the unlock could not be recorded on the disk "
                f"({self._failure}), so the notes are not shown. Lock them, and tell IT"
            )


def fsync_path(path: Path, folder: bool = False) -> None:
    """``fsync`` a file (read-write, as Windows' FlushFileBuffers needs) or a folder."""
    flags = os.O_RDONLY if folder else os.O_RDWR | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def secure_file_modes(path: Path) -> None:
    """0600 for the store and its -wal/-shm companions (when they exist)."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            os.chmod(candidate, FILE_MODE)
        except FileNotFoundError:
            pass


def create_empty_file(path: Path) -> None:
    """Create the store file owner-only before SQLite opens it (no race to 0644)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
