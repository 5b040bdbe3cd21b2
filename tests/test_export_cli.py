"""``main.py export ID --format pdf|text``: the contact summary from a real store file."""

from __future__ import annotations

import io
import stat
import sys

import pytest
from pypdf import PdfReader

import main
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.records import EXAMPLE
from tests.helpers.stores import copy_store


def cli(monkeypatch, capsys, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def imported(tmp_path, monkeypatch, capsys) -> tuple:
    store_file = copy_store(tmp_path / "data")
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
    return store_file, out.strip()


def _status_and_events(store_file, interview_id) -> tuple[str, list[str]]:
    store = Store.open(store_file, PASSPHRASE)
    try:
        status = str(store.load(interview_id).status)
        return status, [f"{e.event} {e.detail}" for e in store.audit_log()]
    finally:
        store.lock()


def test_export_pdf_with_a_password_from_stdin(imported, tmp_path, monkeypatch, capsys) -> None:
    store_file, iid = imported
    target = tmp_path / "summary.pdf"
    code, out, err = cli(
        monkeypatch,
        capsys,
        "export",
        iid,
        "--format",
        "pdf",
        "-o",
        str(target),
        "--pdf-password-stdin",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\npdf secret 9\n",
    )
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    reader = PdfReader(str(target))
    assert reader.is_encrypted and reader.decrypt("pdf secret 9")
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Marisol Example" in text and "1. Allegations" in text
    status, events = _status_and_events(store_file, iid)
    assert status == "summary_exported"
    assert f"summary_exported {iid} pdf file" in events
    assert not any("Marisol" in e for e in events)  # the audit never holds content


def test_export_text_to_stdout(imported, monkeypatch, capsys) -> None:
    store_file, iid = imported
    code, out, err = cli(
        monkeypatch,
        capsys,
        "export",
        iid,
        "--format",
        "text",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    assert "Youth: Marisol Example" in out and "11. Needs and services referred" in out
    assert f"summary_exported {iid} text stdout" in _status_and_events(store_file, iid)[1]


def test_export_pdf_needs_a_file(imported, monkeypatch, capsys) -> None:
    store_file, iid = imported
    code, out, err = cli(
        monkeypatch,
        capsys,
        "export",
        iid,
        "--format",
        "pdf",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert (code, out) == (1, "") and "needs -o FILE" in err


# --- a case id (issue 14): the case summary ---------------------------------------

CASE_EXAMPLE = EXAMPLE.parent / "case-v2.json"


@pytest.fixture
def imported_case(tmp_path, monkeypatch, capsys) -> tuple:
    store_file = copy_store(tmp_path / "data")
    code, out, err = cli(
        monkeypatch,
        capsys,
        "import",
        str(CASE_EXAMPLE),
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    return store_file, out.strip()


def _case_exported_and_events(store_file, case_id) -> tuple[object, list[str]]:
    store = Store.open(store_file, PASSPHRASE)
    try:
        exported = store.load_case(case_id).summary_exported_at
        return exported, [f"{e.event} {e.detail}" for e in store.audit_log()]
    finally:
        store.lock()


def test_export_a_case_summary_pdf(imported_case, tmp_path, monkeypatch, capsys) -> None:
    store_file, case_id = imported_case
    target = tmp_path / "case.pdf"
    code, out, err = cli(
        monkeypatch,
        capsys,
        "export",
        case_id[:12],
        "--format",
        "pdf",
        "-o",
        str(target),
        "--pdf-password-stdin",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\npdf secret 9\n",
    )
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    reader = PdfReader(str(target))
    assert reader.is_encrypted and reader.decrypt("pdf secret 9")
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Marisol Example" in text
    # Findings of all three contacts, each with the contact it came from.
    for said in ("caregiver, 10/15", "collateral, 10/13", "youth, 10/14"):
        assert said in text, said
    exported, events = _case_exported_and_events(store_file, case_id)
    assert exported is not None
    assert f"case_summary_exported {case_id} file" in events
    assert not any("Marisol" in e for e in events)


def test_export_a_case_summary_text_to_stdout(imported_case, monkeypatch, capsys) -> None:
    store_file, case_id = imported_case
    code, out, err = cli(
        monkeypatch,
        capsys,
        "export",
        case_id,
        "--format",
        "text",
        "--store",
        str(store_file),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 0, err
    assert "Marisol Example" in out and "caregiver, 10/15" in out
    exported, events = _case_exported_and_events(store_file, case_id)
    assert exported is not None and f"case_summary_exported {case_id} stdout" in events
