"""The CSW's English rendering of a person's own words (issue 15): store, migration 0008,
summary (text, paste, PDF), interchange, and the Spanish labels of the language check."""

from __future__ import annotations

import copy
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader

from app import interchange, interchange_v2, model
from app.export import render_pdf, render_text
from app.export.language import apply_fix, check_language, quoted_terms
from app.store import Store, migrate
from app.store.engine import KeyHolder, make_engine
from tests.helpers import PASSPHRASE
from tests.helpers.records import full_interview

NOW = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent
SAID = "Se va con unos muchachos más grandes y llega con ropa nueva que yo no le compré."
RENDERED = "She leaves with some older guys and comes back with new clothes I did not buy her."


def spanish_caregiver(tag: str = "ES") -> model.Interview:
    iv = full_interview(tag)
    iv.interviewee = model.Interviewee(
        type=model.IntervieweeType.CAREGIVER, name="Rosa Ejemplo", relationship="mother"
    )
    iv.contact.language = "Español"
    iv.answers["caregiver.q01"] = model.Answer(
        model.Response.YES, SAID, "Mother cried when she said it.", None,
        english_rendering=RENDERED,
    )  # fmt: skip
    return iv


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_the_rendering_is_stored_and_read_back(store: Store) -> None:
    iv = spanish_caregiver()
    contact = store.create_interview(iv)
    store.set_answer(
        contact,
        "caregiver.q08",
        model.Answer(model.Response.YES, "A veces.", "", None, "", "Sometimes."),
    )
    path = store.path
    store.lock()
    again = Store.open(path, PASSPHRASE)
    try:
        loaded = again.load(contact)
        assert loaded.answers["caregiver.q01"].own_words == SAID
        assert loaded.answers["caregiver.q01"].english_rendering == RENDERED
        assert loaded.answers["caregiver.q08"].english_rendering == "Sometimes."
    finally:
        again.lock()


def test_a_store_of_schema_0007_migrates_losing_nothing(store: Store) -> None:
    """A store as ``next``'s code left it (0007: no rendering column) opens at 0008."""
    iv = full_interview("OLD7")
    contact = store.create_interview(iv)
    before = store.load(contact)
    path = store.path
    store.lock()
    engine = make_engine(path, KeyHolder(PASSPHRASE))
    try:
        with engine.connect() as conn:
            command.downgrade(migrate.alembic_config(conn), "0007")
            conn.commit()
            assert migrate.current_revision(conn) == "0007"
            for table in ("answers", "determinations"):
                cols = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
                assert "own_words" in cols and "english_rendering" not in cols
    finally:
        engine.dispose()
    reopened = Store.open(path, PASSPHRASE)
    try:
        after = reopened.load(contact)
        assert after == before  # every answer, finding and text as it was
        assert all(a.english_rendering == "" for a in after.answers.values())
        # the search index of 0007 still works on the migrated tables
        assert ("answers", "own_words") in {
            (h.part, h.field) for h in reopened.search_all("old7-own")
        }
        reopened.set_answer(
            contact, "youth.open_ended.q01",
            model.Answer(model.Response.YES, "x", "", None, "", "after the migration"),
        )  # fmt: skip
        assert reopened.load(contact).answers["youth.open_ended.q01"].english_rendering
        # ... and the rendering typed after the migration is searched (0008's triggers)
        hits = reopened.search_all("migration")
        assert [(h.part, h.field) for h in hits] == [("answers", "english_rendering")]
    finally:
        reopened.lock()
    engine = make_engine(path, KeyHolder(PASSPHRASE))
    try:
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == "0008"
    finally:
        engine.dispose()


def test_the_summary_prints_own_words_then_the_rendering(bank, tmp_path: Path) -> None:
    iv = spanish_caregiver()
    text = render_text(iv, bank, now=NOW)
    quote = f"\u201c{SAID}\u201d"
    mark = f"CSW's English rendering: {RENDERED}"
    assert quote in text and mark in text
    assert text.index(quote) < text.index(mark) < text.index("CSW notes: Mother cried")
    assert "Language: Español" in text

    result = render_pdf(iv, bank, tmp_path / "es.pdf", now=NOW)
    pages = [p.extract_text() or "" for p in PdfReader(str(result.path)).pages]
    whole = _flat(" ".join(pages))
    assert _flat(quote) in whole and _flat(mark) in whole
    assert whole.index(_flat(quote)) < whole.index(_flat(mark))
    assert "Language Español" in whole or "Language: Español" in whole
    # The PDF stays English: the question is the guide's English text
    assert "Have you noticed clothing/jewelry/other material goods" in whole


def test_no_rendering_no_mark(bank) -> None:
    iv = spanish_caregiver()
    iv.answers["caregiver.q01"].english_rendering = ""
    assert "CSW's English rendering" not in render_text(iv, bank, now=NOW)


def test_interchange_v2_carries_the_rendering(store: Store, bank) -> None:
    contact = store.create_interview(spanish_caregiver())
    case_id = store.load(contact).case_id
    doc = interchange_v2.export_case(store, case_id, bank, NOW)
    answer = doc["contacts"][0]["answers"]["caregiver.q01"]
    assert answer["own_words"] == SAID and answer["english_rendering"] == RENDERED
    changed = copy.deepcopy(doc)
    changed["contacts"][0]["answers"]["caregiver.q01"]["english_rendering"] = "Edited."
    done = interchange_v2.import_document(store, interchange.loads(interchange.dumps(changed)),
                                          update=True)  # fmt: skip
    loaded = store.load(done.contact_ids[0])
    assert loaded.answers["caregiver.q01"].english_rendering == "Edited."


