"""Keys agree with app.rules; the key earns full marks; a poor run gets exactly its misses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app import rules
from app.model import (
    Allegation,
    Answer,
    IndicatorMark,
    RedFlagObservation,
    Response,
    Source,
    StepRecord,
    StepStatus,
    Tattoo,
    YesNoUnknown,
)
from app.training import (
    PanelOrder,
    check_key,
    debrief,
    scenario_by_id,
    scripted_interview,
    start_interview,
    suspicion_time,
)

NOW = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)

# The caller's panels, in the order a CSW works (the window's: ui.training.session.panel_order).
WINDOW = PanelOrder(
    order=("contact", "youth", "caregiver", "investigative", "red_flags", "at_risk", "tattoos",
           "online", "associates", "special", "responsibilities", "collateral", "allegations",
           "needs", "review"),
    holds={"tattoos": "tattoos", "online_accounts": "online"},
)  # fmt: skip


def test_every_key_agrees_with_the_rules(scenarios, bank) -> None:
    """Exactly the key's flags, indicators and facts -> the key's determination, etc."""
    for sc in scenarios:
        iv = start_interview(sc, bank, NOW)
        for flag in sc.key.red_flags:
            iv.red_flags[flag] = RedFlagObservation(sources=[Source.OBSERVED])
        for letter in sc.key.indicators:
            iv.at_risk_indicators[letter] = IndicatorMark()
        iv.special.foreign_national = YesNoUnknown(sc.foreign_national)
        iv.special.runaway_return = sc.runaway_return
        iv.special.suspicion_at = suspicion_time(sc, iv)
        result = rules.assess(iv, bank, NOW)
        assert result.at_risk.met is sc.key.at_risk_met, sc.id
        assert {a.subcategory for a in result.allegations} == set(sc.key.allegations), sc.id
        assert set(result.due_steps) == set(sc.key.steps), sc.id
        want = {(d.kind, iv.special.suspicion_at + timedelta(hours=d.due_hours_after_suspicion))
                for d in sc.key.deadlines}  # fmt: skip
        assert {(d.kind, d.due) for d in result.deadlines} == want, sc.id
        assert check_key(sc, bank, NOW) == []


def test_a_key_that_disagrees_is_reported(scenarios, bank) -> None:
    from dataclasses import replace

    sc = scenario_by_id(scenarios, "edge-not-at-risk")
    wrong = replace(sc, key=replace(sc.key, at_risk_met=True, steps=("proc.cse.s2",)))
    problems = check_key(wrong, bank, NOW)
    assert len(problems) == 2
    assert "at-risk: key says met=True, rules say met=False" in problems[0]
    assert "steps" in problems[1]


@pytest.mark.parametrize("scenario_id", [
    "runaway-return", "domestic-debt", "boyfriend-sales", "restaurant-otip",
    "caregiver-denies", "edge-not-at-risk",
])  # fmt: skip
def test_the_scripted_run_gets_full_marks(scenarios, bank, scenario_id) -> None:
    sc = scenario_by_id(scenarios, scenario_id)
    iv = scripted_interview(sc, bank, NOW)
    assert iv.training is True
    result = debrief(iv, sc, bank, NOW, visited_panels=WINDOW.order, panels=WINDOW)
    assert result.overall == 100
    assert {a.area: a.score for a in result.areas} == dict.fromkeys(
        ["red_flags", "at_risk", "labor_risk", "allegations", "steps", "deadlines"], 100
    )
    for area in result.areas:
        assert all(i.status in ("found", "right") for i in area.items), area.area
        assert all(i.guide for i in area.items), area.area  # each with the guide's reason
    assert result.coaching == ()


def _poor_runaway_run(sc, bank):
    iv = start_interview(sc, bank, NOW)
    t0 = NOW
    # Straight into the questions, rapport and basic needs only afterwards.
    iv.answers["youth.open_ended.q01"] = Answer(Response.UNSURE, "Tired.", "", t0)
    iv.answers["youth.specific.q01"] = Answer(
        Response.DECLINED, "", "She is a child prostitute, I think.", t0 + timedelta(minutes=1)
    )
    iv.answers["youth.rapport.r01"] = Answer(Response.YES, "", "", t0 + timedelta(minutes=2))
    for flag in sc.key.red_flags:
        if flag not in ("rf.tattoos_branding", "rf.exploitation_slang"):
            iv.red_flags[flag] = RedFlagObservation(sources=[Source.YOUTH])
    iv.red_flags["rf.many_condoms"] = RedFlagObservation(sources=[Source.OBSERVED])
    iv.at_risk_indicators["D"] = IndicatorMark()
    iv.labor_risk_factors["lrf.homelessness"] = IndicatorMark()
    iv.allegations.append(Allegation(subcategory="cse", alleged_victim=sc.youth_name))
    iv.responsibilities["proc.cse.s2"] = StepRecord(StepStatus.DONE, t0)
    iv.responsibilities["proc.cse.s3"] = StepRecord(StepStatus.DONE, t0)
    iv.responsibilities["proc.cse.s5"] = StepRecord(
        StepStatus.NOT_APPLICABLE, t0, "No medical concerns reported; offered."
    )
    iv.responsibilities["proc.cse.s7"] = StepRecord(StepStatus.NOT_APPLICABLE, t0, "")
    return iv


def test_a_poor_run_gets_exactly_the_expected_misses(scenarios, bank) -> None:
    sc = scenario_by_id(scenarios, "runaway-return")
    iv = _poor_runaway_run(sc, bank)
    visited = ["contact", "youth", "red_flags", "at_risk", "tattoos", "online", "special"]
    result = debrief(iv, sc, bank, NOW, visited_panels=visited, panels=WINDOW)

    flags = result.area("red_flags")
    assert set(flags.ids("missed")) == {"rf.tattoos_branding", "rf.exploitation_slang"}
    assert flags.ids("extra") == ("rf.many_condoms",)
    assert flags.count("found") == 10 and flags.score == 77  # 10 / (10 + 2 + 1)

    at_risk = result.area("at_risk")
    assert at_risk.ids("wrong") == ("determination",)
    assert set(at_risk.ids("missed")) == {"A", "C", "G"} and at_risk.ids("found") == ("D",)
    assert at_risk.ids("extra") == ()
    assert at_risk.score == 13  # 0/2 + 25/2, half up
    determination = at_risk.items[0]
    assert "only 1 of D" in determination.guide or "D-H" in determination.guide

    labor = result.area("labor_risk")
    assert labor.ids("extra") == ("lrf.homelessness",) and labor.score == 0

    alleg = result.area("allegations")
    assert alleg.ids("found") == ("cse",)
    # The key's cse and criminal (the chart marks her phones, branding and travel for both).
    assert alleg.ids("missed") == ("criminal",) and alleg.score == 50
    assert all(i.guide.startswith("Red flag observed") for i in alleg.items)

    steps = result.area("steps")
    assert set(steps.ids("found")) == {"proc.cse.s2", "proc.cse.s3", "proc.cse.s5"}
    assert "proc.cse.s7" in steps.ids("missed")  # not applicable, but no reason given
    assert steps.count("missed") == 13 and steps.ids("extra") == () and steps.score == 19  # 3/16

    assert result.area("deadlines").score == 100 and result.area("deadlines").items == ()
    assert result.overall == 43  # (77 + 13 + 0 + 50 + 19 + 100) / 6, half up
    assert sorted(n.kind for n in result.coaching) == [
        "basic_needs", "language", "online", "rapport", "tattoos"
    ]  # fmt: skip


def test_a_missed_otip_deadline_and_a_late_one(scenarios, bank) -> None:
    sc = scenario_by_id(scenarios, "restaurant-otip")
    iv = scripted_interview(sc, bank, NOW)
    iv.special.foreign_national = YesNoUnknown.UNKNOWN  # never asked
    result = debrief(iv, sc, bank, NOW)
    deadlines = result.area("deadlines")
    assert deadlines.ids("missed") == ("otip",) and deadlines.score == 0
    assert "within 24-hours" in deadlines.items[0].guide  # the guide's own words

    late = scripted_interview(sc, bank, NOW)
    late.special.otip_notified_at = late.special.suspicion_at + timedelta(hours=30)
    found = debrief(late, sc, bank, NOW).area("deadlines")
    assert found.ids("found") == ("otip",)
    assert "met late" in found.items[0].case_reason


def test_the_rules_edge_ticking_d_and_g_is_marked_wrong(scenarios, bank) -> None:
    sc = scenario_by_id(scenarios, "edge-not-at-risk")
    iv = scripted_interview(sc, bank, NOW)
    iv.at_risk_indicators["D"] = IndicatorMark("stayed at his cousin's")
    iv.at_risk_indicators["G"] = IndicatorMark("friends online")
    at_risk = debrief(iv, sc, bank, NOW).area("at_risk")
    assert at_risk.ids("wrong") == ("determination",)
    assert set(at_risk.ids("extra")) == {"D", "G"} and at_risk.ids("found") == ("F",)
    assert at_risk.score == 17  # 0/2 + (1/3 * 100)/2, half up


def test_a_tattoo_recorded_late_still_counts(scenarios, bank) -> None:
    sc = scenario_by_id(scenarios, "runaway-return")
    iv = _poor_runaway_run(sc, bank)
    iv.tattoos.append(Tattoo(number=1, location="tattoo.loc.neck"))
    visited = ["contact", "youth", "tattoos", "online", "special"]
    kinds = {n.kind for n in debrief(iv, sc, bank, NOW, visited, WINDOW).coaching}
    assert "tattoos" not in kinds and "online" in kinds


def test_debrief_to_dict_is_marked(scenarios, bank) -> None:
    sc = scenario_by_id(scenarios, "caregiver-denies")
    doc = debrief(scripted_interview(sc, bank, NOW), sc, bank, NOW).to_dict()
    assert doc["training_mark"] == "TRAINING — FICTIONAL CASE"
    assert doc["overall"] == 100 and len(doc["areas"]) == 6
