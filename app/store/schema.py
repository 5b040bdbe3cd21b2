"""Tables of the store (SQLAlchemy 2 declarative).

Issue 14: one row per case (the youth and special considerations flattened as
``youth_``/``special_`` columns), one row per contact (``interviews``, with
``interviewee_``/``contact_`` flattened), the contact's answers keyed by the
contact, and every finding (and each procedure determination) keyed by the case
with ``contact_id``: the contact it was learned in. Column names are the
dataclass field names so ``app.store.mapping`` can convert generically. Rows go
with their case (``ON DELETE CASCADE``); a finding whose contact is deleted keeps
``contact_id`` NULL (``ON DELETE SET NULL``). The store turns ``foreign_keys`` on.

A change here needs an Alembic revision in ``app/store/migrations/versions``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime kept as ISO 8601 text (SQLite's DateTime drops the zone)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:  # the model says UTC; a naive value is taken as UTC
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    type_annotation_map = {
        datetime: UTCDateTime(),
        date: Date(),
        time: Time(),
        str: Text(),
        list[str]: JSON(),
        float: Float(),
        int: Integer(),
        bool: Boolean(),
    }


def _case() -> Mapped[str]:
    """The case a finding belongs to (keyed tables: part of the key)."""
    return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)


def _case_owner() -> Mapped[str]:
    """The case a listed finding belongs to (listed tables: indexed, not the key)."""
    return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)


def _source() -> Mapped[str | None]:
    """The contact a finding was learned in; NULL once that contact is deleted."""
    return mapped_column(
        String(32), ForeignKey("interviews.id", ondelete="SET NULL"), index=True, nullable=True
    )


class CaseRow(Base):
    """One youth and the referral (issue 14, migration 0006)."""

    __tablename__ = "cases"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    # Summary columns first: listing reads them without touching overflow pages.
    youth_name: Mapped[str]
    youth_akas: Mapped[list[str]]
    youth_referral_number: Mapped[str]
    search_key: Mapped[str]  # casefolded name, AKAs and referral number, for search()
    status: Mapped[str]
    training: Mapped[bool]
    updated_at: Mapped[datetime]
    created_at: Mapped[datetime]
    summary_exported_at: Mapped[datetime | None]
    special_foreign_national: Mapped[str]
    special_suspicion_at: Mapped[datetime | None]
    special_otip_notified_at: Mapped[datetime | None]
    special_rfa_submitted: Mapped[bool]
    special_runaway_return: Mapped[bool]
    special_runaway_cse_assessed: Mapped[bool]
    special_notes: Mapped[str]
    youth_date_of_birth: Mapped[date | None]
    youth_age: Mapped[int | None]
    youth_client_id: Mapped[str]
    # '' for real cases; a training scenario id for practice cases.
    scenario_id: Mapped[str] = mapped_column(server_default="")


class InterviewRow(Base):
    """One contact (the name stays: ``app.model.Interview`` is one contact)."""

    __tablename__ = "interviews"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    # Indexed by ix_interviews_case (case_id, contact_date), below.
    case_id: Mapped[str] = mapped_column(String(32), ForeignKey("cases.id", ondelete="CASCADE"))
    # Summary columns first: listing reads them without touching overflow pages.
    interviewee_type: Mapped[str]
    contact_date: Mapped[date | None]
    status: Mapped[str]
    updated_at: Mapped[datetime]
    created_at: Mapped[datetime]
    content_version: Mapped[str]
    interviewee_name: Mapped[str]
    interviewee_relationship: Mapped[str]
    contact_start_time: Mapped[time | None]
    contact_end_time: Mapped[time | None]
    contact_method: Mapped[str]
    contact_outcome: Mapped[str]
    contact_location: Mapped[str]
    contact_language: Mapped[str]
    contact_interpreter: Mapped[str]
    contact_csw: Mapped[str]
    contact_purpose: Mapped[str]
    contact_participants: Mapped[list[str]]
    last_panel: Mapped[str]
    narrative: Mapped[str]  # last: the longest text


# --- the contact's answers: one row per question id ---------------------------


class AnswerRow(Base):
    """A contact's answer (not a determination: those are the case's, below)."""

    __tablename__ = "answers"
    interview_id: Mapped[str] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(primary_key=True)  # content item id
    response: Mapped[str]
    own_words: Mapped[str]
    notes: Mapped[str]
    # Migration 0008 (issue 15): the CSW's English rendering of the own words.
    english_rendering: Mapped[str] = mapped_column(server_default="")
    updated_at: Mapped[datetime | None]


# --- keyed findings of the case: one row per content id ------------------------


class DeterminationRow(Base):
    """A procedure determination (answer ids starting "proc."): the case's."""

    __tablename__ = "determinations"
    case_id: Mapped[str] = _case()
    key: Mapped[str] = mapped_column(primary_key=True)
    contact_id: Mapped[str | None] = _source()
    response: Mapped[str]
    own_words: Mapped[str]
    notes: Mapped[str]
    # Migration 0008 (issue 15): the CSW's English rendering of the own words.
    english_rendering: Mapped[str] = mapped_column(server_default="")
    updated_at: Mapped[datetime | None]


class RedFlagRow(Base):
    __tablename__ = "red_flags"
    case_id: Mapped[str] = _case()
    key: Mapped[str] = mapped_column(primary_key=True)  # red flag id
    contact_id: Mapped[str | None] = _source()
    sources: Mapped[list[str]]
    note: Mapped[str]


