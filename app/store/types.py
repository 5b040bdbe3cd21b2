"""Read-only values the store hands out besides ``app.model.Interview``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.model import CaseStatus, IntervieweeType, InterviewStatus


@dataclass(frozen=True, slots=True)
class InterviewSummary:
    """One line of the interview list: enough to find and pick an interview."""

    id: str
    youth_name: str
    akas: tuple[str, ...]
    referral_number: str
    interviewee_type: IntervieweeType
    contact_date: date | None
    status: InterviewStatus
    updated_at: datetime
    training: bool
    # Foreign national minor: OTIP must be notified within 24 hours of suspicion.
    otip_due: datetime | None  # app.rules.deadlines: start + 24 elapsed hours; None if none
    otip_met: bool  # OTIP notification recorded (at any time; compare with otip_due)
    # OTIP notified but the Request for Assistance (the mandated report) not yet submitted.
    otip_rfa_pending: bool = False
    # What otip_due was counted from: app.rules.deadlines.BASES key ("" when no deadline).
    otip_basis: str = ""
    case_id: str = ""  # the case this contact belongs to (issue 14)


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list (issue 14): enough to find and pick a case."""

    id: str
    youth_name: str
    akas: tuple[str, ...]
    referral_number: str
    last_contact: date | None  # the latest contact date of the case
    contacts: int
    status: CaseStatus
    training: bool
    updated_at: datetime
    next_due: datetime | None  # earliest open deadline of the case (app.rules), None if none
    overdue: bool
    exported: bool  # the case summary was exported (summary_exported_at set)


@dataclass(frozen=True)
class AuditEntry:
    """An audit event: when and what kind, never interview content."""

    seq: int
    at: datetime
    event: str
    detail: str


@dataclass(frozen=True)
class SearchHit:
    """One place where searched text was typed (``Store.search_all``).

    ``part`` is the record's part (``app.store.parts`` name: ``associates``,
    ``answers``, ``youth``, ``narrative``, ...), ``key`` the item's id or content
    id ("" for youth and narrative), ``field`` the field within it (``nicknames``,
    ``own_words``, ...), ``contact_id`` the contact it was typed in ("" when not
    known, e.g. the case's youth), ``snippet`` a short plain-text excerpt.
    """

    case_id: str
    contact_id: str
    part: str
    key: str
    field: str
    snippet: str


@dataclass(frozen=True)
class Echo:
    """A moniker, nickname, handle or phone number of one case that other cases hold too.

    ``term`` as typed in this case; ``part`` where it is in this case
    (``associates``, ``online_accounts``, ``tattoos``); ``other_case_ids`` the other
    cases where it appears (anywhere they were typed), most recently changed first.
    """

    term: str
    part: str
    other_case_ids: tuple[str, ...]
