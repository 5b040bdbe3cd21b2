"""Deadlines: the OTIP notification for a foreign national minor (22 USC 7105).

The guide: officials "are required to notify the Office on Trafficking in
Persons within 24-hours of a suspected case"; "This should be done upon
'suspicion,' you should not wait until the case is confirmed."
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.localtime import local_start
from app.model import Interview, YesNoUnknown
from app.rules.evidence import trafficking_suspected

OTIP_HOURS = 24  # the same number is content (extras.otip.notify_within_hours); a test ties them


@dataclass(frozen=True)
class Deadline:
    kind: str  # "otip"
    label: str
    due: datetime
    met: bool
    met_at: datetime | None
    overdue: bool  # not met and past due
    remaining: timedelta  # due - now; negative once past due
    late: bool = False  # met, but after the due time
    basis: str = ""  # what the due time was counted from
    # The moment counted from (UTC) and which one it is: "suspicion" (entered by the
    # CSW), "contact_start", "contact_date" (no start time) or "created" (the record).
    start: datetime | None = None
    basis_kind: str = ""
    # OTIP notified (e.g. by phone) but the Request for Assistance not yet submitted:
    # the guide's mandated report is the RFA, so it is still due.
    rfa_pending: bool = False

    @property
    def suspicion_entered(self) -> bool:
        return self.basis_kind == "suspicion"

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "label": self.label,
            "due": self.due.isoformat(),
            "met": self.met,
            "met_at": self.met_at.isoformat() if self.met_at else None,
            "overdue": self.overdue,
            "remaining_seconds": int(self.remaining.total_seconds()),
            "late": self.late,
            "basis": self.basis,
            "start": self.start.isoformat() if self.start else None,
            "basis_kind": self.basis_kind,
            "rfa_pending": self.rfa_pending,
        }


def aware(moment: datetime) -> datetime:
    """Times are UTC in the model; a naive value is taken as UTC rather than refused.

    An aware value in another zone is converted to UTC, so that adding hours adds
    elapsed hours: Python adds a timedelta to the wall clock of the value's own zone
    (24 h after 2026-03-07 12:00 in Los Angeles would be 23 real hours).
    """
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


BASES = {
    "suspicion": "counted from the time of suspicion recorded by the CSW",
    "contact_start": "time of suspicion not recorded; counted from the contact's start, "
    "the earliest time this record shows - enter when it was first suspected",
    "contact_date": "time of suspicion not recorded; counted from the start of the contact "
    "date (no start time entered), the earliest time this record shows - enter when it was "
    "first suspected",
    "created": "time of suspicion not recorded; counted from when this record was started, "
    "the earliest time it shows - enter when it was first suspected",
}


def otip_start(
    suspicion_at: datetime | None,
    created_at: datetime,
    contact_date: date | None = None,
    contact_start: time | None = None,
) -> tuple[datetime, str]:
    """(the moment the 24 hours run from, in UTC; its kind, a key of ``BASES``).

    The suspicion time the CSW entered; else the earliest time the record shows,
    so the deadline is never later than the one the CSW would count: the contact's
    start (local date and time, as typed) when it is earlier than the record's
    creation, else the creation. The interview list and the window both use this.
    """
    if suspicion_at is not None:
        return aware(suspicion_at), "suspicion"
    start, kind = aware(created_at), "created"
    if contact_date is not None:
        contact = local_start(contact_date, contact_start)
        if contact < start:
            start, kind = contact, "contact_start" if contact_start is not None else "contact_date"
    return start, kind


def deadlines(interview: Interview, now: datetime) -> list[Deadline]:
    now = aware(now)
    special = interview.special
    if special.foreign_national != YesNoUnknown.YES or not trafficking_suspected(interview):
        return []
    start, kind = otip_start(
        special.suspicion_at,
        interview.created_at,
        interview.contact.date,
        interview.contact.start_time,
    )
    due = start + timedelta(hours=OTIP_HOURS)  # elapsed hours: start is UTC
    met_at = aware(special.otip_notified_at) if special.otip_notified_at else None
    met = met_at is not None
    return [
        Deadline(
            kind="otip",
            label="Notify the Office on Trafficking in Persons (OTIP) within 24 hours of suspicion "
            "(Request for Assistance through Shepherd)",
            due=due,
            met=met,
            met_at=met_at,
            overdue=not met and now > due,
            remaining=due - now,
            late=met and met_at is not None and met_at > due,
            basis=BASES[kind],
            start=start,
            basis_kind=kind,
            rfa_pending=met and not special.rfa_submitted,
        )
    ]
