"""Spell checking of the CSW's writing: Hunspell dictionaries through Enchant,
a personal word list in the encrypted store, never on the person's own words.

The window tests act as a person: keys to the focused field, a right-click where
the word is on the screen, arrow keys and Return in the menu.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.model import Contact
from app.spelling import Speller, available, language_for
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.interview import make_interview, open_view, reopen
from tests.person import click_at, press, type_keys

pytestmark = [
    # The offscreen platform says these when a window or a popup menu is shown.
    pytest.mark.qt_log_ignore(
        "propagateSizeHints", "does not support raise", "grabbing the keyboard"
    ),
    pytest.mark.skipif(
        not (available("en") and available("es")),
        reason="Enchant with Hunspell en_US and es dictionaries is not installed "
        "(Debian: libenchant-2-2 hunspell-en-us hunspell-es; .ci/run installs them)",
    ),
]


# --- the speller --------------------------------------------------------------


def test_unknown_words_are_found_and_agency_words_are_not() -> None:
    text = "CSW met T.R. at the placment; she recieved a phone from Dre. OTIP and CPH called."
    found = [m.word for m in Speller("en").misspelled(text)]
    assert found == ["placment", "recieved", "Dre"]
    assert "received" in Speller("en").suggestions("recieved")


def test_the_personal_list_and_compounds_are_known() -> None:
    speller = Speller("en", personal=["Dre"])
    assert [m.word for m in speller.misspelled("Dre drove; couch-surfing since May")] == []


def test_offsets_point_at_the_word_after_other_scripts_and_emoji() -> None:
    text = "\U0001f600 the \u00e9t\u00e9 recieved"
    miss = Speller("en").misspelled(text)[-1]
    assert text[miss.start : miss.start + miss.length] == "recieved"


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("Spanish", "es"),
        ("español", "es"),
        ("ES", "es"),
        ("English", "en"),
        ("", "en"),
        ("Armenian", "en"),
    ],
)
def test_the_contact_language_chooses_the_dictionary(typed: str, language: str) -> None:
    assert language_for(typed) == language


def test_spanish_is_checked_with_a_spanish_dictionary() -> None:
    text = "La niña dijo que trabajaba en el resturante y no fue a la escuela."
    assert [m.word for m in Speller("es").misspelled(text)] == ["resturante"]
    assert "restaurante" in Speller("es").suggestions("resturante")


# --- the personal word list in the store ------------------------------------------------


def test_personal_words_are_kept_in_the_encrypted_store(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "store.db"
    s = Store.create(path, PASSPHRASE, PASSPHRASE)
    s.add_personal_word("Quetzalli")
    s.add_personal_word("Quetzalli")  # twice is once
    s.lock()
    s = Store.open(path, PASSPHRASE)
    try:
        assert s.personal_words() == ["Quetzalli"]
        s.remove_personal_word("Quetzalli")
        assert s.personal_words() == []
    finally:
        s.lock()
    for leftover in tmp_path.iterdir():
        assert b"Quetzalli" not in leftover.read_bytes(), leftover


# --- in the window ----------------------------------------------------------------------


def _underlined(edit: QPlainTextEdit) -> list[str]:
    """The words marked with the spell-check underline, as drawn over the text."""
    return [
        sel.cursor.selectedText()
        for sel in edit.extraSelections()
        if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


def _review(qtbot, store, bank):  # noqa: ANN001, ANN202, F811
    iid = make_interview(store, bank)
    view = open_view(qtbot, store, bank, iid)
    view.open_panel("review")
    narrative = view.findChild(QPlainTextEdit, None)
    narrative = next(
        e
        for e in view.findChildren(QPlainTextEdit)
        if e.isVisible() and e.accessibleName() == "Contact narrative"
    )
    narrative.setFocus()  # the person clicks into the narrative
    qtbot.waitUntil(narrative.hasFocus)
    return iid, view, narrative


def _choose_from_menu(qtbot, keys: list[Qt.Key]) -> None:  # noqa: ANN001
    """When the context menu pops up, press ``keys`` in it (as a person would)."""

    def act() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, act)
            return
        for key in keys:
            qtbot.keyClick(menu, key)

    QTimer.singleShot(20, act)


def _right_click_word(qtbot, edit: QPlainTextEdit, word: str) -> None:  # noqa: ANN001
    cursor = edit.document().find(word)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 2)
    point = edit.viewport().mapToGlobal(edit.cursorRect(cursor).center())
    click_at(qtbot, point, Qt.MouseButton.RightButton)


def test_a_misspelling_in_the_narrative_is_underlined_and_corrected_from_the_menu(
    qtbot,
    store,
    bank,  # noqa: ANN001, F811
) -> None:
    iid, view, narrative = _review(qtbot, store, bank)
    type_keys(qtbot, "The youth recieved a phone")
    qtbot.waitUntil(lambda: _underlined(narrative) == ["recieved"], timeout=5000)
    # First entry of the menu is the best suggestion.
    _choose_from_menu(qtbot, [Qt.Key.Key_Down, Qt.Key.Key_Return])
    _right_click_word(qtbot, narrative, "recieved")
    assert narrative.toPlainText() == "The youth received a phone"
    qtbot.waitUntil(lambda: _underlined(narrative) == [])
    view.flush()
    assert reopen(store, bank, iid).narrative == "The youth received a phone"


def test_add_to_my_word_list_unmarks_the_word_and_keeps_it_in_the_store(
    qtbot,
    store,
    bank,  # noqa: ANN001, F811
) -> None:
    iid, view, narrative = _review(qtbot, store, bank)
    type_keys(qtbot, "Met Quetzalli at school")
    qtbot.waitUntil(lambda: _underlined(narrative) == ["Quetzalli"], timeout=5000)
    speller = view.ctx.spelling.speller()
    entries = len(speller.suggestions("Quetzalli")) or 1  # "(no suggestions)" is disabled
    # Down to the entry after the suggestions: "Add ... to my word list".
    _choose_from_menu(qtbot, [Qt.Key.Key_Down] * (entries + 1) + [Qt.Key.Key_Return])
    _right_click_word(qtbot, narrative, "Quetzalli")
    qtbot.waitUntil(lambda: _underlined(narrative) == [])
    assert narrative.toPlainText() == "Met Quetzalli at school"  # the text never changes
    assert store.personal_words() == ["Quetzalli"]


def test_the_persons_own_words_are_never_checked(qtbot, store, bank) -> None:  # noqa: ANN001, F811
    iid = make_interview(store, bank)
    view = open_view(qtbot, store, bank, iid)
    view.open_panel("youth")
    card = view.shown_panel().card
    assert not card.own_words.property("cec_spellcheck")
    assert card.notes.property("cec_spellcheck")
    card.own_words.setFocus()
    type_keys(qtbot, "he be recievin stuff from Dre")
    card.notes.setFocus()
    type_keys(qtbot, "Youth recieved gifts")
    qtbot.waitUntil(lambda: _underlined(card.notes) == ["recieved"], timeout=5000)
    assert _underlined(card.own_words) == []


def test_a_spanish_contact_is_checked_in_spanish(qtbot, store, bank) -> None:  # noqa: ANN001, F811
    iid = make_interview(store, bank)
    store.update_contact(iid, Contact(language="Spanish"))
    view = open_view(qtbot, store, bank, iid)
    view.open_panel("review")
    narrative = next(
        e
        for e in view.findChildren(QPlainTextEdit)
        if e.isVisible() and e.accessibleName() == "Contact narrative"
    )
    narrative.setFocus()
    qtbot.waitUntil(narrative.hasFocus)
    type_keys(qtbot, "La madre dijo que fue al resturante")
    qtbot.waitUntil(lambda: _underlined(narrative) == ["resturante"], timeout=5000)
    press(qtbot, Qt.Key.Key_End)


def test_underlining_never_writes_to_the_record(qtbot, store, bank) -> None:  # noqa: ANN001, F811
    iid = make_interview(store, bank)
    store.set_narrative(iid, "The youth recieved a phone")
    writes: list[str] = []
    store.on_change(lambda changed: writes.append(changed.part))
    view = open_view(qtbot, store, bank, iid)
    view.open_panel("review")
    narrative = next(
        e
        for e in view.findChildren(QPlainTextEdit)
        if e.isVisible() and e.accessibleName() == "Contact narrative"
    )
    qtbot.waitUntil(lambda: _underlined(narrative) == ["recieved"], timeout=5000)
    view.flush()
    assert "narrative" not in writes
    assert store.load(iid).narrative == "The youth recieved a phone"
