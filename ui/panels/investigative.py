"""Investigative areas to address (the guide's eleven), one at a time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.panels.base import register
from ui.panels.questions import QuestionPanel


@register
class InvestigativeAreasPanel(QuestionPanel):
    panel_id = "investigative"
    title = QT_TRANSLATE_NOOP("Panels", "Investigative areas")
    order = 30
    record_parts = ("answers",)
    question_sections = ("investigative_areas",)
    words_label = QT_TRANSLATE_NOOP("Panels", "What was learned, in the source's words")
    # The guide's note on consent follows these areas: ask about facts.
    fallback_help_items = ("youth.notes.consent",)
