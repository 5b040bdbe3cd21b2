"""Malformed, truncated, huge or hostile JSON imports: the field named, nothing stored."""

from __future__ import annotations

import copy
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import main
from app import interchange
from app.interchange import InterchangeError
from app.store import Store
from tests.helpers import PASSPHRASE

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "interview-example.json"


def _example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _edit(change: Callable[[dict[str, Any]], None]) -> bytes:
    data = copy.deepcopy(_example())
    change(data)
    return json.dumps(data).encode("utf-8")


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for part in parents:
            node = node[part]
        del node[last]

    return change


RAW = EXAMPLE.read_bytes()

# name -> (file bytes, words the error message must contain)
CASES: dict[str, tuple[bytes, tuple[str, ...]]] = {
    "empty": (b"", ("not valid JSON",)),
    "truncated": (RAW[: len(RAW) // 2], ("not valid JSON", "line")),
    "not utf-8": (b'{"format": "\xff\xfe"}', ("UTF-8",)),
    "top level list": (b"[1, 2, 3]", ("top level",)),
    "duplicate key": (b'{"format": "cec-interview", "format": "x"}', ("twice",)),
    "NaN": (b'{"format": NaN}', ("NaN",)),
    "deep nesting": (b"[" * 200_000 + b"]" * 200_000, ("nested",)),
    "giant integer": (b'{"format_version": ' + b"9" * 6000 + b"}", ("not valid JSON",)),
    "wrong format": (_edit(_set("format", "something-else")), ("format",)),
    "newer version": (_edit(_set("format_version", 99)), ("format_version", "newer")),
    "missing interview": (_edit(_delete("interview")), ("interview",)),
    "age as text": (_edit(_set("interview.youth.age", "fifteen")), ("interview.youth.age",)),
    "age overflowing": (
        _edit(_set("interview.youth.age", 424242)).replace(b"424242", b"1e400"),
        ("interview.youth.age",),
    ),
    "Infinity literal": (_edit(_set("interview.youth.age", 1e400)), ("Infinity",)),
    "unknown status": (_edit(_set("interview.status", "burned")), ("interview.status",)),
    "bad date": (_edit(_set("interview.contact.date", "2026-02-30")), ("interview.contact.date",)),
    "lone surrogate": (
        json.dumps(json.loads(RAW)).replace('"Marisol Example"', '"Mari\\ud800sol"', 1).encode(),
        ("interview.youth.name",),
    ),
    "script in a list": (
        _edit(_set("interview.youth.akas", [{"$eval": "x"}])),
        ("interview.youth.akas[0]",),
    ),
    "unknown field": (_edit(_set("interview.youth.password", "x")), ("interview.youth",)),
}


@pytest.fixture
def empty_store(store: Store) -> Store:
    return store


@pytest.mark.parametrize("name", list(CASES))
def test_refused_with_the_field_named_and_nothing_stored(
    name: str, empty_store: Store, tmp_path: Path
) -> None:
    raw, words = CASES[name]
    path = tmp_path / "import.json"
    path.write_bytes(raw)
    before = len(empty_store.audit_log())
    with pytest.raises(InterchangeError) as caught:
        interchange.import_interview(empty_store, interchange.read_file(path))
    message = str(caught.value)
    for word in words:
        assert word in message, (name, message)
    assert len(message) < 400  # a message, not a dump of the file
    assert empty_store.list_interviews() == []
    assert len(empty_store.audit_log()) == before


def test_the_untouched_example_does_import(empty_store: Store, tmp_path: Path) -> None:
    """Control: the cases above fail because of their damage, not because import is broken."""
    new_id = interchange.import_interview(empty_store, interchange.loads(RAW))
    assert [s.id for s in empty_store.list_interviews()] == [new_id]


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as f:
        f.write(b'{"pad": "')
        f.write(b"x" * (interchange.MAX_BYTES + 10))
        f.write(b'"}')
    with pytest.raises(InterchangeError, match="too large"):
        interchange.read_file(path)


def test_cli_import_names_the_field_and_stores_nothing(
    store: Store,
    new_store_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.lock()
    path = tmp_path / "bad.json"
    path.write_bytes(CASES["age as text"][0])
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main.main(["import", str(path), "--store", str(new_store_path), "--passphrase-stdin"])
    out, err = capsys.readouterr()
    assert code != 0 and out == "" and "interview.youth.age" in err
    reopened = Store.open(new_store_path, PASSPHRASE)
    try:
        assert reopened.list_interviews() == []
    finally:
        reopened.lock()


@pytest.mark.parametrize(
    "field, value",
    [
        ("interview.narrative", "Zq-secret-words " * 130_000),  # over the 2,000,000 limit
        ("interview.status", "Zq-secret-words"),
        ("interview.youth.age", "Zq-secret-words"),
    ],
)
def test_error_names_the_field_but_never_echoes_the_value(field: str, value: str) -> None:
    data = json.loads(_edit(_set(field, value)))
    with pytest.raises(InterchangeError) as caught:
        interchange.interview_from_dict(data)
    message = str(caught.value)
    assert field in message and "Zq-secret" not in message and len(message) < 400
