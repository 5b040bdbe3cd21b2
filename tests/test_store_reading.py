"""Issue 17: the store reads the record on its sqlcipher3 connection, without SQLAlchemy
(app/store/reading.py), and reads exactly what the ORM wrote.

- the registry's tables and the columns read are the schema's (one source);
- every column of a filled store decodes as the schema's own SQLAlchemy type decodes
  the same stored text (UTCDateTime, Date, Time, JSON, Boolean, Integer, Float, Text);
- what ``create_interview`` and the typed writes stored (through the ORM) is what
  ``load`` returns: the sample record, a record after writes, and generated records;
- unknown ids, a locked store and a driver error behave as before.

Real SQLCipher files; fictional people only.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import types
import typing
from datetime import UTC, date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite

from app import model
from app.export.sample import sample_interview
from app.store import NotFound, Store, StoreError, StoreLocked, parts, reading, schema
from app.store.parts import Kind
from tests.helpers import PASSPHRASE
from tests.helpers.fuzzing import storable_text
from tests.helpers.records import full_interview
from tests.helpers.stores import copy_store

# --- one source: the registry's tables, the schema's columns -------------------------


def _schema_columns(table: str) -> set[str]:
    return {c.name for c in schema.Base.metadata.tables[table].columns}


def _read_columns() -> dict[str, set[str]]:
    """Every column the reads select, per table (owner and key columns included)."""
    out: dict[str, set[str]] = {
        parts.CONTACTS: set(reading.CONTACT.columns) | set(reading.CONTACT_REF.columns),
        parts.CASES: set(reading.CASE.columns),
    }
    for c in (*reading.CASE_COLLECTIONS, reading.ANSWERS):
        key = {"key"} if c.part.kind is Kind.KEYED else set()
        out.setdefault(c.table, set()).update({c.owner, *key, *c.shape.columns})
    return out


def test_each_part_is_in_its_schema_table() -> None:
    for p in parts.PARTS.values():
        assert p.table == p.row.__tablename__, p.name
        assert p.table in schema.Base.metadata.tables, p.name
    assert parts.CONTACTS == schema.InterviewRow.__tablename__
    assert parts.CASES == schema.CaseRow.__tablename__
    assert parts.DETERMINATIONS == schema.DeterminationRow.__tablename__
    assert parts.table_for(parts.ANSWERS, "proc.cse.s1.d01") == parts.DETERMINATIONS
    assert parts.row_for(parts.ANSWERS, "proc.cse.s1.d01") is schema.DeterminationRow
    assert parts.row_for(parts.ANSWERS, "youth.open_ended.q01") is schema.AnswerRow


def test_the_reads_select_every_column_of_the_records_tables_and_no_other() -> None:
    read = _read_columns()
    tables = {t.name for t in schema.Base.metadata.sorted_tables}
    # every table of the record (not the audit log, the spelling words, search)
    assert set(read) == tables - {"audit_log", "personal_words"} - {
        t for t in tables if t.startswith("search")
    }
    for table, columns in read.items():
        not_read = _schema_columns(table) - columns
        assert columns <= _schema_columns(table), table
        # the case's search key is the lists' (never a part); a list's order is its
        # position (ORDER BY, not a field)
        expected = {"search_key"} if table == parts.CASES else set()
        if any(c.part.kind is Kind.LISTED and c.table == table for c in reading.CASE_COLLECTIONS):
            expected = {"position"}
        assert not_read == expected, table


def test_reading_does_not_import_the_orm() -> None:
    source = Path(reading.__file__).read_text(encoding="utf-8")
    assert "sqlalchemy" not in source.replace("SQLAlchemy", "")
    assert "import schema" not in source and "import mapping" not in source
    assert "app.store.schema" not in source.split('"""')[2]  # beyond the docstring


# --- the decoding, column by column, against the schema's own types ------------------


