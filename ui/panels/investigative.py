"""Investigative areas to address (the guide's eleven), one at a time."""

from __future__ import annotations

from ui.panels.base import register
from ui.panels.declared import InvestigativeAreas
from ui.panels.questions import QuestionPanel


@register
class InvestigativeAreasPanel(QuestionPanel):
    declared = InvestigativeAreas
