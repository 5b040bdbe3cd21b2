"""A canary typed into every field leaks nowhere: only the store (encrypted) and chosen files.

One unique canary per run, so a hit cannot come from another test. It goes into
every text field of a full interview through the store's named operations, out
through the JSON export (CLI), the password-protected PDF and the paste text,
into a backup; then the store is locked. The data folder, the temp folder (the
process's TMPDIR and anything new in the system temp folder), the home and
config folders and every log record are searched for it as raw bytes, in UTF-8
and UTF-16: zero hits outside the files the user chose.
"""

from __future__ import annotations

import io
import logging
import os
import secrets
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

import main
from app.content import load_content
from app.export import paste_sections, render_pdf, render_text
from app.model import Answer, Response
from app.store import Store
from app.store.backup import make_backup
from tests.helpers import PASSPHRASE, sqlcipher_pages
from tests.helpers.stores import full_record
from tests.helpers.trust import canary_hits

PDF_PASSWORD = "pdf-password-for-the-test"


def test_canary_in_every_field_is_found_nowhere_else(
    isolated: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    started = time.time() - 1
    canary = f"Cnry{secrets.token_hex(8)}"
    bank = load_content()
    new_store_path = isolated["data"] / "store.cec"

    store = Store.create(new_store_path, PASSPHRASE, PASSPHRASE)
    record = full_record(canary)
    record.content_version = bank.version
    interview_id = store.create_interview(record)
    # And through the autosave operations the window uses, one field at a time.
    store.set_answer(
        interview_id,
        "youth.open_ended.q03",
        Answer(Response.YES, f"{canary} own words", f"{canary} notes"),
    )
    store.set_narrative(interview_id, f"{canary} narrative, typed later")
    interview = store.load(interview_id)

    chosen = isolated["chosen"]
    pdf = chosen / "summary.pdf"
    render_pdf(interview, bank, pdf, password=PDF_PASSWORD)
    store.record_export(interview_id, "pdf", "file")
    paste = render_text(interview, bank) + "".join(s.text for s in paste_sections(interview, bank))
    make_backup(store, chosen / "backup.cec")
    store.lock()

    json_out = chosen / "interview.json"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main.main(
        [
            "export",
            interview_id,
            "--format",
            "json",
            "-o",
            str(json_out),
            "--store",
            str(new_store_path),
            "--passphrase-stdin",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err

    # The canary really went in and out (else the search below proves nothing).
    assert canary in paste
    assert canary in json_out.read_text(encoding="utf-8")
    reader = PdfReader(pdf)
    assert reader.is_encrypted and canary.encode() not in pdf.read_bytes()
    reader.decrypt(PDF_PASSWORD)
    assert canary in "".join(page.extract_text() for page in reader.pages)
    assert canary.encode() in sqlcipher_pages.plaintext(new_store_path, PASSPHRASE)

    # The search: everything but the user's chosen files.
    skip = {pdf, json_out, chosen / "backup.cec"}
    roots = [isolated[name] for name in ("data", "tmp", "home", "config")] + [chosen]
    assert canary_hits(roots, canary, skip) == []
    # Anything this process left in the real temp folder since the test began.
    system_tmp = Path(os.environ.get("PYTEST_SYSTEM_TMP", "/tmp"))
    assert canary_hits([system_tmp], canary, skip, since=started) == []
    # stdout/stderr of the CLI, and every log record of the run.
    assert canary not in out + err
    assert [r.getMessage() for r in caplog.records if canary in r.getMessage()] == []
    # The search itself finds a plain canary (else zero hits would mean nothing).
    (isolated["tmp"] / "probe.bin").write_bytes(canary.encode("utf-16-le"))
    assert len(canary_hits([isolated["tmp"]], canary, skip)) == 1
