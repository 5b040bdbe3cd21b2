"""Schema versions: Alembic, run programmatically on the store's own connection.

Revision ids are zero-padded numbers ("0001", "0002", ...) so "newer than this
application" is a comparison, without loading the migration scripts on every
unlock. ``HEAD`` must name the newest revision in ``migrations/versions``
(a test checks it against Alembic's own view).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.store.errors import NewerStore

if TYPE_CHECKING:
    from sqlalchemy import Connection

HEAD = "0008"
SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


_HAS_TABLE = "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
_REVISION = "SELECT version_num FROM alembic_version"


def current_revision(conn: Connection) -> str | None:
    """The store's revision, on a SQLAlchemy connection (tests, migrations). Like any
    statement there it begins the connection's transaction, so an ``upgrade`` that
    follows runs inside it: one transaction for every revision."""
    from sqlalchemy import text  # noqa: PLC0415 - only callers that hold SQLAlchemy pay

    if conn.execute(text(_HAS_TABLE)).first() is None:
        return None
    return conn.execute(text(_REVISION)).scalar()


def stored_revision(driver: Any) -> str | None:
    """The store's revision, on the sqlcipher3 connection itself (the unlock: no
    SQLAlchemy); None for a store made before revisions were kept."""
    if driver.execute(_HAS_TABLE).fetchone() is None:
        return None
    row = driver.execute(_REVISION).fetchone()
    return None if row is None else row[0]


def _number(revision: str) -> int:
    try:
        return int(revision.split("_", 1)[0])
    except ValueError:  # not one of ours at all: treat as unknown, i.e. newer
        return 1 << 30


def newer_than_head(revision: str) -> bool:
    """Whether ``revision`` (an ``alembic_version`` value) is newer than this application
    knows; an id that is not one of ours counts as newer."""
    return _number(revision) > _number(HEAD)


def needs_upgrade(conn: Connection) -> bool:
    """True when the store is older than HEAD; ``NewerStore`` when it is newer."""
    return revision_needs_upgrade(current_revision(conn))


def revision_needs_upgrade(revision: str | None) -> bool:
    """True when ``revision`` (``stored_revision``) is older than HEAD; ``NewerStore``
    when it is newer."""
    if revision is None:
        return True
    if newer_than_head(revision):
        raise NewerStore()
    return revision != HEAD


def alembic_config(conn: Connection | None = None):  # -> alembic.config.Config
    from alembic.config import Config  # noqa: PLC0415 - imported late: only opening an old store pays

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(conn: Connection, target: str = "head") -> None:
    """Alembic's upgrade on ``conn``. Begin ``conn``'s transaction first (a statement,
    or ``conn.begin()``): Alembic then runs every revision inside it, so a kill
    leaves the store at its old revision or the new one; on a connection outside a
    transaction it would commit after each revision (SQLite's DDL counts as
    non-transactional to it)."""
    from alembic import command  # noqa: PLC0415 - only an old store pays

    command.upgrade(alembic_config(conn), target)
