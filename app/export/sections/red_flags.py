"""3. Red flags observed: the chart's columns, sources and note; tallies per category."""

from __future__ import annotations

from app.export.blocks import Block
from app.export.finding_blocks import red_flag_blocks
from app.export.sections.base import SectionInput, section


@section(id="red_flags", title="Red flags observed", order=30)
def build(src: SectionInput) -> list[Block]:
    return red_flag_blocks(src.interview, src.bank, src.now)
