"""The panel registry: every panel declared here, its widgets in its own file, imported
when the panel is first built (issue 17: opening an interview imports only the panels
it shows).

A declaration says what the flow, the navigator, search and training need of a panel
without building it, or importing its widgets: its id, title, order, the parts of the
record it edits, whether it applies to an interview, its progress and pages, and where
it shows a part of the record. ``Declared.widget_class()`` imports the panel's module
(``module``), whose ``Panel`` subclass names its declaration (``declared = ...``) and
registers itself with ``@register``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import rules
from app.answers import was_asked
from app.model import Answer, Interview, IntervieweeType, StepStatus
from app.rules.prompts import reporting_done, reporting_kind

if TYPE_CHECKING:
    from app.content.bank import ContentBank, Item, Section
    from ui.panels.base import Panel, PanelContext


@dataclass(frozen=True)
class PageInfo:
    """A page inside a panel (one question, say), as the navigator lists it."""

    key: str
    title: str
    status: str  # "answered", "skipped", "pending", "info"


class Declared:
    """One panel as the registry declares it (subclassed once per panel, below)."""

    panel_id: ClassVar[str] = ""
    title: ClassVar[str] = ""  # translated through the "Panels" context
    order: ClassVar[int] = 0
    # The parts of the record this panel edits (app.store.parts names: "tattoos", ...),
    # so callers can ask which panel holds a part (training's coaching does).
    record_parts: ClassVar[tuple[str, ...]] = ()
    module: ClassVar[str] = ""  # the module of its Panel subclass, imported when first built

    @classmethod
    def applies(cls, interview: Interview, bank: ContentBank) -> bool:
        return True

    @classmethod
    def display_title(cls) -> str:
        return QCoreApplication.translate("Panels", cls.title)

    # The navigator's view of a panel, answered from the interview alone: panels are
    # built (and their modules imported) only when first shown, which keeps opening fast.
    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        """(done, total); total 0 means a plain count (shown when not 0)."""
        return (0, 0)

    @classmethod
    def pages_for(cls, ctx: PanelContext) -> list[PageInfo]:
        return []

    @classmethod
    def location_for(cls, part: str, key: str) -> str:
        """Where this panel shows ``part`` (an app.store.parts name) and ``key`` (a
        content id or record id): its location, or "" if it does not hold it. The
        determinations (answers "proc.*") are the CSW responsibilities panel's."""
        if part == "answers" and key.startswith("proc."):
            return cls.panel_id if cls.panel_id == "responsibilities" else ""
        if part == "answers" and cls.panel_id == "responsibilities":
            return ""
        return cls.panel_id if part in cls.record_parts else ""

    @classmethod
    def widget_class(cls) -> type[Panel]:
        """The panel's ``Panel`` subclass, its module imported on first use."""
        if cls.panel_id not in _WIDGETS:
            import_module(cls.module)
        return _WIDGETS[cls.panel_id]


_DECLARED: dict[str, type[Declared]] = {}
_WIDGETS: dict[str, type[Panel]] = {}


def declare(cls: type[Declared]) -> type[Declared]:
    if not cls.panel_id or cls.panel_id in _DECLARED:
        raise ValueError(f"panel id missing or taken: {cls.panel_id!r}")
    if "/" in cls.panel_id:
        raise ValueError("'/' separates a panel id from a page key")
    _DECLARED[cls.panel_id] = cls
    return cls


def register(widget: type[Panel]) -> type[Panel]:
    """Register a panel's widget class under its declaration (``widget.declared``)."""
    declared = widget.declared
    if _DECLARED.get(declared.panel_id) is not declared or declared.panel_id in _WIDGETS:
        raise ValueError(f"panel not declared, or registered twice: {declared.panel_id!r}")
    _WIDGETS[declared.panel_id] = widget
    return widget


def registered_panels() -> list[type[Declared]]:
    return sorted(_DECLARED.values(), key=lambda c: (c.order, c.panel_id))


def flow_for(interview: Interview, bank: ContentBank) -> list[type[Declared]]:
    return [cls for cls in registered_panels() if cls.applies(interview, bank)]


def location_of(part: str, key: str = "") -> str:
    """The location ("red_flags", "youth/<item id>") of the panel holding ``part`` /
    ``key``, for opening a search result there; "" when no panel holds it."""
    for cls in registered_panels():
        where = cls.location_for(part, key)
        if where:
            return where
    return ""


