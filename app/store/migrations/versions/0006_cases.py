"""Cases: each youth and referral one case, each interview one contact of it (issue 14).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

A case holds the youth, the special considerations and every finding about the
child; a contact (the ``interviews`` row) holds who was interviewed, how, the
answers to that interviewee's questions and the narrative. Each existing
interview becomes a case with one contact, losing nothing: its youth_* and
special_* columns, training and scenario id go to the new ``cases`` row (a new
id), every finding table is rebuilt keyed by ``case_id`` with ``contact_id`` =
the interview it was entered in, and the procedures' determinations (answers
whose id starts "proc.") move to ``determinations``. The case's
``summary_exported_at`` is the interview's latest ``summary_exported`` audit
entry. Set-based SQL inside the one migration transaction: all or nothing.

Tables are rebuilt under a ``_0006`` name and renamed at the end (SQLite renames
the references with them), after the old tables are dropped: dropping the old
``interviews`` while a new table referred to it would fire its ON DELETE actions.

Spelled out here (not read from app.store.schema) so this revision never
changes when the models do.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KEYED = {
    "red_flags": ["key", "sources", "note"],
    "at_risk_indicators": ["key", "note"],
    "labor_risk_factors": ["key", "note"],
    "needs": ["key", "note"],
    "steps": ["key", "status", "at", "note"],
    "services": ["key", "referred_on", "note"],
    "determinations": ["key", "response", "own_words", "notes", "updated_at"],
}
LISTED = {
    "tattoos": [
        "id",
        "position",
        "number",
        "side",
        "x",
        "y",
        "location",
        "description",
        "symbols",
        "youth_description",
        "how_obtained",
        "where_obtained",
        "exploiter_moniker",
    ],
    "online_accounts": [
        "id",
        "position",
        "platform",
        "handle",
        "nicknames",
        "phone_numbers",
        "signs",
        "shown_by_youth",
        "job_ad_online",
        "notes",
    ],
    "associates": [
        "id",
        "position",
        "name",
        "nicknames",
        "relationship",
        "suspected_exploiter",
        "has_children",
        "notes",
    ],
    "other_victims": ["id", "position", "name", "where", "notes"],
    "collateral_contacts": [
        "id",
        "position",
        "type",
        "name",
        "agency",
        "contacted_on",
        "method",
        "summary",
    ],
    "allegations": [
        "id",
        "position",
        "subcategory",
        "alleged_victim",
        "alleged_perpetrator",
        "proposed_conclusion",
        "reasons",
    ],
}
YOUTH_SPECIAL = [
    "youth_name",
    "youth_akas",
    "youth_referral_number",
    "special_foreign_national",
    "special_suspicion_at",
    "special_otip_notified_at",
    "special_rfa_submitted",
    "special_runaway_return",
    "special_runaway_cse_assessed",
    "special_notes",
    "youth_date_of_birth",
    "youth_age",
    "youth_client_id",
]
CONTACT_COLUMNS = [
    "id",
    "interviewee_type",
    "contact_date",
    "status",
    "updated_at",
    "created_at",
    "content_version",
    "interviewee_name",
    "interviewee_relationship",
    "contact_start_time",
    "contact_end_time",
    "contact_method",
    "contact_outcome",
    "contact_location",
    "contact_language",
    "contact_interpreter",
    "contact_csw",
    "contact_purpose",
    "contact_participants",
    "last_panel",
    "narrative",
]
# fmt: off


def _create_tables() -> None:
    op.create_table(
        'cases',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('youth_name', sa.Text(), nullable=False),
        sa.Column('youth_akas', sa.JSON(), nullable=False),
        sa.Column('youth_referral_number', sa.Text(), nullable=False),
        sa.Column('search_key', sa.Text(), nullable=False),
        sa.Column('status', sa.Text(), nullable=False),
        sa.Column('training', sa.Boolean(), nullable=False),
        sa.Column('updated_at', sa.String(length=40), nullable=False),
        sa.Column('created_at', sa.String(length=40), nullable=False),
        sa.Column('summary_exported_at', sa.String(length=40), nullable=True),
        sa.Column('special_foreign_national', sa.Text(), nullable=False),
        sa.Column('special_suspicion_at', sa.String(length=40), nullable=True),
        sa.Column('special_otip_notified_at', sa.String(length=40), nullable=True),
        sa.Column('special_rfa_submitted', sa.Boolean(), nullable=False),
        sa.Column('special_runaway_return', sa.Boolean(), nullable=False),
        sa.Column('special_runaway_cse_assessed', sa.Boolean(), nullable=False),
        sa.Column('special_notes', sa.Text(), nullable=False),
        sa.Column('youth_date_of_birth', sa.Date(), nullable=True),
        sa.Column('youth_age', sa.Integer(), nullable=True),
        sa.Column('youth_client_id', sa.Text(), nullable=False),
        sa.Column('scenario_id', sa.Text(), nullable=False, server_default=''),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'interviews_0006',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('interviewee_type', sa.Text(), nullable=False),
        sa.Column('contact_date', sa.Date(), nullable=True),
        sa.Column('status', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.String(length=40), nullable=False),
        sa.Column('created_at', sa.String(length=40), nullable=False),
        sa.Column('content_version', sa.Text(), nullable=False),
        sa.Column('interviewee_name', sa.Text(), nullable=False),
        sa.Column('interviewee_relationship', sa.Text(), nullable=False),
        sa.Column('contact_start_time', sa.Time(), nullable=True),
        sa.Column('contact_end_time', sa.Time(), nullable=True),
        sa.Column('contact_method', sa.Text(), nullable=False),
        sa.Column('contact_outcome', sa.Text(), nullable=False),
        sa.Column('contact_location', sa.Text(), nullable=False),
        sa.Column('contact_language', sa.Text(), nullable=False),
        sa.Column('contact_interpreter', sa.Text(), nullable=False),
        sa.Column('contact_csw', sa.Text(), nullable=False),
        sa.Column('contact_purpose', sa.Text(), nullable=False),
        sa.Column('contact_participants', sa.JSON(), nullable=False),
        sa.Column('last_panel', sa.Text(), nullable=False),
        sa.Column('narrative', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'answers_0006',
        sa.Column('interview_id', sa.String(length=32), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('response', sa.Text(), nullable=False),
        sa.Column('own_words', sa.Text(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(['interview_id'], ['interviews_0006.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('interview_id', 'key'),
    )
    op.create_table(
        'determinations_0006',
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('response', sa.Text(), nullable=False),
        sa.Column('own_words', sa.Text(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('updated_at', sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('case_id', 'key'),
    )
    op.create_table(
        'red_flags_0006',
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('sources', sa.JSON(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('case_id', 'key'),
    )
    op.create_table(
        'at_risk_indicators_0006',
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('case_id', 'key'),
    )
    op.create_table(
        'labor_risk_factors_0006',
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('case_id', 'key'),
    )
    op.create_table(
        'needs_0006',
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('case_id', 'key'),
    )
    op.create_table(
        'steps_0006',
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('status', sa.Text(), nullable=False),
        sa.Column('at', sa.String(length=40), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('case_id', 'key'),
    )
    op.create_table(
        'services_0006',
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('referred_on', sa.Date(), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('case_id', 'key'),
    )
    op.create_table(
        'tattoos_0006',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('side', sa.Text(), nullable=False),
        sa.Column('x', sa.Float(), nullable=True),
        sa.Column('y', sa.Float(), nullable=True),
        sa.Column('location', sa.Text(), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('symbols', sa.JSON(), nullable=False),
        sa.Column('youth_description', sa.Text(), nullable=False),
        sa.Column('how_obtained', sa.Text(), nullable=False),
        sa.Column('where_obtained', sa.Text(), nullable=False),
        sa.Column('exploiter_moniker', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'online_accounts_0006',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('platform', sa.Text(), nullable=False),
        sa.Column('handle', sa.Text(), nullable=False),
        sa.Column('nicknames', sa.JSON(), nullable=False),
        sa.Column('phone_numbers', sa.JSON(), nullable=False),
        sa.Column('signs', sa.JSON(), nullable=False),
        sa.Column('shown_by_youth', sa.Boolean(), nullable=False),
        sa.Column('job_ad_online', sa.Text(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'associates_0006',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('nicknames', sa.JSON(), nullable=False),
        sa.Column('relationship', sa.Text(), nullable=False),
        sa.Column('suspected_exploiter', sa.Boolean(), nullable=False),
        sa.Column('has_children', sa.Text(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'other_victims_0006',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('where', sa.Text(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'collateral_contacts_0006',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('type', sa.Text(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('agency', sa.Text(), nullable=False),
        sa.Column('contacted_on', sa.Date(), nullable=True),
        sa.Column('method', sa.Text(), nullable=False),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'allegations_0006',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('case_id', sa.String(length=32), nullable=False),
        sa.Column('contact_id', sa.String(length=32), nullable=True),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('subcategory', sa.Text(), nullable=False),
        sa.Column('alleged_victim', sa.Text(), nullable=False),
        sa.Column('alleged_perpetrator', sa.Text(), nullable=False),
        sa.Column('proposed_conclusion', sa.Text(), nullable=True),
        sa.Column('reasons', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['contact_id'], ['interviews_0006.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
    )


def _create_indexes() -> None:
    op.create_index('ix_cases_summary', 'cases', ['updated_at', 'id', 'youth_name', 'youth_akas', 'youth_referral_number', 'search_key', 'status', 'training', 'summary_exported_at', 'special_foreign_national', 'special_suspicion_at', 'special_otip_notified_at'])
    op.create_index('ix_interviews_case', 'interviews', ['case_id', 'contact_date'])
    op.create_index('ix_interviews_summary', 'interviews', ['updated_at', 'id', 'case_id', 'interviewee_type', 'contact_date', 'status', 'created_at'])
    op.create_index('ix_determinations_contact_id', 'determinations', ['contact_id'])
    op.create_index('ix_red_flags_contact_id', 'red_flags', ['contact_id'])
    op.create_index('ix_at_risk_indicators_contact_id', 'at_risk_indicators', ['contact_id'])
    op.create_index('ix_labor_risk_factors_contact_id', 'labor_risk_factors', ['contact_id'])
    op.create_index('ix_needs_contact_id', 'needs', ['contact_id'])
    op.create_index('ix_steps_contact_id', 'steps', ['contact_id'])
    op.create_index('ix_services_contact_id', 'services', ['contact_id'])
    op.create_index('ix_tattoos_case_id', 'tattoos', ['case_id'])
    op.create_index('ix_tattoos_contact_id', 'tattoos', ['contact_id'])
    op.create_index('ix_online_accounts_case_id', 'online_accounts', ['case_id'])
    op.create_index('ix_online_accounts_contact_id', 'online_accounts', ['contact_id'])
    op.create_index('ix_associates_case_id', 'associates', ['case_id'])
    op.create_index('ix_associates_contact_id', 'associates', ['contact_id'])
    op.create_index('ix_other_victims_case_id', 'other_victims', ['case_id'])
    op.create_index('ix_other_victims_contact_id', 'other_victims', ['contact_id'])
    op.create_index('ix_collateral_contacts_case_id', 'collateral_contacts', ['case_id'])
    op.create_index('ix_collateral_contacts_contact_id', 'collateral_contacts', ['contact_id'])
    op.create_index('ix_allegations_case_id', 'allegations', ['case_id'])
    op.create_index('ix_allegations_contact_id', 'allegations', ['contact_id'])
# fmt: on


def upgrade() -> None:
    run = op.execute
    _create_tables()
    # One new case id per interview, kept on the old row until it is dropped.
    run("ALTER TABLE interviews ADD COLUMN case_0006 VARCHAR(32)")
    run("UPDATE interviews SET case_0006 = lower(hex(randomblob(16)))")
    # The latest export of each interview's summary (audit detail "<id> <format> <where>").
    run(
        "CREATE TEMP TABLE exports_0006 AS SELECT substr(detail, 1, instr(detail, ' ') - 1) "
        "AS interview_id, max(at) AS at FROM audit_log WHERE event = 'summary_exported' "
        "AND instr(detail, ' ') > 0 GROUP BY 1"
    )
    carried = ", ".join(YOUTH_SPECIAL)
    run(
        f"INSERT INTO cases (id, status, training, scenario_id, search_key, created_at, "
        f"updated_at, summary_exported_at, {carried}) "
        f"SELECT i.case_0006, 'open', i.training, i.scenario_id, i.search_key, i.created_at, "
        f"i.updated_at, e.at, {', '.join('i.' + c for c in YOUTH_SPECIAL)} "
        f"FROM interviews AS i LEFT JOIN exports_0006 AS e ON e.interview_id = i.id "
        f"ORDER BY i.rowid"
    )
    run("DROP TABLE exports_0006")
    contact = ", ".join(CONTACT_COLUMNS)
    run(
        f"INSERT INTO interviews_0006 (case_id, {contact}) "
        f"SELECT case_0006, {contact} FROM interviews ORDER BY rowid"
    )
    answer = ", ".join(KEYED["determinations"])
    run(
        f"INSERT INTO answers_0006 (interview_id, {answer}) SELECT interview_id, {answer} "
        f"FROM answers WHERE substr(key, 1, 5) != 'proc.' ORDER BY rowid"
    )
    for table, columns in {**KEYED, **LISTED}.items():
        old = "answers" if table == "determinations" else table
        where = "WHERE substr(c.key, 1, 5) = 'proc.' " if table == "determinations" else ""
        names = ", ".join(f'"{name}"' for name in columns)  # "where" is a column
        picked = ", ".join(f'c."{name}"' for name in columns)
        run(
            f"INSERT INTO {table}_0006 (case_id, contact_id, {names}) "
            f"SELECT i.case_0006, c.interview_id, {picked} FROM {old} AS c "
            f"JOIN interviews AS i ON i.id = c.interview_id {where}ORDER BY c.rowid"
        )
    # The old tables go (children first: nothing new refers to them), then the
    # new ones take their names.
    for table in ("answers", *(t for t in KEYED if t != "determinations"), *LISTED):
        op.drop_table(table)
    op.drop_table("interviews")
    op.rename_table("interviews_0006", "interviews")
    for table in ("answers", *KEYED, *LISTED):
        op.rename_table(f"{table}_0006", table)
    _create_indexes()


def downgrade() -> None:
    raise NotImplementedError("a store with cases cannot go back to one record per interview")
