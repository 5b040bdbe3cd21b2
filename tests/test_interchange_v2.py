"""JSON interchange version 2 (issue 14): one case with its contacts, ids kept.

The example validates and rebuilds to the same document; bad files (wrong
version, a finding naming a contact the file does not hold, an id twice, a huge
file) are refused with the field and the reason, and leave the store unchanged.
Store round trips (a 3-contact case, re-import as an update) are in
tests/test_interchange_v2_store.py.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import interchange, interchange_v2, model
from app.interchange import InterchangeError
from app.store import parts

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "case-v2.json"
SCHEMA = ROOT / "docs" / "case.schema.json"


def _example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_the_example_validates_and_rebuilds_to_the_same_document(bank) -> None:
    data = interchange.read_file(EXAMPLE)
    interchange_v2.validate(data)
    doc = interchange_v2.case_from_dict(data)
    assert doc.case.id == data["case"]["id"] and len(doc.contacts) == 3
    assert {c.interviewee.type for c in doc.contacts} == set(model.IntervieweeType)
    again = interchange_v2.case_to_dict(
        doc.case, doc.view, doc.contacts, bank, datetime.fromisoformat(data["exported_at"])
    )
    # The assessment must be what the rules say today; after a rules change, rebuild
    # the example: case_to_dict(*case_from_dict(doc) parts, bank, exported_at).
    assert again == data, "docs/examples/case-v2.json is stale or the format lost something"


def test_every_finding_of_the_example_names_one_of_its_contacts() -> None:
    data = _example()
    contacts = {c["id"] for c in data["contacts"]}
    doc = interchange_v2.case_from_dict(data)
    seen = set()
    for name in (*interchange_v2.finding_fields(), "answers"):
        items = getattr(doc.view, name)
        for value in items.values() if isinstance(items, dict) else items:
            assert value.contact_id in contacts, name
            seen.add(value.contact_id)
    assert seen == contacts  # findings from all three contacts


def test_the_split_follows_the_registry_of_parts() -> None:
    """Case findings and contact parts are read from Part.scope, not a list of our own."""
    case_scoped = {
        p.name
        for p in parts.PARTS.values()
        if p.scope is parts.Scope.CASE and p.kind in (parts.Kind.KEYED, parts.Kind.LISTED)
    }
    assert set(interchange_v2.finding_fields()) == case_scoped
    contact_scoped = {p.name for p in parts.PARTS.values() if p.scope is parts.Scope.CONTACT}
    assert set(interchange_v2.contact_fields()) == contact_scoped - {"id", "case_id"}
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))["$defs"]
    assert set(schema["ContactRecord"]["properties"]) == contact_scoped - {"case_id"}
    case_fields = {f.name for f in dataclasses.fields(model.Case)} - {"contacts"}
    assert set(schema["Case"]["properties"]) == (
        case_fields | case_scoped | {interchange_v2.DETERMINATIONS}
    )


def test_the_model_and_the_v2_schema_agree() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))["$defs"]
    for cls in (
        model.Youth,
        model.Interviewee,
        model.Contact,
        model.Answer,
        model.RedFlagObservation,
        model.IndicatorMark,
        model.Tattoo,
        model.OnlineAccount,
        model.Associate,
        model.OtherVictim,
        model.CollateralContact,
        model.StepRecord,
        model.Allegation,
        model.ServiceReferral,
        model.SpecialConsiderations,
    ):
        assert set(schema[cls.__name__]["properties"]) == {
            f.name for f in dataclasses.fields(cls)
        }, cls.__name__


def test_determinations_go_with_the_case_and_answers_with_their_contact(bank) -> None:
    data = _example()
    contact_id = data["contacts"][0]["id"]
    data["case"]["determinations"] = {
        "proc.cse.s1.d01": {"response": "no", "notes": "", "contact_id": contact_id}
    }
    doc = interchange_v2.case_from_dict(data)
    assert set(doc.view.answers) == {"proc.cse.s1.d01"}
    assert doc.view.answers["proc.cse.s1.d01"].contact_id == contact_id
    out = interchange_v2.case_to_dict(doc.case, doc.view, doc.contacts, bank)
    assert out["case"]["determinations"] == {
        "proc.cse.s1.d01": interchange_v2.encode(doc.view.answers["proc.cse.s1.d01"])
    }
    assert all(not key.startswith("proc.") for c in out["contacts"] for key in c["answers"])


def _bad(mutate) -> dict:
    data = _example()
    mutate(data)
    return data


def _first_finding_contact(data: dict, value: str) -> None:
    data["case"]["red_flags"]["rf.chronic_runaway"]["contact_id"] = value


def _twice(data: dict) -> None:
    data["contacts"].append(copy.deepcopy(data["contacts"][0]))


def _tattoo_twice(data: dict) -> None:
    data["case"]["tattoos"].append(copy.deepcopy(data["case"]["tattoos"][0]))


BAD = [
    (lambda d: d.__setitem__("version", 3), "version: 3 is newer"),
    (lambda d: d.__setitem__("version", 1), "version:"),
    (lambda d: d.__setitem__("format", "cec-interview"), "format:"),
    (lambda d: d.pop("contacts"), "(top level):"),
    (lambda d: d.__setitem__("contacts", []), "contacts:"),
    (
        lambda d: _first_finding_contact(d, "0" * 32),
        "case.red_flags.rf.chronic_runaway.contact_id: no contact with this id",
    ),
    (lambda d: _first_finding_contact(d, "not an id"), "case.red_flags.rf.chronic_runaway"),
    (_twice, "contacts[3].id: the same contact id appears twice"),
    (_tattoo_twice, "case.tattoos[1].id: the same id appears twice"),
    (lambda d: d["contacts"][0].__setitem__("id", d["case"]["id"]), "case.id: the case and"),
    (
        lambda d: d["contacts"][0]["answers"].__setitem__("proc.cse.s1.d01", {}),
        "contacts[0].answers",
    ),
    (lambda d: d["case"].__setitem__("determinations", {"youth.q": {}}), "case.determinations"),
    (lambda d: d["case"]["youth"].__setitem__("age", "fifteen"), "case.youth.age"),
    (lambda d: d["case"].__setitem__("status", "pending"), "case.status"),
    (lambda d: d["contacts"][1].__setitem__("narrative", "bad \ud800 text"), "contacts[1]"),
]


@pytest.mark.parametrize(("mutate", "where"), BAD)
def test_bad_documents_name_the_field(mutate, where: str) -> None:
    with pytest.raises(InterchangeError) as err:
        interchange_v2.case_from_dict(_bad(mutate))
    assert str(err.value).startswith(where), str(err.value)


def test_a_huge_v2_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.write(b'{"format": "cec-case", "version": 2, "case": {"id": "')
        fh.truncate(interchange.MAX_BYTES + 1)
    with pytest.raises(InterchangeError, match="too large"):
        interchange.read_file(path)


def test_the_version_is_told_apart() -> None:
    assert interchange_v2.version_of(_example()) == 2
    v1 = json.loads((ROOT / "docs" / "examples" / "interview-example.json").read_text())
    assert interchange_v2.version_of(v1) == 1
    assert interchange_v2.version_of({"format": "cec-case"}) == 2  # then refused by the schema


def test_times_are_written_in_utc(bank) -> None:
    doc = interchange_v2.case_from_dict(_example())
    case = dataclasses.replace(
        doc.case, summary_exported_at=datetime(2026, 10, 16, 9, 0, tzinfo=UTC)
    )
    out = interchange_v2.case_to_dict(case, doc.view, doc.contacts, bank, datetime(2026, 10, 16))
    assert out["case"]["summary_exported_at"] == "2026-10-16T09:00:00+00:00"
    assert out["exported_at"] == "2026-10-16T00:00:00+00:00"
    interchange_v2.validate(out)
