"""The case summary's sections, one file each, in CWS/CMS order (issue 14).

Importing this package registers every case section (``app.export.case_sections.base``).
"""

from __future__ import annotations

from app.export.case_sections import (  # noqa: F401 - imported for registration
    allegations,
    associates,
    at_risk,
    contacts,
    needs,
    red_flags,
    responsibilities,
)
from app.export.case_sections.base import (
    NOT_RECORDED,
    CaseSection,
    CaseSectionInput,
    build_case_sections,
    case_findings,
    case_section,
    contact_labels,
    learned_counts,
    registered_case_sections,
)

__all__ = [
    "NOT_RECORDED",
    "CaseSection",
    "CaseSectionInput",
    "build_case_sections",
    "case_findings",
    "case_section",
    "contact_labels",
    "learned_counts",
    "registered_case_sections",
]
