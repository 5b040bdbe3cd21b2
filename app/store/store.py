"""The encrypted store: lifecycle (create, open, lock, rekey, verify) and reads.

``StoreBase`` is complete on its own (connection, unit of work, change notices,
clock, audit, reads). ``app.store.operations.Store`` extends it with the typed
writes; each is one unit of work: one short transaction, committed before it
returns, then announced to ``on_change`` subscribers as one ``Changed`` record.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import hmac
import json
import os
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Self

from platformdirs import user_data_dir
from sqlcipher3 import dbapi2

from app import APP_ID
from app.model import (
    Case,
    CaseStatus,
    Interview,
    IntervieweeType,
    InterviewStatus,
    TextRefused,
    YesNoUnknown,
    check_text,
    utcnow,
)
from app.passphrase_rules import legacy_forms, normalise, rekey_statement
from app.store import guard, later, migrate, reading, safefiles
from app.store.changes import ChangeCallback, Changed
from app.store.engine import (
    KeyHolder,
    LogSync,
    create_empty_file,
    engine_on,
    raw_connect,
    secure_file_modes,
)
from app.store.errors import (
    DamagedStore,
    InvalidValue,
    NotFound,
    StoreError,
    StoreExists,
    StoreFull,
    StoreInUse,
    StoreLocked,
    StoreNotFound,
    StoreReadOnly,
    WrongPassphrase,
)
from app.store.folders import make_private_dirs
from app.store.later import fulltext
from app.store.passphrase import check_new_passphrase
from app.store.types import AuditEntry, CaseSummary, Echo, InterviewSummary, SearchHit

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm import Session, sessionmaker

    from app.store.schema import AuditRow

# PRAGMA user_version of a store keyed with the whole passphrase (issue 11). The
# old 40-byte key is tried only on a store without it: otherwise a store whose
# passphrase is exactly 40 bytes would open with that passphrase plus anything.
KEY_FORM_WHOLE = 0x574B


def default_store_path() -> Path:
    return Path(user_data_dir(APP_ID, appauthor=False)) / "store.cec"


def _prepare_folder(folder: Path) -> None:
    make_private_dirs(folder)  # every level it creates 0700, whatever the umask


class StoreBase:
    """An unlocked store without its record writes (``app.store.Store`` adds them).

    Build a store with ``Store.create`` or ``Store.open``.
    """

    # All that the typed writes (app.store.operations.Store) use of this class's
    # private side: one unit of work, the change notice, the clock, an audit row.
    # (tests/test_store_parts.py holds operations.py to this list.)
    FOR_WRITES: ClassVar[tuple[str, ...]] = ("_unit", "_raw_unit", "_notify", "_now", "_audit_row")

    def __init__(
        self,
        path: Path,
        driver: Any,
        holder: KeyHolder,
        session: guard.SessionLock | None = None,
        reader: bool = False,
        mode: str = "rw",
    ) -> None:
        self.path = path
        # The OS lock that makes this process the store's one writer (None for a
        # reader beside another process's session).
        self._session = session
        # A reader never writes: no audit entry, no checkpoint.
        self._reader = reader
        # The one sqlite connection (raw_connect), for the store's life; None once locked.
        self._driver: Any = driver
        # SQLAlchemy over that same connection (StaticPool), built on the first ORM
        # use (``_orm``): unlocking and listing run on the driver alone (issue 17).
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._holder: KeyHolder | None = holder
        self._subscribers: list[ChangeCallback] = []
        self._mutex = threading.RLock()
        self._mode = mode  # raw_connect's mode of the store's connection (check_pages reuses it)
        # A committed change left in the log for later (the unlock's audit entry):
        # ``check_pages`` ends with its checkpoint (``_settle_log``).
        self._log_pending = False
        # The window's unlock entry, committed without SQLite's fsyncs, being synced
        # in a thread (``_audit_unlock``); nothing read is handed out before it is.
        self._log_sync: LogSync | None = None

    # --- lifecycle -------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, passphrase: str, confirm: str) -> Self:
        """A new, empty store at ``path`` (never overwrites anything)."""
        path = Path(path)
        check_new_passphrase(passphrase, confirm)
        if path.exists():
            if path.is_file() and guard.held_elsewhere(path):
                raise StoreInUse()
            raise StoreExists()
        if guard.existing_companions(path):
            # A -wal without its store is what is left of one; SQLite would delete
            # it on the first open of a new file of that name.
            raise StoreExists(
                "files of an earlier store (its log) are in that folder; nothing was "
                "created. Move them away or ask IT",
                kind="earlier_log",
            )
        if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
            raise StoreReadOnly()
        _prepare_folder(path.parent)
        create_empty_file(path)
        session = None
        try:
            session = guard.SessionLock.acquire(path)
            store: Self = cls._connect(path, KeyHolder(passphrase), check=False, session=session)
            store._mark_whole_key()
            store.audit("store_created")
        except BaseException:
            if session is not None:
                session.release()
            # Only a file we created a moment ago, holding nothing yet.
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise
        return store

    @classmethod
    def open(cls, path: Path | str, passphrase: str, *, check_pages: bool = True) -> Self:
        """Unlock an existing store; migrates an older schema, refuses a newer one.

        ``check_pages`` (the default, the CLI's way) checks every page's HMAC
        before anything else. The window passes ``False`` and runs
        ``check_pages()`` in a worker once the list is shown: the whole-file
        check grows with the store (about 0.25 s for 5,000 interviews), while
        SQLCipher authenticates every page it reads anyway.
        """
        path = Path(path)
        if not path.is_file():
            raise StoreNotFound(f"there is no store at {path}")
        # One writer: held from here until lock(); another session -> StoreInUse.
        session = guard.SessionLock.acquire(path)
        holder = KeyHolder(passphrase)
        try:
            try:
                _check_before_sqlite(path, holder)
                store = cls._connect(path, holder, check=check_pages, session=session)
            except WrongPassphrase:
                holder.clear()
                try:
                    store = cls._open_legacy(path, passphrase, session)
                except WrongPassphrase:
                    # Page 1 fits the key, yet SQLite could not read the store: damage
                    # (a flipped byte in a page of the schema), not a wrong passphrase.
                    problems = _damage_behind_the_key(path, passphrase)
                    if problems:
                        raise DamagedStore(problems=problems) from None
                    raise
            else:
                with contextlib.suppress(StoreError):  # marked already, except after a kill
                    store._mark_whole_key()  # noqa: SLF001 - an instance of this class
        except BaseException:
            holder.clear()
            session.release()  # SQLite has closed the file by now
            raise
        # Only a successful unlock writes (one small commit); a wrong key writes nothing.
        # The window's way (check_pages=False): the entry is committed in the log, made
        # durable while the list is read and before any of it is handed out, and its
        # checkpoint waits for the page check after the list (``_audit_unlock``).
        try:
            if check_pages:
                store._write_audit("store_unlocked")  # noqa: SLF001 - an instance of this class
            else:
                store._audit_unlock()  # noqa: SLF001 - an instance of this class
            store._audit_kept_logs()  # noqa: SLF001 - an instance of this class
        except BaseException:
            store.lock()  # not audited: nothing may be read, and the session lock is let go
            raise
        return store

    def _audit_unlock(self) -> None:
        """The window's unlock entry (``open`` with ``check_pages=False``), in order:

        1. committed in the log before ``open`` returns (before anything is read), but
           with ``PRAGMA synchronous = OFF`` for that one commit when the log is empty
           (as every unlock finds it: the last lock, or the crash check, emptied it);
        2. made durable by ``LogSync`` in a thread: the log, then its folder, fsynced,
           while the caller reads the list;
        3. every read waits for 2 before it returns anything (``_raw_rows``), every
           other use of the connection before it begins (``_require_driver``); if the
           sync failed, each raises ``StoreError`` and nothing is shown;
        4. checkpointed into the main file after the page check (``_settle_log``).

        Why this is as safe as SQLite's own ``synchronous = FULL`` commit: that commit
        writes the new log's header and syncs it, syncs the folder (a new file), writes
        the frame and syncs again. Into an empty log, one sync after both writes leaves
        the same states on a power cut (no log, a header alone, a torn frame that fails
        its checksum: the entry missing, the main file whole, and nothing shown yet; or
        the whole entry). A killed process loses nothing written (the OS holds it). Not
        empty (a store being marked, say): the usual commit, synced before it returns.
        """
        if _log_size(self.path) != 0:
            self._write_audit("store_unlocked", checkpoint=False)
            return
        driver = self._require_driver()
        driver.execute("PRAGMA synchronous = OFF")
        try:
            self._write_audit("store_unlocked", checkpoint=False)
        finally:
            # Every later commit, the CSW's saves, synced before it returns.
            driver.execute("PRAGMA synchronous = FULL")
        self._log_sync = LogSync(self.path)

    def _audit_kept_logs(self) -> None:
        """Record, once, each damaged log that an earlier unlock kept aside (its file
        name, a time and a random tag: no content), so the audit log says when."""
        kept = guard.kept_logs(self.path)
        if not kept:
            return
        rows = self._raw_rows("SELECT detail FROM audit_log WHERE event = 'log_set_aside'")
        known = {detail for (detail,) in rows}
        for log in kept:
            if log.name not in known:
                self.audit("log_set_aside", log.name)

    @classmethod
    def open_for_reading(cls, path: Path | str, passphrase: str) -> Self:
        """``open`` for commands that only read (``list``, ``audit``).

        When another window has the store unlocked, this reads beside it instead
        of refusing: a read-only connection on SQLite's own locks, which waits
        for the window's commit (busy timeout) rather than failing; it writes
        nothing (no audit entry). On a read-only disk it reads the main file.
        """
        path = Path(path)
        try:
            return cls.open(path, passphrase)
        except StoreInUse:
            mode = "ro"
        except StoreReadOnly:
            if guard.existing_companions(path):
                raise  # the log's changes are not in the main file yet
            mode = "immutable"
        guard.check_file(path)
        return cls._connect(path, KeyHolder(passphrase), check=True, mode=mode)

    @classmethod
    def _open_legacy(cls, path: Path, passphrase: str, session: guard.SessionLock) -> Self:
        """A store keyed before issue 11 (hexkey, cut at 40 bytes): open it, and rekey
        it to the whole passphrase once two unlocks have typed it alike.

        Tried only after the whole passphrase failed, and only with the forms
        whose old key differs from the new one. The probe reads the main file
        alone, so a wrong key never makes SQLite replay a log; the log left by a
        crash is then checked as for any store.

        Why twice: the old key ignored everything after the 40th byte, so a typo
        there opens the store all the same; rekeying to it at once would make the
        typo the passphrase, one the CSW does not know (locked out of the notes).
        So the first unlock keeps a check value of what was typed inside the store
        (``_typed_as_before``) and the next unlock typed the same way moves it.
        The rekey is SQLCipher's own, one transaction: killed at any moment, the
        store still opens with the full passphrase, keyed the old way (and is
        upgraded at the next unlock) or the new way.
        """
        for form in legacy_forms(passphrase):
            if not _legacy_key_fits(path, form):
                continue
            holder = KeyHolder(form, legacy=True)
            _check_before_sqlite(path, holder)
            store: Self = cls._connect(path, holder, check=True, session=session)
            try:
                if not store._typed_as_before(passphrase):
                    store.audit("passphrase_key_upgrade_pending")
                    return store
                store._rekey(passphrase)
            except StoreError:
                # A full disk must not keep the CSW from the notes: they stay open
                # with the old key, and the next unlock tries the upgrade again.
                return store
            except BaseException:
                store.lock()
                raise
            store.audit("passphrase_key_upgraded")
            return store
        raise WrongPassphrase()

    @classmethod
    def _connect(
        cls,
        path: Path,
        holder: KeyHolder,
        check: bool,
        session: guard.SessionLock | None = None,
        mode: str = "rw",
    ) -> Self:
        # The store's one connection, opened and read here without SQLAlchemy: the
        # ORM loads on the first interview opened or written (issue 17).
        driver = store = None
        try:
            driver = raw_connect(path, holder, mode)
            if check:
                if mode == "rw":
                    # A log left by a crash first: its pages are the newest (a
                    # page the crash tore in the main file is whole in it), and
                    # closing would apply it anyway. The key was checked first.
                    driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                # Every page's HMAC: a flipped byte anywhere is found now,
                # not in the middle of an interview.
                problems = [r[0] for r in driver.execute("PRAGMA cipher_integrity_check")]
                if problems:
                    raise DamagedStore(problems=problems)
            upgrade = migrate.revision_needs_upgrade(migrate.stored_revision(driver))
            if upgrade and mode != "rw":
                raise StoreError(
                    "this store must be upgraded first: open it in the window "
                    "(and nowhere else) once"
                )
            store = cls(path, driver, holder, session=None, reader=mode != "rw", mode=mode)
            if upgrade:
                # One transaction for every revision (Alembic sees it begun and runs
                # inside it): a kill leaves the old revision or the new, never between.
                with store._orm().connect() as conn, conn.begin():
                    migrate.upgrade(conn)
        except BaseException as exc:
            if store is not None and store._engine is not None:
                store._engine.dispose()  # closes the driver too
            elif driver is not None:
                driver.close()
            holder.clear()
            if isinstance(exc, StoreError):
                raise
            if isinstance(exc, dbapi2.DatabaseError) or _is_dbapi_error(exc):
                raise DamagedStore() from None
            raise
        if mode == "rw":
            secure_file_modes(path)
        store._session = session
        store._checkpoint()  # an upgrade, or a log replayed after a crash
        return store

    @property
    def locked(self) -> bool:
        return self._driver is None

    @property
    def read_only(self) -> bool:
        """Opened to read beside another window (or on a read-only disk): writes nothing."""
        return self._reader

    def lock(self) -> None:
        """Close the file and forget the key; any later call raises ``StoreLocked``."""
        with self._mutex:
            if self._driver is not None:
                # Audited while the key is still there; a full or damaged store
                # must not stop the lock itself.
                if not self._reader:
                    with contextlib.suppress(StoreError):
                        self.audit("store_locked")
                if self._engine is not None:
                    self._engine.dispose()  # closes its one connection, the driver
                else:
                    self._driver.close()
            if self._holder is not None:
                self._holder.clear()
            if self._session is not None:
                self._session.release()  # after dispose: SQLite has closed the file
            self._session = None
            self._driver = None
            self._engine = None
            self._holder = None
            self._sessions = None
            self._subscribers.clear()

    def change_passphrase(self, old: str, new: str, confirm: str) -> None:
        with self._mutex:
            holder = self._require_holder()
            current = holder.passphrase or ""
            if not hmac.compare_digest(
                normalise(old).encode("utf-8", "surrogatepass"),
                current.encode("utf-8", "surrogatepass"),
            ):
                raise WrongPassphrase("the current passphrase is not correct", kind="current_wrong")
            check_new_passphrase(new, confirm)
            self._rekey(new)
        self.audit("passphrase_changed")

    def _rekey(self, new: str) -> None:
        """Key the store with the whole of ``new`` (normalised): SQLCipher's rekey."""
        with self._mutex:
            holder = self._require_holder()
            statement = rekey_statement(normalise(new))
            # On the driver connection, outside any transaction: the rekey runs
            # its own, and nothing must roll it back half-way.
            driver = self._require_driver()
            try:
                driver.execute(statement)
                holder.replace(new)
                driver.execute(f"PRAGMA user_version = {KEY_FORM_WHOLE}")
                # The rekey's pages are in the WAL; put them in the main file now, so
                # the page check (which reads the main file) sees one key only. The
                # rekey has committed: a checkpoint that fails changes nothing of that.
                with contextlib.suppress(dbapi2.DatabaseError):
                    driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except dbapi2.DatabaseError as exc:
                raise StoreError(f"the passphrase could not be changed: {exc}") from None

    def _typed_as_before(self, passphrase: str) -> bool:
        """Whether the last unlock with the old key was typed exactly like this one.

        The check value is 31 bits of scrypt over the whole (normalised) passphrase,
        salted with the file's own salt, kept in the database header
        (``PRAGMA application_id``), which SQLCipher encrypts with page 1: it says
        nothing to anyone without the key, who could read the notes anyway. It is
        replaced by each unlock that differs, so the latest text is what counts.
        """
        seen = _typed_check(self.path, passphrase)
        with self._mutex:
            conn = self._require_driver()
            try:
                if conn.execute("PRAGMA application_id").fetchone()[0] == seen:
                    return True
                conn.execute(f"PRAGMA application_id = {seen}")
                return False
            except dbapi2.DatabaseError as exc:
                raise StoreError(f"the store could not be marked: {exc}") from None

    def _mark_whole_key(self) -> None:
        """Record in the store that the whole passphrase keys it (``KEY_FORM_WHOLE``)."""
        with self._mutex:
            conn = self._require_driver()
            try:
                if conn.execute("PRAGMA user_version").fetchone()[0] != KEY_FORM_WHOLE:
                    conn.execute(f"PRAGMA user_version = {KEY_FORM_WHOLE}")
            except dbapi2.DatabaseError as exc:
                raise StoreError(f"the store could not be marked: {exc}") from None

    @contextlib.contextmanager
    def exclusive_connection(self) -> Iterator[Any]:
        """The store's one SQLite connection (the driver's own), for this block alone.

        For statements that must run outside a SQLAlchemy transaction (VACUUM,
        ``sqlcipher_export``): the store's lock is held until the block ends, so no
        other read or write of this store runs meanwhile, and the connection goes
        back to the pool afterwards (StaticPool: the same connection). The caller
        leaves it as it found it (no open transaction, nothing attached).
        ``StoreLocked`` when the store is locked.
        """
        with self._mutex:
            yield self._require_driver()

    def passphrase_in_use(self) -> str | None:
        """The passphrase that keys the store now (normalised; as typed for a store
        still keyed the pre-issue-11 way, until an unlock upgrades it).

        For a backup keyed like the store itself. ``StoreLocked`` when locked.
        """
        return self._require_holder().passphrase

    def verify(self) -> list[str]:
        """Problems found by SQLCipher's page check and SQLite's integrity check."""
        with self._mutex:
            return integrity_problems(self._require_driver())

    def check_pages(self) -> list[str]:
        """Every page's HMAC (``cipher_integrity_check``); ``[]`` when clean.

        Safe from any thread: it runs on a connection of its own, keyed from the
        store's one ``KeyHolder`` (the passphrase is held nowhere else), and
        never takes the store's lock, so reads and saves go on meanwhile. It
        reads inside one read transaction: SQLite's checkpoint does not write
        the main file while it runs (a save made meanwhile waits for it in its
        checkpoint, at most the check's length, or stays in the log until the
        next save). ``StoreLocked`` when the store was locked before it began.
        It cannot be interrupted: SQLCipher runs the whole check in one call.
        Afterwards, if the unlock left its audit entry in the log (``open`` with
        ``check_pages=False``), it checkpoints it on the store's connection, holding
        the store's lock for that moment only.
        """
        holder = self._require_holder()
        # Beside the store's own connection: a reader ("ro"), or the main file alone
        # when the store itself was opened that way (a read-only disk).
        conn = raw_connect(self.path, holder, "immutable" if self._mode == "immutable" else "ro")
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the snapshot
            problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            conn.execute("COMMIT")
        except dbapi2.DatabaseError as exc:
            problems = [str(exc)]
        finally:
            conn.close()
        # The unlock's audit entry waited in the log for this moment (the list is
        # shown): its checkpoint now, briefly holding the store's lock.
        self._settle_log()
        return problems

    @classmethod
    def verify_file(cls, path: Path | str, passphrase: str) -> list[str]:
        """Check a store without opening it for use: no migration, no audit entry.

        This is what ``verify`` on the command line runs, so that a damaged store
        is reported page by page instead of being refused at the door.
        """
        path = Path(path)
        if not path.is_file():
            raise StoreNotFound(f"there is no store at {path}")
        guard.check_file(path)
        try:
            session = guard.SessionLock.acquire(path)
        except StoreInUse:
            session = None  # open in a window: read its committed snapshot beside it
        try:
            # Reads only: the main file alone (immutable: no lock bytes, no -wal/-shm
            # opened or made, no checkpoint) when nobody has the store open.
            mode = "ro" if session is None else "immutable"
            try:
                conn = _raw_connect_any_key(path, passphrase, mode)
            except WrongPassphrase:
                if mode != "immutable":
                    raise
                if not guard.existing_companions(path):
                    # The key fits page 1 but SQLite cannot read the store: damage.
                    problems = _damage_behind_the_key(path, passphrase)
                    if problems:
                        return problems
                    raise
                if not _key_fits_after_crash(path, passphrase):
                    raise
                # Killed part-way through a checkpoint: the main file alone is not
                # readable by SQLite until the log is applied (unlocking does it).
                return [
                    "the main file is part-way through taking in a log left by an "
                    "interrupted session; unlocking the store completes it",
                    *_leftover_log_problems(path),
                ]
            try:
                problems = integrity_problems(conn)
            finally:
                conn.close()
            if session is not None:
                problems += _leftover_log_problems(path)
            return problems
        finally:
            if session is not None:
                session.release()

    # --- plumbing ----------------------------------------------------------

    @staticmethod
    def prepare_writes() -> None:
        """Import what the first ORM use needs (SQLAlchemy, its ORM, the SQLite
        dialect, the row classes and mapping) and configure the mappers, so the
        first save does not (issue 17: about 0.3-0.6 s of CPU). The window calls it
        in a worker thread once an interview is on screen (``ui/interviews.py``).

        Safe from any thread, at any time (locked or not): it touches no store, its
        connection or its state, and never takes a store's lock; a save made
        meanwhile waits for these imports, then finds them done. Idempotent.
        The engine itself is still built on the first ORM use (``_orm``, under the
        store's lock, about 1 ms): it belongs to one store and is disposed of
        with it, and its first connection runs SQL on the store's connection."""
        later.load_orm()

    def _require_driver(self, wait: bool = True) -> Any:
        """The store's one sqlcipher3 connection; ``StoreLocked`` once locked. Once the
        unlock's audit entry is on the disk (``_await_log_sync``), unless ``wait`` is
        False (``_raw_rows``, which waits before it returns what it read)."""
        if self._driver is None:
            raise StoreLocked()
        if wait:
            self._await_log_sync()
        return self._driver

    def _await_log_sync(self) -> None:
        """Wait for ``_audit_unlock``'s sync; ``StoreError`` if it failed (every time)."""
        sync = self._log_sync
        if sync is not None:
            sync.wait()
            self._log_sync = None

    def _orm(self) -> Engine:
        """SQLAlchemy's engine over the store's own connection, built on first use
        (this is where SQLAlchemy and the row classes load: never on the way to the
        list). ``StoreLocked`` once locked."""
        later.load_orm()  # before the mutex: a save never holds it for an import
        with self._mutex:
            self._require_driver()  # StoreLocked once locked
            if self._engine is None:
                from sqlalchemy.orm import sessionmaker  # noqa: PLC0415 - the ORM, on first use

                # The getter, not the connection: once locked it has none to give.
                self._engine = engine_on(self._require_driver)
                self._sessions = sessionmaker(self._engine, expire_on_commit=False, autoflush=False)
            return self._engine

    def _require_holder(self) -> KeyHolder:
        if self._holder is None:
            raise StoreLocked()
        return self._holder

    @contextlib.contextmanager
    def _unit(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error.

        A unit that changed anything is checkpointed before it returns, so every
        acknowledged change is in the main file (see ``_checkpoint``).
        """
        later.load_orm()  # (or waits for prepare_writes in the window's worker)
        from sqlalchemy.exc import DBAPIError  # noqa: PLC0415 - the ORM, on first use

        with self._mutex:
            self._orm()
            assert self._sessions is not None  # built by _orm()
            before = self._driver.total_changes
            session = self._sessions()
            try:
                with session.begin():
                    yield session
            except DBAPIError as exc:
                raise _translate(exc) from None
            finally:
                session.close()
            if self._driver is not None and self._driver.total_changes != before:
                self._checkpoint()

    @contextlib.contextmanager
    def _raw_unit(self, checkpoint: bool = True, wait: bool = True) -> Iterator[Any]:
        """``_unit`` on the driver itself, without SQLAlchemy: one transaction
        (BEGIN ... COMMIT, ROLLBACK on error), errors translated as ``_unit`` does,
        and checkpointed when it changed anything (unless ``checkpoint=False``:
        the unlock's audit entry, see ``open``). For the unlock and the lists.
        ``wait``: as ``_require_driver``'s."""
        with self._mutex:
            driver = self._require_driver(wait)
            before = driver.total_changes
            try:
                driver.execute("BEGIN")
                try:
                    yield driver
                except BaseException:
                    if driver.in_transaction:
                        driver.execute("ROLLBACK")
                    raise
                driver.execute("COMMIT")
            except dbapi2.DatabaseError as exc:
                if driver.in_transaction:
                    with contextlib.suppress(dbapi2.DatabaseError):
                        driver.execute("ROLLBACK")
                raise _translate_message(str(exc)) from None
            if checkpoint and driver.total_changes != before:
                self._checkpoint()

    def _settle_log(self) -> None:
        """The checkpoint the window's unlock left for after the list (``open`` with
        ``check_pages=False``); nothing when there is none, or after any checkpoint."""
        with self._mutex:
            with contextlib.suppress(StoreError):  # failed: the reads say so
                self._await_log_sync()
            if self._log_pending:
                self._checkpoint()

    def _checkpoint(self) -> None:
        """Copy the log into the main file, fsync it and empty the log.

        The main file's pages are authenticated (each page's HMAC, checked on
        every open); a log is only checksummed, and SQLite's recovery drops a
        damaged log's frames without a word. After this, a committed change no
        longer depends on the log. If it cannot finish (a reader's snapshot, a
        full disk), the change stays committed in the fsynced log and the next
        unit's checkpoint moves it.
        """
        if self._driver is None or self._reader:
            return
        self._log_pending = False  # this moves every committed change, the unlock's too
        with contextlib.suppress(dbapi2.DatabaseError):
            self._driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def on_change(self, callback: ChangeCallback) -> Callable[[], None]:
        """Call ``callback(changed)`` with one ``Changed`` record after each committed write.

        Returns a function that unsubscribes it.
        """
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def _notify(self, changed: Changed) -> None:
        errors: list[BaseException] = []
        for callback in list(self._subscribers):
            try:
                callback(changed)
            except Exception as exc:  # one failing view must not starve the others
                errors.append(exc)
        if errors:
            raise errors[0]

    # --- reads ---------------------------------------------------------------

    # On the driver, like the lists (issue 17): opening an interview imports neither
    # SQLAlchemy nor the row classes (app/store/reading.py).

    def load(self, interview_id: str) -> Interview:
        """One contact as the window edits it: its own parts and its case's
        youth, special considerations, findings and determinations."""
        with self._raw_unit() as driver:
            return reading.load_interview(driver, interview_id)

    def load_case(self, case_id: str) -> Case:
        """The case: youth, special, status and its contacts (oldest first)."""
        with self._raw_unit() as driver:
            return reading.load_case(driver, case_id)

    def case_view(self, case_id: str) -> Interview:
        """The case's youth, special, findings and determinations as an ``Interview``
        with id "" and no contact of its own: what the case summary and the per-case
        rules read. ``contact`` is the case's first contact's (date and times only),
        so the OTIP clock counts from the earliest time the case shows."""
        return self._case_views([case_id])[0] if case_id else self._missing()

    @staticmethod
    def _missing() -> Interview:
        raise NotFound()

    def _case_views(self, case_ids: list[str], chunk: int = 500) -> list[Interview]:
        with self._raw_unit() as driver:
            return reading.case_views(driver, case_ids, chunk)

    # list_cases() in one SELECT on the driver (issue 17: the list is on the path to the
    # first screen): the cases from their covering index (ix_cases_summary, newest
    # first), each with its number of contacts and latest contact date from
    # ix_interviews_case. Plain tuples, converted here as the schema's types would
    # (UTCDateTime: ISO text; JSON: text; Boolean: 0/1; Date: ISO text).
    _CASE_LIST_SQL = (
        "SELECT c.id, c.youth_name, c.youth_akas, c.youth_referral_number, c.status, "
        "c.training, c.updated_at, c.summary_exported_at IS NOT NULL, "
        "c.special_foreign_national = ?, "
        "(SELECT count(*) FROM interviews i WHERE i.case_id = c.id), "
        "(SELECT max(i.contact_date) FROM interviews i WHERE i.case_id = c.id) "
        "FROM cases c ORDER BY c.updated_at DESC"
    )

    def list_cases(self) -> list[CaseSummary]:
        """All cases, most recently changed first."""
        with _collector_paused():  # 5,000 rows and summaries, on the way to the first screen
            rows = self._raw_rows(self._CASE_LIST_SQL, (YesNoUnknown.YES.value,))
            foreign = [r[0] for r in rows if r[8]]
            due = self._case_deadlines(foreign) if foreign else {}
            return _case_summaries(rows, due)

    def _raw_rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """One SELECT on the store's own connection, in a unit of work (``_raw_unit``):
        the driver's tuples, no SQLAlchemy (the lists read thousands, and the unlock
        reaches the list without loading SQLAlchemy at all). Read while the unlock's
        audit entry is being synced, returned only once it is (``_audit_unlock``)."""
        with self._raw_unit(wait=False) as driver:
            rows = driver.execute(sql, params).fetchall()
        self._await_log_sync()
        return rows

    def _case_deadlines(self, case_ids: list[str]) -> dict[str, tuple[datetime, bool]]:
        """Earliest open deadline per case (app.rules on the case view): (due, overdue)."""
        from app.rules.deadlines import deadlines  # noqa: PLC0415 - not on the unlock path

        now, out = utcnow(), {}
        for view in self._case_views(case_ids):
            open_ = [d for d in deadlines(view, now) if not d.met]
            if open_:
                d = min(open_, key=lambda d: d.due)
                out[view.case_id] = (d.due, d.overdue)
        return out

    # Order matters: _summary() unpacks rows positionally. On the driver (the retention
    # check after the unlock lists contacts): the covering index ix_interviews_summary,
    # and each contact's case row by id.
    _SUMMARY_SQL = (
        "SELECT interviews.id, cases.youth_name, cases.youth_akas, "
        "cases.youth_referral_number, interviews.interviewee_type, interviews.contact_date, "
        "interviews.status, interviews.updated_at, cases.training, interviews.case_id, "
        "cases.special_foreign_national = ? "
        "FROM interviews JOIN cases ON cases.id = interviews.case_id "
    )

    def _summaries(self, where: str = "", params: tuple[Any, ...] = ()) -> list[InterviewSummary]:
        sql = f"{self._SUMMARY_SQL}{where}ORDER BY interviews.updated_at DESC"
        rows = self._raw_rows(sql, (YesNoUnknown.YES.value, *params))
        summaries = [_summary(r) for r in rows]
        foreign = [s.case_id for s, r in zip(summaries, rows, strict=True) if r[-1]]
        return self._with_otip(summaries, foreign) if foreign else summaries

    def _with_otip(
        self, summaries: list[InterviewSummary], foreign: list[str]
    ) -> list[InterviewSummary]:
        """Foreign national minors' OTIP deadlines, from the very rule the window uses.

        Whether exploitation is suspected depends on the whole case (flags,
        determinations, allegations, ... from every contact), so those cases are
        read whole (``case_view``) and given to ``app.rules.deadlines``: one OTIP
        clock per case (issue 14), the same on every contact of it. Only cases
        marked foreign national pay for it, read together (one query per table).
        """
        from app.rules.deadlines import deadlines  # noqa: PLC0415 - not on the unlock path

        now, due = utcnow(), {}
        for view in self._case_views(sorted(set(foreign))):
            for d in deadlines(view, now):
                if d.kind == "otip":
                    due[view.case_id] = d
        return [
            dataclasses.replace(
                s, otip_due=d.due, otip_met=d.met, otip_rfa_pending=d.rfa_pending,
                otip_basis=d.basis_kind,
            ) if (d := due.get(s.case_id)) else s
            for s in summaries
        ]  # fmt: skip

    def _load_many(self, ids: list[str], chunk: int = 500) -> list[Interview]:
        """Several whole contacts, as ``load`` gives each (children in rowid order)."""
        with self._raw_unit() as driver:
            return reading.load_interviews(driver, ids, chunk)

    def list_interviews(self) -> list[InterviewSummary]:
        """All contacts, most recently changed first (each with its case's youth)."""
        return self._summaries()

    def search(self, text_: str) -> list[InterviewSummary]:
        """Contacts whose youth name, an AKA or the referral number contains the text."""
        needle = text_.strip().casefold()
        if not needle:
            return self.list_interviews()
        return self._summaries("WHERE instr(cases.search_key, ?) > 0 ", (needle,))

    def search_all(self, text_: str, limit: int = 50) -> list[SearchHit]:
        """Everything typed, across all cases: each word a prefix, best match first.

        Any text is safe (quotes, ``*``, ``NEAR``, odd Unicode): it is never query
        syntax. See app/store/search.py and docs/store.md, "Search".
        """
        with self._unit() as session:
            return fulltext.search_all(session.connection(), text_, limit)

    def echoes(self, case_id: str) -> list[Echo]:
        """The case's monikers, nicknames, handles and phone numbers found in other cases."""
        with self._unit() as session:
            return fulltext.echoes(session.connection(), case_id)

    def audit_log(self) -> list[AuditEntry]:
        """Every entry, oldest first (read on the driver: the retention check after
        the unlock reads it)."""
        rows = self._raw_rows("SELECT seq, at, event, detail FROM audit_log ORDER BY seq")
        parse = datetime.fromisoformat
        return [AuditEntry(seq, parse(at), event, detail) for seq, at, event, detail in rows]

    def _now(self) -> datetime:  # one clock for every write, easy to pin in tests
        return utcnow()

    # --- audit (the lifecycle writes its own entries) ----------------------------

    def audit(self, event: str, detail: str = "") -> None:
        """Record an event (a name, and an id or format at most: never content).

        On the driver (the unlock writes one): the row exactly as ``AuditRow``
        stores it (``schema.UTCDateTime``: ISO 8601 text in UTC)."""
        self._write_audit(event, detail)

    def _write_audit(self, event: str, detail: str = "", *, checkpoint: bool = True) -> None:
        """``audit``; ``checkpoint=False`` leaves the committed entry in the log until
        ``_settle_log`` (the unlock's entry, settled by the page check after the list)."""
        event, detail = _checked(event, "event"), _checked(detail, "detail")
        with self._raw_unit(checkpoint=checkpoint) as driver:
            driver.execute(
                "INSERT INTO audit_log (at, event, detail) VALUES (?, ?, ?)",
                (utc_text(self._now()), event, detail),
            )
            if not checkpoint:
                self._log_pending = True

    def _audit_row(self, event: str, detail: str = "") -> AuditRow:
        from app.store.schema import AuditRow  # noqa: PLC0415 - the ORM: writes load it

        return AuditRow(
            at=self._now(), event=_checked(event, "event"), detail=_checked(detail, "detail")
        )


def utc_text(value: datetime) -> str:
    """A datetime as ``schema.UTCDateTime`` stores it: ISO 8601 text, in UTC."""
    if value.tzinfo is None:  # the model says UTC; a naive value is taken as UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def _is_dbapi_error(exc: BaseException) -> bool:
    """A driver error as SQLAlchemy wraps it (an upgrade runs on the ORM), without
    importing SQLAlchemy when nothing has yet."""
    # getattr: a module the window's worker is still importing has no names yet.
    wrapper = getattr(sys.modules.get("sqlalchemy.exc"), "DBAPIError", None)
    return wrapper is not None and isinstance(exc, wrapper)


def _checked(value: str, name: str) -> str:
    try:
        return check_text(value, name)
    except TextRefused as exc:
        raise InvalidValue(str(exc)) from None


_INTERVIEWEE_TYPES = {t.value: t for t in IntervieweeType}
_JSON = json.JSONDecoder()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while a list's thousands of objects are made
    (rows, summaries: none of them in a cycle), then one pass over the young ones.

    Otherwise it runs every 700 new objects, now and then over the older ones too
    (and over the window's whole heap, tens of ms, when a full collection falls due):
    about 3 ms of the 5,000-case list's 28, and its spikes (issue 17)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


def _case_summaries(
    rows: list[tuple[Any, ...]], due: dict[str, tuple[datetime, bool]]
) -> list[CaseSummary]:
    """``list_cases``' rows (``_CASE_LIST_SQL``) as ``CaseSummary``, made as the list
    needs them 5,000 times over on the way to the first screen (issue 17): not the
    frozen ``__init__`` (twelve ``object.__setattr__`` calls each) but each object's
    ``__dict__`` set at once, from a dict display of the fields in their order, in one
    loop (no call, tuple or ``zip`` per row): about 14 -> 8 ms of CPU. Same fields,
    same objects (``tests/test_store_case_list_read.py``). The columns are converted
    as the schema's types would (UTCDateTime: ISO text; JSON: text; Boolean: 0/1;
    Date: ISO text). ``due``: each foreign-national case's (next_due, overdue)."""
    new, set_dict, summary_class = object.__new__, object.__setattr__, CaseSummary
    statuses, parse, day, akas_of = (
        _CASE_STATUSES,
        datetime.fromisoformat,
        date.fromisoformat,
        _json_list,
    )
    out: list[CaseSummary] = []
    append = out.append
    for cid, name, akas, referral, status, training, updated, exported, _fn, n, last in rows:
        next_due, overdue = due[cid] if cid in due else (None, False)
        summary = new(summary_class)
        set_dict(summary, "__dict__", {
            "id": cid,
            "youth_name": name,
            "akas": akas_of(akas),
            "referral_number": referral,
            "last_contact": None if last is None else day(last),
            "contacts": n,
            "status": statuses[status],
            "training": bool(training),
            "updated_at": parse(updated),
            "next_due": next_due,
            "overdue": overdue,
            "exported": bool(exported),
        })  # fmt: skip
        append(summary)
    return out


def _json_list(value: str | None) -> tuple[str, ...]:
    """A JSON column's list of strings (as SQLAlchemy's JSON type wrote it) as a tuple;
    () for NULL, "null" or "[]". ``raw_decode``: the C scanner without ``loads``'s
    checks around it (5,000 rows)."""
    if not value or value == "[]":
        return ()
    if value[:2] == '["' and value[-2:] == '"]' and '"' not in value[2:-2] and "\\" not in value:
        return (value[2:-2],)  # one plain name (the usual case): nothing to decode
    return tuple(_JSON.raw_decode(value)[0] or ())


_CASE_STATUSES = {t.value: t for t in CaseStatus}


_STATUSES = {t.value: t for t in InterviewStatus}


def _summary(row: Any) -> InterviewSummary:
    # Positional unpacking and dict lookups: this runs once per interview on every
    # list refresh (5,000 rows must stay well under 200 ms). The driver's values,
    # converted as the schema's types would (JSON, Date and UTCDateTime are text,
    # Boolean 0/1).
    # The OTIP deadline is Store._with_otip's (the last column says whether it applies).
    (
        iid,
        name,
        akas,
        referral,
        ee_type,
        contact_date,
        status,
        updated_at,
        training,
        case_id,
        _foreign_national,
    ) = row
    return InterviewSummary(
        iid,
        name,
        _json_list(akas),
        referral,
        _INTERVIEWEE_TYPES[ee_type],
        None if contact_date is None else date.fromisoformat(contact_date),
        _STATUSES[status],
        datetime.fromisoformat(updated_at),
        bool(training),
        None,
        False,
        case_id=case_id,
    )


def _log_size(path: Path) -> int:
    """The size of the store's ``-wal`` (0 when there is none)."""
    try:
        return os.stat(f"{path}-wal").st_size
    except FileNotFoundError:
        return 0


def _check_before_sqlite(path: Path, holder: KeyHolder) -> None:
    """What ``open`` checks, holding the session lock, before SQLite opens the store
    for writing: the file is ours, the folder can be written, and, when a -wal,
    -shm or journal was left by a crash, that the key fits (on the main file
    alone, so a wrong key cannot make SQLite replay, checkpoint or delete the log)
    and that the log is whole (a damaged one is kept aside and reported).
    """
    guard.check_file(path)
    guard.check_writable(path)
    if not guard.existing_companions(path):
        return  # nothing SQLite could replay; a wrong key then writes nothing
    if safefiles.sqlite_in_use(path):
        # Some other program (not holding our session lock) has it open: its
        # log is live, not a leftover to judge.
        raise StoreInUse()
    report = guard.read_log(Path(f"{path}-wal"))
    if _page_one_fitting(path, holder, report) is None:
        raise WrongPassphrase()
    if report.damage is not None:
        raise guard.damaged_log_error(report, guard.set_aside_log(path))


def _page_one_fitting(path: Path, holder: KeyHolder, report: guard.LogReport) -> Any:
    """The newest copy of page 1 (``pagekey.PageOne``, with its key) that the key
    authenticates, or None.

    Not SQLite on the main file alone: after a kill in the middle of a checkpoint
    that file is part-way through taking in the log, and SQLite calls it
    malformed, which would read as a wrong passphrase (``app/store/pagekey.py``).
    """
    # Only after a crash (a log left behind): not on the unlock path.
    from app.store import pagekey  # noqa: PLC0415

    return pagekey.fitting(pagekey.copies(path, report.page_one), holder.key_material())


def _leftover_log_problems(path: Path) -> list[str]:
    """For ``verify`` (store not open anywhere): a log left by a crash, which
    reading the main file alone does not cover."""
    report = guard.read_log(Path(f"{path}-wal"))
    if report.damage is not None:
        return [f"{report.damage}; unlocking the store keeps the log aside and reports it"]
    if report.committed:
        return [
            f"a log left by an interrupted session holds {report.committed} page(s) not "
            "yet in the main file; unlocking the store applies them"
        ]
    return []


def _raw_connect_any_key(path: Path, passphrase: str, mode: str) -> Any:
    """Keyed with the whole passphrase, else (a store from before issue 11) the old cut key.

    Only opens (``verify``): the upgrade to the whole-passphrase key happens in
    ``Store.open``.
    """
    holder = KeyHolder(passphrase)
    try:
        return raw_connect(path, holder, mode)
    except WrongPassphrase:
        for form in legacy_forms(passphrase):
            conn = _legacy_conn(path, form, mode)
            if conn is not None:
                return conn
        raise
    finally:
        holder.clear()


def _key_fits_after_crash(path: Path, passphrase: str) -> bool:
    """After a crash (a log left behind): does the passphrase, whole or cut the old
    way, authenticate a copy of page 1 (``_page_one_fitting``)?"""
    if not guard.existing_companions(path):
        return False
    return _fitting_key_statement(path, passphrase) is not None


def _fitting_key_statement(path: Path, passphrase: str) -> str | None:
    """The key statement (whole passphrase, or cut the old way) whose key
    authenticates a copy of page 1, or None."""
    report = guard.read_log(Path(f"{path}-wal"))
    holders = [KeyHolder(passphrase)]
    holders += [KeyHolder(form, legacy=True) for form in legacy_forms(passphrase)]
    try:
        for holder in holders:
            found = _page_one_fitting(path, holder, report)
            if found is None:
                continue
            page, key = found
            if holder.legacy and page.user_version(key) == KEY_FORM_WHOLE:
                # Keyed with a whole passphrase of exactly 40 bytes: the cut form of a
                # longer one typed fits it, but that longer one is a typo (_legacy_conn).
                continue
            return holder.key_statement()
        return None
    except WrongPassphrase:
        return None  # a passphrase no store can have (a NUL)
    finally:
        for holder in holders:
            holder.clear()


def _damage_behind_the_key(path: Path, passphrase: str) -> list[str]:
    """When SQLite could not read the store with this passphrase: if the passphrase
    authenticates page 1 all the same, the key is right and the store is damaged
    (say, a page of its schema): the page check's findings. ``[]`` when page 1
    does not fit (a wrong passphrase, or page 1 itself damaged: the two cannot be
    told apart). Reads the main file alone; writes nothing."""
    statement = _fitting_key_statement(path, passphrase)
    if statement is None:
        return []
    conn = dbapi2.connect(
        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(statement)
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
    except dbapi2.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    return problems or ["the store's structure cannot be read, though every page is whole"]


def _typed_check(path: Path, passphrase: str) -> int:
    """A check value of the whole passphrase for one file (``Store._typed_as_before``):
    nonzero, 31 bits, scrypt (slow on purpose) salted with the file's first 16 bytes
    (SQLCipher's key salt) so it is not the same for two stores."""
    with open(path, "rb") as file:
        salt = file.read(16)
    digest = hashlib.scrypt(
        normalise(passphrase).encode("utf-8", "surrogatepass"),
        salt=salt + b"cec-typed-twice",
        n=2**14,
        r=8,
        p=1,
        dklen=4,
    )
    return (int.from_bytes(digest, "big") & 0x7FFFFFFF) or 1


def _legacy_key_fits(path: Path, form: str) -> bool:
    """Whether the old (cut) key of ``form`` opens the store at ``path``, judged
    before SQLite may touch a log left by a crash.

    False also when the store is marked ``KEY_FORM_WHOLE`` (see ``_legacy_conn``).
    With no log left behind, the main file is whole and SQLite reads it alone;
    with one, page 1 is checked by its HMAC and its header read from the newest
    copy that fits (``_page_one_fitting``).
    """
    if not guard.existing_companions(path):
        probe = _legacy_conn(path, form, "immutable")
        if probe is None:
            return False
        probe.close()
        return True
    holder = KeyHolder(form, legacy=True)
    found = _page_one_fitting(path, holder, guard.read_log(Path(f"{path}-wal")))
    if found is None:
        return False
    page, key = found
    return page.user_version(key) != KEY_FORM_WHOLE


def _legacy_conn(path: Path, form: str, mode: str = "rw") -> Any:
    """A connection keyed the old way (cut at 40 bytes), or None.

    None also when that key opens a store marked ``KEY_FORM_WHOLE``: such a store's
    key is a passphrase of exactly 40 bytes, and ``form`` is that plus more.
    """
    try:
        conn = raw_connect(path, KeyHolder(form, legacy=True), mode)
    except WrongPassphrase:
        return None
    try:
        marked = conn.execute("PRAGMA user_version").fetchone()[0] == KEY_FORM_WHOLE
    except BaseException:
        conn.close()
        raise
    if marked:
        conn.close()
        return None
    return conn


def integrity_problems(conn: Any) -> list[str]:
    """Page HMACs, b-tree integrity and foreign keys on a sqlcipher3 connection.

    An empty list means clean.
    """
    problems: list[str] = []
    try:
        problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
    except dbapi2.DatabaseError as exc:
        problems.append(str(exc))
    return problems


def _translate(exc: DBAPIError) -> StoreError:  # SQLAlchemy's wrapper of a driver error
    return _translate_message(str(exc.orig))


def _translate_message(orig: str) -> StoreError:
    message = orig.lower()
    if "malformed" in message or "not a database" in message or "hmac" in message:
        return DamagedStore()
    if "database or disk is full" in message:
        return StoreFull()
    return StoreError(f"the store could not complete the change: {orig}")
