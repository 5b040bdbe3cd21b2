"""Covering index for the interview list and search.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Listing 5,000 interviews read (and decrypted) the whole interviews table,
narratives included: about 600 ms. An index holding every column the list and
the search read lets SQLite answer both from a narrow b-tree.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = [
    "updated_at", "id", "youth_name", "youth_akas", "youth_referral_number", "search_key",
    "interviewee_type", "contact_date", "status", "training", "special_foreign_national",
    "special_suspicion_at", "special_otip_notified_at",
]


def upgrade() -> None:
    op.drop_index("ix_interviews_updated_at", table_name="interviews")
    op.create_index("ix_interviews_summary", "interviews", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_interviews_summary", table_name="interviews")
    op.create_index("ix_interviews_updated_at", "interviews", ["updated_at"])
