"""2. At-risk determination over the whole case: the rule's verdict and reasons, then each
indicator and labor-risk factor with the contact it was learned in."""

from __future__ import annotations

from app.export import rules_view
from app.export.blocks import NONE_RECORDED, Block, Fields, Para, Table
from app.export.case_sections.base import CaseSectionInput, case_section
from app.export.fmt import text_of


@case_section(id="at_risk", title="At-risk determination", order=20)
def build(src: CaseSectionInput) -> list[Block]:
    view, bank = src.view, src.bank
    verdict, reasons = rules_view.at_risk(view, bank, src.now)
    blocks: list[Block] = [Fields(rows=[("At risk of commercial sexual exploitation", verdict)])]
    blocks += [Para(r) for r in reasons]
    marked = [ind for ind in bank.at_risk_indicators if ind.id in view.at_risk_indicators]
    if marked:
        rows = []
        for ind in marked:
            mark = view.at_risk_indicators[ind.id]
            rows.append([ind.id, ind.text, ind.group, src.learned_in(mark.contact_id), mark.note])
        blocks.append(
            Table(
                ["", "Indicator", "Group", "Learned in", "Note"],
                rows,
                [0.05, 0.45, 0.08, 0.17, 0.25],
            )
        )
    else:
        blocks.append(Para("No at-risk indicators marked.", "muted"))
    blocks.append(Para("Labor trafficking risk factors", "sub"))
    if view.labor_risk_factors:
        blocks.append(
            Table(
                ["Factor", "Learned in", "Note"],
                [
                    [text_of(bank, fid), src.learned_in(mark.contact_id), mark.note]
                    for fid, mark in view.labor_risk_factors.items()
                ],
                [0.50, 0.20, 0.30],
            )
        )
    else:
        blocks.append(Para(NONE_RECORDED, "muted"))
    return blocks
