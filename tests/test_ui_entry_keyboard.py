"""Issue 13: a whole youth interview typed with the keyboard alone. Every key goes to
QApplication.focusWidget(), from the new-interview dialog through every youth question
with the youth's own words, to the review; then the record is read back from the store
after lock and unlock, and from the paste-ready text, exactly as typed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.export import paste_sections
from app.model import IntervieweeType, Response
from tests.helpers.interview import open_view, reopen
from tests.person import focused, press, type_keys
from ui.dialogs_new_interview import NewInterviewDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
NOW = datetime(2026, 11, 21, 19, 0, tzinfo=UTC)


def type_words(qtbot, text: str) -> None:  # noqa: ANN001
    """type_keys, and letters beyond ASCII (ñ, ó, —) as a keyboard layout sends them:
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


def words_for(n: int) -> str:
    """What the youth says to question n: punctuation, accents and quotes as said."""
    return [
        "I'm okay, just tired.",
        "At my cousin's place — sometimes at Señora López's.",
        'He buys me clothes and food, "whatever I want".',
        "My boyfriend Dre and his friends; they're older.",
    ][n % 4] + f" ({n})"


def test_a_youth_interview_typed_with_the_keyboard_alone(qtbot, store, bank) -> None:
    dialog = NewInterviewDialog(store, bank)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.youth_name)
    # Youth, then who is interviewed, then the contact: Tab between fields, as typed.
    type_keys(qtbot, "M.Q.\tLil M, Mimi\t3/14/10\t0123-4567-8901-2345678\t4444-555-6666\t")
    type_keys(qtbot, "\tM.Q.\tself\t")  # "Interview with" stays "The youth"
    type_keys(qtbot, "11/20/2026\t930\t10:45 am\t\t\t")  # How and Outcome as they are
    type_keys(qtbot, "Placement office\tEnglish\t\tCSW Example\tInitial screening\tM.Q., CSW\n")
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
    interview_id = dialog.interview_id

    view = open_view(qtbot, store, bank, interview_id)
    assert view.current_panel() == "contact"
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # on to the youth
    while "/youth." not in view.current_panel() or "/guide." in view.current_panel():
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    questions = [
        it.id for sid in ("youth.open_ended", "youth.specific") for it in bank.section(sid).items
    ]
    typed: dict[str, str] = {}
    for n, item_id in enumerate(questions):
        assert view.current_panel() == f"youth/{item_id}"
        typed[item_id] = words_for(n)
        type_words(qtbot, typed[item_id])
        if item_id.startswith("youth.specific") and n % 2:
            press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
            qtbot.wait(150)  # a mnemonic clicks after a short animation
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    for _ in range(80):  # the rest of the flow, untouched, to the review
        if view.current_panel() == "review":
            break
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.current_panel() == "review"
    type_keys(qtbot, "Met M.Q. at the placement office; she talked openly.")
    assert focused() is view.panel("review").narrative
    assert view.flush()

    saved = reopen(store, bank, interview_id)
    assert saved.youth.name == "M.Q." and saved.youth.akas == ["Lil M", "Mimi"]
    assert (saved.youth.date_of_birth, saved.youth.age) == (date(2010, 3, 14), 16)
    assert saved.youth.referral_number == "0123-4567-8901-2345678"
    assert saved.youth.client_id == "4444-555-6666"
    assert saved.interviewee.type == IntervieweeType.YOUTH
    assert (saved.interviewee.name, saved.interviewee.relationship) == ("M.Q.", "self")
    assert saved.contact.date == date(2026, 11, 20)
    assert (saved.contact.start_time, saved.contact.end_time) == (time(9, 30), time(10, 45))
    assert saved.contact.location == "Placement office" and saved.contact.language == "English"
    assert saved.contact.csw == "CSW Example" and saved.contact.purpose == "Initial screening"
    assert saved.contact.participants == ["M.Q.", "CSW"]
    assert saved.narrative == "Met M.Q. at the placement office; she talked openly."
    for n, item_id in enumerate(questions):
        answer = saved.answers[item_id]
        assert answer.own_words == typed[item_id]
        assert answer.notes == ""
        if item_id.startswith("youth.open_ended"):
            assert answer.response == Response.ANSWERED
        elif n % 2:
            assert answer.response == Response.NO
        else:
            assert answer.response == Response.NOT_ASKED  # words, no choice: shown as asked

    narrative = "".join(s.text for s in paste_sections(saved, bank, now=NOW) if s.id == "narrative")
    for item_id, words in typed.items():
        assert f"“{words}”" in narrative
        assert f"{bank.item(item_id).text}  [not asked]" not in narrative
