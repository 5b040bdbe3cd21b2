"""Caregiver interview: the opening guidance, then the guide's questions."""

from __future__ import annotations

from ui.panels.base import register
from ui.panels.declared import CaregiverInterview
from ui.panels.questions import QuestionPanel


@register
class CaregiverInterviewPanel(QuestionPanel):
    declared = CaregiverInterview
