"""The encrypted store: lifecycle (create, open, lock, rekey, verify) and reads.

Writes are the named operations in ``app.store.operations`` (mixed in here);
each is one unit of work: one short transaction, committed before it returns,
then announced to ``on_change`` subscribers.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlcipher3 import dbapi2

from app import APP_ID
from app.model import Interview, IntervieweeType, InterviewStatus, YesNoUnknown, utcnow
from app.passphrase_rules import legacy_forms, normalise, rekey_statement
from app.store import mapping, migrate
from app.store.engine import (
    DIR_MODE,
    KeyHolder,
    create_empty_file,
    make_engine,
    raw_connect,
    secure_file_modes,
)
from app.store.errors import (
    DamagedStore,
    NotFound,
    StoreError,
    StoreExists,
    StoreFull,
    StoreLocked,
    StoreNotFound,
    WrongPassphrase,
)
from app.store.operations import Operations
from app.store.passphrase import check_new_passphrase
from app.store.schema import AuditRow, InterviewRow
from app.store.types import AuditEntry, InterviewSummary

ChangeCallback = Callable[[str, str], None]
OTIP_WINDOW = timedelta(hours=24)
# PRAGMA user_version of a store keyed with the whole passphrase (issue 11). The
# old 40-byte key is tried only on a store without it: otherwise a store whose
# passphrase is exactly 40 bytes would open with that passphrase plus anything.
KEY_FORM_WHOLE = 0x574B


def default_store_path() -> Path:
    return Path(user_data_dir(APP_ID, appauthor=False)) / "store.cec"


def _prepare_folder(folder: Path) -> None:
    if not folder.exists():
        folder.mkdir(parents=True, mode=DIR_MODE)
        os.chmod(folder, DIR_MODE)  # mkdir's mode is filtered by the umask


class Store(Operations):
    """An unlocked store. Build it with ``Store.create`` or ``Store.open``."""

    def __init__(self, path: Path, engine: Engine, holder: KeyHolder) -> None:
        self.path = path
        self._engine: Engine | None = engine
        self._holder: KeyHolder | None = holder
        self._sessions: sessionmaker[Session] | None = sessionmaker(
            engine, expire_on_commit=False, autoflush=False
        )
        self._subscribers: list[ChangeCallback] = []
        self._mutex = threading.RLock()

    # --- lifecycle -------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, passphrase: str, confirm: str) -> Store:
        """A new, empty store at ``path`` (never overwrites anything)."""
        path = Path(path)
        check_new_passphrase(passphrase, confirm)
        if path.exists():
            raise StoreExists()
        _prepare_folder(path.parent)
        create_empty_file(path)
        try:
            store = cls._connect(path, KeyHolder(passphrase), check=False)
            store._mark_whole_key()
            store.audit("store_created")
        except BaseException:
            # Only a file we created a moment ago, holding nothing yet.
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise
        return store

    @classmethod
    def open(cls, path: Path | str, passphrase: str) -> Store:
        """Unlock an existing store; migrates an older schema, refuses a newer one."""
        path = Path(path)
        if not path.is_file():
            raise StoreNotFound(f"there is no store at {path}")
        if path.stat().st_size == 0:
            # SQLite would treat it as a new database and we would "create" a store
            # under whatever was typed; an empty file is damage, not a store.
            raise DamagedStore("the store file is empty; it has not been changed")
        try:
            store = cls._connect(path, KeyHolder(passphrase), check=True)
        except WrongPassphrase:
            store = cls._open_legacy(path, passphrase)
        else:
            with contextlib.suppress(StoreError):  # marked already, except after a kill
                store._mark_whole_key()
        # Only a successful unlock writes (one small commit); a wrong key writes nothing.
        store.audit("store_unlocked")
        return store

    @classmethod
    def _open_legacy(cls, path: Path, passphrase: str) -> Store:
        """A store keyed before issue 11 (hexkey, cut at 40 bytes): open it, then rekey.

        Tried only after the whole passphrase failed, and only with the forms
        whose old key differs from the new one. The rekey is SQLCipher's own, one
        transaction: killed at any moment, the store still opens with the full
        passphrase, keyed the old way (and is upgraded at the next unlock) or the
        new way.
        """
        for form in legacy_forms(passphrase):
            probe = _legacy_conn(path, form)
            if probe is None:
                continue
            probe.close()
            store = cls._connect(path, KeyHolder(form, legacy=True), check=True)
            try:
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
    def _connect(cls, path: Path, holder: KeyHolder, check: bool) -> Store:
        engine = make_engine(path, holder)
        try:
            with engine.connect() as conn:
                if check:
                    # Every page's HMAC: a flipped byte anywhere is found now,
                    # not in the middle of an interview.
                    problems = [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                    if problems:
                        raise DamagedStore(problems=problems)
                if migrate.needs_upgrade(conn):
                    migrate.upgrade(conn)
                    conn.commit()
        except BaseException as exc:
            engine.dispose()
            holder.clear()
            if isinstance(exc, StoreError):
                raise
            if isinstance(exc, DBAPIError):
                raise DamagedStore() from None
            raise
        secure_file_modes(path)
        return cls(path, engine, holder)

    @property
    def locked(self) -> bool:
        return self._engine is None

    def lock(self) -> None:
        """Close the file and forget the key; any later call raises ``StoreLocked``."""
        with self._mutex:
            if self._engine is not None:
                # Audited while the key is still there; a full or damaged store
                # must not stop the lock itself.
                with contextlib.suppress(StoreError):
                    self.audit("store_locked")
                self._engine.dispose()
            if self._holder is not None:
                self._holder.clear()
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
                raise WrongPassphrase("the current passphrase is not correct")
            check_new_passphrase(new, confirm)
            self._rekey(new)
        self.audit("passphrase_changed")

    def _rekey(self, new: str) -> None:
        """Key the store with the whole of ``new`` (normalised): SQLCipher's rekey."""
        with self._mutex:
            holder = self._require_holder()
            statement = rekey_statement(normalise(new))
            engine = self._require_engine()
            # On the driver connection, outside any transaction: the rekey runs
            # its own, and nothing must roll it back half-way.
            raw = engine.raw_connection()
            try:
                raw.driver_connection.execute(statement)
                holder.replace(new)
                raw.driver_connection.execute(f"PRAGMA user_version = {KEY_FORM_WHOLE}")
                # The rekey's pages are in the WAL; put them in the main file now, so
                # the page check (which reads the main file) sees one key only. The
                # rekey has committed: a checkpoint that fails changes nothing of that.
                with contextlib.suppress(dbapi2.DatabaseError):
                    raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except dbapi2.DatabaseError as exc:
                raise StoreError(f"the passphrase could not be changed: {exc}") from None
            finally:
                raw.close()  # back to the pool: StaticPool keeps the one connection

    def _mark_whole_key(self) -> None:
        """Record in the store that the whole passphrase keys it (``KEY_FORM_WHOLE``)."""
        with self._mutex:
            raw = self._require_engine().raw_connection()
            try:
                conn = raw.driver_connection
                if conn.execute("PRAGMA user_version").fetchone()[0] != KEY_FORM_WHOLE:
                    conn.execute(f"PRAGMA user_version = {KEY_FORM_WHOLE}")
            except dbapi2.DatabaseError as exc:
                raise StoreError(f"the store could not be marked: {exc}") from None
            finally:
                raw.close()

    def verify(self) -> list[str]:
        """Problems found by SQLCipher's page check and SQLite's integrity check."""
        with self._mutex, self._require_engine().connect() as conn:
            return integrity_problems(conn.connection.driver_connection)

    @classmethod
    def verify_file(cls, path: Path | str, passphrase: str) -> list[str]:
        """Check a store without opening it for use: no migration, no audit entry.

        This is what ``verify`` on the command line runs, so that a damaged store
        is reported page by page instead of being refused at the door.
        """
        path = Path(path)
        if not path.is_file():
            raise StoreNotFound(f"there is no store at {path}")
        conn = _raw_connect_any_key(path, passphrase)
        try:
            return integrity_problems(conn)
        finally:
            conn.close()

    # --- plumbing ----------------------------------------------------------

    def _require_engine(self) -> Engine:
        if self._engine is None:
            raise StoreLocked()
        return self._engine

    def _require_holder(self) -> KeyHolder:
        if self._holder is None:
            raise StoreLocked()
        return self._holder

    @contextlib.contextmanager
    def _unit(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error."""
        with self._mutex:
            if self._sessions is None:
                raise StoreLocked()
            session = self._sessions()
            try:
                with session.begin():
                    yield session
            except DBAPIError as exc:
                raise _translate(exc) from None
            finally:
                session.close()

    def on_change(self, callback: ChangeCallback) -> Callable[[], None]:
        """Call ``callback(interview_id, what)`` after each committed write.

        Returns a function that unsubscribes it.
        """
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def _notify(self, interview_id: str, what: str) -> None:
        errors: list[BaseException] = []
        for callback in list(self._subscribers):
            try:
                callback(interview_id, what)
            except Exception as exc:  # one failing view must not starve the others
                errors.append(exc)
        if errors:
            raise errors[0]

    # --- reads ---------------------------------------------------------------

    def load(self, interview_id: str) -> Interview:
        with self._unit() as session:
            row = session.get(InterviewRow, interview_id)
            if row is None:
                raise NotFound()
            children = {}
            for field, (row_cls, _) in {**mapping.KEYED, **mapping.LISTED}.items():
                # rowid = insertion order: dicts come back in the order they were
                # filled (an update keeps its place, as in a dict), so an export
                # of a loaded interview is the same document as before.
                query = select(row_cls).where(row_cls.interview_id == interview_id)
                children[field] = list(session.scalars(query.order_by(text("rowid"))))
            return mapping.interview_from_rows(row, children)

    # Order matters: _summary() unpacks rows positionally.
    _SUMMARY_COLUMNS = (
        InterviewRow.id,
        InterviewRow.youth_name,
        InterviewRow.youth_akas,
        InterviewRow.youth_referral_number,
        InterviewRow.interviewee_type,
        InterviewRow.contact_date,
        InterviewRow.status,
        InterviewRow.updated_at,
        InterviewRow.training,
        InterviewRow.special_foreign_national,
        InterviewRow.special_suspicion_at,
        InterviewRow.special_otip_notified_at,
    )

    def _summaries(
        self, where: object = None, params: dict | None = None
    ) -> list[InterviewSummary]:
        query = select(*self._SUMMARY_COLUMNS).order_by(InterviewRow.updated_at.desc())
        if where is not None:
            query = query.where(where)
        with self._unit() as session:
            rows = session.execute(query, params or {}).all()
        return [_summary(r) for r in rows]

    def list_interviews(self) -> list[InterviewSummary]:
        """All interviews, most recently changed first."""
        return self._summaries()

    def search(self, text_: str) -> list[InterviewSummary]:
        """Interviews whose youth name, an AKA or the referral number contains the text."""
        needle = text_.strip().casefold()
        if not needle:
            return self.list_interviews()
        return self._summaries(
            text("instr(interviews.search_key, :needle) > 0"), {"needle": needle}
        )

    def audit_log(self) -> list[AuditEntry]:
        with self._unit() as session:
            rows = session.scalars(select(AuditRow).order_by(AuditRow.seq)).all()
            return [AuditEntry(r.seq, r.at, r.event, r.detail) for r in rows]

    def _now(self) -> datetime:  # one clock for every write, easy to pin in tests
        return utcnow()


_INTERVIEWEE_TYPES = {t.value: t for t in IntervieweeType}
_STATUSES = {t.value: t for t in InterviewStatus}


def _summary(row: Any) -> InterviewSummary:
    # Positional unpacking and dict lookups: this runs once per interview on every
    # list refresh (5,000 rows must stay well under 200 ms).
    (iid, name, akas, referral, ee_type, contact_date, status, updated_at, training,
     foreign_national, suspicion_at, notified_at) = row
    due = None
    if foreign_national == YesNoUnknown.YES and suspicion_at is not None:
        due = suspicion_at + OTIP_WINDOW
    return InterviewSummary(
        iid, name, tuple(akas or ()), referral, _INTERVIEWEE_TYPES[ee_type], contact_date,
        _STATUSES[status], updated_at, training, due, due is not None and notified_at is not None,
    )


def _raw_connect_any_key(path: Path, passphrase: str) -> Any:
    """Keyed with the whole passphrase, else (a store from before issue 11) the old cut key.

    Only opens: the upgrade to the whole-passphrase key happens in ``Store.open``.
    """
    try:
        return raw_connect(path, KeyHolder(passphrase))
    except WrongPassphrase:
        for form in legacy_forms(passphrase):
            conn = _legacy_conn(path, form)
            if conn is not None:
                return conn
        raise


def _legacy_conn(path: Path, form: str) -> Any:
    """A connection keyed the old way (cut at 40 bytes), or None.

    None also when that key opens a store marked ``KEY_FORM_WHOLE``: such a store's
    key is a passphrase of exactly 40 bytes, and ``form`` is that plus more.
    """
    try:
        conn = raw_connect(path, KeyHolder(form, legacy=True))
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


def _translate(exc: DBAPIError) -> StoreError:
    message = str(exc.orig).lower()
    if "malformed" in message or "not a database" in message or "hmac" in message:
        return DamagedStore()
    if "database or disk is full" in message:
        return StoreFull()
    return StoreError(f"the store could not complete the change: {exc.orig}")
