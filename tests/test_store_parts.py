"""The one registry of the record's parts (app/store/parts.py) against the model, the
schema and a real store: every stored field has an entry, and each entry's row class,
attribute, typed write and change notice agree, one value per part through a real file."""

from __future__ import annotations

import dataclasses

import pytest

from app import model
from app.store import Changed, Store, parts, schema
from app.store.engine import KeyHolder, raw_connect
from app.store.parts import Kind
from tests.helpers import PASSPHRASE
from tests.helpers.records import full_interview

WRITABLE = [p for p in parts.PARTS.values() if p.write is not None]
# Set once by create_interview (and updated_at by every write), never written alone.
SET_AT_CREATION = {"id", "case_id", "created_at", "updated_at", "training", "scenario_id"}


def test_the_registry_covers_every_field_of_the_interview() -> None:
    fields = [f.name for f in dataclasses.fields(model.Interview)]
    assert sorted(parts.PARTS) == sorted(fields)
    assert all(name == part.name for name, part in parts.PARTS.items())


def test_every_column_and_table_of_the_record_belongs_to_one_part() -> None:
    # Issue 14: the record is split between the case's row and the contact's row.
    own = {"search_key", "status", "created_at", "updated_at", "summary_exported_at", "id"}
    columns = {c.name for c in schema.InterviewRow.__table__.columns}
    columns |= {c.name for c in schema.CaseRow.__table__.columns} - own
    expected = {p.name for p in parts.of_kind(Kind.COLUMN)}
    for p in parts.of_kind(Kind.FLATTENED):
        assert p.row in (schema.InterviewRow, schema.CaseRow)
        assert p.row is (schema.CaseRow if p.scope is parts.Scope.CASE else schema.InterviewRow)
        expected |= {f"{p.name}_{f.name}" for f in dataclasses.fields(p.value)}
    assert columns == expected
    child_tables = {
        t.name for t in schema.Base.metadata.sorted_tables
        if ("interview_id" in t.columns or "case_id" in t.columns)
        and t.name not in ("interviews", "cases", "determinations")
    }  # fmt: skip
    collections = [p for p in parts.PARTS.values() if p.kind in (Kind.KEYED, Kind.LISTED)]
    assert sorted(p.row.__tablename__ for p in collections) == sorted(child_tables)
    assert parts.row_for(parts.ANSWERS, "proc.x") is schema.DeterminationRow
    for p in collections:  # the row holds the value's fields, under the same names
        row_columns = {c.name for c in parts.row_for(p, "proc.x").__table__.columns}
        assert {f.name for f in dataclasses.fields(p.value)} <= row_columns, p.name
        if p.scope is parts.Scope.CASE:
            assert {"case_id", "contact_id"} <= row_columns, p.name


def test_each_part_has_the_writes_its_kind_needs_and_they_are_the_stores_methods() -> None:
    for p in parts.PARTS.values():
        if p.name in SET_AT_CREATION:
            assert p.write is None and p.remove is None, p.name
            continue
        assert p.write is not None, p.name
        assert getattr(Store, p.write.__name__) is p.write, p.name
        if p.kind is Kind.LISTED:
            assert p.remove is not None and getattr(Store, p.remove.__name__) is p.remove
        else:
            assert p.remove is None, p.name
    assert parts.ANSWERS.write is Store.set_answer
    assert parts.TATTOOS.remove is Store.remove_tattoo


def test_a_part_takes_one_write_only() -> None:
    with pytest.raises(ValueError, match="a second write"):
        parts.ANSWERS.writes(lambda *a: None)


def _one_value(part: parts.Part) -> tuple[object, str | None]:
    """One non-default value of the part (from the full fictional interview), and its key."""
    value = part.value_of(full_interview(tag="PARTS"))
    if part.kind is Kind.KEYED:
        key = next(iter(value))
        return {key: value[key]}, key
    if part.kind is Kind.LISTED:
        return [value[0]], value[0].id
    return value, None


