"""4. At-risk determination: the rule's verdict and reasons, indicators, labor-risk factors."""

from __future__ import annotations

from app.export import rules_view
from app.export.blocks import NONE_RECORDED, Block, Fields, Para, Table
from app.export.fmt import or_dash, text_of
from app.export.sections.base import SectionInput, section


@section(id="at_risk", title="At-risk determination", order=40)
def build(src: SectionInput) -> list[Block]:
    interview, bank = src.interview, src.bank
    blocks: list[Block] = []
    verdict, reasons = rules_view.at_risk(interview, bank, src.now)
    blocks.append(Fields(rows=[("At risk of commercial sexual exploitation", verdict)]))
    blocks += [Para(r) for r in reasons]
    marked = [ind for ind in bank.at_risk_indicators if ind.id in interview.at_risk_indicators]
    if marked:
        blocks.append(
            Table(
                ["", "Indicator", "Group", "Note"],
                [
                    [ind.id, ind.text, ind.group, interview.at_risk_indicators[ind.id].note]
                    for ind in marked
                ],
                [0.05, 0.55, 0.08, 0.32],
            )
        )
    else:
        blocks.append(Para("No at-risk indicators marked.", "muted"))
    blocks.append(Para("Labor trafficking risk factors", "sub"))
    factors = interview.labor_risk_factors
    if factors:
        blocks.append(
            Fields(rows=[(text_of(bank, fid), or_dash(mark.note)) for fid, mark in factors.items()])
        )
    else:
        blocks.append(Para(NONE_RECORDED, "muted"))
    return blocks
