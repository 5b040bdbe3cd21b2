"""1. Allegations: each entered (CWS/CMS words), then the rules' suggestions not yet entered."""

from __future__ import annotations

from app.export.blocks import Block
from app.export.finding_blocks import allegation_blocks
from app.export.sections.base import SectionInput, section


@section(id="allegations", title="Allegations", order=10)
def build(src: SectionInput) -> list[Block]:
    return allegation_blocks(src.interview, src.bank, src.now)
