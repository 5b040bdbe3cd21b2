"""The debrief: the trainee's record against the scenario's answer key.

Six areas, each item found / missed / extra with the case's reason (from the
key) and the guide's reason (from the content bank or the rules):

- red flags, at-risk for CSE (determination and indicators A-H), labor-risk
  factors, allegation subcategories, responsibility steps, deadlines.

Scoring (documented in docs/training.md): an area's score is
``100 * found / (found + missed + extra)`` rounded half up, or 100 when the key and the
record are both empty; the at-risk area is half the determination (50 when the
trainee's indicators give the key's determination, else 0) and half that ratio
over the indicators. A step counts as addressed when it is recorded done, or not
applicable with a note saying why. The overall score is the mean of the six area
scores, rounded half up. A run that enters exactly the key scores 100 everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app import rules
from app.content.bank import CATEGORIES, ContentBank
from app.model import IndicatorMark, Interview, RedFlagObservation, StepStatus
from app.rules.evidence import category_names
from app.training.coaching import CoachNote, PanelOrder, coach
from app.training.marking import TRAINING_MARK
from app.training.scenario import Scenario
from app.training.walkthrough import scripted_interview, suspicion_time

FOUND, MISSED, EXTRA = "found", "missed", "extra"
RIGHT, WRONG = "right", "wrong"
AREAS: tuple[tuple[str, str], ...] = (
    ("red_flags", "Red flags"),
    ("at_risk", "At-risk for commercial sexual exploitation"),
    ("labor_risk", "Labor-trafficking risk factors"),
    ("allegations", "Allegations to consider"),
    ("steps", "CSW responsibilities"),
    ("deadlines", "Deadlines"),
)


@dataclass(frozen=True)
class DebriefItem:
    id: str
    label: str
    status: str  # found / missed / extra (right / wrong for the at-risk determination)
    case_reason: str  # how this case shows it (the key); "" for an extra
    guide: str  # the guide's reason
    # Issue 14, a case with contacts: the contact the trainee recorded it in
    # ("caregiver, 11/14"; "" when not recorded or not known), and the contacts the
    # key says it comes out in ("the youth’s or the caregiver’s contact"; "" for a
    # one-contact case).
    contact: str = ""
    comes_out_in: str = ""

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class AreaResult:
    area: str
    title: str
    score: int  # 0..100
    items: tuple[DebriefItem, ...]

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    def ids(self, status: str) -> tuple[str, ...]:
        return tuple(i.id for i in self.items if i.status == status)

    def to_dict(self) -> dict[str, object]:
        return {"area": self.area, "title": self.title, "score": self.score,
                "items": [i.to_dict() for i in self.items]}  # fmt: skip


@dataclass(frozen=True)
class Debrief:
    scenario_id: str
    scenario_title: str
    interview_id: str  # the contact open when the debrief was asked for
    produced_at: datetime
    areas: tuple[AreaResult, ...]
    overall: int
    coaching: tuple[CoachNote, ...] = ()
    mark: str = field(default=TRAINING_MARK)
    contacts: tuple[str, ...] = ()  # the case's contacts scored together ("youth, 11/14")

    def area(self, area_id: str) -> AreaResult:
        for a in self.areas:
            if a.area == area_id:
                return a
        raise KeyError(area_id)

    def to_dict(self) -> dict[str, object]:
        return {
            "training_mark": self.mark,
            "scenario_id": self.scenario_id,
            "scenario_title": self.scenario_title,
            "interview_id": self.interview_id,
            "produced_at": self.produced_at.isoformat(),
            "overall": self.overall,
            "contacts": list(self.contacts),
            "areas": [a.to_dict() for a in self.areas],
            "coaching": [n.to_dict() for n in self.coaching],
        }


def half_up(value: float) -> int:
    """Scores round half up (12.5 -> 13), as a trainer would by hand; not banker's rounding."""
    return int(value + 0.5)


def ratio_score(found: int, missed: int, extra: int) -> int:
    total = found + missed + extra
    return 100 if total == 0 else half_up(100 * found / total)


@dataclass(frozen=True)
class _Where:
    """Where findings came from: the trainee's record (contact ids -> labels) and the key."""

    recorded: Mapping[str, str] = field(default_factory=dict)  # item id -> contact label
    expected: Mapping[str, str] = field(default_factory=dict)  # item id -> "youth, caregiver"


def _compare(
    key: dict[str, str], recorded: Sequence[str], label, guide, where: _Where | None = None
) -> list[DebriefItem]:
    where = where or _Where()
    items = []

    def item(item_id: str, status: str, why: str) -> DebriefItem:
        return DebriefItem(item_id, label(item_id), status, why, guide(item_id),
                           contact=where.recorded.get(item_id, "") if status != MISSED else "",
                           comes_out_in=where.expected.get(item_id, ""))  # fmt: skip

    for item_id, why in key.items():
        items.append(item(item_id, FOUND if item_id in recorded else MISSED, why))
    for item_id in recorded:
        if item_id not in key:
            items.append(item(item_id, EXTRA, ""))
    return items


