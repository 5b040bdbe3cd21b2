"""Issue 14: a scenario is a case with contacts (format 2), its key checked per case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.model import IntervieweeType
from app.training import check_key
from app.training.scenario import ScenarioError, load_scenario, scenario_by_id, scenarios_dir

CASE = "grandmother-and-youth"


def test_a_case_with_a_youth_and_a_caregiver_contact(scenarios, bank) -> None:
    sc = scenario_by_id(scenarios, CASE)
    assert [(c.id, c.interviewee_type) for c in sc.contacts] == [
        ("youth", IntervieweeType.YOUTH),
        ("caregiver", IntervieweeType.CAREGIVER),
    ]
    # The caregiver's questions are the guide's 21, every one answered in her words.
    caregiver = sc.contact_by_type(IntervieweeType.CAREGIVER)
    assert caregiver is not None
    assert list(caregiver.responses) == [f"caregiver.q{n:02d}" for n in range(1, 22)]
    # The scenario opens on its first contact; the key is the case's, whichever contact.
    assert sc.interviewee_type == IntervieweeType.YOUTH and sc.contact_id == "youth"
    seen = sc.as_contact("caregiver")
    assert seen.interviewee_type == IntervieweeType.CAREGIVER
    assert seen.interviewee_name == "Loretta D."
    assert seen.response_for("caregiver.q08").words.startswith("Last month he was gone four days")
    assert seen.response_for("youth.specific.q02") is None
    assert seen.key == sc.key and seen.brief == caregiver.brief
    assert sc.for_interviewee(IntervieweeType.CAREGIVER) == seen
    assert sc.next_contact([IntervieweeType.YOUTH]) == caregiver
    assert sc.next_contact([IntervieweeType.YOUTH, IntervieweeType.CAREGIVER]) is None
    # Findings come out in both contacts: some only the grandmother tells.
    only = {
        c: sorted(f for f, w in sc.learned_in.items() if w[0] == c) for c in ("youth", "caregiver")
    }
    assert "rf.chronic_runaway" in only["caregiver"] and "D" in only["caregiver"]
    assert "rf.tattoos_branding" in only["youth"] and "A" in only["youth"]


def test_the_case_key_agrees_with_the_rules_run_on_the_case(scenarios, bank) -> None:
    assert check_key(scenario_by_id(scenarios, CASE), bank) == []


def test_one_contact_scenarios_are_one_contact_cases(scenarios) -> None:
    for sc in scenarios:
        if sc.id != CASE:
            assert len(sc.contacts) == 1 and sc.contact_id == ""
            assert sc.for_interviewee(IntervieweeType.CAREGIVER) is sc
            assert sc.next_contact([sc.interviewee_type]) is None


def _broken(tmp_path: Path, mutate) -> Path:
    data = json.loads((scenarios_dir() / f"{CASE}.json").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / f"{CASE}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _second_caregiver(d: dict) -> None:
    d["contacts"].append({**d["contacts"][1], "id": "aunt"})


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["contacts"][1]["responses"].pop("caregiver.q21"),
         "contacts/1/responses/caregiver.q21: no response scripted"),
        (lambda d: d["contacts"][1]["observations"].update(
            tattoos=d["contacts"][0]["observations"]["tattoos"]),
         "contacts/1/observations/tattoos: a caregiver interview cannot observe"),
        (lambda d: d["contacts"][1].update(id="youth"), "contacts/1/id: 'youth' is used"),
        (_second_caregiver, "contacts/2/interviewee: a second caregiver contact"),
        (lambda d: d["key"]["learned_in"].update({"rf.older_partner": ["school"]}),
         "key/learned_in/rf.older_partner: no contact 'school'"),
        (lambda d: d["key"]["learned_in"].pop("D"),
         "key/learned_in/D: which contact does it come out in?"),
        (lambda d: d["key"]["learned_in"].update({"rf.many_condoms": ["youth"]}),
         "key/learned_in/rf.many_condoms: not a finding of the key"),
        (lambda d: d.update(responses={}),
         "responses: in format 2 each contact's part goes under contacts"),
        (lambda d: d.pop("contacts"), "'contacts' is a required property"),
        (lambda d: d.update(format_version=1), "'interviewee' is a required property"),
    ],
)  # fmt: skip
def test_a_bad_case_scenario_names_the_contact_and_the_item(
    tmp_path, bank, mutate, expected
) -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(_broken(tmp_path, mutate), bank)
    message = str(caught.value)
    assert message.startswith(f"{CASE}.json: ")
    assert expected in message
