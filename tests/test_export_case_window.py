"""Issue 14's "done means", end to end in the real window: a youth, a caregiver and a
collateral contact entered in one case by keys and clicks, each with a red flag; the case
page's "Case summary…" gives one PDF with the findings of all three, each with its
source and the contact it was learned in. All people are fictional."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.export.case_summary import case_inputs, render_case_text
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from tests.person import click, focused, press, show_with_keyboard, type_keys
from ui import dialogs
from ui.export import case_dialog, saving
from ui.main_window import MainWindow, Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def _hooks():
    saving.reset_hooks()
    dialogs.reset_hooks()
    yield
    saving.reset_hooks()
    case_dialog.drive_dialog = None


def when_modal(act) -> None:  # noqa: ANN001
    """Run ``act`` on the modal dialog once it is up (it blocks in exec()); on a busy
    machine it may take longer than a moment, so look again until it is there."""

    def run() -> None:
        modal = QApplication.activeModalWidget()
        # Up, and holding the keyboard: keys typed before that go elsewhere.
        if modal is None or not modal.isAncestorOf(QApplication.focusWidget()):
            QTimer.singleShot(50, run)
        else:
            act(modal)

    QTimer.singleShot(150, run)


def red_flag_with_source(qtbot, window: MainWindow, flag_id: str) -> None:  # noqa: ANN001
    view = window.view
    view.open_panel("red_flags")
    flags = view.panel("red_flags")
    flags.marks.select(flag_id)
    flags.marks.list.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert view.flush()
    click(qtbot, view.close_button)  # back to the case page
    assert window.mode == Mode.CASE


def test_three_contacts_through_the_window_give_one_case_summary(
    qtbot, new_store_path: Path, ini_settings, bank, tmp_path
) -> None:
    flags = bank.red_flags[:3]
    Store.create(new_store_path, PASSPHRASE, PASSPHRASE).lock()
    window = open_window(qtbot, new_store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)

    def youth(dialog) -> None:  # noqa: ANN001 - the cursor is in the youth's name
        type_keys(qtbot, "Rowan Madeup")
        dialog.form.referral.setFocus()  # the person clicks into the referral field
        type_keys(qtbot, "0400-7777-8888")
        press(qtbot, Qt.Key.Key_Return)

    when_modal(youth)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    case_id = window.case_id
    red_flag_with_source(qtbot, window, flags[0].id)
    page = window.case_page

    def caregiver(dialog) -> None:  # noqa: ANN001 - the caregiver is offered next
        assert focused() is dialog.form.interviewee_type
        type_keys(qtbot, "\tDana Fictional\n")

    when_modal(caregiver)
    click(qtbot, page.new_contact_button)
    red_flag_with_source(qtbot, window, flags[1].id)

    def collateral(dialog) -> None:  # noqa: ANN001
        assert dialog.form.interviewee_type.currentData() == "collateral"
        type_keys(qtbot, "\tMx. Teacher-Sample\n")

    when_modal(collateral)
    click(qtbot, page.new_contact_button)
    red_flag_with_source(qtbot, window, flags[2].id)
    assert page.contacts.rowCount() == 3

    target = tmp_path / "case.pdf"
    saving.answer_next_path(target)
    status: list[str] = []

    def drive(dlg) -> None:  # noqa: ANN001
        qtbot.addWidget(dlg)
        show_with_keyboard(qtbot, dlg)
        press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # Save
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # P&assword
        type_keys(qtbot, "cedar 12\tcedar 12")
        click(qtbot, dlg.save_page.pdf_button)
        status.append(dlg.save_page.status.text())
        dlg.reject()

    case_dialog.drive_dialog = drive
    click(qtbot, page.summary_button)
    assert status and "password protected" in status[0], status
    reader = PdfReader(str(target))
    assert reader.decrypt("cedar 12")
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    text = unicodedata.normalize("NFC", text)
    window.lock()

    store = Store.open(new_store_path, PASSPHRASE)
    try:
        refs = store.load_case(case_id).contacts
        assert store.load_case(case_id).summary_exported_at is not None
        lines = render_case_text(*case_inputs(store, case_id), bank).splitlines()
    finally:
        store.lock()
    red = text[text.index("3. Red flags observed") : text.index("4. CSW steps")]
    for flag, ref in zip(flags, refs, strict=True):
        day = ref.contact.date
        assert flag.text.split()[0] in red
        learned = f"{ref.interviewee.type}, {day.month}/{day.day}"
        assert learned in red
        # The same row says both: the flag and the contact it was learned in.
        assert any(flag.text in line and f"Learned in: {learned}" in line for line in lines)
    assert "Caregiver Dana Fictional" in text and "Collateral Mx. Teacher-Sample" in text
    assert "Rowan Madeup" in text and "0400-7777-8888" in text
