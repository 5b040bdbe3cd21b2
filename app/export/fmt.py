"""Text helpers for the summary's sections: model values as words, small shared blocks.

A leaf of ``app.export`` (it imports no section, no layout and no reportlab), so
every section file, ``rules_view`` and ``summary`` can use it without a circle.
"""

from __future__ import annotations

from datetime import date, datetime, time

from app.answers import shown_response
from app.content.bank import ContentBank
from app.export.blocks import Block, Para
from app.localtime import fmt_wall_time, format_local
from app.model import (
    ContactMethod,
    ContactOutcome,
    Response,
    Source,
    StepRecord,
    StepStatus,
    YesNoUnknown,
)

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


def text_of(bank: ContentBank, content_id: str) -> str:
    """A content id's text; an id this content version lacks is shown as itself."""
    try:
        return bank.item(content_id).text
    except KeyError:
        pass
    try:
        return bank.red_flag(content_id).text
    except KeyError:
        return content_id


# How the summary marks the CSW's English rendering of a person's own words.
RENDERING_MARK = "CSW's English rendering"
# The line under a case's determination that names the contact it was recorded in: read
# with the answer above it, never above the next question (app/export/pdf_flow.py).
RECORDED_IN = "Recorded in"


def answer_blocks(question: str, answer) -> list[Block]:  # noqa: ANN001 - an app.model Answer
    """A question and what was answered: response, the person's own words, CSW notes."""
    shown = shown_response(answer)  # words typed mean asked: one rule with the navigator
    response = RESPONSE_LABELS.get(shown, str(shown)) if shown is not None else ""
    skipped = shown in (Response.NOT_ASKED, Response.DECLINED)
    out: list[Block] = [
        Para(f"{question}  [{response.lower()}]" if skipped else question, "question")
    ]
    if response and not skipped and not (shown == Response.ANSWERED and answer.own_words):
        out.append(Para(f"Response: {response}"))  # an answer in words shows by its quote
    if answer.own_words:
        out.append(Para(f"\u201c{answer.own_words}\u201d", "quote"))
    rendering = answer.english_rendering
    if rendering:  # beneath the own words, marked as the CSW's (issue 15)
        out.append(Para(f"{RENDERING_MARK}: {rendering}"))
    if answer.notes:
        out.append(Para(f"CSW notes: {answer.notes}"))
    return out


def status_row(number: int, text: str, record: StepRecord | None) -> list[str]:
    """A responsibility's table row: step, text, status, when, note."""
    if record is None:
        return [str(number), text, "Pending", "", ""]
    return [
        str(number),
        text,
        STATUS_LABELS.get(record.status, str(record.status)),
        fmt_dt(record.at) if record.at else "",
        record.note,
    ]
