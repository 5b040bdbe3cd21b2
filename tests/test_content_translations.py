"""Translations beside the English (issue 15): complete, no placeholders, tú/usted, the CLI."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from pathlib import Path

import pytest

from app import paths
from app.cli import run_cli
from app.content import ContentError, load_content
from app.content.dump import bank_to_dict

CONTENT = paths.data_dir() / "content"
ES = Path("i18n") / "es"
DRAFT = "Draft translation, pending county review"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    dest = tmp_path / "content"
    shutil.copytree(CONTENT, dest)
    return dest


def edit(folder: Path, name: str | Path, change) -> None:
    file = folder / name
    data = json.loads(file.read_text(encoding="utf-8"))
    change(data)
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def spanish():
    return load_content().languages["es"]


def test_every_english_item_of_the_interviews_has_a_spanish_entry():
    bank = load_content()
    es = spanish()
    wanted = ("youth.rapport", "youth.open_ended", "youth.specific")
    wanted += ("caregiver.opening", "caregiver.questions")
    assert es.sections == wanted
    for section_id in wanted:
        section = bank.section(section_id)
        assert es.get(section.id) is not None
        for it in section.items:
            tr = es.get(it.id)
            assert tr is not None, it.id
            assert bool(tr.help) == bool(it.help), it.id  # the help line is translated too
            assert tr.review == "draft" and tr.review_label == DRAFT
    counts = {s: len(bank.section(s).items) for s in wanted}
    assert counts["youth.open_ended"] == 13 and counts["youth.specific"] == 14
    assert counts["caregiver.questions"] == 21 and counts["caregiver.opening"] == 8
    assert len(es.entries) == 5 + 1 + 13 + 14 + 8 + 21


def test_an_english_item_without_a_spanish_entry_fails(copy):
    edit(copy, ES / "caregiver.json", lambda d: d["entries"].pop("caregiver.q17"))
    with pytest.raises(ContentError, match=r"translations 'es': no entry .*caregiver\.q17"):
        load_content(copy)


def test_a_new_english_question_without_spanish_fails(copy):
    def add(d):
        d["sections"][1]["items"].append({"id": "caregiver.q22", "text": "Is there more?"})

    edit(copy, "caregiver.json", add)
    with pytest.raises(ContentError, match=r"no entry .*caregiver\.q22"):
        load_content(copy)


def test_a_spanish_entry_without_an_english_item_fails(copy):
    def add(d):
        d["entries"]["youth.open_ended.q14"] = {"text": "¿Qué más?", "review": "draft"}

    edit(copy, ES / "youth.json", add)
    with pytest.raises(ContentError, match=r"youth\.json: item 'youth\.open_ended\.q14': no Eng"):
        load_content(copy)


def test_a_spanish_entry_for_an_uncovered_section_fails(copy):
    # youth.techniques exists in English but Spanish does not cover it (yet): not silently kept
    def add(d):
        d["entries"]["youth.techniques.t03"] = {"text": "Evitar etiquetas.", "review": "draft"}

    edit(copy, ES / "youth.json", add)
    with pytest.raises(ContentError, match=r"'youth\.techniques\.t03': no English item"):
        load_content(copy)


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("", "text is empty"),
        ("   ", "text is empty"),
        ("How are you feeling?", "text is the English text"),
        ("how are  you feeling?", "text is the English text"),
        ("TODO", "text holds the placeholder 'TODO'"),
        ("¿Cómo te sientes? TODO revisar", "text holds the placeholder 'TODO'"),
        ("???", "text holds the placeholder '\\?\\?\\?'"),
    ],
)
def test_a_placeholder_translation_fails(copy, value, why):
    edit(copy, ES / "youth.json", lambda d: d["entries"]["youth.open_ended.q01"].update(text=value))
    with pytest.raises(ContentError, match=rf"'youth\.open_ended\.q01': {why}"):
        load_content(copy)


def test_english_kept_inside_a_help_line_fails(copy):
    english = load_content().item("youth.specific.q02").help

    def change(d):
        d["entries"]["youth.specific.q02"]["help"] = "Nota: " + english

    edit(copy, ES / "youth.json", change)
    with pytest.raises(ContentError, match=r"'youth\.specific\.q02': help still holds the English"):
        load_content(copy)


def test_a_missing_help_line_fails(copy):
    edit(copy, ES / "youth.json", lambda d: d["entries"]["youth.specific.q05"].pop("help"))
    with pytest.raises(ContentError, match=r"'youth\.specific\.q05': has \['text'\], the English"):
        load_content(copy)


def test_spanish_todo_in_lower_case_is_a_word_not_a_placeholder(copy):
    # "todo" means "all": only the upper-case marker is a placeholder
    edit(
        copy,
        ES / "youth.json",
        lambda d: d["entries"]["youth.specific.q06"].update(
            text="¿Alguna vez has trabajado y otra persona se quedó con todo el dinero?"
        ),
    )
    assert load_content(copy).languages["es"].get("youth.specific.q06").text.endswith("dinero?")


def test_an_unlisted_language_folder_fails(copy):
    (copy / "i18n" / "hy").mkdir()
    with pytest.raises(ContentError, match=r"translations not listed in the manifest: hy"):
        load_content(copy)


def test_a_new_language_is_data_only(copy):
    """Armenian (a county threshold language): a manifest entry and a file, no code."""
    es = json.loads((copy / ES / "caregiver.json").read_text(encoding="utf-8"))
    hy = {"language": "hy", "entries": {}}
    for id_, entry in es["entries"].items():
        hy["entries"][id_] = {k: f"{v} (hy)" if k != "review" else v for k, v in entry.items()}
    (copy / "i18n" / "hy").mkdir()
    (copy / "i18n" / "hy" / "caregiver.json").write_text(json.dumps(hy), encoding="utf-8")

    def add(d):
        d["translations"]["hy"] = {
            "name": "Հայերեն",
            "english_name": "Armenian",
            "aliases": ["hy", "armenian"],
            "files": ["caregiver.json"],
            "sections": ["caregiver.opening", "caregiver.questions"],
        }

    edit(copy, "manifest.json", add)
    bank = load_content(copy)
    assert bank.language_for("Armenian").code == "hy"
    assert bank.language_for("Հայերեն").get("caregiver.q08").text.endswith("(hy)")


@pytest.mark.parametrize("typed", ["Spanish", "spanish", "Español", "español", "es", " ES "])
def test_the_contact_language_as_typed_maps_to_spanish(typed):
    assert load_content().language_for(typed).code == "es"


@pytest.mark.parametrize("typed", ["", "English", "Tagalog", "Spanglish"])
def test_other_languages_stay_free_text(typed):
    assert load_content().language_for(typed) is None


# The tú/usted check, as far as a simple check can tell: words that only the other
# form uses. Youth are spoken to with "tú", caregivers with "usted" (docs/content.md).
TU_ONLY = re.compile(
    r"\b(?:tú|tu|tus|te|ti|contigo|eres|estás|tienes|quieres|puedes|sabes|has|haces|pasas|vas"
    r"|sales|consigues|\w+abas|\w+ías)\b"
)
USTED_ONLY = re.compile(r"\b(?:usted|ustedes|su|sus|le|les)\b|\b\w+(?:e|a)\s+usted\b")


def _words(text: str) -> str:
    return text.casefold()


def test_youth_questions_say_tu_never_usted():
    es = spanish()
    bank = load_content()
    for section in ("youth.open_ended", "youth.specific"):
        for it in bank.section(section).items:
            text = _words(es.get(it.id).text)
            assert TU_ONLY.search(text), (it.id, text)
            # "le" is also "to him/her" ("¿Le tienes miedo a alguien?"): only "usted" itself
            assert not re.search(r"\busted(?:es)?\b|\bsu\b|\bsus\b", text), (it.id, text)


def test_caregiver_questions_say_usted_never_tu():
    es = spanish()
    for it in load_content().section("caregiver.questions").items:
        text = _words(es.get(it.id).text)
        assert not TU_ONLY.search(text), (it.id, text)
        assert USTED_ONLY.search(text) or re.search(r"\bha\b|\bsabe\b", text), (it.id, text)


def test_rapport_examples_speak_to_the_youth_with_tu():
    text = spanish().get("youth.rapport.r01").text
    assert "“¿Cómo estás?”" in text and "“¿Quieres algo de tomar?”" in text


def test_no_label_the_guide_would_not_use():
    labels = re.compile(r"prostitut|delincuente|criminal|puta|víctima de explotación sexual")
    es = spanish()
    for it in load_content().section("youth.specific").items:
        assert not labels.search(es.get(it.id).text.casefold()), it.id


# --- python main.py content --lang es ------------------------------------------------


def test_cli_json_lists_every_entry_with_english_and_review(capsys):
    assert run_cli(["content", "--format", "json", "--lang", "es"]) == 0
    doc = json.loads(capsys.readouterr().out)
    bank = load_content()
    assert doc["version"] == bank.version
    assert doc["language"] == {"code": "es", "name": "Español", "english_name": "Spanish"}
    by_id = {e["id"]: e for e in doc["entries"]}
    assert len(by_id) == len(doc["entries"]) == len(bank.languages["es"].entries)
    q = by_id["caregiver.q08"]
    assert q["en"] == {"text": "Does your child run away?"}
    assert q["es"] == {"text": "¿Su hijo/a se escapa de la casa?"}
    assert q["review"] == "draft" and q["review_status"] == DRAFT
    assert by_id["youth.open_ended.q01"]["en"]["help"] == bank.item("youth.open_ended.q01").help
    assert by_id["youth.specific"]["en"]["intro"].startswith("If the youth is not forthcoming")
    assert all(e["review_status"] == DRAFT for e in doc["entries"])


def test_cli_text_puts_english_beside_each(capsys):
    assert run_cli(["content", "--format", "text", "--lang", "Spanish"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Content bank version ")
    assert "62 entries, 62 of them draft translations, pending county review" in out
    block = out.split("[caregiver.q08]", 1)[1].splitlines()
    assert block[0].strip() == f"({DRAFT})"
    assert block[1].strip() == "en: Does your child run away?"
    assert block[2].strip() == "es: ¿Su hijo/a se escapa de la casa?"


def test_cli_unknown_language_says_which_there_are(capsys):
    assert run_cli(["content", "--lang", "tl"]) == 2
    assert "no translation for 'tl'; there are: es (Spanish)" in capsys.readouterr().err


def test_cli_json_without_lang_is_the_bank_alone(capsys):
    """The contract: translations never leak into ``content --format json``."""
    assert run_cli(["content", "--format", "json"]) == 0
    out = capsys.readouterr().out
    bank = dataclasses.replace(load_content(), languages={})
    assert out == json.dumps(bank_to_dict(bank), ensure_ascii=False, indent=2) + "\n"
    assert "¿" not in out and "Draft translation" not in out