# --- the question panels ------------------------------------------------------------


def answer_recorded(answer: Answer | None) -> bool:
    return was_asked(answer)  # one rule with the summary (app/answers.py)


def item_statuses(item_ids: list[str], interview: Interview) -> dict[str, str]:
    """answered / skipped / pending: an unanswered item before an answered one,
    or one marked "not asked", was skipped; one after the last answer is pending."""
    answered = [answer_recorded(interview.answers.get(i)) for i in item_ids]
    last = max((n for n, a in enumerate(answered) if a), default=-1)
    out: dict[str, str] = {}
    for n, item_id in enumerate(item_ids):
        if answered[n]:
            out[item_id] = "answered"
        elif item_id in interview.answers or n < last:
            out[item_id] = "skipped"
        else:
            out[item_id] = "pending"
    return out


class Questions(Declared):
    """A question panel (ui/panels/questions.py): content sections, one page each."""

    guide_sections: ClassVar[tuple[str, ...]] = ()  # shown as reading pages first
    question_sections: ClassVar[tuple[str, ...]] = ()
    words_label: ClassVar[str] = ""  # e.g. "The youth's own words"
    # Content items shown as the technique when a question carries no help of its own.
    fallback_help_items: ClassVar[tuple[str, ...]] = ()
    record_parts = ("answers",)

    @classmethod
    def location_for(cls, part: str, key: str) -> str:
        if part == "answers" and any(key.startswith(f"{s}.") for s in cls.question_sections):
            return f"{cls.panel_id}/{key}"
        return ""

    @classmethod
    def page_list(cls, bank: ContentBank) -> list[tuple[str, Section, Item | None]]:
        """(key, section, item): guidance pages (item None) first, then one per question."""
        pages: list[tuple[str, Section, Item | None]] = []
        for sid in cls.guide_sections:
            if sid in bank.sections:
                pages.append((f"guide.{sid}", bank.section(sid), None))
        for sid in cls.question_sections:
            if sid in bank.sections:
                section = bank.section(sid)
                pages.extend((it.id, section, it) for it in section.items)
        return pages

    @classmethod
    def item_ids(cls, bank: ContentBank) -> list[str]:
        return [key for key, _s, item in cls.page_list(bank) if item is not None]

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        statuses = item_statuses(cls.item_ids(ctx.bank), ctx.interview)
        return (sum(1 for s in statuses.values() if s == "answered"), len(statuses))

    @classmethod
    def pages_for(cls, ctx: PanelContext) -> list[PageInfo]:
        statuses = item_statuses(cls.item_ids(ctx.bank), ctx.interview)
        out = []
        for key, section, item in cls.page_list(ctx.bank):
            if item is None:
                out.append(PageInfo(key, section.title, "info"))
            else:
                out.append(PageInfo(key, item.text, statuses[key]))
        return out


# --- every panel, in the order a CSW works ----------------------------------------------


@declare
class Contact(Declared):
    panel_id = "contact"
    title = QT_TRANSLATE_NOOP("Panels", "Contact")
    order = 10
    record_parts = ("youth", "interviewee", "contact")
    module = "ui.panels.contact"

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        i = ctx.interview
        filled = [
            bool(i.youth.name),
            i.contact.date is not None,
            i.contact.start_time is not None,
            bool(i.contact.location),
            bool(i.contact.csw),
        ]
        return (sum(filled), len(filled))


@declare
class YouthInterview(Questions):
    panel_id = "youth"
    title = QT_TRANSLATE_NOOP("Panels", "Youth interview")
    order = 20
    module = "ui.panels.youth_interview"
    guide_sections = ("youth.rapport", "youth.notes", "youth.techniques")
    question_sections = ("youth.open_ended", "youth.specific")
    words_label = QT_TRANSLATE_NOOP("Panels", "The youth's own words")

    @classmethod
    def applies(cls, interview: Interview, bank: ContentBank) -> bool:
        return interview.interviewee.type == IntervieweeType.YOUTH


@declare
class CaregiverInterview(Questions):
    panel_id = "caregiver"
    title = QT_TRANSLATE_NOOP("Panels", "Caregiver interview")
    order = 21
    module = "ui.panels.caregiver_interview"
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


