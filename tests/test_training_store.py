"""Training is kept apart: its own SQLCipher file; the real store is never read or written."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import interchange
from app.model import Answer, Interview, Response, Youth
from app.store import InvalidValue, Store, WrongPassphrase
from app.training import (
    TRAINING_MARK,
    TrainingStore,
    TrainingStoreError,
    debrief,
    open_training_store,
    render_debrief_pdf,
    reset_training_store,
    scripted_interview,
    start_interview,
)
from app.training.exports import NotATrainingCase, export_json, export_pdf, export_text
from app.training.marking import is_marked_json, mark_text
from tests.helpers import PASSPHRASE

NOW = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)
# (was "correct horse battery staple 42": zxcvbn now refuses the printed example)


def _folder_digest(folder: Path) -> dict[str, tuple[str, int, int]]:
    out = {}
    for p in sorted(folder.rglob("*")):
        st = p.stat()
        digest = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        out[str(p.relative_to(folder))] = (digest, st.st_mtime_ns, stat.S_IMODE(st.st_mode))
    return out


def _real_store_with_one_interview(path: Path) -> str:
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    iid = store.create_interview(Interview(youth=Youth(name="R. Example")))
    store.set_answer(iid, "youth.open_ended.q01", Answer(Response.YES, "Fine."))
    store.lock()
    return iid


def test_a_whole_training_session_leaves_the_real_store_untouched(
    real_default, scenarios, bank
) -> None:
    _real_store_with_one_interview(real_default)
    before = _folder_digest(real_default.parent)

    tstore = open_training_store()  # the default: beside the real folder, not in it
    assert tstore.path == real_default.parent.parent / "cec-interview-assistant-training" / (
        "training.cec"
    )
    for sc in scenarios:
        iv = start_interview(sc, bank, NOW)
        iid = tstore.create_interview(iv)
        for qid, resp in list(sc.responses.items())[:3]:
            tstore.set_answer(iid, qid, Answer(resp.response, resp.words))
        loaded = tstore.load(iid)
        result = debrief(loaded, sc, bank, NOW, visited_panels=["contact", "youth"])
        render_debrief_pdf(result, tstore.path.parent / f"{sc.id}-debrief.pdf")
        export_json(loaded, bank, NOW)
    assert len(tstore.list_interviews()) == len(scenarios) == 7  # issue 14: the case scenario
    assert all(s.training for s in tstore.list_interviews())
    tstore.lock()

    assert _folder_digest(real_default.parent) == before
    # The real store still opens with its own passphrase and holds only its own record.
    real = Store.open(real_default, PASSPHRASE)
    assert [s.youth_name for s in real.list_interviews()] == ["R. Example"]
    real.lock()


def test_files_are_owner_only_and_reopen_with_the_key_file(tmp_path, scenarios, bank) -> None:
    path = tmp_path / "t" / "training.cec"
    tstore = open_training_store(path)
    iid = tstore.create_interview(scripted_interview(scenarios[0], bank, NOW))
    tstore.lock()
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    for f in (path, path.parent / "training.key"):
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600
    again = open_training_store(path)
    assert isinstance(again, TrainingStore) and again.load(iid).training is True
    again.lock()
    # The key is random per install: the file does not open with any other key.
    with pytest.raises(WrongPassphrase):
        Store.open(path, "0" * 64)


def test_a_real_store_refuses_a_training_case_and_the_reverse(real_default, tmp_path,
                                                              scenarios, bank) -> None:  # fmt: skip
    _real_store_with_one_interview(real_default)
    real = Store.open(real_default, PASSPHRASE)
    tstore = open_training_store(tmp_path / "t" / "training.cec")
    case = scripted_interview(scenarios[0], bank, NOW)
    with pytest.raises(InvalidValue, match="refuses a training case"):
        real.create_interview(case)
    real_iv = real.load(real.list_interviews()[0].id)
    with pytest.raises(InvalidValue, match="training store"):
        tstore.create_interview(real_iv)
    # Exported JSON cannot be moved across either.
    doc = export_json(tstore.load(tstore.create_interview(case)), bank, NOW)
    with pytest.raises(InvalidValue, match="refuses a training case"):
        interchange.import_interview(real, interchange.loads(interchange.dumps(doc)))
    real_doc = interchange.interview_to_dict(real_iv, bank, NOW)
    with pytest.raises(InvalidValue, match="refuses a real interview"):
        interchange.import_interview(tstore, real_doc)
    assert len(real.list_interviews()) == 1 and len(tstore.list_interviews()) == 1
    real.lock()
    tstore.lock()


def test_training_never_lives_in_the_real_folder(real_default) -> None:
    for bad in (real_default, real_default.parent / "training.cec",
                real_default.parent / "sub" / "training.cec"):  # fmt: skip
        with pytest.raises(TrainingStoreError, match="kept apart"):
            open_training_store(bad)
    assert not real_default.parent.exists()  # nothing was created there


def test_a_missing_key_is_explained_and_reset_starts_fresh(tmp_path) -> None:
    path = tmp_path / "t" / "training.cec"
    open_training_store(path).lock()
    (path.parent / "training.key").unlink()
    with pytest.raises(TrainingStoreError, match="key file is missing"):
        open_training_store(path)
    reset_training_store(path)
    assert not path.exists()
    fresh = open_training_store(path)
    assert fresh.list_interviews() == []
    fresh.lock()


def test_every_export_in_training_is_marked(tmp_path, scenarios, bank) -> None:
    from pypdf import PdfReader

    case = scripted_interview(scenarios[3], bank, NOW)
    doc = export_json(case, bank, NOW)
    interchange.validate(doc)  # still the interchange format, so imports refuse it clearly
    assert is_marked_json(doc) and doc["interview"]["training"] is True
    assert doc["interview"]["narrative"].startswith(TRAINING_MARK)
    assert doc["interview"]["contact"]["purpose"].startswith(TRAINING_MARK)
    text = export_text(case, bank, NOW)
    assert text.startswith(TRAINING_MARK)
    marked = mark_text("x")
    assert marked.startswith(TRAINING_MARK) and marked.rstrip().endswith(TRAINING_MARK)
    pdf = tmp_path / "summary.pdf"
    export_pdf(case, bank, pdf, now=NOW)
    pages = PdfReader(str(pdf)).pages
    assert pages and all(TRAINING_MARK in p.extract_text() for p in pages)
    real = Interview(youth=Youth(name="R. Example"))
    for export in (export_json, export_text):
        with pytest.raises(NotATrainingCase):
            export(real, bank, NOW)
    with pytest.raises(NotATrainingCase):
        export_pdf(real, bank, tmp_path / "never.pdf")
    assert not (tmp_path / "never.pdf").exists()
