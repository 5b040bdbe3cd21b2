"""Encrypted backup and restore of the whole store.

A backup is a new SQLCipher file written by ``sqlcipher_export`` from the
unlocked store's own connection: never a copy of the live file, which may be
half-checkpointed beside its WAL. It is keyed with the store's passphrase or
with one chosen for the backup, and gets its own salt.

Restore checks the backup (page HMACs, SQLite's integrity check, the schema
revision) on a private copy BEFORE it touches the store; then it keeps the
current store aside (a hard link), moves the checked copy over the store's name
in one atomic rename and opens it. Only when the new store has opened is the
replaced one removed; if it does not open, the replaced store is put back. A
kill at any moment leaves the old or the new store under the store's name.

Both take an optional ``progress(stage, fraction)`` callback for the window's
progress bar; returning ``False`` from it cancels a backup that is being written.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

from app.passphrase_rules import (
    key_statement,
    legacy_forms,
    legacy_hexkey_statement,
    normalise,
    usable_text,
)
from app.store import errors, migrate
from app.store.errors import DamagedStore, NewerStore, StoreError, WrongPassphrase
from app.store.kinds import TRAINING_EVENT, TRAINING_KEY_NAME, TRAINING_STORE_NAME
from app.store.operations import Store
from app.store.safefiles import (
    fsync,
    fsync_dir,
    pending_backup,
    private_file,
    put_back,
    remove,
    set_aside,
    store_in_use,
)
from app.store.store import KEY_FORM_WHOLE

# progress(stage, fraction 0..1); stage is "export", "check", "replace" or "done".
Progress = Callable[[str, float], bool | None]

# VM instructions between two progress calls during the export, and a rough
# number of instructions per page, to turn them into a fraction (an estimate:
# the bar only has to move and must never pass the end of its stage).
_STEP = 1000
_OPS_PER_PAGE = 80
_ATTACHED = "cec_backup"


class BackupError(StoreError):
    default_message = "the backup could not be made"


class BackupCancelled(BackupError):
    default_message = "the backup was cancelled; nothing was written"


class NotABackup(BackupError):
    default_message = "that file is not a backup of this application's store"


class StoreInUse(errors.StoreInUse):
    default_message = (
        "the store is open in another window or program; lock and close it there first, "
        "then restore"
    )


class WrongKindOfStore(BackupError):
    default_message = "that backup is of another kind of store; nothing was changed"


@dataclass(frozen=True)
class BackupReport:
    """What checking a backup found (only built when it is clean)."""

    path: Path
    revision: str
    interviews: int
    size: int
    training: bool = False  # a backup of the training store (fictional cases only)


def make_backup(
    store: Store,
    destination: Path | str,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> BackupReport:
    """Write an encrypted backup of ``store`` to ``destination`` (replaced atomically).

    ``passphrase`` keys the backup; ``None`` keys it with the store's own.
    The backup is checked before it takes the destination's name.
    """
    destination = Path(destination)
    report = _progress(progress)
    key = normalise(passphrase) if passphrase is not None else store.passphrase_in_use()
    if not key:
        raise BackupError("a passphrase is needed for the backup", kind="backup_no_passphrase")
    _check_key_text(key)
    if destination.resolve() == store.path.resolve():
        raise BackupError(
            "the backup cannot replace the store itself; choose another file",
            kind="backup_over_store",
        )
    # The partial file is recorded in the store's folder first: if this process is
    # killed, the next unlock finds the record and removes the partial file.
    with pending_backup(store.path, destination) as partial:
        try:
            _export(store, partial, key, report)
            report("check", 0.7)
            result = check_backup(partial, key)
            fsync(partial)
            os.replace(partial, destination)
            fsync_dir(destination.parent)
        except BaseException:
            remove(partial)
            raise
    store.audit("backup_made")
    report("done", 1.0)
    return BackupReport(destination, result.revision, result.interviews, result.size)


def check_backup(path: Path | str, passphrase: str, readonly: bool = True) -> BackupReport:
    """Open ``path`` with ``passphrase`` and check every page; raise if anything is wrong.

    Raises ``WrongPassphrase``, ``DamagedStore``, ``NewerStore`` or ``NotABackup``.
    By default the file is opened read-only and never changed (a backup is in
    rollback-journal mode, so no -wal/-shm appears); restore checks its own
    private copy read-write, so a copy of a WAL-mode store is accepted too.
    """
    path = Path(path)
    if not path.is_file():
        raise NotABackup(f"there is no backup at {path}", kind="no_backup_there", file=str(path))
    _check_key_text(passphrase)
    with _keyed(path, normalise(passphrase), readonly) as conn:
        try:
            cipher = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            plain = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        except dbapi2.DatabaseError:
            raise DamagedStore(_damaged_backup(), kind="backup_damaged") from None
        if cipher or plain != ["ok"]:
            raise DamagedStore(_damaged_backup(), kind="backup_damaged")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "interviews", "audit_log"} <= tables:
            raise NotABackup()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None:
            raise NotABackup()
        if migrate.newer_than_head(revision[0]):
            raise NewerStore()
        count = conn.execute("SELECT count(*) FROM interviews").fetchone()[0]
        training = _is_training(conn)
    return BackupReport(path, revision[0], count, path.stat().st_size, training)


def _is_training(conn: Any) -> bool:
    """A training store: its marker event, or (made before the marker) training rows.

    The real store refuses training interviews and the training store real ones,
    so one row tells; an empty store without the marker counts as real.
    """
    marked = conn.execute(
        "SELECT 1 FROM audit_log WHERE event = ? LIMIT 1", (TRAINING_EVENT,)
    ).fetchone()
    if marked is not None:
        return True
    for table in ("cases", "interviews"):  # 0006 moved the flag to the case (issue 14)
        try:
            row = conn.execute(f"SELECT training FROM {table} LIMIT 1").fetchone()
        except dbapi2.DatabaseError:
            continue
        return row is not None and bool(row[0])
    return False


def is_training_location(store_path: Path) -> bool:
    """The training store's file (``training.cec``, or any store beside ``training.key``)."""
    return (
        store_path.name == TRAINING_STORE_NAME or (store_path.parent / TRAINING_KEY_NAME).exists()
    )


