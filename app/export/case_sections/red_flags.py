"""3. Red flags observed across the case: the chart's columns, each flag's sources and the
contact it was learned in ("caregiver, 11/14"), the note; tallies per category."""

from __future__ import annotations

from app.export.blocks import Block
from app.export.case_sections.base import CaseSectionInput, case_section
from app.export.finding_blocks import red_flag_blocks


@case_section(id="red_flags", title="Red flags observed", order=30)
def build(src: CaseSectionInput) -> list[Block]:
    return red_flag_blocks(src.view, src.bank, src.now, src.learned_in)
