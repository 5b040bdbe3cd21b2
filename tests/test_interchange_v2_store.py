"""JSON version 2 through real SQLCipher stores (issue 14).

A youth, a caregiver and a collateral contact in one case go out as one file and
come back into another store as the same case (same ids, same document); a
version 1 file of today imports as a case with one contact; importing the same
case again is recognised (refused with what would change, or replaced with
``update``), never a duplicate; bad files change nothing.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from app import interchange, interchange_v2, model
from app.interchange import InterchangeError
from app.interchange_v2 import CaseExists
from app.store import Store, StoreError
from tests.helpers import PASSPHRASE
from tests.helpers.records import full_interview
from tests.helpers.stores import copy_store

ROOT = Path(__file__).resolve().parent.parent
V1_EXAMPLE = ROOT / "docs" / "examples" / "interview-example.json"
V2_EXAMPLE = ROOT / "docs" / "examples" / "case-v2.json"
NOW = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def other_store(tmp_path: Path):  # noqa: ANN201
    """A second empty store (another laptop), locked after the test."""
    opened = Store.open(copy_store(tmp_path / "other"), PASSPHRASE)
    yield opened
    if not opened.locked:
        opened.lock()


def _three_contact_case(store: Store) -> str:
    """A youth contact with every part filled, then a caregiver and a collateral
    contact made from the case, each adding findings through its own id."""
    youth = full_interview()
    youth = dataclasses.replace(
        youth,
        interviewee=model.Interviewee(model.IntervieweeType.YOUTH, youth.youth.name, "self"),
        answers={
            **youth.answers,
            "proc.cse.s1.d01": model.Answer(model.Response.NO, "", "Asked gently.", NOW),
        },
    )
    youth_id = store.create_interview(youth)
    case_id = store.load(youth_id).case_id
    caregiver_id = store.new_contact(
        case_id,
        model.Interviewee(model.IntervieweeType.CAREGIVER, "Rosa Example", "mother"),
        model.Contact(date=date(2026, 3, 5), start_time=time(16, 0)),
        "test",
    )
    collateral_id = store.new_contact(
        case_id,
        model.Interviewee(model.IntervieweeType.COLLATERAL, "Jamie Sampleton", "counselor"),
        model.Contact(date=date(2026, 3, 6), method=model.ContactMethod.PHONE),
        "test",
    )
    store.set_red_flag(
        caregiver_id,
        "rf.multiple_phones_money",
        model.RedFlagObservation([model.Source.CAREGIVER], "A second phone."),
    )
    store.set_answer(
        caregiver_id, "caregiver.q09", model.Answer(model.Response.NO, "Not every night.")
    )
    store.set_narrative(caregiver_id, "Met the mother at home.")
    store.save_associate(
        collateral_id, model.Associate(name="Dre", nicknames=["D"], notes="Seen at pickup.")
    )
    store.set_at_risk_indicator(collateral_id, "F", model.IndicatorMark("Missed 12 days."))
    return case_id


def _contact_of(doc: dict, kind: str) -> str:
    return next(c["id"] for c in doc["contacts"] if c["interviewee"]["type"] == kind)


def test_a_three_contact_case_round_trips_with_its_ids(store, other_store, bank) -> None:
    case_id = _three_contact_case(store)
    first = interchange_v2.export_case(store, case_id, bank, NOW)
    assert first["case"]["id"] == case_id and len(first["contacts"]) == 3
    # Every finding carries the contact it was learned in.
    caregiver, collateral = _contact_of(first, "caregiver"), _contact_of(first, "collateral")
    youth = _contact_of(first, "youth")
    assert first["case"]["red_flags"]["rf.multiple_phones_money"]["contact_id"] == caregiver
    assert first["case"]["red_flags"]["rf.tattoo"]["contact_id"] == youth
    assert [a["contact_id"] for a in first["case"]["associates"]][-1] == collateral
    assert first["case"]["at_risk_indicators"]["F"]["contact_id"] == collateral
    assert first["case"]["determinations"]["proc.cse.s1.d01"]["contact_id"] == youth
    assert "caregiver.q09" in next(c for c in first["contacts"] if c["id"] == caregiver)["answers"]

    text = interchange.dumps(first)
    done = interchange_v2.import_document(other_store, interchange.loads(text))
    assert (done.case_id, done.updated, done.version) == (case_id, False, 2)
    second = interchange_v2.export_case(other_store, case_id, bank, NOW)
    assert second == first  # the same document: every value, every id, every source
    assert [c.id for c in other_store.list_cases()] == [case_id]
    assert len(other_store.list_interviews()) == 3
    assert "case_imported" in [e.event for e in other_store.audit_log()]


def test_the_example_imports_and_exports_as_itself(store, bank) -> None:
    data = interchange.read_file(V2_EXAMPLE)
    done = interchange_v2.import_document(store, data)
    assert done.case_id == data["case"]["id"]
    out = interchange_v2.export_case(store, done.case_id, bank, NOW)
    assert out["case"] == data["case"]
    assert out["contacts"] == data["contacts"]  # oldest contact first, as in the file


def test_a_v1_file_of_today_imports_as_a_case_with_one_contact(store) -> None:
    data = interchange.read_file(V1_EXAMPLE)
    done = interchange_v2.import_document(store, data)
    assert done.version == 1 and done.updated is False
    (contact_id,) = done.contact_ids
    assert contact_id != data["interview"]["id"]  # fresh ids, as before issue 14
    case = store.load_case(done.case_id)
    assert [c.id for c in case.contacts] == [contact_id]
    assert case.youth.name == "Marisol Example"
    view = store.case_view(done.case_id)
    assert set(view.red_flags) == set(data["interview"]["red_flags"])
    assert {rf.contact_id for rf in view.red_flags.values()} == {contact_id}
    assert [a.name for a in view.associates] == ["Dre"]
    # Imported twice: two cases (a v1 file has no case id to recognise).
    interchange_v2.import_document(store, data)
    assert len(store.list_cases()) == 2


def test_reimporting_the_same_case_is_an_update_not_a_duplicate(store) -> None:
    data = interchange.read_file(V2_EXAMPLE)
    case_id = interchange_v2.import_document(store, data).case_id
    events = len(store.audit_log())

    with pytest.raises(CaseExists) as same:
        interchange_v2.import_document(store, data)
    assert case_id in str(same.value) and "nothing would change" in str(same.value)

    changed = copy.deepcopy(data)
    changed["case"]["red_flags"]["rf.explicit_social_media"]["note"] = "Two accounts now."
    changed["case"]["associates"].append(
        {"id": "a" * 32, "name": "Tee's cousin", "contact_id": changed["contacts"][0]["id"]}
    )
    gone = changed["contacts"].pop()["id"]  # the caregiver's contact is not in the file,
    for part in changed["case"].values():  # nor what was learned in it
        if isinstance(part, dict):
            for key in [
                k for k, v in part.items() if isinstance(v, dict) and v.get("contact_id") == gone
            ]:
                del part[key]
    with pytest.raises(CaseExists) as err:
        interchange_v2.import_document(store, changed)
    message = str(err.value)
    assert "1 contact(s) in the store but not in the file" in message
    assert "associates (1 in the store, 2 in the file)" in message
    assert "red flags (4 in the store, 2 in the file)" in message
    assert len(store.audit_log()) == events  # refused: nothing written
    assert len(store.load_case(case_id).contacts) == 3

    done = interchange_v2.import_document(store, changed, update=True)
    assert done.updated is True and done.case_id == case_id
    assert [c.id for c in store.list_cases()] == [case_id]  # still one case
    case = store.load_case(case_id)
    assert len(case.contacts) == 2 and len(store.list_interviews()) == 2
    view = store.case_view(case_id)
    assert set(view.red_flags) == {"rf.living_with_non_guardians", "rf.explicit_social_media"}
    assert view.red_flags["rf.explicit_social_media"].note == "Two accounts now."
    assert gone not in {f.contact_id for f in view.at_risk_indicators.values()}
    assert sorted(a.name for a in view.associates) == ["Dre", "Tee's cousin"]
    assert store.audit_log()[-1].event == "case_imported"
    assert store.audit_log()[-1].detail == f"{case_id} update"


def test_a_contact_already_in_another_case_is_refused(store) -> None:
    data = interchange.read_file(V2_EXAMPLE)
    interchange_v2.import_document(store, data)
    other = copy.deepcopy(data)
    other["case"]["id"] = "b" * 32
    with pytest.raises(InterchangeError, match="already in another case"):
        interchange_v2.import_document(store, other)
    assert len(store.list_cases()) == 1


def _unknown_contact(d: dict) -> None:
    d["case"]["associates"][0]["contact_id"] = "c" * 32


def _contact_twice(d: dict) -> None:
    d["contacts"].append(copy.deepcopy(d["contacts"][1]))


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda d: d.__setitem__("version", 7), "newer than this application"),
        (_unknown_contact, "no contact with this id"),
        (_contact_twice, "the same contact id appears twice"),
        (lambda d: d["case"]["special"].__setitem__("suspicion_at", "yesterday"), "special"),
    ],
)
def test_bad_v2_files_change_nothing(store, mutate, reason: str) -> None:
    existing = store.create_interview(full_interview())
    before = (store.list_cases(), store.audit_log(), store.load(existing))
    data = interchange.read_file(V2_EXAMPLE)
    mutate(data)
    with pytest.raises(InterchangeError, match=reason):
        interchange_v2.import_document(store, data)
    assert (store.list_cases(), store.audit_log(), store.load(existing)) == before


def test_a_bad_update_leaves_the_stored_case_as_it_was(store, bank) -> None:
    data = interchange.read_file(V2_EXAMPLE)
    case_id = interchange_v2.import_document(store, data).case_id
    before = interchange_v2.export_case(store, case_id, bank, NOW)
    bad = copy.deepcopy(data)
    bad["case"]["youth"]["name"] = "Changed"
    bad["case"]["tattoos"][0]["contact_id"] = "d" * 32
    with pytest.raises(InterchangeError, match="no contact with this id"):
        interchange_v2.import_document(store, bad, update=True)
    assert interchange_v2.export_case(store, case_id, bank, NOW) == before


def test_json_text_survives_a_file(store, tmp_path: Path, bank) -> None:
    case_id = interchange_v2.import_document(store, interchange.read_file(V2_EXAMPLE)).case_id
    path = tmp_path / "case.json"
    path.write_text(interchange.dumps(interchange_v2.export_case(store, case_id, bank)))
    assert json.loads(path.read_text())["case"]["id"] == case_id
    interchange_v2.validate(interchange.read_file(path))


def _another_case(data: dict) -> dict:
    """The example under other case and contact ids (listed ids kept)."""
    other = copy.deepcopy(data)
    text = interchange.dumps(other)
    for n, contact in enumerate(data["contacts"]):
        text = text.replace(contact["id"], f"{n + 1:x}" * 32)
    other = interchange.loads(text)
    other["case"]["id"] = "f" * 32
    return other


def test_a_failure_inside_the_update_leaves_the_stored_case(store, bank) -> None:
    """The replace and the new rows are one transaction: a clash half-way (an item id
    another case holds) rolls the deletion back too."""
    data = interchange.read_file(V2_EXAMPLE)
    case_id = interchange_v2.import_document(store, data).case_id
    before = interchange_v2.export_case(store, case_id, bank, NOW)
    events = len(store.audit_log())
    other = _another_case(data)
    with pytest.raises(StoreError):
        interchange_v2.import_document(store, other)  # its tattoo id is taken
    assert [c.id for c in store.list_cases()] == [case_id]

    fresh = copy.deepcopy(other)
    for part in ("tattoos", "online_accounts", "associates", "other_victims"):
        for n, item in enumerate(fresh["case"][part]):
            item["id"] = f"{part[:1]}{n}".encode().hex().ljust(32, "0")
    fresh["case"]["collateral_contacts"] = []
    fresh["case"]["allegations"] = []
    interchange_v2.import_document(store, fresh)  # a second case, all ids its own
    clash = copy.deepcopy(data)
    clash["case"]["tattoos"][0]["id"] = fresh["case"]["tattoos"][0]["id"]
    clash["case"]["youth"]["name"] = "Changed"
    with pytest.raises(StoreError):
        interchange_v2.import_document(store, clash, update=True)
    assert interchange_v2.export_case(store, case_id, bank, NOW) == before
    assert len(store.list_cases()) == 2
    assert len(store.audit_log()) == events + 1  # only the second case's import
