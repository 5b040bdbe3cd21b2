"""A determination's closing lines in the case summary ("Recorded in: caregiver, 11/14",
and the old tick to confirm) are read with the answer above them: a page never ends
between the answer and them, and they never keep with the next question (at the top of
a page they would seem to be that question's). Session 22: they followed the short-lead
rule, so a break could put "Recorded in" above the wrong determination."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from app.export.blocks import Para, SummarySection
from app.export.fmt import RECORDED_IN
from app.export.glyphs import GlyphReport
from app.export.pdf_flow import Builder
from app.rules.legacy import LEGACY_NOTE


def _flow(blocks: list[Para]) -> list[tuple[str, int]]:
    """(text, keepWithNext) of each paragraph the PDF builder makes of the blocks."""
    section = SummarySection(
        id="responsibilities", number=4, title="CSW steps and deadlines", blocks=blocks
    )
    out = []
    for f in Builder(400, GlyphReport()).section(section)[1:]:
        if isinstance(f, Paragraph):
            out.append((f.getPlainText(), int(getattr(f, "keepWithNext", 0))))
    return out


def test_recorded_in_keeps_with_the_answer_above_not_the_question_below() -> None:
    blocks = [
        Para("Step 2 determinations", "muted"),
        Para("Is the youth a victim of labor trafficking?", "question"),
        Para("Response: Yes"),
        Para("\u201cHe kept my pay.\u201d", "quote"),
        Para(f"{RECORDED_IN}: caregiver, 11/14", "muted"),
        Para("Is the youth in immediate danger?", "question"),
        Para("Response: No"),
        Para(f"{RECORDED_IN}: youth, 11/15", "muted"),
    ]
    flow = dict(_flow(blocks))
    assert flow["\u201cHe kept my pay.\u201d"] == 1, "the quote must keep with its Recorded in"
    assert flow["Response: No"] == 1, "the response must keep with its Recorded in"
    assert flow[f"{RECORDED_IN}: caregiver, 11/14"] == 0, "it must not pull the next question"


def test_an_old_tick_to_confirm_keeps_with_its_answer_and_recorded_in() -> None:
    blocks = [
        Para("Was the youth moved across a border?", "question"),
        Para("Response: Unsure"),
        Para(LEGACY_NOTE, "muted"),
        Para(f"{RECORDED_IN}: youth, 11/15", "muted"),
        Para("Is the youth in immediate danger?", "question"),
        Para("Response: No"),
    ]
    flow = _flow(blocks)
    kept = {text: keep for text, keep in flow}
    assert kept["Response: Unsure"] == 1
    assert kept[LEGACY_NOTE] == 1
    assert kept[f"{RECORDED_IN}: youth, 11/15"] == 0
