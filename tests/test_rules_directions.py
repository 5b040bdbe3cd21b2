"""Issue 12: determinations have a direction, every suspicion reaches the hotline, one fact
is entered once, and the wording says only what was found.

Expected answers come from the guide's words (exploitation-policy-guide.txt), quoted in
the tables below, never from the code.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app import interchange
from app.model import (
    Answer,
    IndicatorMark,
    Interview,
    RedFlagObservation,
    Response,
    StepRecord,
    StepStatus,
    YesNoUnknown,
    Youth,
)
from app.rules import assess, deadlines, due_steps, prompts, suggested_allegations
from app.store import Store
from tests.helpers import PASSPHRASE


def concerning_determinations(iv, bank):  # imported late: new in issue 12, so that the
    from app.rules.evidence import concerning_determinations as found  # other tests here

    return found(iv, bank)  # still run (and fail for their own reason) on the code before it


T0 = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)

# ---- every determination's kind, from the guide's wording ---------------------------------
# CSE step 1: "Determine if one or more of the following situations exists" - each situation
# and each indicator "commonly associated with a commercially sexually exploited child" is
# a yes/no finding; its presence is the concern.
# Labor step 1: "determine if the child: Is required to ... / Accompanies ... / ..." - each is
# a situation whose presence is the concern.
# Labor step 2 "Regarding a child who is working, determine:" mixes questions ("Whether the
# conditions ... are detrimental", "If a debt exists", "If third party receives the money")
# with facts to describe ("How the child's education is affected", "The legality of the
# specific job as it applies to the child's age, abilities, and certified training").
# Labor step 3 asks about protective conditions ("Whether the assigned tasks are
# age-appropriate", "If suitable parental supervision is provided", ...): "no" is the
# concern. "Number of hours ... each day" is a number. "If the household work interferes
# with school" is a concern when yes.
# Criminal step 1: "consider whether the family/caregiver or third-party exploiter:
# Encourages / Teaches / Supports / Receives / Allows / ..." - each is a concern when yes.
YES, NO = ("finding", "yes"), ("finding", "no")
TEXT, NUMBER = ("fact", "text"), ("fact", "number")
GUIDE_KINDS = {
    "proc.cse.s1.d01": ("The creation of pictures or written material depicting a minor "
                        "engaged in obscene acts", YES),
    "proc.cse.s1.d02": ("The sale or distribution of obscene materials involving a child", YES),
    "proc.cse.s1.d03": ("A person who has the care, custody, and the control of any child uses "
                        "that child in any manner", YES),
    "proc.cse.s1.d04": ("Employing a child to perform obscene acts", YES),
    "proc.cse.s1.d05": ("Engaging a child in a live performance or as a model", YES),
    "proc.cse.s1.d06": ("Developing, reproducing, or exchanging any material", YES),
    "proc.cse.s1.d07": ("Assisting others to encourage/coerce a child", YES),
    "proc.cse.s1.d08": ("If any of the following indicators commonly associated with a "
                        "commercially sexually exploited child are present", YES),
    **{f"proc.cse.s1.d{n:02d}": ("", YES) for n in range(9, 26)},  # the 17 indicators
    "proc.labor.s1.d01": ("Is required to contribute income to meet basic necessities", YES),
    "proc.labor.s1.d02": ("Accompanies a parent or caregiver to work due to lack of childcare "
                          "and is allowed and/or forced to work", YES),
    "proc.labor.s1.d03": ("Is employed in a family’s business where there are unreasonable "
                          "expectations", YES),
    "proc.labor.s1.d04": ("Is allowed and/or encouraged to beg for money, food, etc.", YES),
    "proc.labor.s1.d05": ("Was illegally brought to this country for the sole purpose of "
                          "employment", YES),
    "proc.labor.s1.d06": ("A parent/or caregiver has sold or attempted to sell the child’s "
                          "labor or service", YES),
    "proc.labor.s2.d01": ("How the child’s education is affected by working", TEXT),
    "proc.labor.s2.d02": ("Whether the conditions of employment are detrimental to the "
                          "child’s health and safety", YES),
    "proc.labor.s2.d03": ("The legality of the specific job as it applies to the child’s age, "
                          "abilities, and certified training", TEXT),
    "proc.labor.s2.d04": ("If a debt exists that the child or family feels they must repay", YES),
    "proc.labor.s2.d05": ("If third party receives the money earned", YES),
    "proc.labor.s3.d01": ("Whether the assigned tasks are age-appropriate", NO),
    "proc.labor.s3.d02": ("If the child is developmentally capable of performing the tasks", NO),
    "proc.labor.s3.d03": ("If the tasks are equally divided among all the children in the "
                          "household", NO),
    "proc.labor.s3.d04": ("If suitable parental supervision is provided", NO),
    "proc.labor.s3.d05": ("If the parent is the primary person who sustains the household", NO),
    "proc.labor.s3.d06": ("Number of hours spent in working in the home each day", NUMBER),
    "proc.labor.s3.d07": ("If the household work interferes with school or age-appropriate "
                          "outside activities", YES),
    "proc.criminal.s1.d01": ("Encourages the child, from a young age, to value gang "
                             "membership", YES),
    "proc.criminal.s1.d02": ("Teaches the child gang signs, dress codes and affiliations", YES),
    "proc.criminal.s1.d03": ("Supports violent behavior and criminal activities of the child",
                             YES),
    "proc.criminal.s1.d04": ("Receives monetary or non-monetary benefits", YES),
    "proc.criminal.s1.d05": ("Allows the child access to or provides drugs/alcohol", YES),
    "proc.criminal.s1.d06": ("Encourages the child to use drugs/alcohol", YES),
    "proc.criminal.s1.d07": ("Allows the child to sell drugs", YES),
    "proc.criminal.s1.d08": ("Uses the child to assist them in the production of drugs", YES),
    "proc.criminal.s1.d09": ("Steals or allow and/or encourage the child to steal", YES),
    "proc.criminal.s1.d10": ("Trains or encourages the child to post other’s online", YES),
}  # fmt: skip


def test_every_determination_has_the_kind_the_guide_words_give(bank):
    assert {d.id for d in bank.determinations()} == set(GUIDE_KINDS)
    for det in bank.determinations():
        words, (kind, direction) = GUIDE_KINDS[det.id]
        assert det.text.startswith(words), det.id
        assert det.kind == kind, det.id
        if kind == "finding":
            assert (det.concern_when, det.value) == (direction, ""), det.id
        else:
            assert (det.value, det.concern_when, det.same_as) == (direction, "", ""), det.id


def test_attempted_to_sell_as_the_guide_means(bank):
    text = bank.item("proc.labor.s1.d06").text
    assert "attempted to sell" in text and "attempt to sell" not in text


def iv_with(**answers: Response) -> Interview:
    iv = Interview(created_at=T0 - timedelta(hours=1), content_version="2026.12.0")
    for key, resp in answers.items():
        iv.answers[key.replace("_", ".")] = Answer(response=resp)
    return iv


# ---- labor step 3, read the right way round -----------------------------------------------


def test_labor_step3_yes_tasks_age_appropriate_is_no_concern(bank):
    iv = iv_with(proc_labor_s3_d01=Response.YES)
    iv.special.foreign_national = YesNoUnknown.YES
    assert suggested_allegations(iv, bank) == []
    assert not [s for s in due_steps(iv, bank) if s.startswith("proc.labor.")]
    assert deadlines(iv, T0) == []  # no OTIP clock
    assert not [p for p in prompts(iv, bank) if p.kind in ("otip", "suspected")]


def test_labor_step3_no_counts_and_the_explanation_quotes_it(bank):
    iv = iv_with(proc_labor_s3_d01=Response.NO)
    iv.special.foreign_national = YesNoUnknown.YES
    (s,) = suggested_allegations(iv, bank)
    assert s.subcategory == "labor"
    assert "Whether the assigned tasks are age-appropriate \u2014 no" in s.text
    assert "proc.labor.s4" in due_steps(iv, bank)  # law enforcement
    assert "duty.hotline" in due_steps(iv, bank)
    (d,) = deadlines(iv, T0)
    assert d.kind == "otip"


@pytest.mark.parametrize("response", [Response.UNSURE, Response.NOT_ASKED, Response.DECLINED])
def test_an_unsure_answer_counts_for_nothing(bank, response):
    iv = iv_with(proc_labor_s3_d04=response, proc_labor_s2_d02=response)
    assert concerning_determinations(iv, bank) == ()
    assert due_steps(iv, bank) == []


def test_a_fact_is_never_evidence_by_itself(bank):
    iv = iv_with()
    iv.answers["proc.labor.s3.d06"] = Answer(Response.NOT_ASKED, notes="6")
    iv.answers["proc.labor.s2.d01"] = Answer(Response.YES, notes="misses two days a week")
    assert suggested_allegations(iv, bank) == [] and due_steps(iv, bank) == []


def test_a_yes_finding_still_counts_yes(bank):
    iv = iv_with(proc_labor_s2_d04=Response.YES)  # "If a debt exists ..."
    (s,) = suggested_allegations(iv, bank)
    assert s.subcategory == "labor"
    assert "If a debt exists that the child or family feels they must repay \u2014 yes" in s.text


# ---- every suspicion reaches the hotline --------------------------------------------------

CONTROL_FLAGS = (
    "rf.no_control_of_id",
    "rf.money_controlled",
    "rf.cannot_move_freely",
    "rf.someone_speaks_for_them",
    "rf.fearful_of_exploiter",
    "rf.phone_restricted",
)


def test_six_control_flags_make_the_hotline_and_law_enforcement_due(bank):
    iv = iv_with()
    iv.special.foreign_national = YesNoUnknown.YES
    for f in CONTROL_FLAGS:
        iv.red_flags[f] = RedFlagObservation()
    steps = due_steps(iv, bank)
    assert steps[:2] == ["duty.hotline", "duty.law_enforcement"]
    (p,) = [p for p in prompts(iv, bank) if p.kind == "suspected"]
    assert p.step_ids == ("duty.hotline", "duty.law_enforcement")
    # The guide's words for both duties.
    assert "must immediately contact the CPH to make a referral" in p.message
    assert "Law enforcement partners from specialized Vice and Human Trafficking units" in (
        p.message
    )
    assert "yours to decide" in p.message
    # The OTIP banner's deadline and the suspicion agree.
    assert [d.kind for d in deadlines(iv, T0)] == ["otip"]
    assert "otip" in [q.kind for q in prompts(iv, bank)]
    # Which form stays the CSW's call: no form is suggested from common flags alone.
    assert suggested_allegations(iv, bank) == []


def test_at_risk_alone_raises_the_suspicion(bank):
    iv = iv_with()
    iv.at_risk_indicators = {"A": IndicatorMark()}
    assert due_steps(iv, bank)[:2] == ["duty.hotline", "duty.law_enforcement"]


def test_a_procedure_step_of_the_same_kind_takes_the_duty_place(bank):
    iv = iv_with()
    iv.red_flags["rf.survival_sex"] = RedFlagObservation()  # CSEC only
    steps = due_steps(iv, bank)
    assert "duty.hotline" not in steps and "proc.cse.s2" in steps and "proc.cse.s3" in steps


def test_one_hotline_call_closes_every_hotline_step(bank):
    iv = iv_with()
    iv.red_flags["rf.afraid_to_answer"] = RedFlagObservation()
    iv.responsibilities["duty.hotline"] = StepRecord(StepStatus.DONE, T0)
    (p,) = [p for p in prompts(iv, bank) if p.kind == "suspected"]
    assert p.step_ids == ("duty.law_enforcement",)
    iv.red_flags["rf.survival_sex"] = RedFlagObservation()  # now CSE is indicated too
    (c,) = [p for p in prompts(iv, bank) if p.kind == "procedure.cse"]
    assert "proc.cse.s2" not in c.step_ids and "proc.cse.s3" in c.step_ids


# ---- one fact is entered once -------------------------------------------------------------
# CSE step 1's indicators against the red-flags chart, word by word (guide, both lists).
SAME_FACT = {
    "Youth spends time in areas associated with commercial sexual exploitation":
        "Spends time in area associated with commercial sexual exploitation",
    "Provocative, sexualized clothing": "Provocative, sexualized clothing",
    "Sexually explicit images/text posted on social media":
        "Sexually explicit images/text posted on social media",
    "Possessing multiple cell phones or unexplained sums of money":
        "Possessing multiple cell phones or unexplained sums of money",
    "Tattoos or branding on face/neck/thighs/hands": "Tattoos or branding",
    "Attachment/dependence on cell phones": "Attachment/dependence on cell phones",
    "Frequent changing of social media accounts": "Frequent changing of social media accounts",
    "Unexplained bruises or other physical trauma": "Unexplained bruises or other physical trauma",
    "Chronic runaway behavior from home/placement": "Chronic runaway behavior from home/placement",
    "Romantic/inappropriate relationships with older adults":
        "Romantic/inappropriate relationships with older adults",
    "Secrecy regarding intimate partners, friends, associates":
        "Secrecy regarding intimate partners, friends, associates",
    "Youth glamorizing pimping/the commercial sex industry":
        "Glamorizing pimping/the commercial sex industry",
    "Use of slang referencing exploitation": "Use of slang referencing exploitation",
    "Frequent or multiple Sexually Transmitted Infections":
        "Frequent or multiple Sexually Transmitted infections",
    "Unplanned pregnancies": "Unplanned pregnancies",
}  # fmt: skip
# In step 1 only; the chart has no such flag.
STEP1_ONLY = (
    "Unexplained/ suspicious access to expensive clothing",
    "Unexplained absences from school",
)


def test_every_step1_indicator_that_is_a_red_flag_is_linked_to_it(bank):
    indicators = [d for d in bank.determinations() if d.parent == "proc.cse.s1.d08"]
    assert len(indicators) == len(SAME_FACT) + len(STEP1_ONLY) == 17
    for det in indicators:
        match = [k for k in SAME_FACT if det.text.startswith(k)]
        if not match:
            assert det.text.startswith(STEP1_ONLY), det.text
            assert det.same_as == ""
            continue
        flag = bank.red_flag(det.same_as)
        assert flag.text.startswith(SAME_FACT[match[0]]), (det.text, flag.text)
    linked = [d.same_as for d in indicators if d.same_as]
    assert len(linked) == len(set(linked)) == 15


def test_a_ticked_flag_is_the_indicator_present(bank):
    iv = iv_with()
    iv.red_flags["rf.phone_dependence"] = RedFlagObservation()
    assert concerning_determinations(iv, bank) == ("proc.cse.s1.d15",)
    # Common flag: its step-1 twin does not make it CSE evidence (the chart decides).
    assert suggested_allegations(iv, bank) == []


# ---- records made before directions --------------------------------------------------------


def old_record() -> Interview:
    iv = Interview(
        content_version="2026.11.0",
        youth=Youth(name="Fictional Youth"),
        created_at=T0 - timedelta(hours=1),
    )
    iv.answers["proc.labor.s3.d01"] = Answer(Response.YES)  # old tick: which way?
    iv.answers["proc.labor.s3.d06"] = Answer(Response.YES)  # old tick on "Number of hours"
    iv.answers["proc.labor.s1.d02"] = Answer(Response.YES)  # old tick, concern when yes
    iv.special.foreign_national = YesNoUnknown.NO
    return iv


def check_old(iv: Interview, bank) -> None:
    from app.rules.legacy import to_confirm

    assert to_confirm(iv, bank) == ("proc.labor.s3.d01", "proc.labor.s3.d06")
    a = assess(iv, bank, T0)
    (s,) = a.allegations  # labor, from labor step 1 only
    assert "age-appropriate" not in s.text and "Accompanies a parent" in s.text
    assert a.to_dict()["to_confirm"] == ["proc.labor.s3.d01", "proc.labor.s3.d06"]


def test_an_old_tick_on_a_protective_item_is_kept_for_the_csw_to_confirm(bank, tmp_path):
    from app.rules.legacy import LEGACY_NOTE, to_confirm, upgrade

    store = Store.create(tmp_path / "old.db", PASSPHRASE, PASSPHRASE)
    iid = store.create_interview(old_record())
    store.lock()
    store = Store.open(tmp_path / "old.db", PASSPHRASE)
    try:
        loaded = store.load(iid)
    finally:
        store.lock()
    check_old(loaded, bank)
    learned_in = loaded.answers["proc.labor.s3.d01"].contact_id
    assert learned_in == iid  # stamped by the store with the contact that wrote it
    changed = upgrade(loaded, bank)
    assert changed == ["proc.labor.s3.d01", "proc.labor.s3.d06"]
    assert loaded.answers["proc.labor.s3.d01"].response == Response.UNSURE
    assert loaded.answers["proc.labor.s3.d01"].notes.startswith(LEGACY_NOTE)
    assert loaded.answers["proc.labor.s3.d01"].contact_id == learned_in  # provenance kept
    assert loaded.answers["proc.labor.s1.d02"].response == Response.YES
    assert loaded.content_version == bank.version
    check_old(loaded, bank)  # still shown to confirm, still no concern
    # The CSW confirms "yes, age-appropriate": read the new way, no longer to confirm.
    loaded.answers["proc.labor.s3.d01"] = Answer(Response.YES)
    assert to_confirm(loaded, bank) == ("proc.labor.s3.d06",)


def test_an_old_json_file_keeps_working(bank):
    data = interchange.interview_to_dict(old_record(), bank)
    data = interchange.loads(interchange.dumps(data))
    check_old(interchange.interview_from_dict(data), bank)


# ---- say only what was found ----------------------------------------------------------------


def test_at_risk_with_nothing_marked_is_not_assessed_everywhere(bank, tmp_path):
    from pypdf import PdfReader

    from app.export import render_pdf, render_text
    from app.rules import at_risk_cse

    assert at_risk_cse([]).to_dict()["status"] == "not assessed"
    assert at_risk_cse(["D"]).to_dict()["status"] == "not met"
    iv = iv_with()
    text = render_text(iv, bank, now=T0)
    assert "At risk of commercial sexual exploitation: Not assessed" in text
    assert "At risk of commercial sexual exploitation: No\n" not in text
    render_pdf(iv, bank, tmp_path / "s.pdf", now=T0)
    pdf = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "s.pdf")).pages)
    assert "Not assessed" in " ".join(pdf.split())
    doc = interchange.interview_to_dict(iv, bank, T0)
    assert doc["determinations"]["at_risk_cse"]["status"] == "not assessed"


def test_the_suggestion_is_the_tools_sentence_with_one_flag_a_line(bank):
    from app.export import render_text

    iv = iv_with()
    iv.red_flags["rf.many_condoms"] = RedFlagObservation()
    iv.red_flags["rf.survival_sex"] = RedFlagObservation()
    (s,) = suggested_allegations(iv, bank)
    lines = s.text.split("\n")
    assert lines[0] == (
        "The tool suggests, from the chart: Commercial Sexual Exploitation, "
        "because the record shows:"
    )
    assert [ln.rsplit(": ", 1)[-1] for ln in lines[1:]] == [
        bank.red_flag("rf.many_condoms").text,
        bank.red_flag("rf.survival_sex").text,
    ]
    text = render_text(iv, bank, now=T0)
    assert (
        "The tool suggests, from the chart: Commercial Sexual Exploitation (not entered), "
        "because the record shows:\n\u2013 Red flag observed"
    ) in text
    assert "suggested by the guide" not in text.lower()


def test_no_reassuring_words_while_flags_are_ticked(bank):
    from app.export import render_text

    iv = iv_with()
    for f in CONTROL_FLAGS:
        iv.red_flags[f] = RedFlagObservation()
    words = [p.message for p in prompts(iv, bank)] + [render_text(iv, bank, now=T0)]
    for text in words:
        assert "if any" not in text and "Nothing recorded so far points" not in text
    assert "which allegation(s) to enter is the CSW's to decide" in words[-1]
    assert "hotline call and the law enforcement contact are due" in words[-1]


def test_content_command_shows_each_determinations_kind(capsys):
    import json

    from app.cli import run_cli

    assert run_cli(["content", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    dets = {d["id"]: d for p in doc["procedures"] for s in p["steps"]
            for d in s["determinations"]}  # fmt: skip
    assert dets["proc.labor.s3.d01"]["kind"] == "finding"
    assert dets["proc.labor.s3.d01"]["concern_when"] == "no"
    assert (dets["proc.labor.s3.d06"]["kind"], dets["proc.labor.s3.d06"]["value"]) == (
        "fact",
        "number",
    )
    assert dets["proc.cse.s1.d15"]["same_as"] == "rf.phone_dependence"
    assert [d["id"] for d in doc["reporting_duties"]] == ["duty.hotline", "duty.law_enforcement"]
    assert run_cli(["content", "--format", "text"]) == 0
    text = capsys.readouterr().out
    assert (
        "Whether the assigned tasks are age-appropriate  "
        "[proc.labor.s3.d01; yes/no, concern when no]"
    ) in text
    assert "[proc.labor.s3.d06; fact to record: number]" in text
