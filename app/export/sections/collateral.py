"""9. Collateral contacts."""

from __future__ import annotations

from app.export.blocks import Block, Fields, Para
from app.export.fmt import METHOD_LABELS, fmt_date, joined, or_dash, text_of
from app.export.sections.base import SectionInput, section


@section(id="collateral", title="Collateral contacts", order=90)
def build(src: SectionInput) -> list[Block]:
    blocks: list[Block] = []
    for c in src.interview.collateral_contacts:
        kind = text_of(src.bank, c.type) if c.type else ""
        blocks.append(
            Fields(
                title=joined([kind, c.name], ": "),
                rows=[
                    ("Type", or_dash(kind)),
                    ("Name", or_dash(c.name)),
                    ("Agency", or_dash(c.agency)),
                    ("Contacted on", fmt_date(c.contacted_on)),
                    ("Method", METHOD_LABELS.get(c.method, str(c.method))),
                    ("Summary", or_dash(c.summary)),
                ],
            )
        )
    return blocks or [Para("No collateral contacts recorded.")]
