"""2. Contact narrative: the CSW's narrative, then each answered question, by bank section."""

from __future__ import annotations

from app.export.blocks import Block, Para
from app.export.fmt import answer_blocks
from app.export.sections.base import SectionInput, section


@section(id="narrative", title="Contact narrative", order=20)
def build(src: SectionInput) -> list[Block]:
    interview, bank = src.interview, src.bank
    blocks: list[Block] = [
        Para("CSW narrative", "sub"),
        Para(interview.narrative or "No narrative written."),
    ]
    answered = {k: v for k, v in interview.answers.items() if not k.startswith("proc.")}
    if not answered:
        blocks.append(Para("No questions answered.", "muted"))
        return blocks
    seen: set[str] = set()
    for bank_section in bank.sections.values():
        items = [it for it in bank_section.items if it.id in answered]
        if not items:
            continue
        blocks.append(Para(bank_section.title, "sub"))
        for it in items:
            seen.add(it.id)
            blocks += answer_blocks(it.text, answered[it.id])
    for item_id in (k for k in answered if k not in seen):
        try:
            text = bank.item(item_id).text  # e.g. a labor-risk factor asked as a question
        except KeyError:
            text = f"{item_id} (not in content version {bank.version})"
        blocks += answer_blocks(text, answered[item_id])
    return blocks
