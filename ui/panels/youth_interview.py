"""Youth interview: rapport and the guide's notes first, then the open-ended
questions, then the more specific ones (all from the content bank)."""

from __future__ import annotations

from ui.panels.base import register
from ui.panels.declared import YouthInterview
from ui.panels.questions import QuestionPanel


@register
class YouthInterviewPanel(QuestionPanel):
    declared = YouthInterview
