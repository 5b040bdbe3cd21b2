"""Reading the record on the store's own sqlcipher3 connection, without SQLAlchemy.

Opening an interview (``Store.load``, ``Store.load_case``) and the case views the
lists' OTIP deadlines read (``Store.case_view``) run here (issue 17): the first
open in a fresh process must not import SQLAlchemy, its ORM and the row classes
(about 0.3 s of CPU). The writes stay on the ORM (``app.store.operations``).

What is read where comes from the one registry (``app.store.parts``): each part's
table, and its dataclass's fields as columns (``<part>_<field>`` for a part
flattened into the contact's or the case's row). The values come back as the
driver gives them and are decoded as the schema's types would (``schema.py``):
``UTCDateTime``, ``Date`` and ``Time`` are ISO text (``fromisoformat``), a
``list`` is JSON text, a ``Boolean`` is 0/1, an enum its value. How each field
is decoded is worked out once per dataclass from its type hints (``Shape``),
not per value.

Same record as the ORM read gave: dicts in the order their rows were written
(rowid), listed items by position, a contact's answers carrying its id, the
case's determinations (answers starting "proc.") from their own table, and a
finding whose contact was deleted with ``contact_id`` "". Every function takes
the driver connection inside the caller's unit of work (``Store._raw_unit``).

This module must not import SQLAlchemy or ``app.store.schema``/``mapping``
(tests/test_store_lazy_orm.py).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from app import model
from app.store import parts
from app.store.errors import NotFound
from app.store.parts import Kind, Scope

SOURCE = parts.SOURCE  # a finding's contact: NULL once that contact is deleted, "" in memory
CHUNK = 500  # ids per IN (...) list


# --- decoding, worked out once per dataclass ------------------------------------


def strip_optional(tp: Any) -> Any:
    """``X`` for ``X | None`` (a field that may be empty); anything else as it is."""
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else tp
    return tp


def _enum_decoder(cls: type[Enum]) -> Callable[[Any], Any]:
    members = {m.value: m for m in cls}

    def decode(value: Any) -> Any:
        try:
            return members[value]
        except KeyError:
            return cls(value)  # ValueError, as the ORM read raised

    return decode


def _list_decoder(inner: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    loads = json.loads

    def decode(text: Any) -> Any:
        values = loads(text)
        if values is None or inner is None:
            return values
        return [None if v is None else inner(v) for v in values]

    return decode


_SCALARS: dict[Any, Callable[[Any], Any]] = {
    bool: bool,  # Boolean: 0/1
    datetime: datetime.fromisoformat,  # UTCDateTime: ISO 8601 text, aware
    date: date.fromisoformat,  # Date: SQLAlchemy's SQLite text, YYYY-MM-DD
    time: time.fromisoformat,  # Time: HH:MM:SS.ffffff
}


def decoder(hint: Any) -> Callable[[Any], Any] | None:
    """The function that turns the driver's value of a field typed ``hint`` into the
    model's (never called with None); None when the value is already right (text,
    int, float)."""
    tp = strip_optional(hint)
    if typing.get_origin(tp) is list:
        (inner,) = typing.get_args(tp)
        return _list_decoder(decoder(inner))
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum_decoder(tp)
    return _SCALARS.get(tp)


@dataclasses.dataclass(frozen=True)
class Shape:
    """Some fields of a dataclass as columns of one row: their names, the columns
    (``prefix`` + name) and each one's decoder."""

    cls: type
    names: tuple[str, ...]
    columns: tuple[str, ...]
    decoders: tuple[Callable[[Any], Any] | None, ...]

    @classmethod
    def of(
        cls,
        of: type,
        prefix: str = "",
        names: Sequence[str] | None = None,
        skip: Sequence[str] = (),
    ) -> Shape:
        hints = typing.get_type_hints(of)
        if names is None:
            names = [f.name for f in dataclasses.fields(of) if f.name not in skip]
        return cls(
            of,
            tuple(names),
            tuple(f"{prefix}{n}" for n in names),
            tuple(decoder(hints[n]) for n in names),
        )

    def values(self, row: Sequence[Any]) -> dict[str, Any]:
        """The fields' values from ``row`` (the columns' values, in ``columns`` order)."""
        out = {
            name: value if decode is None or value is None else decode(value)
            for name, decode, value in zip(self.names, self.decoders, row, strict=True)
        }
        if SOURCE in out and out[SOURCE] is None:  # its contact was deleted
            out[SOURCE] = ""
        return out

    def build(self, row: Sequence[Any]) -> Any:
        return self.cls(**self.values(row))


