"""A practice case keeps its scenario id (issue 6): set at start, stored, migrated,
carried by the JSON interchange, and never on a real interview.

Real parts: SQLCipher files in tmp_path (a real store and a training store), a store
built at the previous schema head (0003) and opened by the application.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import secrets
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from app import interchange, model
from app.store import InvalidValue, Store, mapping, migrate
from app.store.engine import KeyHolder, create_empty_file, make_engine
from app.training import (
    TRAINING_MARK,
    open_training_store,
    scenario_by_id,
    scripted_interview,
    start_interview,
)
from app.training import store as training_store
from app.training.exports import export_json
from tests.helpers import PASSPHRASE
from tests.helpers.old_store import rows_0005
from tests.helpers.stores import copy_store

NOW = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "interview-example.json"


@pytest.fixture
def real_store(tmp_path: Path):  # noqa: ANN201
    store = Store.open(copy_store(tmp_path / "real"), PASSPHRASE)
    yield store
    store.lock()


def _store_at(path: Path, key: str, revision: str, interviews: list[model.Interview]) -> None:
    """A store file as the application wrote it at ``revision``, holding ``interviews``
    (the pre-case layout of issue 14's ``tests.helpers.old_store``, less scenario_id)."""
    create_empty_file(path)
    engine = make_engine(path, KeyHolder(key))
    try:
        with engine.connect() as conn:
            migrate.upgrade(conn, revision)
            for iv in interviews:
                for table, rows in rows_0005(iv).items():
                    for values in rows:
                        if table == "interviews":
                            del values["scenario_id"]  # the column did not exist yet
                        names = ", ".join(f'"{c}"' for c in values)
                        marks = ", ".join(f":{c}" for c in values)
                        conn.execute(
                            text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), values
                        )
            conn.commit()
            assert migrate.current_revision(conn) == revision
    finally:
        engine.dispose()


def _unfiled(iv: model.Interview) -> model.Interview:
    """The record without issue 14's filing: its case id and each finding's contact id
    (the migration sets them; everything else must come through unchanged)."""
    out = copy.deepcopy(iv)
    out.case_id = ""
    for keyed in (out.answers, out.red_flags, out.at_risk_indicators, out.labor_risk_factors,
                  out.responsibilities, out.needs, out.services):  # fmt: skip
        for rec in keyed.values():
            rec.contact_id = ""
    for listed in (out.tattoos, out.online_accounts, out.associates, out.other_victims,
                   out.collateral_contacts, out.allegations):  # fmt: skip
        for rec in listed:
            rec.contact_id = ""
    return out


# --- training ---------------------------------------------------------------------


def test_starting_a_scenario_records_its_id(bank, scenarios) -> None:  # noqa: ANN001
    for scenario in scenarios:
        assert start_interview(scenario, bank, NOW).scenario_id == scenario.id
        assert scripted_interview(scenario, bank, NOW).scenario_id == scenario.id
    assert model.Interview().scenario_id == ""  # a real interview has none


def test_the_training_store_keeps_the_id_through_edits(real_default, bank, scenarios) -> None:  # noqa: ANN001
    store = open_training_store(real_default.parent.parent / "training" / "training.cec")
    try:
        iid = store.create_interview(
            start_interview(scenario_by_id(scenarios, "domestic-debt"), bank, NOW)
        )
        other = scenario_by_id(scenarios, "runaway-return")
        loaded = store.load(iid)
        store.update_youth(iid, dataclasses.replace(loaded.youth, name=other.youth_name))
        store.update_contact(
            iid,
            dataclasses.replace(
                loaded.contact, purpose=f"{TRAINING_MARK}: {other.contact['purpose']}"
            ),
        )
        again = store.load(iid)
        assert again.youth.name == other.youth_name and again.scenario_id == "domestic-debt"
    finally:
        store.lock()


# --- the real store ---------------------------------------------------------------


def test_a_real_store_refuses_a_real_interview_with_a_scenario_id(real_store: Store) -> None:
    with pytest.raises(InvalidValue, match="scenario_id: a real interview cannot carry"):
        real_store.create_interview(model.Interview(scenario_id="runaway-return"))
    # And a practice case, with or without its id, is refused as before (training=True).
    for sid in ("runaway-return", ""):
        with pytest.raises(InvalidValue, match="refuses a training case"):
            real_store.create_interview(model.Interview(training=True, scenario_id=sid))
    assert real_store.list_interviews() == []


