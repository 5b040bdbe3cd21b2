"""The CSW's English rendering of a person's own words (issue 15).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

``answers.english_rendering`` and ``determinations.english_rendering``: text, empty
for every answer stored before. ``ALTER TABLE ... ADD COLUMN`` only: no table is
rebuilt, so every row (and its rowid) stays as it was and the search index's
triggers of 0007 keep working.

The rendering is typed by the CSW, so it is searched like the own words: this
revision adds the triggers of that one field, built by 0007's own code (its
``_SOURCES`` lists the field; 0007 skips a column the table does not have yet).
Nothing needs indexing now: every rendering stored before is empty.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

FIELD = "english_rendering"

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("answers", "determinations")


def _search_revision() -> ModuleType:
    """0007's module, loaded from its file (Alembic keeps revisions out of sys.modules)."""
    path = Path(__file__).with_name("0007_search.py")
    spec = importlib.util.spec_from_file_location("_cec_revision_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rendering_triggers(conn: sa.Connection) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER) of the rendering field, on each table that has it."""
    search = _search_revision()
    out = []
    for source in search._sources(conn):
        names = [column for column, _how in source.fields]
        if source.table not in TABLES or FIELD not in names:
            continue
        n = names.index(FIELD)
        base = f"search_{source.number:02d}_{source.table}"
        out.append(
            (
                f"{base}_ai{n}",
                f"CREATE TRIGGER {base}_ai{n} AFTER INSERT ON {source.table} "
                f"BEGIN {source.insert_field(n)}; END",
            )
        )
        # triggers(): insert, delete, then one update trigger per field in order.
        out.append((f"{base}_au{n}", source.triggers()[2 + n]))
    return out


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column(FIELD, sa.Text(), nullable=False, server_default=""),
        )
    conn = op.get_bind()
    for _name, sql in _rendering_triggers(conn):
        conn.exec_driver_sql(sql)


def downgrade() -> None:
    conn = op.get_bind()
    # A column a trigger names cannot be dropped: the rendering's triggers first.
    for name, _sql in _rendering_triggers(conn):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    conn.exec_driver_sql(f"DELETE FROM search_text_body WHERE field = '{FIELD}'")
    for table in TABLES:
        op.drop_column(table, FIELD)
