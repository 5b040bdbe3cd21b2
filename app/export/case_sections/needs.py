"""6. Needs and services referred across the case, each with the contact it came up in."""

from __future__ import annotations

from app.export.blocks import NONE_RECORDED, Block, Para, Table
from app.export.case_sections.base import CaseSectionInput, case_section
from app.export.fmt import fmt_date, text_of


@case_section(id="needs", title="Needs and services referred", order=60)
def build(src: CaseSectionInput) -> list[Block]:
    view, bank = src.view, src.bank
    blocks: list[Block] = [Para("Needs", "sub")]
    if view.needs:
        blocks.append(
            Table(
                ["Need", "Learned in", "Note"],
                [
                    [text_of(bank, nid), src.learned_in(mark.contact_id), mark.note]
                    for nid, mark in view.needs.items()
                ],
                [0.45, 0.20, 0.35],
            )
        )
    else:
        blocks.append(Para(NONE_RECORDED, "muted"))
    blocks.append(Para("Services referred", "sub"))
    if view.services:
        blocks.append(
            Table(
                ["Service", "Referred", "Recorded in", "Note"],
                [
                    [
                        text_of(bank, sid),
                        fmt_date(ref.referred_on) if ref.referred_on else "",
                        src.learned_in(ref.contact_id),
                        ref.note,
                    ]
                    for sid, ref in view.services.items()
                ],
                [0.38, 0.14, 0.18, 0.30],
            )
        )
    else:
        blocks.append(Para(NONE_RECORDED, "muted"))
    return blocks
