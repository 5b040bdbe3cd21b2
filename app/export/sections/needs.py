"""11. Needs and services referred."""

from __future__ import annotations

from app.export.blocks import NONE_RECORDED, Block, Fields, Para
from app.export.fmt import fmt_date, joined, or_dash, text_of
from app.export.sections.base import SectionInput, section


@section(id="needs", title="Needs and services referred", order=110)
def build(src: SectionInput) -> list[Block]:
    interview, bank = src.interview, src.bank
    blocks: list[Block] = [Para("Needs", "sub")]
    if interview.needs:
        blocks.append(
            Fields(
                rows=[
                    (text_of(bank, nid), or_dash(mark.note))
                    for nid, mark in interview.needs.items()
                ]
            )
        )
    else:
        blocks.append(Para(NONE_RECORDED, "muted"))
    blocks.append(Para("Services referred", "sub"))
    if interview.services:
        blocks.append(
            Fields(
                rows=[
                    (
                        text_of(bank, sid),
                        joined(
                            [
                                f"Referred {fmt_date(ref.referred_on)}"
                                if ref.referred_on
                                else "Referred",
                                ref.note,
                            ],
                            " \u2014 ",
                        ),
                    )
                    for sid, ref in interview.services.items()
                ]
            )
        )
    else:
        blocks.append(Para(NONE_RECORDED, "muted"))
    return blocks
