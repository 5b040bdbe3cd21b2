"""Issue 15's "Done means": a Spanish caregiver interview and a Spanish youth interview
walked through in the real window with keys alone, and exported.

Every action is a key sent to whatever has the focus (tests/person.py). The contact's
language is typed into its Language field, reached with Tab; each question shows the
Spanish large and the guide's English beneath; the person's own words are typed in
Spanish (accents, ñ, ¿ and ¡ as characters) with the CSW's English rendering beneath
(Tab), a few questions switched to English first with Alt+E; Ctrl+E saves the PDF
through the file dialog with a path typed. Read back: the record from the file after
Ctrl+L, and the PDF with pypdf, which keeps the questions in English, states the
contact's language and prints each own words with "CSW's English rendering" beneath.
All people are fictional.
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests import person
from tests.helpers import PASSPHRASE, YOUTH_NAMES
from tests.helpers.screens import shots_dir
from tests.helpers.walk import ALT, CTRL, SHIFT, Walk, flat, saved_record
from tests.helpers.window import open_window
from ui.main_window import Mode

# Offscreen, Qt's own file dialog cannot raise its completer or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


PASSWORD = "ceiba 7"
SWITCHED = (2, 9, 16)  # questions put English first with Alt+E (0-based)


CAREGIVER_WORDS = [
    (
        "¿Mi hija? Sí — ¡claro que sí! Llega tarde.",
        "My daughter? Yes, of course! She comes home late.",
    ),
    (
        "No sé, señora; dice que trabaja en un salón de uñas.",
        "I don't know, ma'am; she says she works at a nail salon.",
    ),
    (
        "Ayer llegó con un teléfono nuevo, ¿de dónde?",
        "Yesterday she came with a new phone, from where?",
    ),
]
YOUTH_WORDS = [
    ("Pues, más o menos. ¿Y tú qué quieres saber?", "Well, so-so. And what do you want to know?"),
    (
        "Con mi novio y sus amigos; son mayores, ¡pero son buena onda!",
        "With my boyfriend and his friends; they're older, but they're cool!",
    ),
    ("En casa de una señora, a veces en el coche.", "At a lady's house, sometimes in the car."),
]


def _said(words: list[tuple[str, str]], n: int) -> tuple[str, str]:
    """Own words as said, in Spanish, and the CSW's English rendering (numbered)."""
    said, rendered = words[n % len(words)]
    return f"{said} ({n + 1})", f"{rendered} ({n + 1})"


def _unlock(qtbot, window) -> None:  # noqa: ANN001
    person.type_keys(qtbot, PASSPHRASE + "\n")  # the cursor is in the passphrase
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)


def _walk_questions(
    qtbot, walk: Walk, view, es, ids: list[str], panel: str, words, shots: Path
) -> dict:  # noqa: ANN001
    """Each question: Spanish large, the guide's English beneath; the own words typed in
    Spanish, Tab, the English rendering; some switched to English first with Alt+E.
    The first question and the first one switched are grabbed to ``shots`` (to look at)."""
    card = view.panel(panel).card
    typed = {}
    for n, item_id in enumerate(ids):
        assert view.current_panel() == f"{panel}/{item_id}"
        english = view.bank.item(item_id).text
        assert card.question.text() == es.get(item_id).text, item_id
        assert card.question_beneath.text() == english
        assert card.question.font().pointSizeF() > card.question_beneath.font().pointSizeF()
        assert card.review_note.isVisible()  # "Draft translation, pending county review"
        assert person.focused() is card.own_words
        typed[item_id] = _said(words, n)
        person.type_words(qtbot, typed[item_id][0] + "\t" + typed[item_id][1])
        assert person.focused() is card.english_rendering
        if n == 0:
            assert view.window().grab().save(str(shots / f"{panel}-spanish-card.png"))
        if n in SWITCHED:
            person.press(qtbot, Qt.Key.Key_E, ALT)
            assert card.question.text() == english
            assert card.question_beneath.text() == es.get(item_id).text
            if n == SWITCHED[0]:
                assert view.window().grab().save(str(shots / f"{panel}-english-first.png"))
        walk.next()
    return typed


def _export_pdf(qtbot, walk: Walk, window, path: Path, shots: Path) -> list[str]:  # noqa: ANN001
    """Ctrl+E, step 4, a password, Save PDF…, the path typed into the file dialog (the
    dialog's Save page is grabbed to ``shots``)."""
    statuses: list[str] = []

    def export(dialog) -> None:  # noqa: ANN001
        person.press(qtbot, Qt.Key.Key_4, ALT)  # &4 Save or print
        person.press(qtbot, Qt.Key.Key_A, ALT)  # P&assword, then its confirmation
        person.type_keys(qtbot, f"{PASSWORD}\t{PASSWORD}")
        assert dialog.grab().save(str(shots / f"export-{path.stem}.png"))
        walk.when_dialog(walk.save_as(path), over=dialog)
        person.press(qtbot, Qt.Key.Key_P, ALT)  # Save &PDF…
        qtbot.waitUntil(path.exists, timeout=10000)
        walk.back_to(dialog)
        statuses.append(dialog.save_page.status.text())
        person.press(qtbot, Qt.Key.Key_Escape)

    walk.when_dialog(export)
    person.press(qtbot, Qt.Key.Key_E, CTRL)
    assert not walk.strays, walk.strays
    walk.back_to(window)
    return statuses


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    assert reader.is_encrypted
    reader.decrypt(PASSWORD)
    text = flat("\n".join(page.extract_text() for page in reader.pages))
    # Each page's footer, wherever a page break fell (between a quote and its rendering).
    return re.sub(r" ?Confidential — contains information about a minor Page \d+ of \d+ "
                  r"Produced [-\d]+ [:\d]+ UTC Content version \S+ ?", " ", text)  # fmt: skip