@dataclasses.dataclass(frozen=True)
class RowShape:
    """One row of the contact's or the case's table: some of ``cls``'s own fields,
    then the parts flattened into it (``<part>_<field>``), each built whole."""

    own: Shape
    flattened: tuple[tuple[str, Shape], ...]

    @classmethod
    def of(cls, of: type, own: Sequence[str], flattened: dict[str, type]) -> RowShape:
        return cls(
            Shape.of(of, names=own),
            tuple((name, Shape.of(value, f"{name}_")) for name, value in flattened.items()),
        )

    @property
    def columns(self) -> tuple[str, ...]:
        return self.own.columns + tuple(c for _, s in self.flattened for c in s.columns)

    def values(self, row: Sequence[Any]) -> dict[str, Any]:
        end = len(self.own.columns)
        out = self.own.values(row[:end])
        for name, shape in self.flattened:
            start, end = end, end + len(shape.columns)
            out[name] = shape.build(row[start:end])
        return out


def _row_parts(table: str) -> tuple[list[str], dict[str, type]]:
    """The column parts and the flattened parts of the contact's or the case's row."""
    own = [p.name for p in parts.of_kind(Kind.COLUMN) if p.table == table]
    flat = {p.name: p.value for p in parts.of_kind(Kind.FLATTENED) if p.table == table and p.value}
    return own, flat


_CONTACT_OWN, _CONTACT_FLAT = _row_parts(parts.CONTACTS)
_CASE_OWN, _CASE_FLAT = _row_parts(parts.CASES)
# The contact's row: its own parts of an Interview (id, case_id, ..., interviewee, contact).
CONTACT = RowShape.of(model.Interview, _CONTACT_OWN, _CONTACT_FLAT)
# A case's contact as the case lists it (no narrative: the longest text).
CONTACT_REF = RowShape.of(
    model.ContactRef,
    [f.name for f in dataclasses.fields(model.ContactRef) if f.name not in _CONTACT_FLAT],
    _CONTACT_FLAT,
)
# The case's row: a Case's own fields (the row's id, times, status, export mark) and
# the case's parts of an Interview (training, scenario id, youth, special).
CASE_ROW_OWN = ("id", "created_at", "updated_at", "status", "summary_exported_at")
CASE = RowShape.of(model.Case, (*CASE_ROW_OWN, *_CASE_OWN), _CASE_FLAT)
# What of the case an Interview holds (load, case views).
CASE_PARTS = (*_CASE_OWN, *_CASE_FLAT)


@dataclasses.dataclass(frozen=True)
class Collection:
    """A keyed or listed part's rows in one table: ``owner`` is the column that says
    whose rows they are (``case_id``, or ``interview_id`` for a contact's answers),
    ``shape`` the value's fields; a keyed part's rows also hold its ``key``."""

    part: parts.Part
    table: str
    owner: str
    shape: Shape

    def select(self, count: int) -> str:
        key = ", key" if self.part.kind is Kind.KEYED else ""
        marks = ", ".join("?" * count)
        # rowid = the order the rows were written: a dict comes back in the order it
        # was filled (an update keeps its place); a list by position, then rowid.
        order = "position, rowid" if self.part.kind is Kind.LISTED else "rowid"
        return (
            f"SELECT {self.owner}{key}, {_names(self.shape.columns)} "
            f"FROM {self.table} WHERE {self.owner} IN ({marks}) ORDER BY {order}"
        )


def _collections() -> tuple[list[Collection], Collection]:
    case: list[Collection] = []
    answers = None
    for p in parts.PARTS.values():
        if p.kind not in (Kind.KEYED, Kind.LISTED) or p.value is None:
            continue
        if p.scope is Scope.CONTACT:  # the answers: the contact's own, keyed by it
            answers = Collection(p, p.table, "interview_id", Shape.of(p.value, skip=(SOURCE,)))
            # ... and the determinations: the case's, with their contact.
            table = parts.table_for(p, parts.DETERMINATION_PREFIX)
            case.append(Collection(p, table, "case_id", Shape.of(p.value)))
        else:
            case.append(Collection(p, p.table, "case_id", Shape.of(p.value)))
    assert answers is not None
    return case, answers


# Every collection of a case (determinations included), and the contact's answers.
CASE_COLLECTIONS, ANSWERS = _collections()


def _names(columns: Sequence[str]) -> str:
    """Column names for a SELECT, quoted (``other_victims.where`` is an SQL word)."""
    return ", ".join(f'"{c}"' for c in columns)


# --- the reads ------------------------------------------------------------------


