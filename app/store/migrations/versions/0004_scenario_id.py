"""A practice case's training scenario id.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

Training cases were matched to their scenario by the contact purpose and the
youth's name, both of which the trainee may edit (issue 6). The interview now
keeps the scenario id itself. Existing rows, real interviews and practice cases
made before this revision, get '' (the training window still matches those old
cases the former way).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A NOT NULL column with a default is added in place (batch mode copies the
    # table only when SQLite cannot alter it directly); old rows read ''.
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("scenario_id", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("scenario_id")