@pytest.mark.parametrize("part", WRITABLE, ids=lambda p: p.name)
def test_one_value_per_part_round_trips_through_its_registered_write(
    store: Store, part: parts.Part
) -> None:
    memory = model.Interview()
    store.create_interview(memory)
    value, key = _one_value(part)
    setattr(memory, part.name, value)
    seen: list[Changed] = []
    store.on_change(seen.append)
    part.save_from(store, memory, key)
    assert seen == [Changed(memory.id, part.name, key, memory.case_id)]  # issue 14: case_id
    path = store.path
    store.lock()
    if part.kind in (Kind.KEYED, Kind.LISTED):  # in the part's own table: one row
        conn = raw_connect(path, KeyHolder(PASSPHRASE), "ro")
        try:
            # issue 14: a finding is the case's, learned in this contact
            if part.scope is parts.Scope.CASE:
                sql = f"SELECT count(*) FROM {part.row.__tablename__} WHERE contact_id = ?"
            else:
                sql = f"SELECT count(*) FROM {part.row.__tablename__} WHERE interview_id = ?"
            assert conn.execute(sql, (memory.id,)).fetchone()[0] == 1
        finally:
            conn.close()
    reopened = Store.open(path, PASSPHRASE)
    try:
        loaded = part.value_of(reopened.load(memory.id))
    finally:
        reopened.lock()
    if part is parts.ANSWERS:  # set_answer stamps the time of the write
        (k,) = value
        value = {k: dataclasses.replace(value[k], updated_at=loaded[k].updated_at)}
    assert loaded == value


def test_a_listed_part_removes_by_id_and_says_which(store: Store) -> None:
    iv = model.Interview()
    store.create_interview(iv)
    tattoo = model.Tattoo(description="a small star")
    iv.tattoos.append(tattoo)
    parts.TATTOOS.save_from(store, iv, tattoo.id)
    seen: list[Changed] = []
    store.on_change(seen.append)
    parts.TATTOOS.remove(store, iv.id, tattoo.id)
    assert store.load(iv.id).tattoos == []
    assert seen == [Changed(iv.id, "tattoos", tattoo.id, iv.case_id)]  # issue 14: case_id


def test_a_part_set_at_creation_cannot_be_written_alone(store: Store) -> None:
    iv = model.Interview()
    store.create_interview(iv)
    with pytest.raises(KeyError):
        parts.CREATED_AT.save_from(store, iv)
    with pytest.raises(KeyError):
        parts.TATTOOS.save_from(store, iv, "no-such-item")


def test_changed_is_a_small_frozen_record() -> None:
    c = Changed("iv1", "answers", "q1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.part = "tattoos"  # type: ignore[misc]
    assert c == Changed("iv1", "answers", "q1") and Changed("iv1", "youth").key is None


def test_store_is_its_base_plus_the_writes_no_mixin() -> None:
    import ast
    from pathlib import Path

    from app.store import StoreBase, operations

    assert Store.__bases__ == (StoreBase,) and StoreBase.__bases__ == (object,)
    tree = ast.parse(Path(operations.__file__).read_text(encoding="utf-8"))
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Store"]
    own = {n.name for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
    used = {
        n.attr for n in ast.walk(cls)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
        and n.value.id == "self" and n.attr.startswith("_")
    }  # fmt: skip
    # The writes touch only their own helpers and what the base declares for them.
    assert used - own <= set(StoreBase.FOR_WRITES), used - own - set(StoreBase.FOR_WRITES)
    assert all(callable(getattr(StoreBase, name)) for name in StoreBase.FOR_WRITES)


def test_the_base_alone_opens_reads_and_locks_a_store(store: Store) -> None:
    from app.store import StoreBase

    iv = model.Interview(youth=model.Youth(name="Robin Placeholder"))
    store.create_interview(iv)
    path = store.path
    store.lock()
    base = StoreBase.open(path, PASSPHRASE)
    try:
        assert type(base) is StoreBase and not hasattr(base, "set_answer")
        assert base.load(iv.id) == iv
        assert [s.youth_name for s in base.list_interviews()] == ["Robin Placeholder"]
    finally:
        base.lock()


def test_every_panel_names_registry_parts_and_every_edited_part_has_a_panel() -> None:
    from ui.panels import registered_panels

    named = {part for cls in registered_panels() for part in cls.record_parts}
    assert named <= set(parts.PARTS)
    # Written elsewhere: status (the export), last_panel (the view itself).
    edited_by_panels = {p.name for p in WRITABLE} - {"status", "last_panel"}
    assert edited_by_panels == named
