"""The CLI with cases (issue 14), on real store files: ``list`` lists cases
(``--contacts`` the contacts), ``export`` takes a case id or a contact id,
``import`` takes version 1 and version 2 and recognises a case already there
(exit 3 with what would change; ``--update`` replaces it)."""

from __future__ import annotations

import copy
import io
import json
import stat
import sys
from pathlib import Path

import pytest

import main
from app import interchange
from app.cli.import_ import EXIT_CASE_EXISTS
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.stores import copy_store

ROOT = Path(__file__).resolve().parent.parent
V1 = ROOT / "docs" / "examples" / "interview-example.json"
V2 = ROOT / "docs" / "examples" / "case-v2.json"


def cli(monkeypatch, capsys, *argv: str, stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    return copy_store(tmp_path / "data")


def _on(store_file: Path, *argv: str) -> tuple[str, ...]:
    return (*argv, "--store", str(store_file), "--passphrase-stdin")


def _events(store_file: Path) -> list[str]:
    """The audit log without the unlock/lock entries that reading it adds."""
    store = Store.open(store_file, PASSPHRASE)
    try:
        return [
            f"{e.event} {e.detail}"
            for e in store.audit_log()
            if e.event not in ("store_unlocked", "store_locked")
        ]
    finally:
        store.lock()


def test_import_v2_then_list_cases_and_contacts(store_file, monkeypatch, capsys) -> None:
    data = interchange.read_file(V2)
    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "import", str(V2)))
    assert (code, err) == (0, "")
    assert out.strip() == data["case"]["id"]  # a version 2 import prints the case id

    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "list"))
    assert code == 0, err
    (line,) = out.splitlines()  # one case, not three interviews
    fields = line.split("\t")
    assert fields[:7] == [
        data["case"]["id"],
        "Marisol Example",
        "Mari, Sunshine",
        "0000-0000-0000-0000000",
        "2026-10-15",  # the last contact: the caregiver's
        "3",
        "open",
    ]
    assert len(fields) == 8  # and the next deadline (or "-")

    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "list", "--contacts"))
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    assert sorted(r[0] for r in rows) == sorted(c["id"] for c in data["contacts"])
    assert {r[6] for r in rows} == {data["case"]["id"]}
    assert sorted(r[7] for r in rows) == ["caregiver", "collateral", "youth"]

    code, out, _ = cli(monkeypatch, capsys, *_on(store_file, "list", "--search", "SUNSH"))
    assert out.startswith(data["case"]["id"]) and len(out.splitlines()) == 1
    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "list", "--search", "nobody"))
    assert (code, out) == (0, "") and "nothing found" in err


def test_reimport_is_refused_with_exit_3_then_updated(store_file, tmp_path, monkeypatch, capsys):
    data = interchange.read_file(V2)
    case_id = data["case"]["id"]
    assert cli(monkeypatch, capsys, *_on(store_file, "import", str(V2)))[0] == 0

    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "import", str(V2)))
    assert (code, out) == (EXIT_CASE_EXISTS, "") == (3, "")
    assert len(err.splitlines()) == 1
    assert case_id in err and "nothing would change" in err and "--update" in err

    changed = copy.deepcopy(data)
    changed["case"]["youth"]["akas"].append("Sunny")
    changed["contacts"][0]["narrative"] = "Counselor called back."
    path = tmp_path / "changed.json"
    path.write_text(interchange.dumps(changed), encoding="utf-8")
    before = _events(store_file)
    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "import", str(path)))
    assert (code, out) == (3, "")
    assert "the youth's details" in err and "1 contact(s) changed" in err
    assert _events(store_file) == before  # refused: not even an audit entry

    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "import", str(path), "--update"))
    assert code == 0 and out.strip() == case_id and "updated the case" in err
    code, out, _ = cli(monkeypatch, capsys, *_on(store_file, "list"))
    (line,) = out.splitlines()  # still one case
    assert line.split("\t")[2] == "Mari, Sunshine, Sunny"
    assert _events(store_file)[-1] == f"case_imported {case_id} update"