def _check_pdf(pdf: str, bank, es, typed: dict, language: str) -> None:  # noqa: ANN001
    # The contact's table: "Language" and the language as typed, side by side.
    assert f"Language {language}" in pdf, pdf[:600]
    for item_id, (said, rendered) in typed.items():
        quote = flat(f"“{said}”")
        mark = flat(f"CSW's English rendering: {rendered}")
        assert quote in pdf and mark in pdf, item_id
        between = pdf[pdf.index(quote) + len(quote) : pdf.index(mark)]
        assert len(between) <= 5, (item_id, between)  # the rendering right beneath
        assert flat(bank.item(item_id).text) in pdf, item_id  # the question stays English
        assert flat(es.get(item_id).text) not in pdf, item_id


def test_a_spanish_caregiver_interview_by_keys_alone(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    bank,  # noqa: ANN001
    tmp_path: Path,
    walk: Walk,
) -> None:
    es = bank.languages["es"]
    shots = shots_dir(tmp_path)  # CEC_SCREENSHOTS=/folder keeps the grabs
    window = open_window(qtbot, store_path, ini_settings)
    _unlock(qtbot, window)
    # The list's search has the cursor: the youth's name, Enter to the table, Enter.
    person.type_keys(qtbot, YOUTH_NAMES[0] + "\n")
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.CASE)

    def new_contact(dialog) -> None:  # noqa: ANN001
        # "Interview with" offers the caregiver after the youth; Tab on, Language typed.
        assert person.focused().accessibleName() == "Interview with"
        assert person.focused().currentText() == "A parent or caregiver"
        person.type_words(qtbot, "\tSra. Ficticia Peña\tmother\t11/25/2026\t1000\t11:00 am\t\t")
        person.type_words(qtbot, "\tHome visit\t")
        assert person.focused().accessibleName() == "Language"
        person.type_words(qtbot, "Español\t\tCSW Walker\tCaregiver interview\tSra. Peña, CSW\n")

    walk.when_dialog(new_contact)
    person.press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW)
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))
    view = window.view
    while view.current_panel() != "caregiver/caregiver.q01":
        walk.next()
    ids = [i.id for i in bank.section("caregiver.questions").items]
    assert len(ids) == 21
    typed = _walk_questions(qtbot, walk, view, es, ids, "caregiver", CAREGIVER_WORDS, shots)
    pdf_path = tmp_path / "caregiver_es.pdf"
    contact_id = window.interview_id
    (status,) = _export_pdf(qtbot, walk, window, pdf_path, shots)
    assert "password protected" in status
    person.press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED)

    saved = saved_record(store_path, contact_id)
    assert saved.contact.language == "Español"
    assert (saved.interviewee.name, saved.interviewee.relationship) == (
        "Sra. Ficticia Peña",
        "mother",
    )
    for item_id, (said, rendered) in typed.items():
        answer = saved.answers[item_id]
        assert (answer.own_words, answer.english_rendering) == (said, rendered), item_id
    _check_pdf(_pdf_text(pdf_path), bank, es, typed, saved.contact.language)


def test_a_spanish_youth_interview_by_keys_alone(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    bank,  # noqa: ANN001
    tmp_path: Path,
    walk: Walk,
) -> None:
    es = bank.languages["es"]
    shots = shots_dir(tmp_path)  # CEC_SCREENSHOTS=/folder keeps the grabs
    window = open_window(qtbot, store_path, ini_settings)
    _unlock(qtbot, window)

    def new_interview(dialog) -> None:  # noqa: ANN001
        # A new case: the youth, who is interviewed (the youth), the contact with its
        # language typed in Spanish, lower case as a CSW may type it.
        person.type_words(qtbot, "L.M.\tLuna\t5/5/11\t0600-2468-1357-9753124\t\t")
        person.type_words(qtbot, "\t\t\t11/26/2026\t1600\t5 pm\t\t\tOficina de la escuela\t")
        assert person.focused().accessibleName() == "Language"
        person.type_words(qtbot, "español\t\tCSW Walker\tPrimer contacto\tL.M., CSW\n")

    walk.when_dialog(new_interview)
    person.press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW)
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))
    view = window.view
    while view.current_panel() != "youth/youth.open_ended.q01":
        walk.next()
    open_ended = [i.id for i in bank.section("youth.open_ended").items]
    specific = [i.id for i in bank.section("youth.specific").items]
    assert (len(open_ended), len(specific)) == (13, 14)
    # The youth is spoken to with "tú" (docs/content.md): never "usted" in their questions.
    assert not [i for i in open_ended + specific if "usted" in es.get(i).text.lower()]
    typed = _walk_questions(
        qtbot, walk, view, es, open_ended + specific, "youth", YOUTH_WORDS, shots
    )
    pdf_path = tmp_path / "youth_es.pdf"
    contact_id = window.interview_id
    (status,) = _export_pdf(qtbot, walk, window, pdf_path, shots)
    assert "password protected" in status
    person.press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED)

    saved = saved_record(store_path, contact_id)
    assert saved.contact.language == "español" and saved.youth.name == "L.M."
    for item_id, (said, rendered) in typed.items():
        answer = saved.answers[item_id]
        assert (answer.own_words, answer.english_rendering) == (said, rendered), item_id
    _check_pdf(_pdf_text(pdf_path), bank, es, typed, saved.contact.language)
