"""Issue 14: a scenario is a case with contacts (format 2), its key checked per case."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import rules
from app.model import Interview, IntervieweeType
from app.training import (
    PanelOrder,
    check_key,
    coach,
    contact_labels,
    debrief,
    open_training_store,
    render_debrief_pdf,
    scripted_case,
)
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


# --- coaching, debrief and its PDF on a case with two contacts -------------------------

NOW = datetime(2026, 11, 14, 9, 0, tzinfo=UTC)
WINDOW = PanelOrder(
    order=("contact", "youth", "caregiver", "red_flags", "at_risk", "tattoos", "online",
           "associates", "special", "responsibilities", "allegations", "review"),
    holds={"tattoos": "tattoos", "online_accounts": "online"},
)  # fmt: skip


def _case_view(open_contact: Interview, contacts: list[Interview]) -> Interview:
    """The open contact as the store loads it: its own parts, and the case's findings
    from every contact, each stamped with the contact it was learned in."""
    view = copy.deepcopy(open_contact)
    view.red_flags, view.at_risk_indicators, view.labor_risk_factors = {}, {}, {}
    view.allegations, view.responsibilities = [], {}
    for iv in contacts:
        for key, flag in iv.red_flags.items():
            view.red_flags[key] = replace(flag, contact_id=iv.id)
        for key, mark in iv.at_risk_indicators.items():
            view.at_risk_indicators[key] = replace(mark, contact_id=iv.id)
        for key, mark in iv.labor_risk_factors.items():
            view.labor_risk_factors[key] = replace(mark, contact_id=iv.id)
        view.allegations += [replace(a, contact_id=iv.id) for a in iv.allegations]
        view.responsibilities.update(iv.responsibilities)
        if iv.special.suspicion_at is not None or iv.special.runaway_return:
            view.special = iv.special
    return view


def test_the_worked_case_splits_the_key_over_its_contacts(scenarios, bank) -> None:
    sc = scenario_by_id(scenarios, CASE)
    youth, caregiver = scripted_case(sc, bank, NOW)
    assert caregiver.interviewee.type == IntervieweeType.CAREGIVER
    assert caregiver.contact.start_time is not None and youth.contact.start_time is not None
    assert set(caregiver.red_flags) == {f for f, w in sc.learned_in.items()
                                        if w[0] == "caregiver" and f.startswith("rf.")}  # fmt: skip
    assert set(caregiver.at_risk_indicators) == {"D", "F"}
    assert list(caregiver.answers)[8:] == [f"caregiver.q{n:02d}" for n in range(1, 22)]
    assert set(youth.red_flags) | set(caregiver.red_flags) == set(sc.key.red_flags)


def test_coaching_speaks_of_the_contact_that_is_open(scenarios, bank) -> None:
    sc = scenario_by_id(scenarios, CASE)
    youth, caregiver = scripted_case(sc, bank, NOW)
    for iv in (youth, caregiver):
        iv.tattoos.clear()
        iv.online_accounts.clear()
    past = ["contact", "caregiver", "tattoos", "online", "special"]
    # The youth's contact gave cause to ask about tattoos; the grandmother's, about his
    # online accounts (she shows his page): each contact is coached on its own.
    assert [n.kind for n in coach(youth, sc, bank, past, WINDOW)] == ["tattoos"]
    notes = coach(caregiver, sc, bank, past, WINDOW)
    assert [n.kind for n in notes] == ["online"]
    assert notes[0].guide_ref == "online.signs"  # the caregiver's reason, not the youth's


def test_the_debrief_scores_the_case_and_says_where_each_finding_came_from(
    scenarios, bank, tmp_path
) -> None:
    sc = scenario_by_id(scenarios, CASE)
    youth, caregiver = scripted_case(sc, bank, NOW)
    labels = {youth.id: "youth, 11/14", caregiver.id: "caregiver, 11/14"}
    whole = debrief(_case_view(caregiver, [youth, caregiver]), sc, bank, NOW, contacts=labels)
    assert whole.overall == 100 and all(a.score == 100 for a in whole.areas)
    flags = {i.id: i for i in whole.area("red_flags").items}
    assert flags["rf.chronic_runaway"].contact == "caregiver, 11/14"
    assert flags["rf.tattoos_branding"].contact == "youth, 11/14"
    assert {i.id: i.contact for i in whole.area("at_risk").items}["D"] == "caregiver, 11/14"
    # Only the youth's contact entered: the grandmother's findings are missed, each
    # saying where it comes out.
    alone = debrief(_case_view(youth, [youth]), sc, bank, NOW, contacts=labels)
    missed = {i.id: i for i in alone.area("red_flags").items if i.status == "missed"}
    assert set(missed) == {f for f in sc.key.red_flags if sc.learned_in[f][0] == "caregiver"}
    assert missed["rf.unexplained_injuries"].comes_out_in == "the caregiver\u2019s contact"
    assert missed["rf.transport_controlled"].comes_out_in == (
        "the caregiver\u2019s or the youth\u2019s contact"
    )
    assert alone.area("red_flags").score < 100 and alone.overall < whole.overall
    # The trainer's PDF says which contact each came from, and where a miss comes out.
    pdf = render_debrief_pdf(alone, tmp_path / "debrief.pdf")
    text = " ".join(" ".join(pg.extract_text().split()) for pg in PdfReader(pdf.path).pages)
    assert "scored across its contacts: youth, 11/14; caregiver, 11/14" in text
    assert "Recorded in the contact: youth, 11/14" in text
    assert "Where it comes out: the caregiver\u2019s contact" in text
    assert "TRAINING" in text


def test_the_worked_case_in_a_real_store_gives_the_key_by_the_rules_per_case(
    scenarios, bank, tmp_path
) -> None:
    """Both contacts filed in one case of a real (encrypted) training store: the rules run
    on the case view give exactly the key, and the case view scores 100."""
    sc = scenario_by_id(scenarios, CASE)
    youth, caregiver = scripted_case(sc, bank, NOW)
    store = open_training_store(tmp_path / "t" / "training.cec")
    try:
        youth_id = store.create_interview(youth)
        caregiver.case_id = store.load(youth_id).case_id
        care_id = store.create_interview(caregiver)
        case_id = caregiver.case_id
        assert store.load(care_id).case_id == case_id
        view = store.case_view(case_id)
        result = rules.assess(view, bank, NOW)
        assert result.at_risk.met is sc.key.at_risk_met
        assert {a.subcategory for a in result.allegations} == set(sc.key.allegations)
        assert set(result.due_steps) == set(sc.key.steps)
        assert view.red_flags["rf.chronic_runaway"].contact_id == care_id
        assert view.red_flags["rf.tattoos_branding"].contact_id == youth_id
        labels = contact_labels(store.load_case(case_id))
        assert list(labels) == [youth_id, care_id]
        scored = debrief(store.load(care_id), sc, bank, NOW, contacts=labels)
        assert scored.overall == 100
    finally:
        store.lock()