@declare
class InvestigativeAreas(Questions):
    panel_id = "investigative"
    title = QT_TRANSLATE_NOOP("Panels", "Investigative areas")
    order = 30
    module = "ui.panels.investigative"
    question_sections = ("investigative_areas",)
    words_label = QT_TRANSLATE_NOOP("Panels", "What was learned, in the source's words")
    # The guide's note on consent follows these areas: ask about facts.
    fallback_help_items = ("youth.notes.consent",)


@declare
class RedFlags(Declared):
    panel_id = "red_flags"
    title = QT_TRANSLATE_NOOP("Panels", "Red flags")
    order = 40
    record_parts = ("red_flags",)
    module = "ui.panels.red_flags"

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        return (len(ctx.interview.red_flags), len(ctx.bank.red_flags))


@declare
class AtRisk(Declared):
    panel_id = "at_risk"
    title = QT_TRANSLATE_NOOP("Panels", "At-risk")
    order = 50
    record_parts = ("at_risk_indicators", "labor_risk_factors")
    module = "ui.panels.at_risk"

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        return (len(ctx.interview.at_risk_indicators), len(ctx.bank.at_risk_indicators))


@declare
class Tattoos(Declared):
    panel_id = "tattoos"
    title = QT_TRANSLATE_NOOP("Panels", "Tattoos")
    order = 60
    record_parts = ("tattoos",)
    module = "ui.panels.tattoos"

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        return (len(ctx.interview.tattoos), 0)


@declare
class Online(Declared):
    panel_id = "online"
    title = QT_TRANSLATE_NOOP("Panels", "Social media and online")
    order = 70
    record_parts = ("online_accounts",)
    module = "ui.panels.online"

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        return (len(ctx.interview.online_accounts), 0)


@declare
class Associates(Declared):
    panel_id = "associates"
    title = QT_TRANSLATE_NOOP("Panels", "Associates, exploiters and other victims")
    order = 80
    record_parts = ("associates", "other_victims")
    module = "ui.panels.associates"

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        i = ctx.interview
        return (len(i.associates) + len(i.other_victims), 0)


@declare
class Special(Declared):
    panel_id = "special"
    title = QT_TRANSLATE_NOOP("Panels", "Special considerations")
    order = 90
    record_parts = ("special",)
    module = "ui.panels.special"


@declare
class Responsibilities(Declared):
    panel_id = "responsibilities"
    title = QT_TRANSLATE_NOOP("Panels", "CSW responsibilities")
    order = 100
    record_parts = ("responsibilities", "answers", "red_flags", "content_version")
    module = "ui.panels.responsibilities"

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        due = rules.due_steps(ctx.interview, ctx.bank)
        closed = (StepStatus.DONE, StepStatus.NOT_APPLICABLE)
        kinds_done = reporting_done(ctx.interview, ctx.bank)
        done = sum(
            1 for s in due
            if ((r := ctx.interview.responsibilities.get(s)) and r.status in closed)
            or reporting_kind(ctx.bank, s) in kinds_done
        )  # fmt: skip
        return (done, len(due))


@declare
class Collateral(Declared):
    panel_id = "collateral"
    title = QT_TRANSLATE_NOOP("Panels", "Collateral contacts")
    order = 110
    record_parts = ("collateral_contacts",)
    module = "ui.panels.collateral"

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        return (len(ctx.interview.collateral_contacts), 0)


@declare
class Allegations(Declared):
    panel_id = "allegations"
    title = QT_TRANSLATE_NOOP("Panels", "Allegations and disposition")
    order = 120
    record_parts = ("allegations",)
    module = "ui.panels.allegations"

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        return (len(ctx.interview.allegations), 0)


@declare
class NeedsServices(Declared):
    panel_id = "needs"
    title = QT_TRANSLATE_NOOP("Panels", "Needs and services")
    order = 130
    record_parts = ("needs", "services")
    module = "ui.panels.needs_services"

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        return (len(ctx.interview.needs) + len(ctx.interview.services), 0)


@declare
class Review(Declared):
    panel_id = "review"
    title = QT_TRANSLATE_NOOP("Panels", "Review")
    order = 140
    record_parts = ("narrative",)
    module = "ui.panels.review"
