"""The three assessment procedures: every numbered step with its kind, every determination."""

from __future__ import annotations

import pytest

STEP_KINDS = {
    "proc.cse": ["determine", "hotline", "law_enforcement", "online_search", "medical_referral",
                 "advocacy_referral", "dream_court", "csec_unit", "document"],
    "proc.labor": ["determine", "determine", "determine", "law_enforcement", "medical_referral",
                   "advocacy_referral", "dream_court", "csec_unit", "document"],
    "proc.criminal": ["determine", "law_enforcement", "medical_referral", "advocacy_referral",
                      "dream_court", "csec_unit", "document"],
}  # fmt: skip

DETERMINATIONS = {
    "proc.cse.s1": 25,  # 3 situations + 4 nested + the indicator bullet + 17 nested indicators
    "proc.labor.s1": 6,
    "proc.labor.s2": 5,
    "proc.labor.s3": 7,
    "proc.criminal.s1": 10,
}


@pytest.mark.parametrize("proc_id", STEP_KINDS)
def test_steps_and_kinds(bank, proc_id):
    proc = bank.procedure(proc_id)
    assert [s.kind for s in proc.steps] == STEP_KINDS[proc_id]
    assert [s.id for s in proc.steps] == [f"{proc_id}.s{n}" for n in range(1, len(proc.steps) + 1)]
    assert proc.subcategory == proc_id.split(".")[1]


def test_determination_counts(bank):
    got = {
        s.id: len(s.determinations) for p in bank.procedures for s in p.steps if s.determinations
    }
    assert got == DETERMINATIONS


def test_cse_step1_nesting(bank):
    step = bank.procedure("proc.cse").steps[0]
    parents = {d.id: d.parent for d in step.determinations}
    assert parents["proc.cse.s1.d01"] == ""
    assert parents["proc.cse.s1.d04"] == "proc.cse.s1.d03"
    assert parents["proc.cse.s1.d07"] == "proc.cse.s1.d03"
    assert parents["proc.cse.s1.d08"] == ""
    assert all(parents[f"proc.cse.s1.d{n:02d}"] == "proc.cse.s1.d08" for n in range(9, 26))
    assert bank.item("proc.cse.s1.d14").text == (
        "Tattoos or branding on face/neck/thighs/hands that suggest property "
        "(i.e., crowns, roses, “$”, “precious”, “beloved”, “Sir”, “Daddy’s girl”)"
    )
    assert bank.item("proc.cse.s1.d19").text == "Unexplained absences from school"


def test_step_texts_are_clean_and_faithful(bank):
    cse = bank.procedure("proc.cse")
    assert cse.steps[1].text == (
        "Call the Child Protection Hotline if you suspect that a child is a victim of Commercial "
        "Sexual Exploitation. All new and repeated incidents of CSE must be reported to the CPH."
    )
    assert cse.steps[3].detail.startswith("Web-based search engines")
    assert cse.steps[4].text == "Refer youth as needed for CSEC Medical Examination per policy."
    assert cse.steps[7].text == (
        "Determine if the youth should be assessed for transfer to the CSEC Unit."
    )
    labor = bank.procedure("proc.labor")
    assert (
        labor.steps[2].determinations[5].text
        == "Number of hours spent in working in the home each day"
    )
    crim = bank.procedure("proc.criminal")
    assert crim.steps[0].determinations[9].text == (
        "Trains or encourages the child to post other’s online for the purpose of commercial "
        "sexual exploitation"
    )


def test_at_risk_indicators(bank):
    got = [(i.id, i.group) for i in bank.at_risk_indicators]
    assert got == [("A", "A-C"), ("B", "A-C"), ("C", "A-C"), ("D", "D-H"), ("E", "D-H"),
                   ("F", "D-H"), ("G", "D-H"), ("H", "D-H")]  # fmt: skip
    texts = {i.id: i.text for i in bank.at_risk_indicators}
    assert texts["A"] == (
        "Child/youth exhibits behaviors or otherwise indicates that they are being controlled "
        "or groomed by another person"
    )
    assert texts["F"] == "Child/youth is frequently truant"
    assert texts["H"].endswith("specifically narcotics, opiates, crack/cocaine and amphetamines")
