"""Schema versions: Alembic, run programmatically on the store's own connection.

Revision ids are zero-padded numbers ("0001", "0002", ...) so "newer than this
application" is a comparison, without loading the migration scripts on every
unlock. ``HEAD`` must name the newest revision in ``migrations/versions``
(a test checks it against Alembic's own view).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, text

from app.store.errors import NewerStore

HEAD = "0008"
SCRIPT_LOCATION = Path(__file__).resolve().parent / "migrations"


def current_revision(conn: Connection) -> str | None:
    has_table = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
    ).first()
    if not has_table:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


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
    revision = current_revision(conn)
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
    from alembic import command  # noqa: PLC0415 - only an old store pays

    command.upgrade(alembic_config(conn), target)