def _where(
    found: Mapping[str, RedFlagObservation | IndicatorMark],
    scenario: Scenario,
    contacts: Mapping[str, str],
) -> _Where:
    """``found``: item id -> its record, whose ``contact_id`` the store stamps."""
    recorded = {item_id: contacts.get(rec.contact_id, "") for item_id, rec in found.items()}
    expected = {}
    if len(scenario.contacts) > 1:
        for item_id, where in scenario.learned_in.items():
            names = " or ".join(f"the {scenario.contact_name(c)}’s" for c in where)
            expected[item_id] = f"{names} contact"
    return _Where(recorded, expected)


def _area(area_id: str, items: list[DebriefItem], score: int | None = None) -> AreaResult:
    title = dict(AREAS)[area_id]
    if score is None:
        score = ratio_score(
            *(sum(1 for i in items if i.status == s) for s in (FOUND, MISSED, EXTRA))
        )
    return AreaResult(area_id, title, score, tuple(items))


def debrief(
    interview: Interview,
    scenario: Scenario,
    bank: ContentBank,
    now: datetime | None = None,
    visited_panels: Sequence[str] = (),
    panels: PanelOrder | None = None,
    contacts: Mapping[str, str] | None = None,
) -> Debrief:
    """Score the record against the key.

    ``interview`` is the contact open (``store.load``): it carries the case's findings
    from every contact, so a case is scored as a case (issue 14). ``contacts`` maps the
    case's contact ids to labels ("caregiver, 11/14", ``contact_labels``): each found or
    extra item then says which contact it was recorded in. Coaching is about the open
    contact, with that contact's part of the scenario.
    """
    now = now or datetime.now(UTC)
    contacts = dict(contacts or {})
    areas = [
        _red_flags(interview, scenario, bank, contacts),
        _at_risk(interview, scenario, bank, contacts),
        _labor_risk(interview, scenario, bank, contacts),
        _allegations(interview, scenario, bank, now),
        _steps(interview, scenario, bank),
        _deadlines(interview, scenario, bank, now),
    ]
    assert [a.area for a in areas] == [a for a, _ in AREAS]
    overall = half_up(sum(a.score for a in areas) / len(areas))
    return Debrief(
        scenario_id=scenario.id,
        scenario_title=scenario.title,
        interview_id=interview.id,
        produced_at=now,
        areas=tuple(areas),
        overall=overall,
        coaching=tuple(coach(interview, scenario, bank, visited_panels, panels)),
        contacts=tuple(contacts.values()),
    )


def _red_flags(
    interview: Interview, scenario: Scenario, bank: ContentBank, contacts: Mapping[str, str]
) -> AreaResult:
    names = category_names(bank)

    def guide(flag_id: str) -> str:
        try:
            flag = bank.red_flag(flag_id)
        except KeyError:
            return "Not a red flag of this content version."
        # The chart's column order, as everywhere else the categories are listed.
        cats = ", ".join(names.get(c, c) for c in CATEGORIES if c in flag.categories)
        return f"The guide's red-flags chart lists \u201c{flag.text}\u201d for: {cats}."

    def label(flag_id: str) -> str:
        try:
            return bank.red_flag(flag_id).text
        except KeyError:
            return flag_id

    where = _where(interview.red_flags, scenario, contacts)
    return _area("red_flags", _compare(scenario.key.red_flags, list(interview.red_flags), label,
                                       guide, where))  # fmt: skip


def _at_risk(
    interview: Interview, scenario: Scenario, bank: ContentBank, contacts: Mapping[str, str]
) -> AreaResult:
    texts = {a.id: a.text for a in bank.at_risk_indicators}
    groups = {a.id: a.group for a in bank.at_risk_indicators}
    marked = sorted(k for k in interview.at_risk_indicators if k in texts)
    got = rules.at_risk_cse(marked)
    expected = rules.at_risk_cse(scenario.key.indicators)
    rule_text = _at_risk_rule(bank)
    right = got.met == scenario.key.at_risk_met
    said = "met" if got.met else "not met"
    should = "met" if scenario.key.at_risk_met else "not met"
    why = " ".join(expected.reasons) or expected.missing
    determination = DebriefItem(
        "determination",
        f"Determination: your record gives \u201c{said}\u201d; this case is \u201c{should}\u201d",
        RIGHT if right else WRONG,
        why,
        rule_text + (f" Your record: {got.missing}." if got.missing else ""),
    )
    items = _compare(
        scenario.key.indicators, marked,
        lambda k: f"{k}. {texts.get(k, k)}",
        lambda k: f"Indicator {k} (group {groups.get(k, '?')}): {texts.get(k, k)}",
        _where(interview.at_risk_indicators, scenario, contacts),
    )  # fmt: skip
    counts = [sum(1 for i in items if i.status == s) for s in (FOUND, MISSED, EXTRA)]
    ratio_exact = 100.0 if sum(counts) == 0 else 100 * counts[0] / sum(counts)
    score = half_up((100 if right else 0) / 2 + ratio_exact / 2)
    return _area("at_risk", [determination, *items], score)


