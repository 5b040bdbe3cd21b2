"""The CSW's personal word list for spell checking.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Words the CSW told the spell checker to accept (a family name, a street, a
moniker). They may name people, so they live in the encrypted store, never in
Enchant's plain personal dictionary file.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "personal_words",
        sa.Column("word", sa.Text(), primary_key=True),
        sa.Column("added_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("personal_words")
