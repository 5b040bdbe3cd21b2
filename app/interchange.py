"""JSON interchange of one interview (format "cec-interview", version 1).

``interview_to_dict`` writes the complete record plus the computed
determinations; ``interview_from_dict`` validates against
``docs/interview.schema.json`` and builds the ``Interview`` back, losslessly.
``import_interview`` stores it in one transaction with fresh ids, so a file can
be imported twice without clashing and nothing is ever half-imported.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import stat
import types
import typing
import uuid
from datetime import UTC, date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

from app import model
from app.paths import root
from app.rules import assess

FORMAT = "cec-interview"
FORMAT_VERSION = 1
MAX_BYTES = 20 * 1024 * 1024  # an interview is kilobytes; anything this big is not one
SCHEMA_PATH = root() / "docs" / "interview.schema.json"


class InterchangeError(ValueError):
    """A file that cannot be imported; the message names the field and why."""


# --- export ----------------------------------------------------------------------


def interview_to_dict(interview: model.Interview, bank: Any, now: datetime | None = None) -> dict:
    when = now or model.utcnow()
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "content_version": bank.version,
        "exported_at": _encode(when),
        "interview": _encode(interview),
        "determinations": assess(interview, bank, when).to_dict(),
    }


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# Issue 14 fields that format version 1 does not carry (a v1 file is one contact).
_NOT_IN_V1 = frozenset({"case_id", "contact_id"})


def _encode(value: Any) -> Any:
    return encode_value(value, _NOT_IN_V1)


def encode_value(value: Any, leave_out: frozenset[str] = frozenset()) -> Any:
    """JSON values for a model value, every field but those named in ``leave_out``
    (version 1 leaves out the issue-14 ids; version 2 keeps every field)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: encode_value(getattr(value, f.name), leave_out)
            for f in dataclasses.fields(value)
            if f.name not in leave_out
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):  # before date: a datetime is a date
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: encode_value(item, leave_out) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [encode_value(item, leave_out) for item in value]
    return value


# --- import ------------------------------------------------------------------------


def read_file(path: Path | str) -> dict:
    """Parse a JSON file, refusing huge files, duplicate keys and NaN/Infinity."""
    return loads(_read_regular(Path(path)))


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file, at most MAX_BYTES of them actually read.

    A folder, a device (/dev/zero), a FIFO or a socket is refused before it is read
    (checked on the open descriptor, so a swap after the first check does not help);
    O_NONBLOCK keeps a FIFO without writer from blocking the open.
    """

    def too_large() -> InterchangeError:
        return InterchangeError(
            f"{path}: too large for one interview (limit {MAX_BYTES // (1024 * 1024)} MB)"
        )

    def not_regular() -> InterchangeError:
        return InterchangeError(
            f"{path}: not a regular file (a folder, a device or a pipe cannot be imported)"
        )

    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
        fd = (
            os.open(
                path,
                os.O_RDONLY
                | getattr(os, "O_NONBLOCK", 0)
                | getattr(os, "O_NOCTTY", 0)
                | getattr(os, "O_BINARY", 0),
            )
            if regular
            else -1
        )
    except OSError as exc:
        raise InterchangeError(f"{path}: cannot be read ({exc.strerror})") from None
    except ValueError:  # a NUL in the path
        raise InterchangeError(f"{path}: cannot be read (not a valid path)") from None
    if not regular:
        raise not_regular()
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise not_regular()
        if info.st_size > MAX_BYTES:
            raise too_large()
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_BYTES:  # the limit holds for what is read, whatever stat said
            chunk = os.read(fd, 1 << 16)  # (at most 64 KiB past the limit)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_BYTES:
            raise too_large()
        return b"".join(chunks)
    except OSError as exc:
        raise InterchangeError(f"{path}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)


def loads(raw: bytes | str) -> dict:
    if len(raw) > MAX_BYTES:
        raise InterchangeError("the file is too large for one interview")
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise InterchangeError(f"not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except InterchangeError:  # duplicate keys, NaN: already say what is wrong
        raise
    except RecursionError:  # hostile nesting: refused, not a crash
        raise InterchangeError("not an interview export: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise InterchangeError(f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InterchangeError("not an interview export: the top level must be an object")
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise InterchangeError(f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise InterchangeError(f"{name} is not a number JSON allows")


@functools.cache
def _validator(path: Path = SCHEMA_PATH) -> Any:
    import jsonschema  # noqa: PLC0415 - slow import, only when checking

    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _where(path: typing.Iterable[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def validate(data: Any) -> None:
    if (
        isinstance(data, dict)
        and isinstance(data.get("format_version"), int)
        and data.get("format") == FORMAT
        and data["format_version"] > FORMAT_VERSION
    ):
        raise InterchangeError(
            f"format_version: {data['format_version']} is newer than this application "
            f"reads ({FORMAT_VERSION}); update the application"
        )
    check_schema(data, SCHEMA_PATH)


def check_schema(data: Any, schema_path: Path) -> None:
    """Raise ``InterchangeError`` naming the first field that breaks the schema, and why."""
    errors = sorted(_validator(schema_path).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise InterchangeError(f"{_where(first.absolute_path)}: {_reason(first)}{more}")


def _reason(error: Any) -> str:
    """jsonschema's message without the offending value: it may be interview content."""
    message = error.message
    shown = repr(error.instance)
    if message.startswith(shown):
        message = "the value" + message[len(shown) :]
    if error.validator in ("maxLength", "minLength", "maximum", "minimum"):
        message += f" ({error.validator} {error.validator_value})"
    return message if len(message) <= 300 else message[:300] + "..."


