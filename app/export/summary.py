"""The contact summary as neutral blocks: what both the PDF and the paste text print.

Building the content once keeps the PDF, the paste text and the preview in step:
they differ only in layout. Every string here is plain text (never markup); the
PDF escapes it on the way in (``app.export.glyphs.para_text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from app.localtime import fmt_wall_time, format_local
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
# The supervisor's review: blank lines to sign and date on paper.
REVIEW_LABEL = "Reviewed by"
REVIEW_DATE_LABEL = "Date"


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
    # The county's heading (agency, office, unit; set once in Preferences), top of page 1.
    letterhead: tuple[str, ...] = ()
    content_version: str = ""  # printed in the footer


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


def fmt_time(value: time | None, day: date | None = None) -> str:
    """A time of day the CSW entered; with its day, the local zone is named ("09:30 PST")."""
    if not value:
        return "\u2014"
    return fmt_wall_time(day, value) if day is not None else value.strftime("%H:%M")


def fmt_dt(value: datetime | None) -> str:
    """Local wall-clock time with the zone named: the CSW enters local times into CWS/CMS.
    A naive value is UTC, as everywhere in the model."""
    if value is None:
        return "\u2014"
    return format_local(value)


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
        ("Start \u2013 end", _span(c.date, c.start_time, c.end_time)),
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
    rows.append(("CSW", or_dash(c.csw)))  # the content version is in the footer
    return rows


def _span(day: date | None, start: time | None, end: time | None) -> str:
    """ "09:30 \u2013 10:45 PST": the zone once when both ends share it."""
    first, last = fmt_time(start, day), fmt_time(end, day)
    zone = first.rpartition(" ")[2]
    if start and end and " " in first and last.endswith(" " + zone):
        first = first.rpartition(" ")[0]
    return f"{first} \u2013 {last}"


def _interviewee(interview: Interview) -> str:
    who = interview.interviewee
    parts = [str(who.type).capitalize()]
    if who.name:
        parts.append(who.name)
    if who.relationship and who.relationship != "self":
        parts.append(f"({who.relationship})")
    return " ".join(parts)


def build_summary(interview, bank, *, training: bool = False, now: datetime | None = None,
                  letterhead: tuple[str, ...] | list[str] = ()) -> Summary:
    """Everything the contact summary says, section by section, in CWS/CMS order.
    ``letterhead``: the county's heading lines (agency, office, unit); blanks dropped."""
    from app.export.sections import build_sections  # late: sections imports this module

    return Summary(
        header=header_rows(interview),
        sections=build_sections(interview, bank, now or utcnow()),
        training=training or interview.training,
        produced=now or utcnow(),
        letterhead=tuple(line.strip() for line in letterhead if line and line.strip()),
        content_version=interview.content_version,
    )


def footer_note(summary: Summary) -> str:
    """ "Content version 2026.11.0 \u00b7 Produced 2026-11-20 11:00 PST" """
    produced = f"Produced {fmt_dt(summary.produced)}"
    if summary.content_version:
        return f"Content version {summary.content_version} \u00b7 {produced}"
    return produced
