"""Coaching as the trainee goes: pure functions over the in-progress interview.

``coach(interview, scenario, bank, visited_panels, panels)`` returns the notes the
window shows beside the panel, each quoting the guide's reason. ``panels`` is the
window's own order of its panels and which panel holds which part of the record
(``PanelOrder``, given by the caller: the core never knows the window's ids):

- a labelling term in the trainee's own text (the export's language check,
  ``app.export.language.check_language``, over ``data/language/terms.json``), or
  a clinical term in their interview notes (``data/scenarios/
  coaching/clinical-terms.json``); the person's own words are quotes and never checked;
- moving past the tattoo or online panel without recording anything when the
  scenario gave cause;
- skipping rapport (the rapport item not recorded before the first question) or
  basic needs (no basic-needs item recorded before the specific questions).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.answers import was_asked
from app.content.bank import ContentBank
from app.model import Answer, Interview, IntervieweeType
from app.training.scenario import Scenario, scenarios_dir

RAPPORT_ITEM = "youth.rapport.r01"


@dataclass(frozen=True)
class PanelOrder:
    """The caller's panels, in the order a CSW works (issue 4), and which panel holds
    which part of the record (``app.store.parts`` names: "tattoos",
    "online_accounts"). "Moved past" a part means a later panel in ``order`` was
    opened after the one holding it. The window builds this from its panel
    registry (``ui.training.session.panel_order``)."""

    order: tuple[str, ...] = ()
    holds: Mapping[str, str] = field(default_factory=dict)  # record part -> panel id

    def holder(self, part: str) -> str:
        """The panel holding ``part``, or "" when no panel does."""
        return self.holds.get(part, "")


@dataclass(frozen=True)
class CoachNote:
    kind: str  # "language", "clinical_term", "tattoos", "online", "rapport", "basic_needs"
    message: str  # what the trainee did, plainly
    guide: str  # the guide's reason, quoted from the content bank or term list
    guide_ref: str = ""  # content id (or term id) the reason comes from
    path: str = ""  # the field, for text findings: "answers[youth.open_ended.q03].notes"
    context: str = ""  # the words around a text finding

    def to_dict(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in ("kind", "message", "guide", "guide_ref", "path",
                                              "context")}  # fmt: skip


def coach(
    interview: Interview,
    scenario: Scenario,
    bank: ContentBank,
    visited_panels: Sequence[str] = (),
    panels: PanelOrder | None = None,
) -> list[CoachNote]:
    """``panels`` None (no window): no note about moving past a panel.

    In a case with several contacts (issue 14) the notes are about the contact open:
    its interviewee's questions and what that contact gives cause to ask.
    """
    scenario = scenario.for_interviewee(interview.interviewee.type)
    notes = language_notes(interview, bank)
    notes += clinical_notes(interview, bank)
    notes += panel_notes(interview, scenario, bank, visited_panels, panels or PanelOrder())
    notes += opening_notes(interview, scenario, bank, visited_panels)
    return notes


def language_notes(interview: Interview, bank: ContentBank) -> list[CoachNote]:
    # Imported on first use: app.export loads reportlab, which training's start does not need.
    from app.export.language import check_language  # noqa: PLC0415 - app.export loads reportlab

    return [
        CoachNote(
            kind="language",
            message=f"You wrote \u201c{f.matched}\u201d. {f.suggestion}",
            guide=f.reason,
            guide_ref=f.term_id,
            path=f.path,
            context=f.context,
        )
        for f in check_language(interview, bank)
    ]


@lru_cache(maxsize=2)
def _clinical_terms(path: Path) -> tuple[Any, ...]:
    """The clinical terms as the export's ``Term``s, so matching works exactly like its check."""
    from app.export.language import Term  # noqa: PLC0415 - app.export loads reportlab

    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Term(
            id=t["id"],
            term=t["id"].replace("_", " "),
            regex=re.compile(r"\b(?:" + "|".join(t["patterns"]) + r")\b", re.IGNORECASE),
            reason="",  # the guide's reason is the technique, quoted from the bank
            suggestion=t["suggestion"],
        )
        for t in data["terms"]
    )


def clinical_terms_path() -> Path:
    return scenarios_dir() / "coaching" / "clinical-terms.json"


def clinical_notes(interview: Interview, bank: ContentBank) -> list[CoachNote]:
    from app.export.language import CONTEXT, find_terms  # noqa: PLC0415 - app.export loads reportlab

    guide = bank.item("youth.techniques.t05").text
    terms = _clinical_terms(clinical_terms_path())
    notes = []
    # Only the notes taken while asking: the narrative and allegation reasons are
    # written for CWS/CMS, where the export's language check suggests plain legal words.
    for key, answer in interview.answers.items():
        text = answer.notes or ""
        for term, m in find_terms(text, terms):
            a, b = max(0, m.start() - CONTEXT), min(len(text), m.end() + CONTEXT)
            notes.append(CoachNote(
                kind="clinical_term",
                message=f"You wrote \u201c{m.group(0)}\u201d in your interview notes. With "
                        f"youth, avoid clinical terms. {term.suggestion}",
                guide=guide,
                guide_ref="youth.techniques.t05",
                path=f"answers[{key}].notes",
                context=" ".join(text[a:b].split()),
            ))  # fmt: skip
    return notes


