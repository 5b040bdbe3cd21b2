"""The domain dataclasses of ``app.model`` as table rows, for the writes (the ORM).

Generic on purpose: a row's columns carry the dataclass's field names (with a
prefix for the flattened one-to-one parts), and the field's type hint says how
to encode it (enum -> its value, list -> JSON list of text). Every piece of
text passes ``app.model.check_text`` on the way in. Reading rows back into
dataclasses is ``app.store.reading``'s (on the driver, without SQLAlchemy).
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from enum import Enum
from typing import Any

from app import model
from app.store import parts, schema
from app.store.errors import InvalidValue
from app.store.reading import strip_optional

# Views of the one registry (app.store.parts), by Interview attribute.
# Keyed collections: field -> (row class, dataclass).
KEYED: dict[str, tuple[type[schema.Base], type]] = {
    p.name: (p.row, p.value) for p in parts.of_kind(parts.Kind.KEYED) if p.value
}
# Listed collections (items have ids): field -> (row class, dataclass).
LISTED: dict[str, tuple[type[schema.Base], type]] = {
    p.name: (p.row, p.value) for p in parts.of_kind(parts.Kind.LISTED) if p.value
}
# One-to-one parts flattened into a row under "<prefix>_" (the case's or the contact's).
FLATTENED: dict[str, type] = {
    p.name: p.value for p in parts.of_kind(parts.Kind.FLATTENED) if p.value
}
# Own columns of the contact's row (the case's are written by case_values).
CONTACT_SCALARS = tuple(
    p.name for p in parts.of_kind(parts.Kind.COLUMN) if p.row is schema.InterviewRow
)
CONTACT_FLATTENED = {
    p.name: p.value for p in parts.of_kind(parts.Kind.FLATTENED) if p.row is schema.InterviewRow
}
CASE_FLATTENED = {
    p.name: p.value for p in parts.of_kind(parts.Kind.FLATTENED) if p.row is schema.CaseRow
}
# Case-scoped collections (everything but the contact's answers).
CASE_KEYED = {name: v for name, v in KEYED.items() if name != "answers"}
SOURCE = parts.SOURCE  # a finding's contact: "" in memory until stored, NULL when deleted


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _encode(tp: Any, value: Any, path: str) -> Any:
    if value is None:
        return None
    tp = strip_optional(tp)
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


def values_of(obj: Any, prefix: str = "", path: str = "", skip: tuple[str, ...] = ()) -> dict:
    """Column values for a dataclass instance (``prefix`` + field name)."""
    out = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        column = f"{prefix}{f.name}"
        out[column] = _encode(_hints(type(obj))[f.name], getattr(obj, f.name), f"{path}{f.name}")
    return out


def search_key(youth: model.Youth) -> str:
    """Name, AKAs and referral number, casefolded, one per line, for substring search."""
    parts = [youth.name, *youth.akas, youth.referral_number]
    return "\n".join(p.casefold() for p in parts if p)


def case_values(interview: model.Interview | model.Case) -> dict:
    """Columns of the case's row that come from the record: youth, special, training,
    scenario id and the search key (the caller adds id, status and times)."""
    training = interview.training
    scenario_id = _encode(str, interview.scenario_id, "scenario_id")
    if scenario_id and not training:
        # A scenario id marks a fictional practice case; on a real case it is
        # a crossing the store refuses, as it refuses training=True (operations.py).
        raise InvalidValue(
            "scenario_id: a real interview cannot carry a training scenario; "
            "practice cases belong in the training store."
        )
    values: dict[str, Any] = {"training": bool(training), "scenario_id": scenario_id}
    for part, cls in CASE_FLATTENED.items():
        obj = getattr(interview, part)
        if not isinstance(obj, cls):
            raise InvalidValue(f"{part}: expected {cls.__name__}")
        values.update(values_of(obj, f"{part}_", f"{part}."))
    values["search_key"] = search_key(interview.youth)
    return values


def interview_values(interview: model.Interview) -> dict:
    """Columns of the contact's row (``interviews``)."""
    hints = _hints(model.Interview)
    values = {
        name: _encode(hints[name], getattr(interview, name), name) for name in CONTACT_SCALARS
    }
    for part, cls in CONTACT_FLATTENED.items():
        obj = getattr(interview, part)
        if not isinstance(obj, cls):
            raise InvalidValue(f"{part}: expected {cls.__name__}")
        values.update(values_of(obj, f"{part}_", f"{part}."))
    return values


def part_values(part: str, obj: Any) -> dict:
    cls = FLATTENED[part]
    if not isinstance(obj, cls):
        raise InvalidValue(f"{part}: expected {cls.__name__}")
    return values_of(obj, f"{part}_", f"{part}.")


def _source(obj: Any, default: str) -> str | None:
    given = _encode(str, obj.contact_id, "contact_id")
    return given or default or None


def answer_values(interview_id: str, key: str, obj: model.Answer) -> dict:
    """Column values of one answer of a contact (not a determination)."""
    if not isinstance(obj, model.Answer):
        raise InvalidValue("answers: expected Answer")
    key = _encode(str, key, "answers key")
    values = values_of(obj, path=f"answers[{key}].", skip=(SOURCE,))
    return {"interview_id": interview_id, "key": key, **values}


def keyed_values(field: str, case_id: str, key: str, obj: Any, source: str = "") -> dict:
    """Column values of one keyed finding (or determination) of the case.

    ``contact_id``: the value's own when set, else ``source`` (the contact writing it).
    """
    _, cls = KEYED[field]
    if not isinstance(obj, cls):
        raise InvalidValue(f"{field}: expected {cls.__name__}")
    key = _encode(str, key, f"{field} key")
    values = values_of(obj, path=f"{field}[{key}].", skip=(SOURCE,))
    return {"case_id": case_id, "key": key, SOURCE: _source(obj, source), **values}


def keyed_row(field: str, case_id: str, key: str, obj: Any, source: str = "") -> schema.Base:
    row_cls = parts.row_for(parts.part(field), key)
    return row_cls(**keyed_values(field, case_id, key, obj, source))


def listed_values(field: str, case_id: str, position: int, obj: Any, source: str = "") -> dict:
    _, cls = LISTED[field]
    if not isinstance(obj, cls):
        raise InvalidValue(f"{field}: expected {cls.__name__}")
    values = values_of(obj, path=f"{field}[{position}].", skip=(SOURCE,))
    return {"case_id": case_id, "position": position, SOURCE: _source(obj, source), **values}


def listed_row(field: str, case_id: str, position: int, obj: Any, source: str = "") -> schema.Base:
    row_cls, _ = LISTED[field]
    return row_cls(**listed_values(field, case_id, position, obj, source))
