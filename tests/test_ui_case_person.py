"""Issue 14's "Done means", as a CSW does it: keys to whatever has the focus, clicks at
the place on the screen where a thing is; nothing is driven by calling the window.

From the unlocked window a case is made with a youth contact; from its page "New
contact" (prefilled: nothing retyped) makes a caregiver and a collateral contact. In
each the CSW ticks a red flag and says who it was learned from, answers a question in
the person's own words and names an associate; the youth names an exploiter ("Dre").
The case summary is saved as PDF and as text through its dialog and read back: one
summary with the findings of all three contacts, each with its source and the contact
it was learned in ("caregiver, 11/14"). "Dre" was typed in another case too: the
search finds it there and the pointer ("'Dre' also appears in 1 other case") opens it.
All people are fictional.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QTreeWidgetItem

from app.model import (
    Associate,
    Contact,
    Interview,
    Interviewee,
    IntervieweeType,
    Source,
    Youth,
)
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from tests.person import click, click_at, focused, press, show_with_keyboard, type_keys
from ui import dialogs
from ui.export import case_dialog, saving
from ui.interview.navigator import ROLE_LOCATION
from ui.main_window import MainWindow, Mode
from ui.search import SearchDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

OTHER_YOUTH = "Kai Imaginary"
OTHER_REFERRAL = "0900-1212-3434"
# Each contact: who, their name, where their answer is asked, their words, the flag's
# source box, the associate row typed (name, monikers, relationship, exploiter, …).
CONTACTS = {
    IntervieweeType.YOUTH: (
        "",
        "youth",
        "met him at the bus stop",
        Source.YOUTH,
        "Andre Notreal\tDre\tboyfriend\t \t\tdrives her places\n",
    ),
    IntervieweeType.CAREGIVER: (
        "Dana Fictional",
        "caregiver",
        "she stays out all night",
        Source.CAREGIVER,
        "Auntie Example\t\tneighbour\t\t\tlets her stay over\n",
    ),
    IntervieweeType.COLLATERAL: (
        "Mx. Teacher-Sample",
        "investigative",
        "missed nine days of school",
        Source.COLLATERAL,
        "Coach Madeup\t\tcoach\t\t\tnoticed new phone\n",
    ),
}


@pytest.fixture(autouse=True)
def _hooks():
    saving.reset_hooks()
    dialogs.reset_hooks()
    yield
    saving.reset_hooks()
    case_dialog.drive_dialog = None


def when_modal(qtbot, act: Callable) -> list[str]:  # noqa: ANN001
    """Run ``act`` on the modal dialog once it is up and has the keyboard (it blocks in
    exec()); returns the class names seen, so the test knows the dialog came."""
    seen: list[str] = []

    def run() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isAncestorOf(QApplication.focusWidget()):
            QTimer.singleShot(50, run)
            return
        seen.append(type(modal).__name__)
        act(modal)

    QTimer.singleShot(150, run)
    return seen


def go_to(qtbot, window: MainWindow, location: str) -> None:  # noqa: ANN001
    """Click the section (or question page) in the navigator, then Enter: the panel
    opens with the keyboard in its first field."""
    nav = window.view.navigator
    panel_id = location.partition("/")[0]

    def find(where: str) -> QTreeWidgetItem:
        for n in range(nav.topLevelItemCount()):
            top = nav.topLevelItem(n)
            if top.data(0, ROLE_LOCATION) == where:
                return top
            for m in range(top.childCount()):
                if top.child(m).data(0, ROLE_LOCATION) == where:
                    return top.child(m)
        raise AssertionError(f"no {where!r} in the navigator")

    def click_item(item: QTreeWidgetItem) -> None:
        nav.scrollToItem(item)
        rect = nav.visualItemRect(item)
        click_at(qtbot, nav.viewport().mapToGlobal(rect.center()))

    if location != panel_id:
        click_item(find(panel_id))  # its pages unfold
    click_item(find(location))
    assert nav.currentItem() is not None, "the click left nothing chosen: Enter would do nothing"
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is not nav  # Enter took the keyboard into the panel
    assert window.view.current_panel() == location


def enter_findings(qtbot, window: MainWindow, kind: IntervieweeType, flag_id: str) -> None:  # noqa: ANN001
    """In the open contact: a red flag with who it was learned from, an answer in the
    person's words, an associate."""
    _name, questions, words, source, associate = CONTACTS[kind]
    view = window.view
    go_to(qtbot, window, "red_flags")
    flags = view.panel("red_flags")
    # Down the list to the flag (a person reads it), Space ticks it.
    while flags.marks.current_id() != flag_id:
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    box = flags.sources[source]
    # A person clicks on the words "A caregiver" (right of them the row is empty).
    click(qtbot, box, QPoint(box.sizeHint().width() // 2, box.height() // 2))
    assert box.isChecked()

    page = next(p.key for p in view.panel(questions).pages() if p.status != "info")
    go_to(qtbot, window, f"{questions}/{page}")
    type_keys(qtbot, words)  # the keyboard is in "their own words"

    go_to(qtbot, window, "associates")
    press(qtbot, Qt.Key.Key_Insert)
    type_keys(qtbot, associate)
    assert view.flush()
    click(qtbot, view.close_button)  # back to the case page
    assert window.mode == Mode.CASE


def other_case(path: Path) -> str:
    """A case typed earlier by someone else: a youth who named a "Dre" too."""
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    try:
        first = store.create_interview(
            Interview(
                youth=Youth(name=OTHER_YOUTH, referral_number=OTHER_REFERRAL),
                interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
                contact=Contact(date=date(2026, 10, 2)),
            )
        )
        store.save_associate(first, Associate(name="Dre", relationship="her friend's cousin"))
        return store.load(first).case_id
    finally:
        store.lock()


def save_through_dialog(qtbot, window: MainWindow, pdf: Path, txt: Path) -> list[str]:  # noqa: ANN001
    """Case summary… on the case page; on the Save tab a password twice, Save PDF, then
    Save text. The file dialogs answer the paths (a native dialog cannot be driven)."""
    status: list[str] = []

    def drive(dlg) -> None:  # noqa: ANN001
        qtbot.addWidget(dlg)
        show_with_keyboard(qtbot, dlg)
        press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # &4 Save
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # P&assword
        type_keys(qtbot, "cedar 12\tcedar 12")
        saving.answer_next_path(pdf)
        click(qtbot, dlg.save_page.pdf_button)
        status.append(dlg.save_page.status.text())
        saving.answer_next_path(txt)
        click(qtbot, dlg.save_page.text_button)
        status.append(dlg.save_page.status.text())
        dlg.reject()

    case_dialog.drive_dialog = drive
    click(qtbot, window.case_page.summary_button)
    back_to_window(qtbot, window)
    return status


def back_to_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """A dialog closed: the window system makes the main window active again (the
    offscreen platform does not), and the keyboard is where the window left it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def test_three_contacts_by_keys_give_one_case_summary_and_dre_is_found_in_the_other_case(
    qtbot, new_store_path: Path, ini_settings, bank, tmp_path: Path
) -> None:
    flags = [f for f in bank.red_flags[:3]]
    other = other_case(new_store_path)
    window = open_window(qtbot, new_store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST

    # 1. New interview (Ctrl+N): a new case, its first contact with the youth.
    def youth(dialog) -> None:  # noqa: ANN001 - the cursor is in the youth's name
        type_keys(qtbot, "Rowan Madeup")
        click(qtbot, dialog.form.referral)  # the person clicks into the referral field
        type_keys(qtbot, "0400-7777-8888\n")

    seen = when_modal(qtbot, youth)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["NewInterviewDialog"] and window.mode == Mode.INTERVIEW
    case_id = window.case_id
    enter_findings(qtbot, window, IntervieweeType.YOUTH, flags[0].id)
    page = window.case_page

    # 2. and 3. "New contact" on the case page: the youth is the case's, not retyped.
    for kind, flag in (
        (IntervieweeType.CAREGIVER, flags[1]),
        (IntervieweeType.COLLATERAL, flags[2]),
    ):
        name = CONTACTS[kind][0]

        def contact(dialog, kind=kind, name=name) -> None:  # noqa: ANN001
            assert not dialog.form.youth_name.isVisible()  # no youth fields to retype
            assert "Rowan Madeup" in dialog.for_case.text()
            assert "0400-7777-8888" in dialog.for_case.text()
            assert focused() is dialog.form.interviewee_type
            assert dialog.form.interviewee_type.currentData() == kind.value  # offered next
            type_keys(qtbot, "\t" + name + "\n")

        seen = when_modal(qtbot, contact)
        click(qtbot, page.new_contact_button)
        assert seen == ["NewContactDialog"] and window.case_id == case_id
        enter_findings(qtbot, window, kind, flag.id)

    assert page.contacts.rowCount() == 3
    today = date.today()
    learned = {k: f"{k.value}, {today.month}/{today.day}" for k in CONTACTS}
    assert page.learned_in.text().splitlines() == [f"{learned[k]}: 1 red flag" for k in CONTACTS]

    # The page names each finding with the contact it was learned in (not only counts).
    shown = page.red_flags.text().splitlines()
    for kind, flag in zip(CONTACTS, flags, strict=True):
        assert f"• {flag.text} ({learned[kind]})" in shown, shown
    assert page.associates.text().splitlines() == [
        f"Andre Notreal “Dre”, suspected exploiter ({learned[IntervieweeType.YOUTH]})",
        f"Auntie Example ({learned[IntervieweeType.CAREGIVER]})",
        f"Coach Madeup ({learned[IntervieweeType.COLLATERAL]})",
    ]

    # The case summary, through its dialog: PDF (password) and text.
    pdf, txt = tmp_path / "case.pdf", tmp_path / "case.txt"
    status = save_through_dialog(qtbot, window, pdf, txt)
    assert len(status) == 2 and "password protected" in status[0], status
    assert "case.txt" in status[1], status
    reader = PdfReader(str(pdf))
    assert reader.decrypt("cedar 12")
    printed = unicodedata.normalize(
        "NFC", " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    )
    text = txt.read_text(encoding="utf-8")
    lines = text.splitlines()
    red = printed[printed.index("3. Red flags observed") : printed.index("4. CSW steps")]
    for kind, flag in zip(CONTACTS, flags, strict=True):
        assert learned[kind] in red, (kind, red)
        assert flag.text.split()[0] in red
        # One line of the text: the flag, who said it, the contact it was learned in.
        (line,) = [x for x in lines if x.startswith(f"- {flag.text} (")]
        assert f"Sources: {kind.value}; Learned in: {learned[kind]})" in line, line
    # Each contact's line says its summary's state in words ("completed; in progress" read
    # as if the contact were both done and not).
    contact_lines = [x for x in lines if x[:3] in ("1. ", "2. ", "3. ") and " — " in x]
    assert len(contact_lines) == 3, contact_lines
    assert all("completed; contact summary not exported yet;" in x for x in contact_lines)
    # Whose words each relationship is in: the person of the contact it was learned in.
    for line in (
        "Relationship, in the youth's words: boyfriend",
        "Relationship, in the caregiver's words: neighbour",
        "Relationship, in the collateral contact's words: coach",
    ):
        assert line in lines, line
    for who in ("Andre Notreal", "Dre", "Auntie Example", "Coach Madeup"):
        assert who in printed and who in text
    assert "Caregiver Dana Fictional" in printed and "Collateral Mx. Teacher-Sample" in printed
    assert "Rowan Madeup" in printed and "0400-7777-8888" in printed

    # The search (Ctrl+F) finds the moniker typed in the other case; Enter opens it.
    def search(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, SearchDialog) and focused() is dialog.box
        type_keys(qtbot, "Dre")
        qtbot.waitUntil(lambda: OTHER_YOUTH in {r[0] for r in dialog.hits()}, timeout=3000)
        while dialog.hits() and focused() is dialog.box:
            press(qtbot, Qt.Key.Key_Down)  # into the results
        while not focused().currentItem().text(0).startswith(OTHER_YOUTH):
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)

    seen = when_modal(qtbot, search)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW, timeout=5000)
    assert seen == ["SearchDialog"]
    assert window.store.load(window.interview_id).case_id == other

    # Back in Rowan's case, the pointer says where else "Dre" was typed and opens it.
    back_to_window(qtbot, window)
    assert focused() is not None and window.view.isAncestorOf(focused())  # in the contact
    click(qtbot, window.view.close_button)
    press(qtbot, Qt.Key.Key_Escape)  # the other case's page: back to the list
    assert window.mode == Mode.LIST
    window.list_page.search.setFocus()  # the person clicks into the list's filter
    type_keys(qtbot, "Rowan\n")
    press(qtbot, Qt.Key.Key_Return)
    assert window.mode == Mode.CASE and window.case_id == case_id
    assert page.echo_lines() == ["“Dre” also appears in 1 other case"]
    (open_button,) = [  # the "Open" button on that line (where it is on the screen)
        b
        for b in page.echo_box.findChildren(QPushButton)
        if b.isVisible() and b.text() == "Open" and "Dre" in b.accessibleName()
    ]
    click(qtbot, open_button)
    assert window.case_id == other
    window.lock()

    store = Store.open(new_store_path, PASSPHRASE)
    try:
        case = store.load_case(case_id)
        assert [c.interviewee.type for c in case.contacts] == list(CONTACTS)
        assert case.summary_exported_at is not None
        for ref in case.contacts:
            contact = store.load(ref.id)
            # Nothing retyped: every contact carries the youth typed once.
            assert contact.youth.name == "Rowan Madeup"
            assert contact.youth.referral_number == "0400-7777-8888"
            assert [a.own_words for a in contact.answers.values()] == [
                CONTACTS[ref.interviewee.type][2]
            ]
        view = store.case_view(case_id)
        by_contact = {c.id: c.interviewee.type for c in case.contacts}
        assert {
            fid: (by_contact[obs.contact_id], obs.sources) for fid, obs in view.red_flags.items()
        } == {
            flag.id: (kind, [CONTACTS[kind][3]]) for kind, flag in zip(CONTACTS, flags, strict=True)
        }
        andre = next(a for a in view.associates if a.name == "Andre Notreal")
        assert andre.nicknames == ["Dre"] and by_contact[andre.contact_id] == IntervieweeType.YOUTH
        assert {by_contact[a.contact_id] for a in view.associates} == set(CONTACTS)
    finally:
        store.lock()