def _decoders() -> dict[tuple[str, str], Any]:
    """(table, column) -> the reading's decoder (None: the value as the driver gives it)."""
    out: dict[tuple[str, str], Any] = {}

    def add(table: str, shape: reading.Shape) -> None:
        for column, decode in zip(shape.columns, shape.decoders, strict=True):
            out[(table, column)] = decode

    for table, row in ((parts.CONTACTS, reading.CONTACT), (parts.CASES, reading.CASE)):
        add(table, row.own)
        for _, shape in row.flattened:
            add(table, shape)
    for c in (*reading.CASE_COLLECTIONS, reading.ANSWERS):
        add(c.table, c.shape)
    return out


def _filled(store: Store, bank: Any) -> None:
    """Every table of the record holds rows, with None and set values both."""
    iv = sample_interview(bank, answers=40, tattoos=4, accounts=3)
    iv.training = False  # the real store refuses practice records
    iv.answers["proc.cse.s1.d01"] = model.Answer(model.Response.YES, updated_at=None)
    store.create_interview(iv)
    store.create_interview(full_interview("READ"))
    other = store.new_contact(iv.case_id, model.Interviewee(), model.Contact())
    store.set_red_flag(other, "rf.other", model.RedFlagObservation())
    store.delete_interview(other)  # its finding stays, contact_id NULL


def test_every_stored_value_decodes_as_the_schemas_type_decodes_it(store: Store, bank) -> None:  # noqa: ANN001
    _filled(store, bank)
    dialect = sqlite.dialect()
    checked: dict[str, int] = {}
    with store.exclusive_connection() as conn:
        for (table, column), decode in _decoders().items():
            sa_type = schema.Base.metadata.tables[table].c[column].type.dialect_impl(dialect)
            orm_decode = sa_type.result_processor(dialect, None)
            stored = [v for (v,) in conn.execute(f'SELECT "{column}" FROM {table}')]
            assert stored, (table, column)
            for value in stored:
                orm = value if orm_decode is None else orm_decode(value)
                ours = value if decode is None or value is None else decode(value)
                if column == "contact_id" and ours is None:
                    ours = orm = ""  # a deleted contact: "" in memory, both ways (below)
                assert ours == orm, (table, column, value)
                # the same kind of value: an enum member is its text (StrEnum)
                if not isinstance(ours, Enum):
                    assert type(ours) is type(orm), (table, column, value)
                checked[type(orm).__name__] = checked.get(type(orm).__name__, 0) + 1
    # every kind of stored value was met
    assert {"datetime", "date", "time", "list", "bool", "int", "float", "str", "NoneType"} <= set(
        checked
    )


# --- what was written is what is read -------------------------------------------------


AT = datetime(2026, 11, 21, 8, 15, 30, 250000, tzinfo=UTC)


def _written(store: Store, bank: Any) -> model.Interview:
    """The sample stored, then changed as the window changes it (the record in memory,
    then the part's typed write); returns that record, as the store should hold it."""
    store._now = lambda: AT  # type: ignore[method-assign]  # noqa: SLF001 - pin the clock
    iv = sample_interview(bank, answers=30, tattoos=5, accounts=2)
    iv.training = False  # the real store refuses practice records
    store.create_interview(iv)
    iv.updated_at = AT  # every write stamps the contact
    edits = [
        # an answer changed keeps its place; new keys go last
        (parts.ANSWERS, next(iter(iv.answers)), model.Answer(model.Response.NO, "changed")),
        (parts.ANSWERS, "youth.new", model.Answer(model.Response.UNSURE, "\u00bfqu\u00e9?")),
        (parts.ANSWERS, "proc.cse.s1.d02", model.Answer(model.Response.YES, notes="case's")),
        (parts.RED_FLAGS, "rf.late", model.RedFlagObservation([list(model.Source)[-1]])),
        (parts.SERVICES, "svc.late", model.ServiceReferral(date(2026, 12, 1), "")),
    ]
    for part, key, value in edits:
        if isinstance(value, model.Answer):
            value.updated_at = AT  # set_answer stamps it
        part.value_of(iv)[key] = value
        part.save_from(store, iv, key)
    store.set_step(iv.id, "proc.cse.s4", None)  # removed
    del iv.responsibilities["proc.cse.s4"]
    middle = iv.tattoos.pop(2)
    store.remove_tattoo(iv.id, middle.id)
    iv.tattoos[0].description = "changed, kept in its place"
    parts.TATTOOS.save_from(store, iv, iv.tattoos[0].id)
    iv.tattoos.append(model.Tattoo(number=6, side=model.BodySide.BACK, y=0.5, symbols=["a", ""]))
    parts.TATTOOS.save_from(store, iv, iv.tattoos[-1].id)
    iv.youth = dataclasses.replace(iv.youth, date_of_birth=None, age=None, akas=[])
    parts.YOUTH.save_from(store, iv)
    iv.contact = dataclasses.replace(
        iv.contact, start_time=time(23, 59, 59, 999999), end_time=None, participants=[]
    )
    parts.CONTACT.save_from(store, iv)
    iv.narrative = "Changed: \u201cquoted\u201d \u05e9\u05dc\u05d5\u05dd \U0001f319"
    parts.NARRATIVE.save_from(store, iv)
    return iv


