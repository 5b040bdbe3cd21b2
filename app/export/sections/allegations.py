"""1. Allegations: each entered (CWS/CMS words), then the rules' suggestions not yet entered."""

from __future__ import annotations

from app.content.bank import ContentBank
from app.export import rules_view
from app.export.blocks import Block, Fields, Para
from app.export.fmt import or_dash
from app.export.sections.base import SectionInput, section

CONCLUSION_LABELS = {
    "substantiated": "Substantiated",
    "inconclusive": "Inconclusive",
    "unfounded": "Unfounded",
}


def subcategory_name(bank: ContentBank, sub_id: str) -> str:
    try:
        return bank.subcategory(sub_id).cwscms_name
    except KeyError:
        return sub_id or "\u2014"


@section(id="allegations", title="Allegations", order=10)
def build(src: SectionInput) -> list[Block]:
    interview, bank = src.interview, src.bank
    blocks: list[Block] = []
    for i, a in enumerate(interview.allegations, start=1):
        sub = subcategory_name(bank, a.subcategory)
        conclusion = (
            CONCLUSION_LABELS.get(str(a.proposed_conclusion), str(a.proposed_conclusion))
            if a.proposed_conclusion
            else "Not decided"
        )
        blocks.append(
            Fields(
                title=f"Allegation {i}",
                rows=[
                    ("Alleged Victim", or_dash(a.alleged_victim)),
                    ("Alleged Perpetrator", or_dash(a.alleged_perpetrator)),
                    ("Abuse Category", "Exploitation"),
                    ("Abuse Subcategory", sub),
                    ("Proposed conclusion", conclusion),
                    ("Reasons", or_dash(a.reasons)),
                ],
            )
        )
    if not interview.allegations:
        blocks.append(Para("No allegations recorded."))
    for text in rules_view.suggestion_lines(interview, bank, src.now):
        # The tool's sentence, then one reason a line (issue 13).
        blocks += [Para(line) for line in text.split("\n")]
    return blocks
