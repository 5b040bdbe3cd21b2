"""Tallies, suggested allegations, OTIP deadline, prompts, due steps and assess()."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from app.model import (
    Allegation,
    Answer,
    IndicatorMark,
    Interview,
    RedFlagObservation,
    Response,
    Source,
    StepRecord,
    StepStatus,
    YesNoUnknown,
)
from app.rules import (
    OTIP_HOURS,
    assess,
    deadlines,
    due_steps,
    indicated_categories,
    prompts,
    red_flag_tallies,
    suggested_allegations,
)
from app.rules.evidence import is_common

T0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def interview(*flags: str, **answers: Response) -> Interview:
    iv = Interview(created_at=T0 - timedelta(hours=1))
    for f in flags:
        iv.red_flags[f] = RedFlagObservation(sources=[Source.OBSERVED])
    for key, resp in answers.items():
        iv.answers[key.replace("_", ".")] = Answer(response=resp)
    return iv


# ---- tallies and categories ---------------------------------------------------------------


def test_tallies_always_have_every_category(bank):
    assert red_flag_tallies(interview(), bank) == {"csec": 0, "labor": 0, "criminal": 0}
    assert indicated_categories(interview(), bank) == ()


def test_tallies_follow_the_chart(bank):
    iv = interview("rf.many_condoms", "rf.owes_debt_employer", "rf.tattoos_branding",
                   "rf.afraid_to_answer")  # fmt: skip
    assert red_flag_tallies(iv, bank) == {"csec": 3, "labor": 2, "criminal": 3}
    assert indicated_categories(iv, bank) == ("csec", "labor", "criminal")


def test_indicated_categories_in_categories_order(bank):
    iv = interview("rf.scripted_work_story")  # labor + criminal only
    assert indicated_categories(iv, bank) == ("labor", "criminal")


def test_the_chart_has_21_common_and_18_distinguishing_flags(bank):
    # The rule below rests on this split of the guide's chart; a content change shows here.
    marks = Counter(tuple(sorted(f.categories)) for f in bank.red_flags)
    assert marks == {
        ("criminal", "csec", "labor"): 21,
        ("csec",): 9,
        ("criminal", "csec"): 6,
        ("criminal", "labor"): 3,
    }
    assert sum(is_common(f.categories) for f in bank.red_flags) == 21


def test_a_common_flag_counts_in_every_tally_but_indicates_nothing(bank):
    iv = interview("rf.afraid_to_answer", "rf.money_controlled")
    assert red_flag_tallies(iv, bank) == {"csec": 2, "labor": 2, "criminal": 2}
    assert indicated_categories(iv, bank) == ()


def test_a_determination_or_an_entered_allegation_indicates_its_category(bank):
    assert indicated_categories(interview(proc_labor_s1_d06=Response.YES), bank) == ("labor",)
    iv = interview("rf.afraid_to_answer")
    iv.allegations.append(Allegation(subcategory="criminal"))
    iv.allegations.append(Allegation(subcategory="other"))  # not a chart category
    iv.allegations.append(Allegation(subcategory=""))  # "Not decided"
    assert indicated_categories(iv, bank) == ("criminal",)


def test_flag_from_another_content_version_is_not_counted(bank):
    assert red_flag_tallies(interview("rf.retired_flag"), bank)["csec"] == 0


# ---- suggested allegations ----------------------------------------------------------------


def test_common_flags_only_suggest_nothing_and_ask_about_the_facts(bank):
    common = ("rf.afraid_to_answer", "rf.no_control_of_id", "rf.cannot_move_freely")
    iv = interview(*common)
    assert suggested_allegations(iv, bank) == []
    # Issue 12: every suspicion reaches the hotline - the reporting duties are due (was []).
    assert due_steps(iv, bank) == ["duty.hotline", "duty.law_enforcement"]
    (p,) = [p for p in prompts(iv, bank) if p.kind == "common_flags"]
    assert "seen in all three forms of exploitation" in p.message
    assert "which form it is" in p.message and "if any" not in p.message  # issue 12
    for words in ("the work", "who gets the money", "whether sex is exchanged"):
        assert words in p.message
    for flag_id in common:
        assert bank.red_flag(flag_id).text in p.message
    assert p.step_ids == () and "already point to" not in p.message
    assert not [k for k in kinds(iv, bank) if k.startswith("procedure.")]


def test_csec_only_flag_suggests_cse_only(bank):
    (a,) = suggested_allegations(interview("rf.survival_sex"), bank)
    assert (a.subcategory, a.cwscms_name, a.entered) == (
        "cse",
        "Commercial Sexual Exploitation",
        False,
    )
    assert "“survival sex”" in a.reasons[0]
    assert "marks for Child Sex Trafficking (CSEC):" in a.reasons[0]


def test_csec_and_criminal_flag_suggests_cse_and_criminal_separately(bank):
    got = suggested_allegations(interview("rf.tattoos_branding"), bank)
    assert [a.subcategory for a in got] == ["cse", "criminal"]
    for a in got:
        assert a.reasons == (
            "Red flag observed that the chart marks for Child Sex Trafficking (CSEC) and "
            "Involving a Child in Criminal Activity: Tattoos or branding",
            "Two or more forms of exploitation: enter each allegation separately.",
        )


def test_common_flags_are_not_given_as_reasons(bank):
    (a,) = suggested_allegations(interview("rf.many_condoms", "rf.afraid_to_answer"), bank)
    assert a.subcategory == "cse"
    assert a.reasons == (
        "Red flag observed that the chart marks for Child Sex Trafficking (CSEC): "
        "Possession of many condoms",
    )


def test_labor_flag_suggests_labor_and_criminal_separately(bank):
    got = suggested_allegations(interview("rf.long_hours_exhausted"), bank)
    assert [(a.subcategory, a.cwscms_name) for a in got] == [
        ("labor", "Exploiting Child's Labor"),
        ("criminal", "Involving Child in Criminal Behavior"),
    ]
    assert all("enter each allegation separately" in a.reasons[-1] for a in got)


def test_determination_yes_suggests_its_subcategory(bank):
    iv = interview(proc_labor_s1_d06=Response.YES)
    (a,) = suggested_allegations(iv, bank)
    assert a.subcategory == "labor"
    assert a.reasons == (  # issue 12: the guide's "attempted", and the answer quoted
        "Determined: A parent/or caregiver has sold or attempted to sell "
        "the child’s labor or service \u2014 yes",
    )


def test_criminal_determination_alone(bank):
    (a,) = suggested_allegations(interview(proc_criminal_s1_d09=Response.YES), bank)
    assert a.subcategory == "criminal"


def test_no_evidence_no_suggestion_and_other_is_never_suggested(bank):
    iv = interview()
    iv.at_risk_indicators = {"A": IndicatorMark()}  # at risk is not an allegation
    assert suggested_allegations(iv, bank) == []


def test_entered_allegation_is_marked(bank):
    iv = interview("rf.many_condoms")
    iv.allegations.append(Allegation(subcategory="cse"))
    (a,) = suggested_allegations(iv, bank)
    assert a.entered


def test_an_entered_allegation_alone_is_listed_as_entered(bank):
    iv = interview("rf.afraid_to_answer")
    iv.allegations.append(Allegation(subcategory="labor"))
    (a,) = suggested_allegations(iv, bank)
    assert (a.subcategory, a.entered) == ("labor", True)
    assert a.reasons == ("An allegation for this subcategory was entered by the CSW.",)
    other = interview()
    other.allegations.append(Allegation(subcategory="other"))
    assert suggested_allegations(other, bank) == []  # "other" is never suggested


@pytest.mark.parametrize(
    "denial", [Response.NO, Response.DECLINED, Response.UNSURE, Response.NOT_ASKED]
)
def test_a_denial_never_counts_against(bank, denial):
    flagged = interview("rf.many_condoms")
    denied = interview("rf.many_condoms", youth_specific_q01=denial, proc_cse_s1_d09=denial)
    assert suggested_allegations(denied, bank) == suggested_allegations(flagged, bank)
    assert red_flag_tallies(denied, bank) == red_flag_tallies(flagged, bank)
    assert suggested_allegations(interview(proc_cse_s1_d09=denial), bank) == []


# ---- OTIP deadline ------------------------------------------------------------------------


def foreign(status=YesNoUnknown.YES, suspicion=T0, notified=None) -> Interview:
    iv = interview("rf.no_control_of_id")
    iv.special.foreign_national = status
    iv.special.suspicion_at = suspicion
    iv.special.otip_notified_at = notified
    return iv


def test_otip_due_24h_after_suspicion_before_due(bank):
    (d,) = deadlines(foreign(), T0 + timedelta(hours=3))
    assert d.kind == "otip" and d.due == T0 + timedelta(hours=24)
    assert not d.met and not d.overdue and d.remaining == timedelta(hours=21)
    assert OTIP_HOURS == bank.extras["otip"]["notify_within_hours"] == 24


def test_otip_overdue(bank):
    (d,) = deadlines(foreign(), T0 + timedelta(hours=25))
    assert d.overdue and not d.met and d.remaining == timedelta(hours=-1)


def test_otip_met_in_time():
    (d,) = deadlines(foreign(notified=T0 + timedelta(hours=2)), T0 + timedelta(hours=30))
    assert d.met and not d.overdue and not d.late and d.met_at == T0 + timedelta(hours=2)


def test_otip_met_late():
    (d,) = deadlines(foreign(notified=T0 + timedelta(hours=26)), T0 + timedelta(hours=30))
    assert d.met and d.late and not d.overdue


@pytest.mark.parametrize("status", [YesNoUnknown.NO, YesNoUnknown.UNKNOWN])
def test_no_otip_deadline_unless_foreign_national(status):
    assert deadlines(foreign(status), T0) == []


def test_no_otip_deadline_without_suspicion():
    iv = Interview()
    iv.special.foreign_national = YesNoUnknown.YES
    assert deadlines(iv, T0) == []


def test_otip_suspicion_from_allegation_without_recorded_time():
    iv = Interview(created_at=T0)
    iv.special.foreign_national = YesNoUnknown.YES
    iv.allegations.append(Allegation(subcategory="labor"))
    (d,) = deadlines(iv, T0)
    assert d.due == T0 + timedelta(hours=24) and "not recorded" in d.basis


def test_otip_due_with_only_common_flags(bank):
    # The guide: notify "upon 'suspicion'", not once the form of exploitation is known.
    iv = foreign()  # rf.no_control_of_id only: marked for all three categories
    assert indicated_categories(iv, bank) == () and suggested_allegations(iv, bank) == []
    (d,) = deadlines(iv, T0)
    assert d.kind == "otip" and d.due == T0 + timedelta(hours=OTIP_HOURS)
    assert {"otip", "common_flags"} <= set(kinds(iv, bank))
    iv.special.suspicion_at = None
    (d,) = deadlines(iv, T0)
    assert d.due == iv.created_at + timedelta(hours=OTIP_HOURS)


def test_otip_suspicion_from_determination_yes():
    iv = interview(proc_labor_s2_d05=Response.YES)
    iv.special.foreign_national = YesNoUnknown.YES
    assert len(deadlines(iv, T0)) == 1


def test_naive_times_are_taken_as_utc():
    (d,) = deadlines(
        foreign(suspicion=T0.replace(tzinfo=None)), (T0 + timedelta(hours=1)).replace(tzinfo=None)
    )
    assert d.due.tzinfo is not None and d.remaining == timedelta(hours=23)


# ---- prompts and due steps ----------------------------------------------------------------


def kinds(iv, bank):
    return [p.kind for p in prompts(iv, bank)]


def procedure_prompts(iv, bank):
    # Nationality defaults to unknown, so a suspicion also asks for it (tested on its own).
    assert "otip_check" in kinds(iv, bank)
    return [p for p in prompts(iv, bank) if p.kind.startswith("procedure.")]


def test_no_prompts_for_an_empty_interview(bank):
    assert prompts(Interview(), bank) == [] and due_steps(Interview(), bank) == []


def test_runaway_return_prompts_cse_assessment(bank):
    iv = Interview()
    iv.special.runaway_return = True
    (p,) = prompts(iv, bank)
    assert p.kind == "runaway" and "SB 794" in p.message and p.step_ids == ("proc.cse.s1",)
    assert due_steps(iv, bank) == ["proc.cse.s1"]
    iv.special.runaway_cse_assessed = True
    assert prompts(iv, bank) == []


def test_foreign_national_prompts_otip(bank):
    iv = foreign()
    otip = [p for p in prompts(iv, bank) if p.kind == "otip"]
    assert len(otip) == 1
    for words in (
        "24 hours",
        "Request for Assistance",
        "202-205-4582",
        "ChildTrafficking@acf.hhs.gov",
    ):
        assert words in otip[0].message
    iv.special.otip_notified_at = T0
    iv.special.rfa_submitted = True
    assert "otip" not in kinds(iv, bank)


def test_unknown_nationality_with_suspicion_prompts_a_check(bank):
    assert "otip_check" in kinds(foreign(YesNoUnknown.UNKNOWN), bank)
    assert not {"otip", "otip_check"} & set(kinds(foreign(YesNoUnknown.NO), bank))


def test_suspected_cse_prompts_its_steps(bank):
    iv = interview("rf.many_condoms")
    (p,) = procedure_prompts(iv, bank)
    assert p.kind == "procedure.cse"
    assert p.step_ids == tuple(f"proc.cse.s{n}" for n in range(1, 10))
    assert "Call the Child Protection Hotline" in p.message
    assert "law enforcement" in p.message and "Document all contacts" in p.message


def test_suspected_labor_prompts_hotline_and_law_enforcement(bank):
    iv = interview(proc_labor_s1_d02=Response.YES)
    (p,) = procedure_prompts(iv, bank)
    assert p.kind == "procedure.labor"
    assert "contact the child protection hotline" in p.message
    assert "proc.labor.s4" in p.step_ids  # law enforcement


def test_suspected_criminal_prompts_its_steps(bank):
    iv = interview()
    iv.allegations.append(Allegation(subcategory="criminal"))
    (p,) = procedure_prompts(iv, bank)
    assert p.kind == "procedure.criminal"
    assert p.step_ids == tuple(f"proc.criminal.s{n}" for n in range(1, 8))


def test_done_steps_leave_the_prompt_but_stay_due(bank):
    iv = interview("rf.many_condoms")
    iv.responsibilities["proc.cse.s2"] = StepRecord(status=StepStatus.DONE, at=T0)
    iv.responsibilities["proc.cse.s7"] = StepRecord(status=StepStatus.NOT_APPLICABLE)
    iv.responsibilities["proc.cse.s3"] = StepRecord(status=StepStatus.PENDING)
    (p,) = procedure_prompts(iv, bank)
    assert "proc.cse.s2" not in p.step_ids and "proc.cse.s7" not in p.step_ids
    assert "proc.cse.s3" in p.step_ids
    assert "proc.cse.s2" in due_steps(iv, bank)
    for n in range(1, 10):
        iv.responsibilities[f"proc.cse.s{n}"] = StepRecord(status=StepStatus.DONE)
    assert kinds(iv, bank) == ["otip_check"]


def test_at_risk_prompts_csec_advocacy(bank):
    iv = Interview()
    iv.at_risk_indicators = {"D": IndicatorMark(), "G": IndicatorMark()}
    (p,) = [p for p in prompts(iv, bank) if p.kind == "at_risk"]
    assert p.step_ids == ("proc.cse.s6",)
    assert "at high-risk of CSE" in p.message
    # Issue 12: an at-risk result raises the suspicion, so the reporting duties are due too.
    assert due_steps(iv, bank) == ["duty.hotline", "duty.law_enforcement", "proc.cse.s6"]


def test_due_steps_in_guide_order_without_duplicates(bank):
    iv = interview("rf.tattoos_branding", "rf.owes_debt_employer")  # cse+criminal, labor+criminal
    iv.special.runaway_return = True
    steps = due_steps(iv, bank)
    assert len(steps) == len(set(steps)) == 9 + 9 + 7
    assert steps[0] == "proc.cse.s1" and steps[-1] == "proc.criminal.s7"
    iv.special.foreign_national = YesNoUnknown.NO
    assert kinds(iv, bank) == [  # issue 12: "suspected" (hotline, law enforcement) comes first
        "runaway",
        "suspected",
        "procedure.cse",
        "procedure.labor",
        "procedure.criminal",
    ]


def test_due_steps_follow_only_the_indicated_categories(bank):
    iv = interview("rf.owes_debt_employer", "rf.afraid_to_answer")
    steps = due_steps(iv, bank)
    # Issue 12: neither procedure has a hotline step, so the hotline duty is due too.
    assert steps == ["duty.hotline"] + [f"proc.labor.s{n}" for n in range(1, 10)] + [
        f"proc.criminal.s{n}" for n in range(1, 8)
    ]


def test_common_flags_prompt_names_what_else_points_where(bank):
    iv = interview("rf.survival_sex", "rf.money_controlled")
    (p,) = [p for p in prompts(iv, bank) if p.kind == "common_flags"]
    assert bank.red_flag("rf.money_controlled").text in p.message
    assert bank.red_flag("rf.survival_sex").text not in p.message
    assert p.message.endswith("already point to: Child Sex Trafficking (CSEC).")
    # Once all three forms are indicated there is nothing left for these flags to sort.
    iv.answers["proc.labor.s1.d06"] = Answer(response=Response.YES)
    iv.allegations.append(Allegation(subcategory="criminal"))
    assert "common_flags" not in kinds(iv, bank)
    # No common flag, no prompt.
    assert "common_flags" not in kinds(interview("rf.survival_sex"), bank)


# ---- assess -------------------------------------------------------------------------------


def test_assess_gathers_everything_as_json(bank):
    iv = foreign()
    iv.at_risk_indicators = {"B": IndicatorMark()}
    a = assess(iv, bank, now=T0 + timedelta(hours=1))
    d = a.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["content_version"] == bank.version
    assert d["evaluated_at"] == "2026-03-02T16:00:00+00:00"
    assert d["at_risk_cse"]["met"] is True and d["at_risk_cse"]["decided_by"] == ["B"]
    assert d["red_flag_tallies"] == {"csec": 1, "labor": 1, "criminal": 1}
    # The one flag is common to all three forms: no category, no allegation (at-risk is none).
    assert d["indicated_categories"] == [] and d["suggested_allegations"] == []
    assert d["deadlines"][0]["due"] == "2026-03-03T15:00:00+00:00"
    assert d["deadlines"][0]["remaining_seconds"] == 23 * 3600
    # Issue 12: the flag and the at-risk result raise the suspicion: the duties are due.
    assert [p["kind"] for p in d["prompts"]] == ["suspected", "otip", "at_risk", "common_flags"]
    assert d["due_steps"] == ["duty.hotline", "duty.law_enforcement", "proc.cse.s6"]
    iv.red_flags["rf.gang_drug_ties"] = RedFlagObservation(sources=[Source.YOUTH])
    d = assess(iv, bank, now=T0).to_dict()
    assert d["indicated_categories"] == ["csec", "criminal"]
    (cse, criminal) = d["suggested_allegations"]
    assert (cse["subcategory"], criminal["subcategory"]) == ("cse", "criminal")
    assert set(cse) == {"subcategory", "cwscms_name", "reasons", "entered", "text"}
    assert "proc.cse.s2" in d["due_steps"] and "proc.criminal.s1" in d["due_steps"]
    assert "CSW decides" in d["notice"]


def test_assess_defaults_now_and_is_pure(bank):
    iv = interview("rf.many_condoms")
    before = repr(iv)
    a = assess(iv, bank)
    assert a.evaluated_at.tzinfo is not None
    assert repr(iv) == before


def test_otip_prompt_stays_until_the_rfa_is_submitted(bank):
    iv = foreign(notified=T0)
    assert "otip" in kinds(iv, bank)
    iv.special.rfa_submitted = True
    assert "otip" not in kinds(iv, bank)


def test_at_risk_prompt_ends_when_referral_done(bank):
    iv = Interview()
    iv.at_risk_indicators = {"A": IndicatorMark()}
    iv.responsibilities["proc.cse.s6"] = StepRecord(status=StepStatus.DONE, at=T0)
    assert "at_risk" not in kinds(iv, bank)
    assert due_steps(iv, bank)[-1] == "proc.cse.s6"
