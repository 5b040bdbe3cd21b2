"""Issue 15, as a person: a caregiver interviewed in Spanish, with the keyboard.

The CSW sets the contact's language to "Español" on the contact panel; the question
panels then show the Spanish question large, the English small beneath, the guide's
technique beside and, quietly, "Draft translation, pending county review". A
per-question switch (Alt+E, or the button reached with the keyboard) puts English
first. The caregiver's own words are typed in Spanish and the CSW's English
rendering beneath them; the record is read back after a lock, and the contact
summary holds both, the rendering marked as the CSW's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.export import render_text
from app.model import Answer, Contact, Interview, Interviewee, IntervieweeType, Response, Youth
from tests.helpers.interview import open_view, reopen
from tests.person import click_at, focused, press, screen_point, type_keys
from ui.export import dialog as export_dialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

DRAFT = "Draft translation, pending county review"
SAID_Q01 = "Sí, trae unos tenis y un celular nuevo; dice que se los regaló una amiga."
RENDER_Q01 = "Yes, she brings new sneakers and a new cell phone; says a friend gave them."
SAID_Q02 = "Falta mucho. La escuela me ha llamado tres veces este mes."
RENDER_Q02 = "She misses a lot. The school has called me three times this month."


def _caregiver_contact(store, bank) -> str:  # noqa: ANN001
    youth_id = store.create_interview(
        Interview(
            content_version=bank.version,
            youth=Youth(name="L.M.", referral_number="0100-2222-4444"),
            interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
            contact=Contact(date=date(2026, 11, 12)),
        )
    )
    return store.new_contact(
        store.load(youth_id).case_id,
        Interviewee(type=IntervieweeType.CAREGIVER, name="Sra. Ficticia", relationship="mother"),
        Contact(date=date(2026, 11, 14)),
        bank.version,
    )


def type_words(qtbot, text: str) -> None:  # noqa: ANN001
    """type_keys, and letters beyond ASCII (ñ, í, ¿) as a keyboard layout sends them:
    a key event carrying the text, to whatever has the focus."""
    for ch in text:
        if ch.isascii():
            type_keys(qtbot, ch)
        else:
            for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
                QTest.sendKeyEvent(
                    action, focused(), Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
                )
            QApplication.processEvents()


def _next(qtbot) -> None:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_spanish_caregiver_interview_with_keys_alone(qtbot, store, bank) -> None:  # noqa: ANN001
    es = bank.languages["es"]
    contact_id = _caregiver_contact(store, bank)
    view = open_view(qtbot, store, bank, contact_id)
    assert view.current_panel() == "contact"
    # The person looks for the Language field and clicks into it, then types.
    click_at(qtbot, screen_point(view.panel("contact").form.language))
    assert focused().accessibleName().replace("&", "") == "Language"
    type_words(qtbot, "Español")
    _next(qtbot)
    while view.current_panel() != "caregiver/caregiver.q01":
        _next(qtbot)

    card = view.panel("caregiver").card
    q01 = bank.item("caregiver.q01")
    assert card.question.text() == es.get("caregiver.q01").text  # Spanish, large
    assert card.question_beneath.text() == q01.text  # the guide's English beneath
    assert card.question_beneath.isVisible() and card.review_note.isVisible()
    assert card.review_note.text() == DRAFT
    assert card.question.font().pointSizeF() > card.question_beneath.font().pointSizeF()
    assert card.help.text()  # the guide's technique beside both
    assert card.english_rendering.isVisible()

    # Own words in Spanish, Tab, the English rendering, Tab, notes.
    assert focused() is card.own_words
    type_words(qtbot, SAID_Q01 + "\t" + RENDER_Q01 + "\tSeñora habló con calma.")
    assert focused() is card.notes
    # The per-question switch: Alt+E puts English first on this question only.
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert card.question.text() == q01.text
    assert card.question_beneath.text() == es.get("caregiver.q01").text
    assert card.language_switch.text() == "Español first"
    _next(qtbot)
    assert view.current_panel() == "caregiver/caregiver.q02"
    assert card.question.text() == es.get("caregiver.q02").text  # the next is Spanish first
    # The switch is reachable with Tab too: back from the own words onto the button.
    assert focused() is card.own_words
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is card.language_switch
    press(qtbot, Qt.Key.Key_Space)
    assert card.question.text() == bank.item("caregiver.q02").text
    press(qtbot, Qt.Key.Key_Space)
    assert card.question.text() == es.get("caregiver.q02").text
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is card.own_words
    type_words(qtbot, SAID_Q02 + "\t" + RENDER_Q02)
    # Back on q01 (Alt+Left) it is still English first, as the CSW left it.
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_panel() == "caregiver/caregiver.q01"
    assert card.question.text() == q01.text
    assert view.flush()
    view.close()

    saved = reopen(store, bank, contact_id)
    assert saved.contact.language == "Español"
    a1, a2 = saved.answers["caregiver.q01"], saved.answers["caregiver.q02"]
    assert (a1.own_words, a1.english_rendering) == (SAID_Q01, RENDER_Q01)
    assert a1.notes == "Señora habló con calma."
    assert (a2.own_words, a2.english_rendering) == (SAID_Q02, RENDER_Q02)

    text = render_text(saved, bank, now=datetime(2026, 11, 20, 19, 0, tzinfo=UTC))
    assert "Language: Español" in text
    for said, rendered in ((SAID_Q01, RENDER_Q01), (SAID_Q02, RENDER_Q02)):
        quote, mark = f"\u201c{said}\u201d", f"CSW's English rendering: {rendered}"
        assert quote in text and mark in text and text.index(quote) < text.index(mark)
    assert q01.text in text  # the summary stays English


def test_an_english_contact_shows_no_translation_and_no_rendering(qtbot, store, bank) -> None:  # noqa: ANN001
    contact_id = _caregiver_contact(store, bank)
    view = open_view(qtbot, store, bank, contact_id)
    view.open_panel("caregiver")
    panel = view.panel("caregiver")
    panel.open_page("caregiver.q03")
    card = panel.card
    assert card.question.text() == bank.item("caregiver.q03").text
    assert not card.question_beneath.isVisible() and not card.translation_row.isVisible()
    assert not card.english_rendering.isVisible()
    view.close()


def test_a_language_without_a_translation_keeps_english_and_offers_the_rendering(
    qtbot, store, bank
) -> None:  # noqa: ANN001
    contact_id = _caregiver_contact(store, bank)
    view = open_view(qtbot, store, bank, contact_id)
    click_at(qtbot, screen_point(view.panel("contact").form.language))
    type_keys(qtbot, "Tagalog")
    view.open_panel("caregiver")
    panel = view.panel("caregiver")
    panel.open_page("caregiver.q03")
    assert panel.card.question.text() == bank.item("caregiver.q03").text
    assert not panel.card.translation_row.isVisible()
    assert panel.card.english_rendering.isVisible()  # free text: any other language
    assert view.flush()
    view.close()


def test_the_opening_guidance_shows_in_spanish_with_the_guides_words_beneath(
    qtbot, store, bank
) -> None:  # noqa: ANN001
    contact_id = _caregiver_contact(store, bank)
    view = open_view(qtbot, store, bank, contact_id)
    click_at(qtbot, screen_point(view.panel("contact").form.language))
    type_keys(qtbot, "Spanish")
    _next(qtbot)
    while view.current_panel() != "caregiver/guide.caregiver.opening":
        _next(qtbot)
    text = view.panel("caregiver").guide.text()
    es = bank.languages["es"]
    purpose = bank.item("caregiver.opening.purpose")
    assert f"• {es.get(purpose.id).text}\n    ({purpose.text})" in text
    assert text.endswith(DRAFT)
    assert view.flush()
    view.close()


def test_the_export_lists_spanish_labels_in_quotes_for_information_only(qtbot, store, bank) -> None:  # noqa: ANN001
    contact_id = _caregiver_contact(store, bank)
    said = "Dicen que mi hija es una prostituta, pero ella no es así."
    store.set_answer(
        contact_id,
        "caregiver.q05",
        Answer(Response.YES, said, "La mamá dice que la joven es pandillero.", None),
    )
    view = open_view(qtbot, store, bank, contact_id)
    seen: list[tuple[list[str], str, bool]] = []

    def drive(dlg) -> None:  # noqa: ANN001
        page = dlg.language
        seen.append(
            ([f.term_id for f in page.findings], page.quoted.text(), page.quoted.isVisibleTo(dlg))
        )
        dlg.reject()

    export_dialog.drive_dialog = drive
    try:
        press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    finally:
        export_dialog.drive_dialog = None
    ((terms, quoted, visible),) = seen
    assert terms == ["es_pandillero"]  # the CSW's note: a finding to review
    assert visible and "“prostituta”" in quoted and "Kept as they said them" in quoted
    assert store.load(contact_id).answers["caregiver.q05"].own_words == said
    view.close()


def test_a_spanish_youth_interview_with_keys_alone(qtbot, store, bank) -> None:  # noqa: ANN001
    es = bank.languages["es"]
    youth_id = store.create_interview(
        Interview(
            content_version=bank.version,
            youth=Youth(name="L.M."),
            interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
            contact=Contact(date=date(2026, 11, 12)),
        )
    )
    view = open_view(qtbot, store, bank, youth_id)
    click_at(qtbot, screen_point(view.panel("contact").form.language))
    type_keys(qtbot, "es")
    assert focused().text() == "español"  # completed inline (typed case kept), no popup
    _next(qtbot)
    while view.current_panel() != "youth/youth.open_ended.q01":
        _next(qtbot)
    card = view.panel("youth").card
    typed = {}
    for item in bank.section("youth.open_ended").items[:3]:
        assert view.current_panel() == f"youth/{item.id}"
        assert card.question.text() == es.get(item.id).text  # tú: "¿Cómo te sientes?"
        assert card.question_beneath.text() == item.text
        assert card.help.text() == es.get(item.id).help
        typed[item.id] = (f"Pues, más o menos ({item.id[-3:]}).", f"Well, so-so ({item.id[-3:]}).")
        type_words(qtbot, typed[item.id][0] + "\t" + typed[item.id][1])
        _next(qtbot)
    assert view.flush()
    view.close()
    saved = reopen(store, bank, youth_id)
    assert saved.contact.language == "español"  # "es" completed: what the field shows
    for item_id, (said, rendered) in typed.items():
        assert (saved.answers[item_id].own_words, saved.answers[item_id].english_rendering) == (
            said,
            rendered,
        )
    text = render_text(saved, bank, now=datetime(2026, 11, 20, 19, 0, tzinfo=UTC))
    assert "CSW's English rendering: Well, so-so (q01)." in text
