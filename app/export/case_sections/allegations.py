"""1. Allegations of the case (one per subcategory, as CWS/CMS enters them), each with the
contact it was entered in; then the rules' suggestions not yet entered, over the case."""

from __future__ import annotations

from app.export.blocks import Block
from app.export.case_sections.base import CaseSectionInput, case_section
from app.export.finding_blocks import allegation_blocks


@case_section(id="allegations", title="Allegations", order=10)
def build(src: CaseSectionInput) -> list[Block]:
    return allegation_blocks(src.view, src.bank, src.now, src.learned_in)
