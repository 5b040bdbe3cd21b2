"""The contact summary's eleven sections, one file each, in CWS/CMS order.

Importing this package registers every section (``app.export.sections.base``).
"""

from __future__ import annotations

from app.export.sections import (  # noqa: F401 - imported for registration
    allegations,
    associates,
    at_risk,
    collateral,
    deadlines,
    narrative,
    needs,
    online,
    red_flags,
    responsibilities,
    tattoos,
)
from app.export.sections.base import (
    Section,
    SectionInput,
    build_sections,
    registered_sections,
    section,
)

__all__ = ["Section", "SectionInput", "build_sections", "registered_sections", "section"]
