"""1. Allegations of the case (one per subcategory, as CWS/CMS enters them), each with the
contact it was entered in; then the rules' suggestions not yet entered, over the case."""

from __future__ import annotations

from app.export import rules_view
from app.export.blocks import Block, Fields, Para
from app.export.case_sections.base import CaseSectionInput, case_section
from app.export.fmt import or_dash

CONCLUSION_LABELS = {
    "substantiated": "Substantiated",
    "inconclusive": "Inconclusive",
    "unfounded": "Unfounded",
}


@case_section(id="allegations", title="Allegations", order=10)
def build(src: CaseSectionInput) -> list[Block]:
    view, bank = src.view, src.bank
    blocks: list[Block] = []
    for i, a in enumerate(view.allegations, start=1):
        try:
            sub = bank.subcategory(a.subcategory).cwscms_name
        except KeyError:
            sub = a.subcategory or "\u2014"
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
                    ("Entered in", src.learned_in(a.contact_id)),
                ],
            )
        )
    if not view.allegations:
        blocks.append(Para("No allegations recorded."))
    for text in rules_view.suggestion_lines(view, bank, src.now):
        blocks += [Para(line) for line in text.split("\n")]
    return blocks
