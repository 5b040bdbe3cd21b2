"""The case page (issue 14), acted on as a person does: keys to whatever has the
focus, clicks where a button is on the screen; then the store is read back.

A youth, a caregiver and a collateral contact are entered in one case through the
window, each with a red flag learned in it; a contact filed under the wrong youth is
moved; lock and unlock come back to the same case page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.model import (
    Contact,
    Interview,
    Interviewee,
    IntervieweeType,
    RedFlagObservation,
    Source,
    Youth,
)
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from tests.person import click, focused, press, type_keys
from ui.main_window import MainWindow, Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def reopen(path: Path) -> Store:
    return Store.open(path, PASSPHRASE)


def in_dialog(qtbot, act) -> list[str]:  # noqa: ANN001
    """Run ``act`` once the modal dialog is up (it blocks in exec()); its class name."""
    seen: list[str] = []

    def run() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(type(modal).__name__)
        # A person waits until the dialog is up and has the keyboard (a busy machine).
        qtbot.waitUntil(lambda: modal.isAncestorOf(QApplication.focusWidget()), timeout=5000)
        act(modal)

    QTimer.singleShot(150, run)
    return seen


def tick_red_flag(qtbot, window: MainWindow, flag_id: str) -> None:  # noqa: ANN001
    """On the open contact's red-flag panel, find the flag and press Space on it."""
    view = window.view
    view.open_panel("red_flags")
    flags = view.panel("red_flags")
    flags.marks.select(flag_id)
    flags.marks.list.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert view.flush()