def test_what_the_orm_wrote_is_what_load_reads(store: Store, bank) -> None:  # noqa: ANN001
    sample = sample_interview(bank)
    sample.training = False
    store.create_interview(sample)
    full = full_interview("READ")
    store.create_interview(full)
    written = _written(store, bank)
    assert store.load(sample.id) == sample
    assert store.load(full.id) == full
    loaded = store.load(written.id)
    assert loaded == written
    # the order of the dicts (rowid) and lists (position), not only their content
    assert list(loaded.answers) == list(written.answers)
    assert [t.id for t in loaded.tattoos] == [t.id for t in written.tattoos]
    assert list(loaded.answers)[-1] == "proc.cse.s1.d02"  # the case's determinations last
    # the same through a fresh unlock (nothing cached), and the chunked read
    path = store.path
    store.lock()
    again = Store.open(path, PASSPHRASE)
    try:
        assert again.load(written.id) == written
        ids = [sample.id, full.id, written.id]
        many = again._load_many(ids, chunk=2)  # noqa: SLF001 - the lists' chunked read
        assert {iv.id: iv for iv in many} == {i: again.load(i) for i in ids}
        case = again.load_case(written.case_id)
        assert (case.youth, case.special, case.training) == (
            written.youth, written.special, written.training,
        )  # fmt: skip
        assert (case.created_at, case.updated_at, case.summary_exported_at) == (
            written.created_at, AT, None,
        )  # fmt: skip
        (ref,) = case.contacts
        assert (ref.id, ref.interviewee, ref.contact, ref.status, ref.content_version) == (
            written.id, written.interviewee, written.contact, written.status,
            written.content_version,
        )  # fmt: skip
        assert (ref.created_at, ref.updated_at) == (written.created_at, AT)
        view = again.case_view(written.case_id)
        own = {"answers", "interviewee", "contact", "narrative", "last_panel", "status",
               "content_version", "id", "created_at", "updated_at"}  # fmt: skip
        for name in set(parts.PARTS) - own:
            assert parts.part(name).value_of(view) == parts.part(name).value_of(written), name
        assert view.answers == {k: v for k, v in written.answers.items() if k.startswith("proc.")}
        assert (view.contact.date, view.contact.start_time) == (
            written.contact.date, written.contact.start_time,
        )  # fmt: skip
    finally:
        again.lock()


def test_listed_items_come_by_position_not_in_the_order_they_were_written(
    store: Store,
) -> None:
    # A contact moved into another case: its items (written first) go after the case's.
    moved = model.Interview(
        youth=model.Youth(name="Robin Movedale"),
        tattoos=[model.Tattoo(description="written first, moved in")],
        associates=[model.Associate(name="Written First")],
    )
    store.create_interview(moved)
    stays = model.Interview(
        youth=model.Youth(name="Robin Movedale"),
        tattoos=[model.Tattoo(description="in the case already")],
        associates=[model.Associate(name="Already There")],
    )
    store.create_interview(stays)
    store.move_contact(moved.id, stays.case_id)
    for contact in (moved.id, stays.id):
        loaded = store.load(contact)
        assert [t.description for t in loaded.tattoos] == [
            "in the case already", "written first, moved in",
        ]  # fmt: skip
        assert [a.name for a in loaded.associates] == ["Already There", "Written First"]
    assert [a.name for a in store.case_view(stays.case_id).associates] == [
        "Already There", "Written First",
    ]  # fmt: skip