class AtRiskIndicatorRow(Base):
    __tablename__ = "at_risk_indicators"
    case_id: Mapped[str] = _case()
    key: Mapped[str] = mapped_column(primary_key=True)  # "A".."H"
    contact_id: Mapped[str | None] = _source()
    note: Mapped[str]


class LaborRiskFactorRow(Base):
    __tablename__ = "labor_risk_factors"
    case_id: Mapped[str] = _case()
    key: Mapped[str] = mapped_column(primary_key=True)
    contact_id: Mapped[str | None] = _source()
    note: Mapped[str]


class NeedRow(Base):
    __tablename__ = "needs"
    case_id: Mapped[str] = _case()
    key: Mapped[str] = mapped_column(primary_key=True)
    contact_id: Mapped[str | None] = _source()
    note: Mapped[str]


class StepRow(Base):
    __tablename__ = "steps"
    case_id: Mapped[str] = _case()
    key: Mapped[str] = mapped_column(primary_key=True)  # step id
    contact_id: Mapped[str | None] = _source()
    status: Mapped[str]
    at: Mapped[datetime | None]
    note: Mapped[str]


class ServiceRow(Base):
    __tablename__ = "services"
    case_id: Mapped[str] = _case()
    key: Mapped[str] = mapped_column(primary_key=True)  # service id
    contact_id: Mapped[str | None] = _source()
    referred_on: Mapped[date | None]
    note: Mapped[str]


# --- listed findings of the case: own id, kept in the order the CSW entered them ---


class TattooRow(Base):
    __tablename__ = "tattoos"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[str] = _case_owner()
    contact_id: Mapped[str | None] = _source()
    position: Mapped[int]
    number: Mapped[int]
    side: Mapped[str]
    x: Mapped[float | None]
    y: Mapped[float | None]
    location: Mapped[str]
    description: Mapped[str]
    symbols: Mapped[list[str]]
    youth_description: Mapped[str]
    how_obtained: Mapped[str]
    where_obtained: Mapped[str]
    exploiter_moniker: Mapped[str]


class OnlineAccountRow(Base):
    __tablename__ = "online_accounts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[str] = _case_owner()
    contact_id: Mapped[str | None] = _source()
    position: Mapped[int]
    platform: Mapped[str]
    handle: Mapped[str]
    nicknames: Mapped[list[str]]
    phone_numbers: Mapped[list[str]]
    signs: Mapped[list[str]]
    shown_by_youth: Mapped[bool]
    job_ad_online: Mapped[str]
    notes: Mapped[str]


class AssociateRow(Base):
    __tablename__ = "associates"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[str] = _case_owner()
    contact_id: Mapped[str | None] = _source()
    position: Mapped[int]
    name: Mapped[str]
    nicknames: Mapped[list[str]]
    relationship: Mapped[str]
    suspected_exploiter: Mapped[bool]
    has_children: Mapped[str]
    notes: Mapped[str]


class OtherVictimRow(Base):
    __tablename__ = "other_victims"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[str] = _case_owner()
    contact_id: Mapped[str | None] = _source()
    position: Mapped[int]
    name: Mapped[str]
    where: Mapped[str]
    notes: Mapped[str]


class CollateralContactRow(Base):
    __tablename__ = "collateral_contacts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[str] = _case_owner()
    contact_id: Mapped[str | None] = _source()
    position: Mapped[int]
    type: Mapped[str]
    name: Mapped[str]
    agency: Mapped[str]
    contacted_on: Mapped[date | None]
    method: Mapped[str]
    summary: Mapped[str]


class AllegationRow(Base):
    __tablename__ = "allegations"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[str] = _case_owner()
    contact_id: Mapped[str | None] = _source()
    position: Mapped[int]
    subcategory: Mapped[str]
    alleged_victim: Mapped[str]
    alleged_perpetrator: Mapped[str]
    proposed_conclusion: Mapped[str | None]
    reasons: Mapped[str]


class AuditRow(Base):
    """Who-did-what without content: a time, an event name, an id or format at most."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    event: Mapped[str]
    detail: Mapped[str]


class PersonalWordRow(Base):
    """A word the CSW told the spell checker to accept (migration 0005)."""

    __tablename__ = "personal_words"
    word: Mapped[str] = mapped_column(primary_key=True)
    added_at: Mapped[datetime]


# Covering indexes for list_cases()/list_interviews()/search(): every summary
# column, in list order, so the lists read narrow b-trees instead of decrypting
# whole rows (narratives included); see migrations 0003 and 0006.
CASE_SUMMARY_COLUMNS = (
    "updated_at",
    "id",
    "youth_name",
    "youth_akas",
    "youth_referral_number",
    "search_key",
    "status",
    "training",
    "summary_exported_at",
    "special_foreign_national",
    "special_suspicion_at",
    "special_otip_notified_at",
)
Index("ix_cases_summary", *(CaseRow.__table__.c[name] for name in CASE_SUMMARY_COLUMNS))
SUMMARY_COLUMNS = (
    "updated_at",
    "id",
    "case_id",
    "interviewee_type",
    "contact_date",
    "status",
    "created_at",
)
Index("ix_interviews_summary", *(InterviewRow.__table__.c[name] for name in SUMMARY_COLUMNS))
# A case's contacts, and list_cases()'s count and latest date per case from the index alone.
Index("ix_interviews_case", InterviewRow.__table__.c.case_id, InterviewRow.__table__.c.contact_date)
