"""Read-only values the store hands out besides ``app.model.Interview``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.model import IntervieweeType, InterviewStatus


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


@dataclass(frozen=True)
class AuditEntry:
    """An audit event: when and what kind, never interview content."""

    seq: int
    at: datetime
    event: str
    detail: str
