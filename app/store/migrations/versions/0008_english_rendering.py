"""The CSW's English rendering of a person's own words (issue 15).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

``answers.english_rendering`` and ``determinations.english_rendering``: text, empty
for every answer stored before. ``ALTER TABLE ... ADD COLUMN`` only: no table is
rebuilt, so every row (and its rowid) stays as it was and the search index's
triggers of 0007 keep working. The rendering is not indexed by this revision.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("answers", "determinations")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column("english_rendering", sa.Text(), nullable=False, server_default=""),
        )


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "english_rendering")
