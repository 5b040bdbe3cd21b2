"""Issue 14: search as you type over everything typed in every case (Ctrl+F), and the
"'Dre' also appears in 1 other case" pointer on the associates, online and tattoo panels.

Two fictional cases share an exploiter's moniker. A person in the second case presses
Ctrl+F, types the moniker, and Enter opens the first case's contact at the panel where
it was typed; the pointer in the second case's associates panel opens the first case
or is dismissed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.model import (
    Associate,
    BodySide,
    Contact,
    Interview,
    Interviewee,
    IntervieweeType,
    OnlineAccount,
    Tattoo,
    Youth,
)
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.interview import open_view
from tests.helpers.window import open_window, type_passphrase
from tests.person import click, focused, press, type_keys
from ui.search import SearchDialog
from ui.window_support import Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
REFERRALS = {"A.B.": "0100-7777-1111", "C.D.": "0200-8888-2222", "E.F.": "0300-9999-3333"}


def _contact(store: Store, bank, name: str, day: date) -> str:  # noqa: ANN001
    return store.create_interview(
        Interview(
            content_version=bank.version,
            youth=Youth(name=name, referral_number=REFERRALS[name]),
            interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
            contact=Contact(date=day),
        )
    )


def _two_cases(store: Store, bank) -> tuple[str, str]:  # noqa: ANN001
    """Case A: the youth named an exploiter "Dre" (associate, handle, tattoo moniker).
    Case B: another youth names a "Dre" too."""
    first = _contact(store, bank, "A.B.", date(2026, 11, 3))
    store.save_associate(
        first, Associate(name="Andre Fictional", nicknames=["Dre"], notes="older, has a car")
    )
    store.save_online_account(first, OnlineAccount(platform="Instagram", handle="dre_fictional"))
    store.save_tattoo(
        first,
        Tattoo(number=1, side=BodySide.FRONT, description="crown", exploiter_moniker="Dre"),
    )
    second = _contact(store, bank, "C.D.", date(2026, 11, 20))
    store.save_associate(
        second, Associate(name="Dre", nicknames=["Dre"], relationship="her friend")
    )
    return first, second


def test_search_finds_a_moniker_typed_in_another_case_and_enter_opens_it(
    qtbot, store_path: Path, ini_settings, bank
) -> None:  # noqa: ANN001
    store = Store.open(store_path, PASSPHRASE)
    try:
        first, second = _two_cases(store, bank)
        first_case = store.load(first).case_id
    finally:
        store.lock()
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    window.open_interview(second, "red_flags")
    assert window.mode == Mode.INTERVIEW
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SearchDialog))
    dialog = QApplication.activeModalWidget()
    assert focused() is dialog.box
    type_keys(qtbot, "andr")  # as you type: a prefix finds "Andre"
    qtbot.waitUntil(lambda: bool(dialog.hits()), timeout=2000)
    rows = dialog.hits()
    assert rows[0][0] == "A.B." and rows[0][1] == "youth, 11/3"
    assert "Andre" in rows[0][3]
    assert rows[0][3].startswith("Name: ")  # the field as the panel labels it, not its column
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview_id == first, timeout=2000)
    assert window.store.load(window.interview_id).case_id == first_case
    assert window.view.current_panel() == "associates"
    assert QApplication.activeModalWidget() is None  # the search closed


def test_search_lists_every_case_a_moniker_was_typed_in(qtbot, store, bank) -> None:  # noqa: ANN001
    first, second = _two_cases(store, bank)
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert focused() is dialog.box
    type_keys(qtbot, "dre")
    qtbot.waitUntil(lambda: len({r[0] for r in dialog.hits()}) == 2, timeout=2000)
    where = {(r[0], r[2]) for r in dialog.hits()}
    assert ("A.B.", "Associates, exploiters and other victims") in where
    assert ("C.D.", "Associates, exploiters and other victims") in where
    assert ("A.B.", "Tattoos") in where
    # Odd text never breaks the search.
    for text in ('"', "*", "NEAR(", "dre OR", "ﬀ\u0301", "-"):
        dialog.search(text)
        assert dialog.status.text()
    dialog.reject()
    assert dialog.box.text() == ""  # nothing typed here is kept


def test_also_appears_pointer_opens_the_other_case_or_is_dismissed(qtbot, store, bank) -> None:  # noqa: ANN001
    first, second = _two_cases(store, bank)
    first_case = store.load(first).case_id
    view = open_view(qtbot, store, bank, second)
    opened: list[tuple[str, str, str]] = []
    view.open_requested.connect(lambda *args: opened.append(args))
    view.open_panel("associates")
    pointer = view.panel("associates").echoes
    assert pointer.isVisible()
    assert pointer.terms() == ["“Dre” also appears in 1 other case"]
    label, open_button, dismiss = pointer.rows["Dre"]
    click(qtbot, open_button)
    assert opened == [(first_case, "", "associates")]
    click(qtbot, dismiss)
    assert not pointer.isVisible() and pointer.terms() == []


def test_a_moniker_just_typed_is_pointed_out(qtbot, store, bank) -> None:  # noqa: ANN001
    _two_cases(store, bank)
    third = _contact(store, bank, "E.F.", date(2026, 11, 25))
    view = open_view(qtbot, store, bank, third)
    view.open_panel("online")
    pointer = view.panel("online").echoes
    assert not pointer.isVisible()
    qtbot.wait(20)
    press(qtbot, Qt.Key.Key_Insert)
    type_keys(qtbot, "Instagram\tdre_fictional\n")
    qtbot.waitUntil(lambda: pointer.isVisible(), timeout=3000)
    assert any("dre_fictional" in t for t in pointer.terms())


def test_a_hit_on_the_case_opens_its_latest_contact(
    qtbot, store_path: Path, ini_settings, bank
) -> None:  # noqa: ANN001
    """The youth's name belongs to the case, not to a contact: Enter opens the case's
    latest contact, at the contact details."""
    store = Store.open(store_path, PASSPHRASE)
    try:
        first, second = _two_cases(store, bank)
        later = store.new_contact(
            store.load(first).case_id,
            Interviewee(type=IntervieweeType.CAREGIVER, name="Ms. Fictional"),
            Contact(date=date(2026, 11, 5)),
            bank.version,
        )
    finally:
        store.lock()
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    window.open_interview(second)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SearchDialog))
    dialog = QApplication.activeModalWidget()
    type_keys(qtbot, "0100-7777")
    qtbot.waitUntil(lambda: bool(dialog.hits()), timeout=2000)
    assert dialog.hits()[0][:2] == ("A.B.", "the case")
    assert dialog.hits()[0][3].startswith(
        "Referral number: 0100-7777"
    )  # not "youth referral number"
    press(qtbot, Qt.Key.Key_Down)  # into the list, on the first row
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview_id == later, timeout=2000)
    assert window.view.current_panel() == "contact"


def test_ctrl_f_on_the_case_page_searches_too(qtbot, store_path: Path, ini_settings, bank) -> None:  # noqa: ANN001
    store = Store.open(store_path, PASSPHRASE)
    try:
        first, second = _two_cases(store, bank)
        second_case = store.load(second).case_id
    finally:
        store.lock()
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    window.interviews.open_case(second_case)
    assert window.mode == Mode.CASE
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SearchDialog))
    type_keys(qtbot, "dre_fic")
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: bool(dialog.hits()), timeout=2000)
    assert dialog.hits()[0][0] == "A.B."
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.interview_id == first, timeout=2000)
    assert window.view.current_panel() == "online"
