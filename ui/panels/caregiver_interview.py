"""Caregiver interview: the opening guidance, then the guide's questions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.content.bank import ContentBank
from app.model import Interview, IntervieweeType
from ui.panels.base import register
from ui.panels.questions import QuestionPanel


@register
class CaregiverInterviewPanel(QuestionPanel):
    panel_id = "caregiver"
    title = QT_TRANSLATE_NOOP("Panels", "Caregiver interview")
    order = 21
    record_parts = ("answers",)
    guide_sections = ("caregiver.opening",)
    question_sections = ("caregiver.questions",)
    words_label = QT_TRANSLATE_NOOP("Panels", "The caregiver's own words")
    # The caregiver questions carry no per-item technique; the opening's
    # empathy and cultural-humility guidance applies to all of them.
    fallback_help_items = (
        "caregiver.opening.empathy",
        "caregiver.opening.difficult",
        "caregiver.opening.cultural_humility",
    )

    @classmethod
    def applies(cls, interview: Interview, bank: ContentBank) -> bool:
        return interview.interviewee.type == IntervieweeType.CAREGIVER
