"""Contact summary export: PDF, paste-ready text and the language check (no Qt).

The window and the CLI call only these names (see docs/export.md):

- ``render_pdf(interview, bank, path, *, password=None, training=False, now=None,
  should_cancel=None) -> ExportResult``
- ``paste_sections(interview, bank, *, training=False, now=None) -> list[PasteSection]``
- ``render_text(interview, bank, *, training=False, now=None) -> str``
- ``check_language(interview, bank) -> list[LanguageFinding]`` and ``apply_fix``
- ``build_summary(...)`` for a preview that wants the blocks themselves.
"""

from __future__ import annotations

from app.export.pdf import ExportCancelled, ExportResult, render_pdf
from app.export.summary import Summary, build_summary

__all__ = ["ExportCancelled", "ExportResult", "Summary", "build_summary", "render_pdf"]