def refuse_wrong_kind(report: BackupReport, store_path: Path | str) -> None:
    """Raise ``WrongKindOfStore`` unless the backup may replace the store at ``store_path``.

    Training backups go over the training store only; real notes never go there.
    """
    training_target = is_training_location(Path(store_path))
    if report.training and not training_target:
        raise WrongKindOfStore(
            "a backup of the training store (fictional practice cases) cannot replace "
            "the real notes. Nothing was changed",
            kind="backup_training_over_real",
        )
    if training_target and not report.training:
        raise WrongKindOfStore(
            "a backup of real notes cannot replace the training store, which holds "
            "fictional practice cases only. Nothing was changed",
            kind="backup_real_over_training",
        )


def restore_backup(
    backup: Path | str,
    store_path: Path | str,
    passphrase: str,
    progress: Progress | None = None,
    current: Store | None = None,
) -> Store:
    """Replace the store at ``store_path`` with ``backup`` and return it, unlocked.

    ``passphrase`` is the backup's; it becomes the store's. ``current``, when
    given, is locked first (the window passes its open store). If anything fails
    before the new store opens, the store is left as it was.
    """
    backup, store_path = Path(backup), Path(store_path)
    if not backup.is_file():
        raise NotABackup(
            f"there is no backup at {backup}", kind="no_backup_there", file=str(backup)
        )
    report = _progress(progress)
    report("check", 0.0)
    staged = private_file(store_path.parent, store_path.name)
    try:
        # Check a private copy, so what is checked is exactly what goes in place.
        with open(backup, "rb") as src, open(staged, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
        report("check", 0.3)
        refuse_wrong_kind(check_backup(staged, passphrase, readonly=False), store_path)
    except BaseException:
        remove(staged)
        raise
    report("replace", 0.8)
    if current is not None:
        current.lock()
    if store_in_use(store_path):
        remove(staged)
        raise StoreInUse()
    aside = set_aside(store_path)
    try:
        os.replace(staged, store_path)
        fsync_dir(store_path.parent)
        restored = Store.open(store_path, passphrase)
    except BaseException:
        remove(staged)
        put_back(aside, store_path)
        raise
    restored.audit("store_restored")
    for moved in aside:
        remove(moved)
    report("done", 1.0)
    return restored


# --- helpers -------------------------------------------------------------------


def _progress(callback: Progress | None) -> Callable[[str, float], None]:
    def report(stage: str, fraction: float) -> None:
        if callback is not None and callback(stage, min(max(fraction, 0.0), 1.0)) is False:
            raise BackupCancelled()

    return report


def _check_key_text(passphrase: str) -> None:
    if not isinstance(passphrase, str) or not usable_text(passphrase):
        raise BackupError(
            "the passphrase contains a character that cannot be used", kind="bad_character"
        )


def _export(store: Store, target: Path, key: str, report: Callable[[str, float], None]) -> None:
    """``sqlcipher_export`` into ``target`` on the store's own (only) connection."""
    with store.exclusive_connection() as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        expected = max(pages * _OPS_PER_PAGE, 1)
        done = 0
        cancelled = False

        def tick() -> int:
            nonlocal done, cancelled
            done += _STEP
            try:
                report("export", 0.7 * min(done / expected, 0.99))
            except BackupCancelled:
                cancelled = True
                return 1  # a non-zero return interrupts SQLite
            return 0

        # ATTACH without a KEY clause, then the attached file's own key: the
        # same statement as the store's (the whole passphrase, quoted).
        conn.execute(f"ATTACH DATABASE ? AS {_ATTACHED}", (str(target),))
        try:
            conn.execute(key_statement(key, _ATTACHED))
            report("export", 0.0)
            conn.set_progress_handler(tick, _STEP)
            try:
                conn.execute(f"SELECT sqlcipher_export('{_ATTACHED}')").fetchall()
                # sqlcipher_export does not copy it: the backup is keyed whole too.
                conn.execute(f"PRAGMA {_ATTACHED}.user_version = {KEY_FORM_WHOLE}")
            except dbapi2.OperationalError as exc:
                if cancelled:
                    raise BackupCancelled() from None
                raise BackupError(
                    f"the backup could not be written: {exc}", kind="backup_not_written"
                ) from None
            finally:
                conn.set_progress_handler(None, 0)
        finally:
            conn.execute(f"DETACH DATABASE {_ATTACHED}")


@contextlib.contextmanager
def _keyed(path: Path, passphrase: str, readonly: bool) -> Iterator[Any]:
    """``path`` keyed with the whole passphrase, or (a backup made before issue 11,
    whose key is the passphrase cut at 40 bytes) with the old key. Restore then
    opens the restored store with the whole passphrase, which moves it to the new key.
    """
    uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rw'}"
    statements = [key_statement(passphrase)]
    statements += [legacy_hexkey_statement(form) for form in legacy_forms(passphrase)]
    for legacy, statement in enumerate(statements):
        try:
            conn = dbapi2.connect(uri, uri=True, isolation_level=None)
        except dbapi2.Error:
            raise NotABackup(
                f"the file {path.name} cannot be read", kind="backup_unreadable", file=path.name
            ) from None
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(statement)
            conn.execute("PRAGMA temp_store = MEMORY")
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
                # The old key on a backup marked as keyed whole: not its key (the
                # passphrase is exactly 40 bytes and more was typed).
                if legacy and conn.execute("PRAGMA user_version").fetchone()[0] == KEY_FORM_WHOLE:
                    continue
            except dbapi2.DatabaseError:
                continue  # the next key form, if any (closed in finally)
            yield conn
            return
        finally:
            conn.close()
    raise WrongPassphrase(
        "wrong passphrase for this backup, or the backup is damaged", kind="backup_wrong_passphrase"
    )


def _damaged_backup() -> str:
    return "the backup is damaged and cannot be used; nothing was changed. Try another backup"