# --- generated records ----------------------------------------------------------------

TEXT = storable_text


def _strategy(hint: Any) -> st.SearchStrategy[Any]:
    """Any value a field typed ``hint`` can hold and the store keeps."""
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional, (hint,) = len(args) < len(typing.get_args(hint)), args
    origin = typing.get_origin(hint)
    if origin is list:
        (inner,) = typing.get_args(hint)
        found = st.lists(_strategy(inner), max_size=3)
    elif origin is dict:
        _, inner = typing.get_args(hint)
        found = st.dictionaries(TEXT, _strategy(inner), max_size=3)
    elif isinstance(hint, type) and issubclass(hint, Enum):
        found = st.sampled_from(list(hint))
    elif dataclasses.is_dataclass(hint):
        found = _records(hint)
    else:
        found = {
            str: TEXT,
            bool: st.booleans(),
            int: st.integers(-(2**63), 2**63 - 1),
            float: st.floats(allow_nan=False, allow_infinity=False),
            datetime: st.datetimes(timezones=st.just(UTC)),
            date: st.dates(),
            time: st.times(),
        }[hint]
    return st.none() | found if optional else found


# Set by the store, not by the CSW: ids (a new one each), the case, the contacts.
_STORE_SETS = {"id", "case_id", "contact_id", "training", "scenario_id"}


def _records(cls: type) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls)
    fields = {
        f.name: _strategy(hints[f.name])
        for f in dataclasses.fields(cls)
        if f.name not in _STORE_SETS
    }
    return st.builds(cls, **fields)


def _interviews() -> st.SearchStrategy[model.Interview]:
    # Answers keyed "proc." are the case's determinations, the others the contact's.
    answers = st.dictionaries(
        st.one_of(TEXT, TEXT.map("proc.".__add__)), _records(model.Answer), max_size=4
    )
    return _records(model.Interview).flatmap(
        lambda iv: answers.map(lambda a: dataclasses.replace(iv, answers=a))
    )


@pytest.fixture(scope="module")
def generated_store():  # noqa: ANN201
    """One store for the generated records: hypothesis runs the test many times."""
    folder = Path(tempfile.mkdtemp(prefix="cec-reading-"))
    s = Store.open(copy_store(folder), PASSPHRASE)
    yield s
    s.lock()
    shutil.rmtree(folder, ignore_errors=True)


@settings(max_examples=40, deadline=None)
@given(_interviews())
def test_generated_records_read_back_as_written(
    generated_store: Store, interview: model.Interview
) -> None:
    generated_store.create_interview(interview)
    assert generated_store.load(interview.id) == interview


# --- errors, as before ------------------------------------------------------------------


def test_unknown_ids_a_locked_store_and_driver_errors(store: Store) -> None:
    iv = full_interview("ERR")
    store.create_interview(iv)
    for read in (store.load, store.load_case, store.case_view):
        with pytest.raises(NotFound):
            read("no-such-id")
    with pytest.raises(NotFound):
        store.case_view("")
    # a driver error comes out as the store's own error, and the unit ends cleanly
    with store.exclusive_connection() as conn:
        conn.execute("ALTER TABLE tattoos RENAME TO tattoos_away")
    with pytest.raises(StoreError) as raised:
        store.load(iv.id)
    assert "no such table" in str(raised.value)
    with store.exclusive_connection() as conn:
        assert not conn.in_transaction
        conn.execute("ALTER TABLE tattoos_away RENAME TO tattoos")
    assert store.load(iv.id) == iv
    store.lock()
    for read in (store.load, store.load_case, store.case_view):
        with pytest.raises(StoreLocked):
            read(iv.id)
