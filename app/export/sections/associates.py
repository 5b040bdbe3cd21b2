"""7. Associates, exploiters and other possible victims."""

from __future__ import annotations

from app.export.blocks import NONE_RECORDED, Block, Fields, Para
from app.export.fmt import YNU_LABELS, joined, or_dash
from app.export.sections.base import SectionInput, section


@section(id="associates", title="Associates, exploiters and other possible victims", order=70)
def build(src: SectionInput) -> list[Block]:
    interview = src.interview
    blocks: list[Block] = [Para("Associates and suspected exploiters", "sub")]
    for a in interview.associates:
        label = a.name or joined(a.nicknames)
        if a.suspected_exploiter:
            label += " (suspected exploiter)"
        blocks.append(
            Fields(
                title=label,
                rows=[
                    ("Name", or_dash(a.name)),
                    ("Nicknames", joined(a.nicknames)),
                    ("Relationship, in the youth's words", or_dash(a.relationship)),
                    ("Suspected exploiter", "Yes" if a.suspected_exploiter else "No"),
                    ("Has children", YNU_LABELS.get(a.has_children, str(a.has_children))),
                    ("Notes", or_dash(a.notes)),
                ],
            )
        )
    if not interview.associates:
        blocks.append(Para(NONE_RECORDED, "muted"))
    blocks.append(Para("Other possible victims", "sub"))
    for v in interview.other_victims:
        blocks.append(
            Fields(
                title=or_dash(v.name),
                rows=[
                    ("Name or description", or_dash(v.name)),
                    ("Where they may be", or_dash(v.where)),
                    ("Notes", or_dash(v.notes)),
                ],
            )
        )
    if not interview.other_victims:
        blocks.append(Para(NONE_RECORDED, "muted"))
    return blocks