def test_export_a_case_as_v2_json_and_a_contact_as_v1(store_file, tmp_path, monkeypatch, capsys):
    data = interchange.read_file(V2)
    case_id = data["case"]["id"]
    cli(monkeypatch, capsys, *_on(store_file, "import", str(V2)))

    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "export", case_id[:10]))
    assert code == 0, err
    doc = json.loads(out)
    assert (doc["format"], doc["version"]) == ("cec-case", 2)
    assert doc["case"] == data["case"] and doc["contacts"] == data["contacts"]

    target = tmp_path / "case.json"
    code, out, err = cli(
        monkeypatch, capsys, *_on(store_file, "export", case_id, "-o", str(target))
    )
    assert code == 0 and out == "" and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["case"]["id"] == case_id
    assert f"case_exported {case_id} json file" in _events(store_file)

    contact = data["contacts"][1]["id"]  # the youth's contact
    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "export", contact))
    assert code == 0, err
    v1 = json.loads(out)
    assert (v1["format"], v1["format_version"]) == ("cec-interview", 1)
    assert v1["interview"]["id"] == contact
    interchange.validate(v1)
    # the contact sees the case's findings, from every contact (as the window does)
    assert set(v1["interview"]["red_flags"]) == set(data["case"]["red_flags"])

    # ... and a contact's v1 file imports as a new case of its own.
    path = tmp_path / "contact.json"
    path.write_text(out, encoding="utf-8")
    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "import", str(path)))
    assert code == 0, err
    code, out, _ = cli(monkeypatch, capsys, *_on(store_file, "list"))
    assert len(out.splitlines()) == 2


def test_import_v1_prints_the_contact_and_makes_a_case(store_file, monkeypatch, capsys) -> None:
    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "import", str(V1)))
    assert code == 0, err
    contact_id = out.strip()
    code, out, _ = cli(monkeypatch, capsys, *_on(store_file, "list", "--contacts"))
    (row,) = [line.split("\t") for line in out.splitlines()]
    assert row[0] == contact_id and row[7] == "youth"
    code, out, _ = cli(monkeypatch, capsys, *_on(store_file, "list"))
    (case_row,) = [line.split("\t") for line in out.splitlines()]
    assert case_row[0] == row[6] and case_row[5] == "1"


def test_an_ambiguous_or_unknown_id_is_one_line(store_file, monkeypatch, capsys) -> None:
    cli(monkeypatch, capsys, *_on(store_file, "import", str(V2)))
    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "export", "ffff"))
    assert (code, out) == (1, "") and "no case and no interview" in err
    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "export", ""))
    assert (code, out) == (1, "") and len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda d: d.__setitem__("version", 3), "version: 3 is newer"),
        (
            lambda d: d["case"]["tattoos"][0].__setitem__("contact_id", "e" * 32),
            "case.tattoos[0].contact_id: no contact with this id",
        ),
        (
            lambda d: d["contacts"].append(copy.deepcopy(d["contacts"][0])),
            "contacts[3].id: the same contact id appears twice",
        ),
    ],
)
def test_bad_v2_files_are_one_line_and_change_nothing(
    store_file, tmp_path, monkeypatch, capsys, mutate, reason
) -> None:
    data = interchange.read_file(V2)
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = _events(store_file)
    code, out, err = cli(monkeypatch, capsys, *_on(store_file, "import", str(path)))
    assert (code, out) == (1, "")
    assert err.startswith(f"import: {path}: {reason}") and len(err.splitlines()) == 1
    assert _events(store_file) == before


def test_a_huge_v2_file_is_refused_before_the_passphrase(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.write(b'{"format": "cec-case", "version": 2}')
        fh.truncate(interchange.MAX_BYTES + 1)
    code, out, err = cli(
        monkeypatch, capsys, *_on(tmp_path / "nowhere.cec", "import", str(path)), stdin=""
    )
    assert (code, out) == (1, "") and "too large" in err
