"""What an answer stands for: one rule for the navigator, the question card and the summary.

"Not asked" is the stored default of ``Answer.response``, so it cannot tell "the CSW chose
'Not asked'" from "the CSW typed words and chose nothing". Words typed (the person's own
words or the CSW's notes) mean the question was asked; only an answer with no response and
no words reads as "not asked". Open-ended questions (the guide's "Open-ended questions")
are answered in words: their choices are "Answered / Declined to answer / Not asked", and
typed own words with no choice read as "Answered".
"""

from __future__ import annotations

from app.model import Answer, Response

# Content sections whose questions are open-ended (youth.json "Open-ended questions").
OPEN_SECTIONS = frozenset({"youth.open_ended"})

SPECIFIC_CHOICES = (
    Response.YES,
    Response.NO,
    Response.UNSURE,
    Response.DECLINED,
    Response.NOT_ASKED,
)
OPEN_CHOICES = (Response.ANSWERED, Response.DECLINED, Response.NOT_ASKED)


def is_open_question(item_id: str) -> bool:
    return item_id.rpartition(".")[0] in OPEN_SECTIONS


def choices_for(item_id: str) -> tuple[Response, ...]:
    """The response choices offered for an item, in the order shown."""
    return OPEN_CHOICES if is_open_question(item_id) else SPECIFIC_CHOICES


def has_words(answer: Answer) -> bool:
    return bool(answer.own_words.strip() or answer.notes.strip())


def was_asked(answer: Answer | None) -> bool:
    """True when anything was recorded: a response other than "not asked", or words."""
    return answer is not None and (answer.response != Response.NOT_ASKED or has_words(answer))


def shown_response(answer: Answer | None) -> Response | None:
    """The response an answer stands for, as the card ticks it and the summary prints it.

    None: nothing to show as chosen (no answer, or words typed with no response chosen
    that no choice describes). ``NOT_ASKED`` only when nothing at all was entered.
    """
    if answer is None:
        return None
    if answer.response != Response.NOT_ASKED:
        return answer.response
    if answer.own_words.strip():
        return Response.ANSWERED
    if answer.notes.strip():
        return None
    return Response.NOT_ASKED