def _chunks(ids: Sequence[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def _select(conn: Any, columns: Sequence[str], table: str, where: str, ids: Sequence[str]) -> Any:
    marks = ", ".join("?" * len(ids))
    sql = f"SELECT {_names(columns)} FROM {table} WHERE {where} IN ({marks})"
    return conn.execute(sql, tuple(ids))


def _case_rows(conn: Any, case_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The cases' rows by id, as ``CASE.values`` (Case fields and the case's parts)."""
    rows = _select(conn, CASE.columns, parts.CASES, "id", case_ids)
    return {values["id"]: values for values in map(CASE.values, rows)}


def _findings(conn: Any, case_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Each case's keyed and listed parts (determinations as "answers"), per case id."""
    out: dict[str, dict[str, Any]] = {
        c: {
            p.name: {} if p.kind is Kind.KEYED else []
            for p in parts.PARTS.values()
            if p.kind in (Kind.KEYED, Kind.LISTED)
        }
        for c in case_ids
    }
    for collection in CASE_COLLECTIONS:
        name, build = collection.part.name, collection.shape.build
        rows = conn.execute(collection.select(len(case_ids)), case_ids)
        if collection.part.kind is Kind.KEYED:
            for case_id, key, *values in rows:
                out[case_id][name][key] = build(values)
        else:
            for case_id, *values in rows:
                out[case_id][name].append(build(values))
    return out


def _answers(conn: Any, contact_ids: list[str]) -> dict[str, dict[str, model.Answer]]:
    """Each contact's own answers (not the determinations), its id as their contact."""
    out: dict[str, dict[str, model.Answer]] = {c: {} for c in contact_ids}
    values = ANSWERS.shape.values
    for contact_id, key, *row in conn.execute(ANSWERS.select(len(contact_ids)), contact_ids):
        out[contact_id][key] = model.Answer(**values(row), contact_id=contact_id)
    return out


def _interview(
    contact: dict[str, Any],
    case: dict[str, Any],
    findings: dict[str, Any],
    answers: dict[str, model.Answer],
) -> model.Interview:
    kwargs = {**contact, **{name: case[name] for name in CASE_PARTS}, **findings}
    # The contact's answers first, then the case's determinations (the ORM read's order).
    kwargs["answers"] = {**answers, **findings["answers"]}
    return model.Interview(**kwargs)


def load_interviews(conn: Any, ids: Sequence[str], chunk: int = CHUNK) -> list[model.Interview]:
    """Whole contacts (their own parts and their case's) for the ids found."""
    out: list[model.Interview] = []
    for part in _chunks(ids, chunk):
        contacts = [
            CONTACT.values(r) for r in _select(conn, CONTACT.columns, parts.CONTACTS, "id", part)
        ]
        case_ids = sorted({c["case_id"] for c in contacts})
        cases = _case_rows(conn, case_ids)
        found = _findings(conn, case_ids)
        answers = _answers(conn, [c["id"] for c in contacts])
        for contact in contacts:
            cid = contact["case_id"]
            out.append(_interview(contact, cases[cid], found[cid], answers[contact["id"]]))
    return out


def load_interview(conn: Any, interview_id: str) -> model.Interview:
    """One contact as the window edits it; ``NotFound`` when there is none."""
    found = load_interviews(conn, [interview_id])
    if not found:
        raise NotFound()
    return found[0]


def contact_order(ref: model.ContactRef) -> tuple:
    """Oldest first by contact date and time (undated last), then by creation."""
    c = ref.contact
    return (c.date is None, c.date or date.max, c.start_time or time.min, ref.created_at)


def load_case(conn: Any, case_id: str) -> model.Case:
    """The case: youth, special, status and its contacts (oldest first)."""
    rows = _case_rows(conn, [case_id])
    if case_id not in rows:
        raise NotFound()
    refs = [
        model.ContactRef(**CONTACT_REF.values(r))
        for r in _select(conn, CONTACT_REF.columns, parts.CONTACTS, "case_id", [case_id])
    ]
    return model.Case(**rows[case_id], contacts=sorted(refs, key=contact_order))


# The first contact of a case: its date and start time (and what orders them).
_FIRST = Shape.of(model.Contact, "contact_", names=("date", "start_time"))
_CREATED = Shape.of(model.Interview, names=("created_at",))


def case_views(conn: Any, case_ids: Sequence[str], chunk: int = CHUNK) -> list[model.Interview]:
    """Each case's youth, special, findings and determinations as an ``Interview``
    with id "" and no contact of its own, in the order asked; ``contact`` is the
    case's first contact's date and start time. ``NotFound`` if any case is missing."""
    out: list[model.Interview] = []
    for part in _chunks(case_ids, chunk):
        cases = _case_rows(conn, part)
        if len(cases) != len(set(part)):
            raise NotFound()
        first: dict[str, tuple[tuple, model.Contact]] = {}
        columns = ("case_id", *_FIRST.columns, *_CREATED.columns)
        for cid, *row in _select(conn, columns, parts.CONTACTS, "case_id", part):
            when = _FIRST.values(row[:2])
            day, start = when["date"], when["start_time"]
            created = _CREATED.values(row[2:])["created_at"]
            candidate = (day is None, day or date.max, start or time.min, created)
            known = first.get(cid)
            if known is None or candidate < known[0]:
                first[cid] = (candidate, model.Contact(date=day, start_time=start))
        found = _findings(conn, part)
        for cid in part:
            case = cases[cid]
            view = model.Interview(
                id="",
                case_id=cid,
                created_at=case["created_at"],
                updated_at=case["updated_at"],
                **{name: case[name] for name in CASE_PARTS},
                **found[cid],
            )
            if cid in first:
                view.contact = first[cid][1]
            out.append(view)
    return out
