"""Search key: casefolded name, AKAs and referral number kept beside each interview.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

Search by name or AKA must stay fast (<= 50 ms on 5,000 interviews) and
case-insensitive beyond ASCII, which SQLite's LIKE is not; a precomputed
casefolded column does both. Existing rows are filled in here.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _key(name: str, akas: list[str], referral: str) -> str:
    # Same rule as app.store.mapping.search_key, frozen here as of this revision.
    return "\n".join(p.casefold() for p in [name, *akas, referral] if p)


def upgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, youth_name, youth_akas, youth_referral_number FROM interviews")
    ).all()
    for row in rows:
        akas = json.loads(row.youth_akas) if row.youth_akas else []
        conn.execute(
            sa.text("UPDATE interviews SET search_key = :key WHERE id = :id"),
            {"key": _key(row.youth_name, akas, row.youth_referral_number), "id": row.id},
        )


def downgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("search_key")
