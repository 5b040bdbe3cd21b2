"""The admin CLI on real store files: init, list, import, export, verify, rekey."""

from __future__ import annotations

import io
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import main
from app import interchange
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.records import full_interview
from tests.helpers.stores import copy_store, folder_digest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "interview-example.json"
NEW = "a second fine passphrase"


def cli(monkeypatch, capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    return copy_store(tmp_path / "data")


def test_init_creates_an_owner_only_store(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "new" / "store.cec"
    code, out, err = cli(
        monkeypatch, capsys, "init", "--store", str(path), "--passphrase-stdin", stdin=NEW + "\n"
    )
    assert (code, err) == (0, "") and "Created" in out
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    Store.open(path, NEW).lock()
    code, _, err = cli(
        monkeypatch, capsys, "init", "--store", str(path), "--passphrase-stdin", stdin=NEW + "\n"
    )
    assert code == 1 and "already exists" in err


def test_init_refuses_a_weak_passphrase(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "new" / "store.cec"
    code, out, err = cli(
        monkeypatch, capsys, "init", "--store", str(path), "--passphrase-stdin", stdin="short\n"
    )
    assert code == 1 and "at least 10" in err and out == ""
    assert not path.exists()


def test_import_list_search_export(store_file, tmp_path, monkeypatch, capsys) -> None:
    code, out, err = cli(
        monkeypatch,
        capsys,
        "--store",
        str(store_file),
        "import",
        str(EXAMPLE),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    new_id = out.strip()
    # Issue 14: `list` lists cases; the interview (contact) lines are `list --contacts`,
    # with the same first six columns as before.
    code, out, _ = cli(
        monkeypatch,
        capsys,
        "list",
        "--contacts",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0
    assert out.split("\n")[0].split("\t")[:6] == [
        new_id,
        "2026-10-14",
        "in_progress",
        "Marisol Example",
        "Mari, Sunshine",
        "0000-0000-0000-0000000",
    ]
    code, out, err = cli(
        monkeypatch,
        capsys,
        "list",
        "--contacts",
        "--search",
        "SUNSH",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert out.startswith(new_id)
    code, out, err = cli(
        monkeypatch,
        capsys,
        "list",
        "--search",
        "nobody",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert (code, out) == (0, "") and "nothing found" in err

    code, out, err = cli(
        monkeypatch,
        capsys,
        "export",
        new_id[:8],
        "--format",
        "json",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    exported = json.loads(out)
    original = interchange.read_file(EXAMPLE)
    assert exported["interview"]["id"] == new_id
    assert exported["interview"]["youth"] == original["interview"]["youth"]
    assert exported["interview"]["answers"] == original["interview"]["answers"]
    interchange.validate(exported)

    target = tmp_path / "out.json"
    args = ("export", new_id, "-o", str(target), "--store", str(store_file), "--passphrase-stdin")
    code, out, err = cli(monkeypatch, capsys, *args, stdin=PASSPHRASE + "\n")
    assert code == 0 and out == "" and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["interview"]["id"] == new_id
    before = target.read_bytes()
    code, _, err = cli(monkeypatch, capsys, *args, stdin=PASSPHRASE + "\n")
    assert code == 1 and "already exists" in err and target.read_bytes() == before

    store = Store.open(store_file, PASSPHRASE)
    try:
        events = [e.event for e in store.audit_log()]
        assert events.count("interview_exported") == 2 and "interview_imported" in events
    finally:
        store.lock()


def test_export_of_an_unknown_id_fails(store_file, monkeypatch, capsys) -> None:
    code, out, err = cli(
        monkeypatch,
        capsys,
        "export",
        "ffff",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and out == "" and "no interview" in err


def test_import_of_an_invalid_file_names_the_field_and_stores_nothing(
    store_file, tmp_path, monkeypatch, capsys
) -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["interview"]["contact"]["start_time"] = "ten o'clock"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = cli(
        monkeypatch,
        capsys,
        "import",
        str(bad),
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and out == ""
    assert "interview.contact.start_time" in err
    bad.write_text("{", encoding="utf-8")
    code, _, err = cli(
        monkeypatch,
        capsys,
        "import",
        str(bad),
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and "not valid JSON" in err
    store = Store.open(store_file, PASSPHRASE)
    try:
        assert store.list_interviews() == []
    finally:
        store.lock()


def test_verify_clean_damaged_and_wrong_passphrase(store_file, monkeypatch, capsys) -> None:
    code, out, err = cli(
        monkeypatch,
        capsys,
        "verify",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert (code, err) == (0, "") and "intact" in out
    code, out, err = cli(
        monkeypatch,
        capsys,
        "verify",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin="not the passphrase\n",
    )
    assert code == 1 and "wrong passphrase or damaged store" in err
    # A record, so that the last page is one of its pages: in an empty store the
    # last pages hold the schema (issue 14's search triggers made it 10 pages),
    # and a damaged schema page reads as "wrong passphrase or damaged store".
    store = Store.open(store_file, PASSPHRASE)
    try:
        store.create_interview(full_interview("PAGE"))
    finally:
        store.lock()
    data = bytearray(store_file.read_bytes())
    data[len(data) - 100] ^= 0x01
    store_file.write_bytes(bytes(data))
    before = folder_digest(store_file.parent)
    code, out, err = cli(
        monkeypatch,
        capsys,
        "verify",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and "HMAC" in err and "not changed" in err
    assert folder_digest(store_file.parent) == before


def test_rekey_from_stdin(store_file, monkeypatch, capsys) -> None:
    code, out, err = cli(
        monkeypatch,
        capsys,
        "rekey",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{NEW}\n",
    )
    assert code == 0, err
    code, _, err = cli(
        monkeypatch,
        capsys,
        "list",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and "wrong passphrase" in err
    code, _, err = cli(
        monkeypatch,
        capsys,
        "list",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=NEW + "\n",
    )
    assert code == 0
    code, _, err = cli(
        monkeypatch,
        capsys,
        "rekey",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=f"{NEW}\nshort\n",
    )
    assert code == 1 and "at least 10" in err
    code, _, err = cli(
        monkeypatch,
        capsys,
        "rekey",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=f"{NEW}\n",
    )
    assert code == 1 and "ended" in err
    Store.open(store_file, NEW).lock()  # a refused rekey changed nothing


def test_missing_store_is_reported(tmp_path, monkeypatch, capsys) -> None:
    code, _, err = cli(
        monkeypatch,
        capsys,
        "list",
        "--store",
        str(tmp_path / "none.cec"),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and "no store" in err


@pytest.mark.parametrize("command", ["init", "list", "import", "export", "verify", "rekey"])
def test_every_command_has_help_and_no_passphrase_option(command, monkeypatch, capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main.main([command, "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0 and "--passphrase-stdin" in out and "--store" in out
    # No option of any command takes a passphrase as its value.
    from app.cli import build_parser

    # argparse lists a parser's options nowhere public.
    sub = next(a for a in build_parser()._actions if a.dest == "command")  # noqa: SLF001
    for action in sub.choices[command]._actions:  # noqa: SLF001 - as above
        if any("pass" in o for o in action.option_strings):
            assert action.nargs == 0, action.option_strings


def _run(*argv: str, stdin: str | None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", *argv],
        cwd=ROOT,
        text=True,
        input=stdin,
        capture_output=True,
        timeout=120,
        stdin=subprocess.DEVNULL if stdin is None else None,
    )


def test_as_a_subprocess_never_prompting_without_a_terminal(store_file) -> None:
    done = _run("list", "--store", str(store_file), stdin=None)
    assert done.returncode == 1 and "use --passphrase-stdin" in done.stderr
    done = _run(
        "--store",
        str(store_file),
        "import",
        str(EXAMPLE),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert done.returncode == 0 and done.stderr == ""
    done = _run("verify", "--store", str(store_file), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0 and done.stderr == ""
    assert PASSPHRASE not in done.stdout
