"""7. Associates, exploiters and other possible victims."""

from __future__ import annotations

from app.export.blocks import Block
from app.export.finding_blocks import associate_blocks
from app.export.sections.base import SectionInput, section


@section(id="associates", title="Associates, exploiters and other possible victims", order=70)
def build(src: SectionInput) -> list[Block]:
    return associate_blocks(src.interview)