def _at_risk_rule(bank: ContentBank) -> str:
    rule = bank.extras.get("at_risk_rule")
    if isinstance(rule, dict) and isinstance(rule.get("text"), str):
        return rule["text"]
    return ("At-risk for CSE: at least one of the indicators A-C, or a minimum of two of the "
            "indicators D-H.")  # fmt: skip


def _labor_risk(
    interview: Interview, scenario: Scenario, bank: ContentBank, contacts: Mapping[str, str]
) -> AreaResult:
    texts = {it.id: it.text for it in bank.labor_risk_factors.items}
    intro = bank.labor_risk_factors.intro
    items = _compare(
        scenario.key.labor_risk_factors, list(interview.labor_risk_factors),
        lambda k: texts.get(k, k), lambda k: intro,
        _where(interview.labor_risk_factors, scenario, contacts),
    )  # fmt: skip
    return _area("labor_risk", items)


def _allegations(
    interview: Interview, scenario: Scenario, bank: ContentBank, now: datetime
) -> AreaResult:
    # The guide's reasons come from the rules applied to the worked case.
    worked = scripted_interview(scenario, bank, now)
    reasons = {
        a.subcategory: " ".join(a.reasons) for a in rules.suggested_allegations(worked, bank)
    }
    entered = []
    for a in interview.allegations:
        if a.subcategory and a.subcategory not in entered:
            entered.append(a.subcategory)

    def guide(sub: str) -> str:
        if sub in reasons:
            return reasons[sub]
        try:
            desc = bank.subcategory(sub).description
        except KeyError:
            desc = ""
        return (
            "The rules do not suggest this subcategory for this case's red flags. " + desc
        ).strip()

    def label(sub: str) -> str:
        try:
            return bank.subcategory(sub).cwscms_name
        except KeyError:
            return sub

    return _area("allegations", _compare(scenario.key.allegations, entered, label, guide))


def _steps(interview: Interview, scenario: Scenario, bank: ContentBank) -> AreaResult:
    steps = {s.id: s for p in bank.procedures for s in p.steps}
    titles = {s.id: p.title for p in bank.procedures for s in p.steps}
    addressed = [
        sid for sid, rec in interview.responsibilities.items()
        if rec.status == StepStatus.DONE
        or (rec.status == StepStatus.NOT_APPLICABLE and rec.note.strip())
    ]  # fmt: skip
    key = {sid: "Became due for this case." for sid in scenario.key.steps}

    duties = {d.id: d for d in bank.duties}  # reporting duties, due whatever the form

    def label(sid: str) -> str:
        step = steps.get(sid)
        if step is None and sid in duties:
            return f"Any form, {duties[sid].title}"
        return f"{titles.get(sid, '')}, step {step.number}" if step else sid

    def guide(sid: str) -> str:
        step = steps.get(sid)
        if step is None and sid in duties:
            return duties[sid].text
        return step.text if step else ""

    # A step marked not applicable (with a reason) outside the key is no error, so not "extra".
    recorded = [
        s for s in addressed if s in key or interview.responsibilities[s].status == StepStatus.DONE
    ]
    items = _compare(key, recorded, label, guide)
    return _area("steps", items)


def _deadlines(
    interview: Interview, scenario: Scenario, bank: ContentBank, now: datetime
) -> AreaResult:
    got = {d.kind: d for d in rules.deadlines(interview, now)}
    guide = " ".join(bank.item(i).text for i in ("special.immigrant.notify_24h",
                                                 "special.immigrant.rfa"))  # fmt: skip
    items = []
    expected_start = suspicion_time(scenario, interview)
    for d in scenario.key.deadlines:
        why = f"Due {d.due_hours_after_suspicion:g} hours after suspicion"
        if expected_start is not None:
            why += f" (this case: suspicion at {expected_start:%H:%M} UTC)"
        rec = got.get(d.kind)
        if rec is None:
            items.append(DebriefItem(d.kind, "OTIP notification", MISSED,
                                     why + "; your record does not show it.", guide))  # fmt: skip
            continue
        met = "met" if rec.met and not rec.late else ("met late" if rec.met else "not yet met")
        items.append(DebriefItem(d.kind, "OTIP notification", FOUND,
                                 f"{why}; your record: due {rec.due:%Y-%m-%d %H:%M} UTC, {met}.",
                                 guide))  # fmt: skip
    for kind, rec in got.items():
        if kind not in {d.kind for d in scenario.key.deadlines}:
            items.append(DebriefItem(kind, rec.label, EXTRA, "", guide))
    return _area("deadlines", items)