def test_a_real_store_stores_the_empty_id(real_store: Store) -> None:
    iid = real_store.create_interview(model.Interview(narrative="kept"))
    assert real_store.load(iid).scenario_id == ""


# --- migration 0004 ---------------------------------------------------------------


def test_a_real_store_at_0003_migrates_and_its_interviews_get_empty_ids(tmp_path: Path) -> None:
    from tests.helpers.records import full_interview

    old = full_interview("MIG")
    path = tmp_path / "old.cec"
    _store_at(path, PASSPHRASE, "0003", [old])
    store = Store.open(path, PASSPHRASE)
    try:
        loaded = store.load(old.id)
        assert loaded.scenario_id == ""
        # Nothing else changed on the way; issue 14 files it as a case with one contact.
        assert loaded.case_id and _unfiled(loaded) == old
        assert {f.contact_id for f in loaded.red_flags.values()} == {old.id}
        iid = store.create_interview(model.Interview())  # and it works as a store at head
        assert store.load(iid).scenario_id == ""
    finally:
        store.lock()
    engine = make_engine(path, KeyHolder(PASSPHRASE))
    try:
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
    finally:
        engine.dispose()


def test_a_training_store_at_0003_migrates_its_old_cases(
    real_default,
    bank,
    scenarios,  # noqa: ANN001
) -> None:
    path = real_default.parent.parent / "training" / "training.cec"
    path.parent.mkdir(parents=True, mode=0o700)
    key = secrets.token_hex(32)
    training_store.key_path(path).write_text(key, encoding="ascii")
    old_case = start_interview(scenario_by_id(scenarios, "boyfriend-sales"), bank, NOW)
    old_case.scenario_id = ""  # as start_interview made it before this change
    _store_at(path, key, "0003", [old_case])
    store = open_training_store(path)
    try:
        loaded = store.load(old_case.id)
        assert loaded.scenario_id == "" and _unfiled(loaded) == old_case
        new = store.create_interview(start_interview(scenarios[0], bank, NOW))
        assert store.load(new).scenario_id == scenarios[0].id
    finally:
        store.lock()


# --- interchange --------------------------------------------------------------------


def test_a_file_made_before_scenario_id_imports_with_an_empty_one(real_store: Store) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert data["interview"].pop("scenario_id") == ""
    iid = interchange.import_interview(real_store, data)
    assert real_store.load(iid).scenario_id == ""


def test_a_practice_case_round_trips_with_its_id(real_default, bank, scenarios) -> None:  # noqa: ANN001
    case = scripted_interview(scenario_by_id(scenarios, "restaurant-otip"), bank, NOW)
    first = interchange.interview_to_dict(case, bank, NOW)
    assert first["interview"]["scenario_id"] == "restaurant-otip"
    assert interchange.interview_from_dict(interchange.loads(interchange.dumps(first))) == case
    store = open_training_store(real_default.parent.parent / "training" / "training.cec")
    try:
        iid = interchange.import_interview(store, first)
        second = interchange.interview_to_dict(store.load(iid), bank, NOW)
    finally:
        store.lock()
    first["interview"].pop("id"), second["interview"].pop("id")
    for field in mapping.LISTED:  # import gives listed items fresh ids
        for doc in (first, second):
            for item in doc["interview"][field]:
                item.pop("id")
    assert second == first
    assert export_json(case, bank, NOW)["interview"]["scenario_id"] == "restaurant-otip"


def test_a_real_store_refuses_to_import_a_file_with_a_scenario_id(real_store: Store) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["interview"]["scenario_id"] = "runaway-return"  # training false, as in the example
    with pytest.raises(InvalidValue, match="scenario_id"):
        interchange.import_interview(real_store, data)
    assert real_store.list_interviews() == []


@pytest.mark.parametrize("bad", ["Runaway Return", "-x", "a" * 201, 7])
def test_the_schema_refuses_a_malformed_scenario_id(bad: object) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["interview"]["scenario_id"] = bad
    with pytest.raises(interchange.InterchangeError, match="interview.scenario_id"):
        interchange.interview_from_dict(data)
