"""Contact summary export: PDF, paste-ready text and the language check (no Qt).

The window and the CLI call only these names (docs/export.md):

- ``render_pdf(interview, bank, path, *, password=None, training=False, now=None,
  should_cancel=None) -> ExportResult``
- ``paste_sections(interview, bank, *, training=False, now=None) -> list[PasteSection]``
- ``render_text(interview, bank, *, training=False, now=None) -> str``
- ``check_language(interview, bank) -> list[LanguageFinding]``, ``apply_fix``, ``fixed_text``
- ``build_summary(...)`` for a preview that wants the blocks themselves.
"""

from __future__ import annotations

from app.export.language import LanguageFinding, apply_fix, check_language, fixed_text
from app.export.paste import PASTE_LIMIT, PasteSection, paste_sections, render_text
from app.export.pdf import ExportCancelled, ExportResult, render_pdf
from app.export.summary import Summary, build_summary

__all__ = [
    "PASTE_LIMIT",
    "ExportCancelled",
    "ExportResult",
    "LanguageFinding",
    "PasteSection",
    "Summary",
    "apply_fix",
    "build_summary",
    "check_language",
    "fixed_text",
    "paste_sections",
    "render_pdf",
    "render_text",
]