def interview_from_dict(data: dict) -> model.Interview:
    """Validate and build; ``InterchangeError`` names the field path and the reason."""
    validate(data)
    return _decode(model.Interview, data["interview"], "interview")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(tp: Any, value: Any, path: str) -> Any:
    if isinstance(tp, types.UnionType):
        if value is None:
            return None
        tp = next(a for a in typing.get_args(tp) if a is not type(None))
    origin = typing.get_origin(tp)
    try:
        if origin is list:
            (inner,) = typing.get_args(tp)
            return [_decode(inner, v, f"{path}[{i}]") for i, v in enumerate(value)]
        if origin is dict:
            _, inner = typing.get_args(tp)
            return {
                _text(k, f"{path} key"): _decode(inner, v, f"{path}.{k}") for k, v in value.items()
            }
        if dataclasses.is_dataclass(tp):
            hints = _hints(tp)
            return tp(
                **{name: _decode(hints[name], v, f"{path}.{name}") for name, v in value.items()}
            )
        if isinstance(tp, type) and issubclass(tp, Enum):
            return tp(value)
        if tp is datetime:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise InterchangeError(f"{path}: a time must carry its UTC offset")
            return parsed.astimezone(UTC)
        if tp is date:
            return date.fromisoformat(value)
        if tp is time:
            return time.fromisoformat(value)
        if tp is str:
            return _text(value, path)
        if tp is float:
            return float(value)
    except ValueError as exc:
        if isinstance(exc, InterchangeError):
            raise
        raise InterchangeError(f"{path}: {exc}") from None
    return value


def _text(value: str, path: str) -> str:
    try:
        return model.check_text(value, path)
    except model.TextRefused as exc:
        raise InterchangeError(str(exc)) from None


def with_fresh_ids(interview: model.Interview) -> model.Interview:
    """The same record under new ids (interview and listed items)."""

    def renew(items: list[Any]) -> list[Any]:
        return [dataclasses.replace(item, id=uuid.uuid4().hex) for item in items]

    return dataclasses.replace(
        interview,
        id=uuid.uuid4().hex,
        tattoos=renew(interview.tattoos),
        online_accounts=renew(interview.online_accounts),
        associates=renew(interview.associates),
        other_victims=renew(interview.other_victims),
        collateral_contacts=renew(interview.collateral_contacts),
        allegations=renew(interview.allegations),
    )


def import_interview(store: Any, data: dict) -> str:
    """Validate, build and store as a new interview (one transaction); returns its id."""
    interview = with_fresh_ids(interview_from_dict(data))
    interview_id = store.create_interview(interview)
    store.audit("interview_imported", interview_id)
    return interview_id


# --- shared with app.interchange_v2 ---------------------------------------------------


def decode_value(tp: Any, value: Any, path: str) -> Any:
    """A model value of type ``tp`` from checked JSON; errors name ``path``."""
    return _decode(tp, value, path)


def field_types(cls: type) -> dict[str, Any]:
    """The resolved type of each field of a model dataclass."""
    return _hints(cls)