@pytest.mark.parametrize("example", ["case-v2.json", "interview-example.json"])
def test_files_without_the_field_still_import(store: Store, example: str) -> None:
    data = interchange.read_file(ROOT / "docs" / "examples" / example)
    answers = (
        [c["answers"] for c in data["contacts"]] + [data["case"]["determinations"]]
        if "contacts" in data
        else [data["interview"]["answers"]]
    )
    removed = 0
    for group in answers:
        for answer in group.values():
            removed += answer.pop("english_rendering", None) is not None
    assert removed  # the examples carry it; a file written before issue 15 does not
    done = interchange_v2.import_document(store, data)
    for contact_id in done.contact_ids:
        assert all(a.english_rendering == "" for a in store.load(contact_id).answers.values())


# --- the language check knows Spanish labels --------------------------------------


def test_spanish_labels_in_the_csws_notes_are_flagged(bank) -> None:
    iv = spanish_caregiver()
    iv.narrative = "La mamá cree que la joven es una prostituta y que su novio es pandillero."
    iv.answers["caregiver.q05"] = model.Answer(notes="Dice que es delincuente.")
    found = {(f.path, f.term_id, f.matched) for f in check_language(iv, bank)}
    assert ("narrative", "es_prostituta", "prostituta") in found
    assert ("narrative", "es_pandillero", "es pandillero") in found
    assert ("answers[caregiver.q05].notes", "es_delincuente", "delincuente") in found


def test_spanish_labels_in_own_words_are_information_only_never_changed(bank) -> None:
    iv = spanish_caregiver()
    said = "Mi hija no es una prostituta, ni su novio es pandillero."
    iv.answers["caregiver.q03"] = model.Answer(
        model.Response.YES, said, "", None, english_rendering="My daughter is not a prostitute."
    )
    assert not [f for f in check_language(iv, bank) if "caregiver.q03" in f.path]
    info = quoted_terms(iv)
    assert {(f.field, f.term_id) for f in info if f.key == "caregiver.q03"} == {
        ("own_words", "es_prostituta"),
        ("own_words", "es_pandillero"),
        ("english_rendering", "prostitute"),
    }
    assert all(f.replacement is None for f in info)
    with pytest.raises(KeyError):  # a quote is not the CSW's text: no fix applies to it
        apply_fix(iv, info[0], "joven")
    assert iv.answers["caregiver.q03"].own_words == said
    text = render_text(iv, bank, now=NOW)
    assert said in text  # printed as said


def test_ordinary_spanish_words_are_not_labels(bank) -> None:
    iv = spanish_caregiver()
    iv.narrative = (
        "La computadora de la familia; una disputa en la escuela; su reputación; "
        "explotación sexual comercial; la joven habló de su novio."
    )
    assert [f.term_id for f in check_language(iv, bank) if f.path == "narrative"] == []


def test_the_rendering_is_searched_like_the_own_words(store: Store) -> None:
    # The CSW typed it: the search finds it, follows an edit and forgets a removal.
    contact = store.create_interview(spanish_caregiver())

    def fields(word: str) -> set[tuple[str, str]]:
        return {(h.part, h.field) for h in store.search_all(word)}

    assert ("answers", "english_rendering") in fields("clothes")
    assert ("answers", "own_words") in fields("ropa")  # the Spanish, as said
    store.set_answer(
        contact, "caregiver.q01",
        model.Answer(model.Response.YES, SAID, "", None, english_rendering="New shoes."),
    )  # fmt: skip
    assert ("answers", "english_rendering") not in fields("clothes")
    assert ("answers", "english_rendering") in fields("shoes")
    store.set_answer(contact, "caregiver.q01", model.Answer(model.Response.YES, SAID, "", None))
    assert fields("shoes") == set()


def test_a_page_never_ends_between_the_own_words_and_their_rendering(bank, tmp_path: Path) -> None:
    """The rendering is read as belonging to the quote above it: a page break between
    them leaves a reader with Spanish on one page and an unexplained English line on
    the next (seen in the keys-only Spanish walk, caregiver q08). Answers of many
    lengths, so that page breaks fall at many places through the questions."""
    iv = spanish_caregiver()
    ids = [i.id for i in bank.section("caregiver.questions").items]
    assert len(ids) == 21  # the guide's 21 caregiver questions
    for n, qid in enumerate(ids):
        said = f"Respuesta {n}: " + "la muchacha llega tarde y no dice dónde estuvo. " * (1 + n % 7)
        rendered = f"Answer {n}: " + "the girl comes home late and does not say where. " * (
            1 + n % 7
        )
        iv.answers[qid] = model.Answer(
            model.Response.YES, said, "", None, english_rendering=rendered
        )
    result = render_pdf(iv, bank, tmp_path / "breaks.pdf", now=NOW)
    pages = [_flat(p.extract_text() or "") for p in PdfReader(str(result.path)).pages]
    assert len(pages) > 3
    for n in range(len(ids)):
        said_on = [k for k, page in enumerate(pages) if f"Respuesta {n}:" in page]
        mark_on = [k for k, page in enumerate(pages) if f"rendering: Answer {n}:" in page]
        assert said_on and mark_on, n
        assert mark_on[0] == said_on[0], (
            f"answer {n}: quote begins on page {said_on[0] + 1}, its rendering on {mark_on[0] + 1}"
        )
