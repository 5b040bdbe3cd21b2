"""JSON interchange: the example imports, round trips are lossless, bad files store nothing."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import interchange, model
from app.content import load_content
from app.interchange import InterchangeError, interview_from_dict, interview_to_dict
from app.store import Store, StoreError
from tests.helpers.records import full_interview

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "interview-example.json"
NOW = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)
LISTED = (
    "tattoos",
    "online_accounts",
    "associates",
    "other_victims",
    "collateral_contacts",
    "allegations",
)


def _without_ids(doc: dict) -> dict:
    doc = copy.deepcopy(doc)
    doc["interview"].pop("id")
    for field in LISTED:
        for item in doc["interview"][field]:
            item.pop("id")
    return doc


def _round_trip(store: Store, bank, doc: dict) -> dict:
    """export text -> parse -> import into the store -> load -> export again."""
    parsed = interchange.loads(interchange.dumps(doc))
    new_id = interchange.import_interview(store, parsed)
    return interview_to_dict(store.load(new_id), bank, NOW)


def test_the_example_validates_and_imports(store: Store, bank) -> None:
    data = interchange.read_file(EXAMPLE)
    interchange.validate(data)
    new_id = interchange.import_interview(store, data)
    loaded = store.load(new_id)
    assert loaded.youth.name == "Marisol Example" and loaded.training is False
    assert new_id != data["interview"]["id"]
    again = interview_to_dict(loaded, bank, datetime.fromisoformat(data["exported_at"]))
    assert _without_ids(again)["interview"] == _without_ids(data)["interview"]
    # The example's determinations must be what the rules say today; after a rules
    # change, re-export it: interview_to_dict(interview_from_dict(doc), bank, exported_at).
    assert again["determinations"] == data["determinations"], "docs/examples is stale"
    assert "interview_imported" in [e.event for e in store.audit_log()]


def test_every_field_round_trips(store: Store, bank) -> None:
    first = interview_to_dict(full_interview(), bank, NOW)
    second = _round_trip(store, bank, first)
    assert _without_ids(second) == _without_ids(first)
    third = _round_trip(store, bank, second)
    assert _without_ids(third) == _without_ids(first)
    assert len(store.list_interviews()) == 2  # imported twice, no id clash


def test_the_dict_carries_format_and_determinations(bank) -> None:
    original = full_interview(training=True)
    doc = interview_to_dict(original, bank, NOW)
    assert doc["format"] == "cec-interview" and doc["format_version"] == 1
    assert doc["content_version"] == bank.version
    assert doc["exported_at"] == "2026-10-20T12:00:00+00:00"
    assert doc["determinations"]["at_risk_cse"]["met"] is True  # indicator A is marked
    assert doc["interview"]["special"]["suspicion_at"] == "2026-03-04T05:06:07.123456+00:00"
    assert interview_from_dict(doc) == original  # ids included, before any import
    assert doc["interview"]["training"] is True


def test_the_model_and_the_schema_agree() -> None:
    schema = json.loads(interchange.SCHEMA_PATH.read_text(encoding="utf-8"))
    classes = [
        model.Interview,
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
    ]
    for cls in classes:
        properties = schema["$defs"][cls.__name__]["properties"]
        # Issue 14: case_id/contact_id are not part of format version 1 (one contact).
        fields = {f.name for f in dataclasses.fields(cls)} - {"case_id", "contact_id"}
        assert set(properties) == fields, cls.__name__


def _bad(mutate) -> dict:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    mutate(doc)
    return doc


BAD_DOCS = [
    (lambda d: d["interview"]["youth"].__setitem__("age", "fifteen"), "interview.youth.age"),
    (
        lambda d: d["interview"]["contact"].__setitem__("method", "carrier pigeon"),
        "interview.contact.method",
    ),
    (lambda d: d["interview"]["tattoos"][0].__setitem__("x", 1.5), "interview.tattoos[0].x"),
    (lambda d: d["interview"]["youth"].__setitem__("nickname", "x"), "interview.youth"),
    (
        lambda d: d["interview"]["contact"].__setitem__("date", "14/10/2026"),
        "interview.contact.date",
    ),
    (
        lambda d: d["interview"]["contact"].__setitem__("date", "2026-02-30"),
        "interview.contact.date",
    ),
    (
        lambda d: d["interview"].__setitem__("created_at", "2026-10-14T17:05:00"),
        "interview.created_at",
    ),
    (
        lambda d: d["interview"]["answers"].__setitem__("q", {"response": "maybe"}),
        "interview.answers.q.response",
    ),
    (lambda d: d["interview"].__setitem__("narrative", "bad \ud800 text"), "interview.narrative"),
    (lambda d: d.__setitem__("format", "something-else"), "format"),
    (lambda d: d.__setitem__("format_version", 2), "format_version"),
    (lambda d: d.pop("interview"), "(top level)"),
]


@pytest.mark.parametrize(("mutate", "where"), BAD_DOCS)
def test_invalid_documents_name_the_field_and_store_nothing(
    store: Store, mutate, where: str
) -> None:
    doc = _bad(mutate)
    with pytest.raises(InterchangeError) as err:
        interchange.import_interview(store, doc)
    assert str(err.value).startswith(where), str(err.value)
    assert store.list_interviews() == []


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "top level must be an object"),
        (b'{"format": "cec-interview", "format": "x"}', "appears twice"),
        (b'{"a": NaN}', "NaN"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_malformed_json_is_refused(tmp_path: Path, raw: bytes, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(InterchangeError, match=reason):
        interchange.read_file(path)


def test_a_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(interchange.MAX_BYTES + 1)
    with pytest.raises(InterchangeError, match="too large"):
        interchange.read_file(path)


def test_a_failure_inside_the_transaction_leaves_nothing(store: Store, monkeypatch) -> None:
    doc = interview_to_dict(full_interview(), load_content(), NOW)
    real = interchange.with_fresh_ids

    def clashing(interview: model.Interview) -> model.Interview:
        fresh = real(interview)
        twin = dataclasses.replace(fresh.tattoos[1], id=fresh.tattoos[0].id)
        return dataclasses.replace(fresh, tattoos=[fresh.tattoos[0], twin])

    monkeypatch.setattr(interchange, "with_fresh_ids", clashing)
    with pytest.raises(StoreError):
        interchange.import_interview(store, doc)
    assert store.list_interviews() == []
    with store.exclusive_connection() as conn:
        for table in ("interviews", "answers", "tattoos", "allegations"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
