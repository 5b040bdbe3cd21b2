"""The contact summary as neutral blocks: what both the PDF and the paste text print.

Building the content once keeps the PDF, the paste text and the preview in step:
they differ only in layout. Every string here is plain text (never markup); the
PDF escapes it on the way in (``app.export.glyphs.para_text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from app.model import (
    ContactMethod,
    ContactOutcome,
    Interview,
    Response,
    Source,
    StepStatus,
    YesNoUnknown,
    utcnow,
)

CONFIDENTIAL = "Confidential \u2014 contains information about a minor"
TRAINING_BANNER = "TRAINING \u2014 FICTIONAL CASE"
NONE_RECORDED = "None recorded."


@dataclass
class Para:
    text: str
    style: str = "body"  # "body", "quote" (the person's own words), "muted", "sub" (subheading)


@dataclass
class Fields:
    """Label: value lines (labels are ours, values are the record's)."""

    rows: list[tuple[str, str]]
    title: str = ""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # fractions of the text width, summing to 1


@dataclass
class BodyMarks:
    """The body outline with numbered marks; drawn in the PDF, listed in text."""

    marks: list[tuple[int, str, float, float]]  # number, side, x, y


Block = Para | Fields | Table | BodyMarks


@dataclass
class SummarySection:
    id: str
    number: int
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Summary:
    header: list[tuple[str, str]]
    sections: list[SummarySection]
    training: bool
    produced: datetime
    title: str = "Contact summary"


# --- plain-text formatting of model values -------------------------------------------

RESPONSE_LABELS = {
    Response.YES: "Yes",
    Response.NO: "No",
    Response.UNSURE: "Unsure",
    Response.DECLINED: "Declined to answer",
    Response.NOT_ASKED: "Not asked",
    Response.ANSWERED: "Answered",
}
SOURCE_LABELS = {
    Source.OBSERVED: "observed by CSW",
    Source.YOUTH: "youth",
    Source.CAREGIVER: "caregiver",
    Source.COLLATERAL: "collateral",
    Source.RECORD: "record",
}
STATUS_LABELS = {
    StepStatus.PENDING: "Pending",
    StepStatus.DONE: "Done",
    StepStatus.NOT_APPLICABLE: "Not applicable",
}
METHOD_LABELS = {
    ContactMethod.IN_PERSON: "In person",
    ContactMethod.PHONE: "Phone",
    ContactMethod.VIDEO: "Video",
}
OUTCOME_LABELS = {ContactOutcome.COMPLETED: "completed", ContactOutcome.ATTEMPTED: "attempted"}
YNU_LABELS = {YesNoUnknown.YES: "Yes", YesNoUnknown.NO: "No", YesNoUnknown.UNKNOWN: "Unknown"}


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else "\u2014"


def fmt_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value else "\u2014"


def fmt_dt(value: datetime | None) -> str:
    """Local wall-clock time: the CSW enters local times into CWS/CMS."""
    if value is None:
        return "\u2014"
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%Y-%m-%d %H:%M %Z").strip()


def joined(values: list[str], sep: str = ", ") -> str:
    return sep.join(v for v in values if v) or "\u2014"


def or_dash(value: str) -> str:
    return value if value.strip() else "\u2014"


def header_rows(interview: Interview) -> list[tuple[str, str]]:
    y, c = interview.youth, interview.contact
    rows: list[tuple[str, str]] = [("Youth", or_dash(y.name))]
    if y.akas:
        rows.append(("AKAs / monikers", joined(y.akas)))
    if y.referral_number:
        rows.append(("Referral number", y.referral_number))
    if y.client_id:
        rows.append(("Client ID", y.client_id))
    rows += [
        ("Contact date", fmt_date(c.date)),
        ("Start \u2013 end", f"{fmt_time(c.start_time)} \u2013 {fmt_time(c.end_time)}"),
        ("Method", f"{METHOD_LABELS.get(c.method, str(c.method))}, "
                   f"{OUTCOME_LABELS.get(c.outcome, str(c.outcome))}"),
        ("Location", or_dash(c.location)),
        ("Interviewee", _interviewee(interview)),
        ("Participants", joined(c.participants)),
        ("Interpreter", c.interpreter or "None"),
    ]
    if c.language:
        rows.append(("Language", c.language))
    if c.purpose:
        rows.append(("Purpose", c.purpose))
    rows += [("CSW", or_dash(c.csw)), ("Content version", or_dash(interview.content_version))]
    return rows


def _interviewee(interview: Interview) -> str:
    who = interview.interviewee
    parts = [str(who.type).capitalize()]
    if who.name:
        parts.append(who.name)
    if who.relationship and who.relationship != "self":
        parts.append(f"({who.relationship})")
    return " ".join(parts)


def build_summary(interview, bank, *, training: bool = False, now: datetime | None = None,
                  ) -> Summary:
    """Everything the contact summary says, section by section, in CWS/CMS order."""
    from app.export.sections import build_sections  # late: sections imports this module

    return Summary(
        header=header_rows(interview),
        sections=build_sections(interview, bank, now or utcnow()),
        training=training or interview.training,
        produced=now or utcnow(),
    )
