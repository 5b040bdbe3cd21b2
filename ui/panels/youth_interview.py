"""Youth interview: rapport and the guide's notes first, then the open-ended
questions, then the more specific ones (all from the content bank)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.content.bank import ContentBank
from app.model import Interview, IntervieweeType
from ui.panels.base import register
from ui.panels.questions import QuestionPanel


@register
class YouthInterviewPanel(QuestionPanel):
    panel_id = "youth"
    title = QT_TRANSLATE_NOOP("Panels", "Youth interview")
    order = 20
    record_parts = ("answers",)
    guide_sections = ("youth.rapport", "youth.notes", "youth.techniques")
    question_sections = ("youth.open_ended", "youth.specific")
    words_label = QT_TRANSLATE_NOOP("Panels", "The youth's own words")

    @classmethod
    def applies(cls, interview: Interview, bank: ContentBank) -> bool:
        return interview.interviewee.type == IntervieweeType.YOUTH
