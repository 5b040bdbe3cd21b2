"""The contact summary: the header, then the registered sections in CWS/CMS order.

Building the content once keeps the PDF, the paste text and the preview in step:
they differ only in layout. The blocks are in ``app.export.blocks``, the sections
one file each in ``app.export.sections`` (a registry); every string is plain text
(never markup); the PDF escapes it on the way in (``app.export.glyphs.para_text``).
"""

from __future__ import annotations

from datetime import date, datetime, time

from app.export.blocks import (
    CONFIDENTIAL,
    NONE_RECORDED,
    REVIEW_DATE_LABEL,
    REVIEW_LABEL,
    TRAINING_BANNER,
    Block,
    BodyMarks,
    Fields,
    Para,
    Summary,
    SummarySection,
    Table,
)
from app.export.fmt import (
    METHOD_LABELS,
    OUTCOME_LABELS,
    RESPONSE_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
    YNU_LABELS,
    fmt_date,
    fmt_dt,
    fmt_time,
    joined,
    or_dash,
)
from app.export.sections import build_sections
from app.model import Interview, utcnow

# The blocks and text helpers live in leaves (``blocks``, ``fmt``) so that sections can
# use them without importing this module; they are re-exported here for the layouts.
__all__ = [
    "CONFIDENTIAL",
    "METHOD_LABELS",
    "NONE_RECORDED",
    "OUTCOME_LABELS",
    "RESPONSE_LABELS",
    "REVIEW_DATE_LABEL",
    "REVIEW_LABEL",
    "SOURCE_LABELS",
    "STATUS_LABELS",
    "TRAINING_BANNER",
    "YNU_LABELS",
    "Block",
    "BodyMarks",
    "Fields",
    "Para",
    "Summary",
    "SummarySection",
    "Table",
    "build_summary",
    "fmt_date",
    "fmt_dt",
    "fmt_time",
    "footer_note",
    "header_rows",
    "joined",
    "or_dash",
]


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
        (
            "Method",
            f"{METHOD_LABELS.get(c.method, str(c.method))}, "
            f"{OUTCOME_LABELS.get(c.outcome, str(c.outcome))}",
        ),
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


def build_summary(
    interview,
    bank,
    *,
    training: bool = False,
    now: datetime | None = None,
    letterhead: tuple[str, ...] | list[str] = (),
) -> Summary:
    """Everything the contact summary says, section by section, in CWS/CMS order.
    ``letterhead``: the county's heading lines (agency, office, unit); blanks dropped."""
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