def close_contact(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    click(qtbot, window.view.close_button)


def test_youth_caregiver_and_collateral_contacts_in_one_case(
    qtbot, new_store_path: Path, ini_settings, bank
) -> None:
    flags = [f.id for f in bank.red_flags[:3]]
    today = f"{date.today().month}/{date.today().day}"  # each contact's date: today, as offered
    Store.create(new_store_path, PASSPHRASE, PASSPHRASE).lock()
    window = open_window(qtbot, new_store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST

    # 1. New interview from the list: a new case, its first contact with the youth.
    def first(_dialog) -> None:  # noqa: ANN001 - the cursor is in the youth's name
        type_keys(qtbot, "Rowan Madeup")
        for _ in range(2):  # AKAs, then date of birth
            type_keys(qtbot, "\t")
            if focused() is _dialog.form.akas:
                type_keys(qtbot, "Ro-Ro")
        _dialog.form.referral.setFocus()  # the person clicks into the referral field
        type_keys(qtbot, "0400-7777-8888")
        press(qtbot, Qt.Key.Key_Return)

    seen = in_dialog(qtbot, first)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["NewInterviewDialog"]
    assert window.mode == Mode.INTERVIEW
    youth_contact = window.interview_id
    case_id = window.case_id
    assert case_id
    tick_red_flag(qtbot, window, flags[0])

    # Closing the contact goes back to its case page.
    close_contact(qtbot, window)
    assert window.mode == Mode.CASE and window.case_id == case_id
    page = window.case_page
    assert page.title.text() == "Rowan Madeup"
    assert "0400-7777-8888" in page.facts.text()

    # 2. New contact: only who and how are asked; the caregiver is offered next.
    def caregiver(dialog) -> None:  # noqa: ANN001
        assert not dialog.form.youth_name.isVisible()  # nothing retyped
        assert "Rowan Madeup" in dialog.for_case.text()
        assert focused() is dialog.form.interviewee_type
        assert dialog.form.interviewee_type.currentData() == "caregiver"
        type_keys(qtbot, "\t")  # their name
        type_keys(qtbot, "Dana Fictional")
        press(qtbot, Qt.Key.Key_Return)

    seen = in_dialog(qtbot, caregiver)
    press(
        qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert seen == ["NewContactDialog"]
    assert window.mode == Mode.INTERVIEW and window.case_id == case_id
    caregiver_contact = window.interview_id
    tick_red_flag(qtbot, window, flags[1])
    close_contact(qtbot, window)
    assert window.mode == Mode.CASE

    # 3. A collateral contact, through the page's button.
    def collateral(dialog) -> None:  # noqa: ANN001
        assert dialog.form.interviewee_type.currentData() == "collateral"
        type_keys(qtbot, "\tMx. Teacher-Sample\n")

    seen = in_dialog(qtbot, collateral)
    click(qtbot, page.new_contact_button)
    assert seen == ["NewContactDialog"]
    collateral_contact = window.interview_id
    tick_red_flag(qtbot, window, flags[2])
    close_contact(qtbot, window)

    # The case page: three contacts, three red flags, each from its contact.
    assert window.mode == Mode.CASE
    assert page.contacts.rowCount() == 3
    assert page.red_flags.text().startswith("3 red flags")
    assert page.learned_in.text().splitlines() == [
        f"{who}, {day}: 1 red flag"
        for who, day in (("youth", today), ("caregiver", today), ("collateral", today))
    ]
    assert [page.contacts.item(r, 0).text().split(":")[0] for r in range(3)] == [
        "Youth",
        "Caregiver",
        "Collateral",
    ]
    window.lock()

    store = reopen(new_store_path)
    try:
        assert len(store.list_cases()) == 1
        case = store.load_case(case_id)
        assert [c.id for c in case.contacts] == [
            youth_contact,
            caregiver_contact,
            collateral_contact,
        ]
        assert [c.interviewee.type for c in case.contacts] == [
            IntervieweeType.YOUTH,
            IntervieweeType.CAREGIVER,
            IntervieweeType.COLLATERAL,
        ]
        assert case.contacts[1].interviewee.name == "Dana Fictional"
        assert case.youth.name == "Rowan Madeup" and case.youth.akas == ["Ro-Ro"]
        # Each contact loads with the case's youth and every finding of the case.
        for cid in (youth_contact, caregiver_contact, collateral_contact):
            contact = store.load(cid)
            assert contact.case_id == case_id
            assert contact.youth.referral_number == "0400-7777-8888"
            assert set(contact.red_flags) == set(flags)
        learned = {k: v.contact_id for k, v in store.case_view(case_id).red_flags.items()}
        assert learned == {
            flags[0]: youth_contact,
            flags[1]: caregiver_contact,
            flags[2]: collateral_contact,
        }
    finally:
        store.lock()


def two_cases(path: Path, flag_id: str) -> tuple[str, str, str]:
    """Case A (Jordan) with a youth and a caregiver contact, the caregiver's holding a
    red flag; case B (Sasha). Returns (case A, the caregiver contact, case B)."""
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    try:
        first = store.create_interview(
            Interview(
                youth=Youth(name="Jordan Notreal", referral_number="0500-1111-0000"),
                contact=Contact(date=date(2026, 11, 14)),
            )
        )
        case_a = store.load(first).case_id
        wrong = store.new_contact(
            case_a,
            Interviewee(type=IntervieweeType.CAREGIVER, name="Pat Invented"),
            Contact(date=date(2026, 11, 15)),
            "",
        )
        store.set_red_flag(wrong, flag_id, RedFlagObservation(sources=[Source.CAREGIVER]))
        other = store.create_interview(
            Interview(
                youth=Youth(name="Sasha Pretend", referral_number="0600-2222-0000"),
                contact=Contact(date=date(2026, 11, 10)),
            )
        )
        case_b = store.load(other).case_id
    finally:
        store.lock()
    return case_a, wrong, case_b


def open_case_by_typing(qtbot, window: MainWindow, text: str) -> None:  # noqa: ANN001
    window.list_page.search.setFocus()
    type_keys(qtbot, text + "\n")  # Enter in the search goes to the table
    press(qtbot, Qt.Key.Key_Return)  # Enter on the row opens the case
    assert window.mode == Mode.CASE


def test_move_a_contact_to_another_case(qtbot, new_store_path: Path, ini_settings, bank) -> None:
    flag = bank.red_flags[0].id
    case_a, wrong, case_b = two_cases(new_store_path, flag)
    window = open_window(qtbot, new_store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    open_case_by_typing(qtbot, window, "Jordan")
    page = window.case_page
    assert window.case_id == case_a and page.contacts.rowCount() == 2
    assert page.red_flags.text().startswith("1 red flag")
    press(qtbot, Qt.Key.Key_Down)  # the caregiver's contact
    assert page.current_contact_id() == wrong

    def pick(dialog) -> None:  # noqa: ANN001 - the cursor is in the search
        assert dialog.cases.count() == 1  # every other case, not this one
        type_keys(qtbot, "0600")  # Sasha's referral
        press(qtbot, Qt.Key.Key_Return)

    seen = in_dialog(qtbot, pick)
    click(qtbot, page.move_button)
    assert seen == ["MoveContactDialog"]
    assert window.mode == Mode.CASE and window.case_id == case_a
    assert page.contacts.rowCount() == 1
    assert page.red_flags.text() == "None recorded yet"  # it was learned in the moved contact
    assert "Sasha Pretend" in window.statusBar().currentMessage()
    window.lock()

    store = reopen(new_store_path)
    try:
        assert wrong not in [c.id for c in store.load_case(case_a).contacts]
        assert wrong in [c.id for c in store.load_case(case_b).contacts]
        assert store.load(wrong).case_id == case_b
        assert flag in store.case_view(case_b).red_flags
        assert flag not in store.case_view(case_a).red_flags
    finally:
        store.lock()


def test_move_is_cancelled_by_escape(qtbot, new_store_path: Path, ini_settings, bank) -> None:
    case_a, wrong, _case_b = two_cases(new_store_path, bank.red_flags[0].id)
    window = open_window(qtbot, new_store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    open_case_by_typing(qtbot, window, "0500")
    press(qtbot, Qt.Key.Key_Down)
    seen = in_dialog(qtbot, lambda _d: press(qtbot, Qt.Key.Key_Escape))
    window.action("moveContactAction").trigger()
    assert seen == ["MoveContactDialog"]
    assert window.case_page.contacts.rowCount() == 2
    assert wrong in [c.id for c in window.store.load_case(case_a).contacts]


def test_lock_and_unlock_return_to_the_same_case_page(
    qtbot, new_store_path: Path, ini_settings, bank
) -> None:
    case_a, wrong, _case_b = two_cases(new_store_path, bank.red_flags[0].id)
    window = open_window(qtbot, new_store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    open_case_by_typing(qtbot, window, "Jordan")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED
    assert window.case_page.title.text() == "" and window.case_page.contacts.rowCount() == 0
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.CASE and window.case_id == case_a
    assert window.case_page.current_contact_id() == wrong
    # Enter opens that contact; closing it comes back here; Escape goes to the list.
    press(qtbot, Qt.Key.Key_Return)
    assert window.mode == Mode.INTERVIEW and window.interview_id == wrong
    # Locked inside a contact: back in that contact, and its Close goes to its case.
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.INTERVIEW and window.interview_id == wrong
    close_contact(qtbot, window)
    assert window.mode == Mode.CASE and window.case_id == case_a
    window.case_page.contacts.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert window.mode == Mode.LIST
    assert window.list_page.current_id() == case_a


def test_case_actions_work_only_on_a_case_page(
    qtbot, new_store_path: Path, ini_settings, bank
) -> None:
    two_cases(new_store_path, bank.red_flags[0].id)
    window = open_window(qtbot, new_store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    ids = ("newContactAction", "openContactAction", "moveContactAction", "caseSummaryAction")
    assert not any(window.action(i).isEnabled() for i in ids)
    open_case_by_typing(qtbot, window, "Sasha")
    assert all(window.action(i).isEnabled() for i in ids)
    window.action("openContactAction").trigger()
    assert window.mode == Mode.INTERVIEW
    assert not any(window.action(i).isEnabled() for i in ids)
