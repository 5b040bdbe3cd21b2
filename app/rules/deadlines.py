"""Deadlines: the OTIP notification for a foreign national minor (22 USC 7105).

The guide: officials "are required to notify the Office on Trafficking in
Persons within 24-hours of a suspected case"; "This should be done upon
'suspicion,' you should not wait until the case is confirmed."
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

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
        }


def aware(moment: datetime) -> datetime:
    """Times are UTC in the model; a naive value is taken as UTC rather than refused."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def deadlines(interview: Interview, now: datetime) -> list[Deadline]:
    now = aware(now)
    special = interview.special
    if special.foreign_national != YesNoUnknown.YES or not trafficking_suspected(interview):
        return []
    if special.suspicion_at is not None:
        start = aware(special.suspicion_at)
        basis = "counted from the time of suspicion recorded by the CSW"
    else:
        # Suspected but no time recorded: count from when the interview was started,
        # the earliest moment the tool knows of, so the deadline is never later than due.
        start = aware(interview.created_at)
        basis = "time of suspicion not recorded; counted from when this interview was started"
    due = start + timedelta(hours=OTIP_HOURS)
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
            basis=basis,
        )
    ]
