"""Training mode: fictional scenarios, coaching, debrief and a store kept apart (docs/training.md).

The window calls only these names. Nothing here imports Qt; the PDF modules
(reportlab) load only when a debrief is printed.
"""

from __future__ import annotations

from app.training.answer_key import check_key, rule_outcome
from app.training.case import (
    contact_facts,
    contact_label,
    contact_labels,
    next_contact,
    scripted_case,
)
from app.training.coaching import CoachNote, PanelOrder, coach
from app.training.debrief import AreaResult, Debrief, DebriefItem, debrief
from app.training.marking import TRAINING_MARK, mark_json, mark_text
from app.training.scenario import (
    Scenario,
    ScenarioContact,
    ScenarioError,
    ScenarioResponse,
    load_scenario,
    load_scenarios,
    scenario_by_id,
)
from app.training.store import (
    TrainingStore,
    TrainingStoreError,
    default_training_path,
    open_training_store,
    reset_training_store,
)
from app.training.walkthrough import scripted_interview, start_interview, suspicion_time

__all__ = [
    "TRAINING_MARK",
    "AreaResult",
    "CoachNote",
    "Debrief",
    "DebriefItem",
    "PanelOrder",
    "Scenario",
    "ScenarioContact",
    "ScenarioError",
    "ScenarioResponse",
    "TrainingStore",
    "TrainingStoreError",
    "check_key",
    "coach",
    "contact_facts",
    "contact_label",
    "contact_labels",
    "debrief",
    "default_training_path",
    "load_scenario",
    "load_scenarios",
    "mark_json",
    "mark_text",
    "next_contact",
    "open_training_store",
    "render_debrief_pdf",
    "reset_training_store",
    "rule_outcome",
    "scenario_by_id",
    "scripted_case",
    "scripted_interview",
    "start_interview",
    "suspicion_time",
]


def render_debrief_pdf(debrief: Debrief, path):  # noqa: ANN001, ANN201 - thin lazy wrapper
    """See ``app.training.debrief_pdf.render_debrief_pdf`` (imported on first use: reportlab)."""
    from app.training.debrief_pdf import render_debrief_pdf as render  # noqa: PLC0415 - reportlab, on first use

    return render(debrief, path)
