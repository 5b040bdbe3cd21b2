"""The answer key checked against the guide's rules (``app.rules``).

A key is written by people (it says *why* each item applies in this case), but
its determination, allegation subcategories, steps and deadlines must be what
the rules give for exactly its flags, indicators and facts; otherwise a trainee
who did everything right would be marked wrong. ``check_key`` lists every
disagreement; the test suite requires none for every shipped scenario.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app import rules
from app.content.bank import ContentBank
from app.model import IndicatorMark, RedFlagObservation, YesNoUnknown
from app.training.scenario import Scenario
from app.training.walkthrough import start_interview, suspicion_time


@dataclass(frozen=True)
class RuleOutcome:
    """What the rules give for exactly the key's flags, indicators and facts."""

    at_risk_met: bool
    allegations: tuple[str, ...]
    steps: tuple[str, ...]
    deadlines: tuple[tuple[str, float], ...]  # (kind, hours after suspicion)


def rule_outcome(scenario: Scenario, bank: ContentBank, now: datetime | None = None) -> RuleOutcome:
    now = now or datetime.now(UTC)
    interview = start_interview(scenario, bank, now)
    for flag_id in scenario.key.red_flags:
        interview.red_flags[flag_id] = RedFlagObservation()
    for letter in scenario.key.indicators:
        interview.at_risk_indicators[letter] = IndicatorMark()
    for factor in scenario.key.labor_risk_factors:
        interview.labor_risk_factors[factor] = IndicatorMark()
    interview.special.foreign_national = YesNoUnknown(scenario.foreign_national)
    interview.special.runaway_return = scenario.runaway_return
    suspicion = suspicion_time(scenario, interview)
    interview.special.suspicion_at = suspicion
    result = rules.assess(interview, bank, now)
    found_deadlines = []
    for d in result.deadlines:
        base = suspicion or interview.created_at
        found_deadlines.append((d.kind, (d.due - base) / timedelta(hours=1)))
    return RuleOutcome(
        at_risk_met=result.at_risk.met,
        allegations=tuple(a.subcategory for a in result.allegations),
        steps=tuple(result.due_steps),
        deadlines=tuple(found_deadlines),
    )


def check_key(scenario: Scenario, bank: ContentBank, now: datetime | None = None) -> list[str]:
    """Every way the key disagrees with the rules; empty when it agrees."""
    got = rule_outcome(scenario, bank, now)
    key = scenario.key
    problems = []
    if got.at_risk_met != key.at_risk_met:
        problems.append(f"at-risk: key says met={key.at_risk_met}, rules say met={got.at_risk_met}")
    if set(got.allegations) != set(key.allegations):
        problems.append(
            f"allegations: key {sorted(key.allegations)}, rules {sorted(got.allegations)}"
        )
    if set(got.steps) != set(key.steps):
        problems.append(f"steps: key {sorted(key.steps)}, rules {sorted(got.steps)}")
    want = sorted((d.kind, float(d.due_hours_after_suspicion)) for d in key.deadlines)
    if sorted(got.deadlines) != want:
        problems.append(f"deadlines: key {want}, rules {sorted(got.deadlines)}")
    return [f"{scenario.id}: {p}" for p in problems]
