"""Typed view of the content bank (``data/content``): the policy guide as data.

The loader (``app.content.loader``) validates the JSON files against their
schema and builds these frozen objects. Every item carries a stable ``id`` that
answers, red flags, steps and exports refer to; text is never hard-coded in code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Red-flag / exploitation categories, as the guide's chart names them.
CSEC = "csec"  # Child Sex Trafficking (CSEC)
LABOR = "labor"  # Exploiting a Child's Labor
CRIMINAL = "criminal"  # Involving a Child in Criminal Activity
CATEGORIES: tuple[str, ...] = (CSEC, LABOR, CRIMINAL)


@dataclass(frozen=True)
class Item:
    """A plain content item: a question, a technique, a note, a list entry."""

    id: str
    text: str
    # Extra guidance shown beside the item (e.g. the technique that applies).
    help: str = ""
    # Ids of near-duplicate items elsewhere in the guide (kept both, linked).
    see_also: tuple[str, ...] = ()
    # Free-form tags used by rules and panels (e.g. "tattoos", "online", "basic_needs").
    tags: tuple[str, ...] = ()
    # For a nested bullet (e.g. the CSE step 1 indicators): the id of the bullet it sits under.
    parent: str = ""


# The two kinds of determination (docs/rules.md, "Determinations have a direction").
FINDING = "finding"  # a yes/no question; only the answer in ``concern_when`` is a concern
FACT = "fact"  # a value to record (text or a number); never evidence by itself


@dataclass(frozen=True)
class Determination(Item):
    """A thing a procedure step asks the CSW to determine, with its direction.

    ``kind`` is FINDING (``concern_when`` is "yes" or "no": the answer that
    raises concern) or FACT (``value`` is "text" or "number"). ``same_as`` names
    the red flag that records the same fact: that flag is the one record.
    """

    kind: str = FINDING
    concern_when: str = ""
    value: str = ""
    same_as: str = ""

    @property
    def is_fact(self) -> bool:
        return self.kind == FACT


@dataclass(frozen=True)
class Duty:
    """A reporting duty the guide sets whatever the form (hotline call, law enforcement)."""

    id: str  # "duty.hotline", "duty.law_enforcement"
    kind: str  # "hotline" or "law_enforcement", as the procedure steps that do the same
    title: str
    text: str  # the guide's words
    source: str = ""  # where in the guide


@dataclass(frozen=True)
class Section:
    """A titled list of items (e.g. the youth's open-ended questions)."""

    id: str
    title: str
    intro: str = ""
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class RedFlag:
    id: str
    text: str
    categories: frozenset[str]  # subset of CATEGORIES, exactly as the chart marks
    see_also: tuple[str, ...] = ()


@dataclass(frozen=True)
class AtRiskIndicator:
    id: str  # "A".."H"
    group: str  # "A-C" (one is enough) or "D-H" (two are needed)
    text: str


@dataclass(frozen=True)
class Subcategory:
    id: str
    name: str  # the guide's name
    cwscms_name: str  # the words CWS/CMS shows in Abuse Subcategory
    category: str  # CSEC, LABOR, CRIMINAL or "other"
    description: str = ""


@dataclass(frozen=True)
class Step:
    """A numbered CSW responsibility step of one procedure."""

    id: str  # e.g. "proc.cse.s2"
    number: int
    text: str
    # What the step is, so rules can find it: "determine", "hotline",
    # "law_enforcement", "online_search", "medical_referral",
    # "advocacy_referral", "dream_court", "csec_unit", "document".
    kind: str
    determinations: tuple[Determination, ...] = ()  # the things to determine, each answerable
    # Guidance under the step that is not a determination (e.g. how to search online).
    detail: str = ""


@dataclass(frozen=True)
class Procedure:
    id: str  # "proc.cse", "proc.labor", "proc.criminal"
    title: str
    subcategory: str  # Subcategory.id
    steps: tuple[Step, ...] = ()


# A translated entry's review status (docs/content.md, "Translations").
DRAFT = "draft"  # draft translation, pending county review
REVIEWED = "reviewed"  # reviewed by the county's policy staff
REVIEW_LABELS = {
    DRAFT: "Draft translation, pending county review",
    REVIEWED: "Reviewed by county policy staff",
}


@dataclass(frozen=True)
class Translation:
    """One item (or section) of the bank in another language, keyed by the English id.

    For an item ``text``/``help`` render the item's text and help; for a section
    they render its ``title`` and ``intro``.
    """

    id: str
    text: str
    help: str = ""
    review: str = DRAFT

    @property
    def review_label(self) -> str:
        return REVIEW_LABELS[self.review]


@dataclass(frozen=True)
class Language:
    """A language the interview is translated into (manifest ``translations``)."""

    code: str  # "es"
    name: str  # its own name: "Español"
    english_name: str  # "Spanish"
    aliases: tuple[str, ...]  # what a CSW may type as the contact's language (lower case)
    sections: tuple[str, ...]  # the English sections it covers, every item of each
    entries: dict[str, Translation] = field(default_factory=dict, repr=False)

    def get(self, item_id: str) -> Translation | None:
        return self.entries.get(item_id)


@dataclass(frozen=True)
class ContentBank:
    version: str
    sections: dict[str, Section]
    red_flags: tuple[RedFlag, ...]
    at_risk_indicators: tuple[AtRiskIndicator, ...]
    labor_risk_factors: Section
    subcategories: tuple[Subcategory, ...]
    procedures: tuple[Procedure, ...]
    # Any further structured data the guide gives (OTIP contact, SB 794 text,
    # social-media signs, tattoo locations/symbols, ...), keyed by id.
    extras: dict[str, object] = field(default_factory=dict)
    # Reporting duties due on any suspicion, whatever the form.
    duties: tuple[Duty, ...] = ()
    # Translations by language code ("es"), each covering the sections it lists.
    languages: dict[str, Language] = field(default_factory=dict)

    def language_for(self, spoken: str) -> Language | None:
        """The translation for a contact's language as typed ("Spanish", "Español", "es")."""
        key = " ".join(spoken.split()).casefold()
        if not key:
            return None
        for lang in self.languages.values():
            if key == lang.code or key in lang.aliases:
                return lang
        return None

    def section(self, section_id: str) -> Section:
        return self.sections[section_id]

    def red_flag(self, flag_id: str) -> RedFlag:
        for flag in self.red_flags:
            if flag.id == flag_id:
                return flag
        raise KeyError(flag_id)

    def subcategory(self, subcategory_id: str) -> Subcategory:
        for sub in self.subcategories:
            if sub.id == subcategory_id:
                return sub
        raise KeyError(subcategory_id)

    def procedure(self, procedure_id: str) -> Procedure:
        for proc in self.procedures:
            if proc.id == procedure_id:
                return proc
        raise KeyError(procedure_id)

    def step(self, step_id: str) -> Step:
        """A procedure's step by id ("proc.cse.s2")."""
        for proc in self.procedures:
            for step in proc.steps:
                if step.id == step_id:
                    return step
        raise KeyError(step_id)

    def determination(self, det_id: str) -> Determination:
        for proc in self.procedures:
            for step in proc.steps:
                for det in step.determinations:
                    if det.id == det_id:
                        return det
        raise KeyError(det_id)

    def determinations(self) -> tuple[Determination, ...]:
        """Every determination of every procedure, in the guide's order."""
        return tuple(d for p in self.procedures for s in p.steps for d in s.determinations)

    def duty(self, duty_id: str) -> Duty:
        for duty in self.duties:
            if duty.id == duty_id:
                return duty
        raise KeyError(duty_id)

    def item(self, item_id: str) -> Item:
        """Any answerable item by id: a section item or a step's determination."""
        for section in self.sections.values():
            for it in section.items:
                if it.id == item_id:
                    return it
        for proc in self.procedures:
            for step in proc.steps:
                for it in step.determinations:
                    if it.id == item_id:
                        return it
        for it in self.labor_risk_factors.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)
