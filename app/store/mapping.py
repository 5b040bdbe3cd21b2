"""Converting between the domain dataclasses of ``app.model`` and table rows.

Generic on purpose: a row's columns carry the dataclass's field names (with a
prefix for the flattened one-to-one parts), and the field's type hint says how
to encode it (enum -> its value, list -> JSON list of text). Every piece of
text passes ``app.model.check_text`` on the way in.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from enum import Enum
from typing import Any

from app import model
from app.store import parts, schema
from app.store.errors import InvalidValue

# Views of the one registry (app.store.parts), by Interview attribute.
# Keyed collections: field -> (row class, dataclass).
KEYED: dict[str, tuple[type[schema.Base], type]] = {
    p.name: (p.row, p.value) for p in parts.of_kind(parts.Kind.KEYED) if p.value
}
# Listed collections (items have ids): field -> (row class, dataclass).
LISTED: dict[str, tuple[type[schema.Base], type]] = {
    p.name: (p.row, p.value) for p in parts.of_kind(parts.Kind.LISTED) if p.value
}
# One-to-one parts flattened into the interviews row under "<prefix>_".
FLATTENED: dict[str, type] = {
    p.name: p.value for p in parts.of_kind(parts.Kind.FLATTENED) if p.value
}
# The interviews row's own columns.
TOP_SCALARS = tuple(p.name for p in parts.of_kind(parts.Kind.COLUMN) if p.name != "case_id")
# Issue 14, step 1: the model carries contact_id/case_id before the schema does (0006).
_NOT_STORED_YET = ("contact_id",)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _strip_optional(tp: Any) -> Any:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else tp
    return tp


def _encode(tp: Any, value: Any, path: str) -> Any:
    if value is None:
        return None
    tp = _strip_optional(tp)
    if typing.get_origin(tp) is list:
        (inner,) = typing.get_args(tp)
        if not isinstance(value, list | tuple):
            raise InvalidValue(f"{path}: expected a list")
        return [_encode(inner, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value).value
        except ValueError:
            raise InvalidValue(f"{path}: {value!r} is not one of the allowed values") from None
    if tp is str:
        try:
            return model.check_text(value, path)
        except model.TextRefused as exc:
            raise InvalidValue(str(exc)) from None
    return value


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    tp = _strip_optional(tp)
    if typing.get_origin(tp) is list:
        (inner,) = typing.get_args(tp)
        return [_decode(inner, v) for v in value]
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    return value


def values_of(
    obj: Any, prefix: str = "", path: str = "", skip: tuple[str, ...] = _NOT_STORED_YET
) -> dict:
    """Column values for a dataclass instance (``prefix`` + field name)."""
    out = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        column = f"{prefix}{f.name}"
        out[column] = _encode(_hints(type(obj))[f.name], getattr(obj, f.name), f"{path}{f.name}")
    return out


def build(cls: type, row: Any, prefix: str = "", skip: tuple[str, ...] = _NOT_STORED_YET) -> Any:
    """A dataclass instance from a row (or a mapping) with ``prefix``-ed columns."""
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    kwargs = {
        f.name: _decode(_hints(cls)[f.name], get(f"{prefix}{f.name}"))
        for f in dataclasses.fields(cls)
        if f.name not in skip
    }
    return cls(**kwargs)


def search_key(youth: model.Youth) -> str:
    """Name, AKAs and referral number, casefolded, one per line, for substring search."""
    parts = [youth.name, *youth.akas, youth.referral_number]
    return "\n".join(p.casefold() for p in parts if p)


def interview_values(interview: model.Interview) -> dict:
    """Columns of the interviews row (everything but the collections)."""
    hints = _hints(model.Interview)
    values = {name: _encode(hints[name], getattr(interview, name), name) for name in TOP_SCALARS}
    if values["scenario_id"] and not interview.training:
        # A scenario id marks a fictional practice case; on a real interview it is
        # a crossing the store refuses, as it refuses training=True (operations.py).
        raise InvalidValue(
            "scenario_id: a real interview cannot carry a training scenario; "
            "practice cases belong in the training store."
        )
    for part, cls in FLATTENED.items():
        obj = getattr(interview, part)
        if not isinstance(obj, cls):
            raise InvalidValue(f"{part}: expected {cls.__name__}")
        values.update(values_of(obj, f"{part}_", f"{part}."))
    values["search_key"] = search_key(interview.youth)
    return values


def part_values(part: str, obj: Any) -> dict:
    cls = FLATTENED[part]
    if not isinstance(obj, cls):
        raise InvalidValue(f"{part}: expected {cls.__name__}")
    return values_of(obj, f"{part}_", f"{part}.")


def keyed_values(field: str, interview_id: str, key: str, obj: Any) -> dict:
    """Column values of one keyed entry (checked and encoded)."""
    _, cls = KEYED[field]
    if not isinstance(obj, cls):
        raise InvalidValue(f"{field}: expected {cls.__name__}")
    key = _encode(str, key, f"{field} key")
    return {"interview_id": interview_id, "key": key, **values_of(obj, path=f"{field}[{key}].")}


def keyed_row(field: str, interview_id: str, key: str, obj: Any) -> schema.Base:
    row_cls, _ = KEYED[field]
    return row_cls(**keyed_values(field, interview_id, key, obj))


def listed_row(field: str, interview_id: str, position: int, obj: Any) -> schema.Base:
    row_cls, cls = LISTED[field]
    if not isinstance(obj, cls):
        raise InvalidValue(f"{field}: expected {cls.__name__}")
    values = values_of(obj, path=f"{field}[{position}].")
    return row_cls(interview_id=interview_id, position=position, **values)


def child_rows(interview: model.Interview) -> list[schema.Base]:
    rows: list[schema.Base] = []
    for field in KEYED:
        for key, obj in getattr(interview, field).items():
            rows.append(keyed_row(field, interview.id, key, obj))
    for field in LISTED:
        for position, obj in enumerate(getattr(interview, field)):
            rows.append(listed_row(field, interview.id, position, obj))
    return rows


def interview_from_rows(
    row: schema.InterviewRow, children: dict[str, list[Any]]
) -> model.Interview:
    hints = _hints(model.Interview)
    kwargs: dict[str, Any] = {
        name: _decode(hints[name], getattr(row, name)) for name in TOP_SCALARS
    }
    for part, cls in FLATTENED.items():
        kwargs[part] = build(cls, row, f"{part}_")
    for field, (_, cls) in KEYED.items():
        kwargs[field] = {r.key: build(cls, r) for r in children.get(field, [])}
    for field, (_, cls) in LISTED.items():
        rows = sorted(children.get(field, []), key=lambda r: r.position)
        kwargs[field] = [build(cls, r) for r in rows]
    return model.Interview(**kwargs)