def moved_past(panel: str, visited: Sequence[str], order: Sequence[str]) -> bool:
    """True when, after its last visit (or without one), a later panel in ``order`` was opened."""
    if panel not in order:
        return False
    panels = [v.partition("/")[0] for v in visited]  # "youth/<page>" -> "youth"
    later = set(order[list(order).index(panel) + 1 :])
    last = max((i for i, p in enumerate(panels) if p == panel), default=-1)
    return any(p in later for p in panels[last + 1 :])


def panel_notes(
    interview: Interview,
    scenario: Scenario,
    bank: ContentBank,
    visited: Sequence[str],
    panels: PanelOrder,
) -> list[CoachNote]:
    def past(part: str) -> bool:
        return moved_past(panels.holder(part), visited, panels.order)

    notes = []
    if scenario.cause.tattoos and past("tattoos") and not interview.tattoos:
        notes.append(CoachNote(
            kind="tattoos",
            message="You moved on from tattoos without recording any, and this case gave cause "
                    "to ask about them.",
            guide=bank.item("youth.techniques.t12").text,
            guide_ref="youth.techniques.t12",
        ))  # fmt: skip
    no_accounts = not interview.online_accounts
    if scenario.cause.online and past("online_accounts") and no_accounts:
        youth = interview.interviewee.type == IntervieweeType.YOUTH
        ref = "youth.techniques.t04" if youth else "online.signs"
        guide = bank.item(ref).text if youth else bank.section(ref).intro
        notes.append(CoachNote(
            kind="online",
            message="You moved on from social media and online accounts without recording any, "
                    "and this case gave cause to ask about them.",
            guide=guide,
            guide_ref=ref,
        ))  # fmt: skip
    return notes


def _asked(answer: Answer | None) -> bool:
    return was_asked(answer)  # words typed mean asked: one rule (app/answers.py)


def _first_time(interview: Interview, ids: Sequence[str]) -> datetime | None:
    times = [
        a.updated_at
        for k in ids
        if _asked(a := interview.answers.get(k)) and a is not None and a.updated_at is not None
    ]
    return min(times) if times else None


def _page(location: str) -> str:
    """The page part of a location from ``InterviewView.current_panel()`` ("youth/<page>")."""
    return location.partition("/")[2]


def _visited_before(visited: Sequence[str], pages: set[str], targets: set[str]) -> bool:
    """One of ``pages`` was opened before the first of ``targets`` (or at all, if none was)."""
    locs = [_page(v) for v in visited]
    first = next((i for i, p in enumerate(locs) if p in targets), len(locs))
    return any(p in pages for p in locs[:first])


def _in_time(at: datetime | None, limit: datetime | None) -> bool:
    return at is not None and (limit is None or at <= limit)


def opening_notes(
    interview: Interview, scenario: Scenario, bank: ContentBank, visited: Sequence[str] = ()
) -> list[CoachNote]:
    """Rapport before the questions, and basic needs before the specific questions.

    Either signal counts: the rapport (or basic-needs) item recorded no later than
    the first question, or its guidance page opened before the first question's page
    (``visited`` holds the view's locations, "panel/page").
    """
    youth = interview.interviewee.type == IntervieweeType.YOUTH
    if youth:
        question_sections = ("youth.open_ended", "youth.specific")
        rapport_sections = ("youth.rapport",)
        needs = {it.id for s in ("youth.rapport", "youth.open_ended")
                 for it in bank.section(s).items if "basic_needs" in it.tags}  # fmt: skip
        rapport_ref, needs_ref = RAPPORT_ITEM, "youth.notes.basic_needs"
        needs_pages = {"guide.youth.rapport", "guide.youth.notes"}
        specific = {it.id for it in bank.section("youth.specific").items}
    else:
        question_sections = ("caregiver.questions",)
        rapport_sections = ("caregiver.opening",)
        needs, rapport_ref, needs_ref, needs_pages, specific = (
            set(),
            "caregiver.opening.empathy",
            "",
            set(),
            set(),
        )
    questions = {it.id for s in question_sections for it in bank.section(s).items}
    rapport = [it.id for s in rapport_sections for it in bank.section(s).items]
    rapport_pages = {f"guide.{s}" for s in rapport_sections}
    visited_pages = {_page(v) for v in visited}

    first_question = _first_time(interview, list(questions))
    if first_question is None and not visited_pages & questions:
        return []  # nothing asked yet: too early to coach
    notes = []
    rapport_ok = _in_time(_first_time(interview, rapport), first_question) or _visited_before(
        visited, rapport_pages, questions
    )
    if scenario.cause.rapport and not rapport_ok:
        notes.append(CoachNote(
            kind="rapport",
            message="You began the questions before building rapport.",
            guide=bank.item(rapport_ref).text,
            guide_ref=rapport_ref,
        ))  # fmt: skip
    first_specific = _first_time(interview, list(specific))
    specific_started = first_specific is not None or bool(visited_pages & specific)
    needs_ok = _in_time(_first_time(interview, list(needs)), first_specific) or _visited_before(
        visited, needs_pages, specific
    )
    if scenario.cause.basic_needs and youth and specific_started and not needs_ok:
        notes.append(CoachNote(
            kind="basic_needs",
            message="You reached the specific questions without checking basic needs "
                    "(food, water, restroom, sleep), and this youth gave cause.",
            guide=bank.item(needs_ref).text,
            guide_ref=needs_ref,
        ))  # fmt: skip
    return notes
