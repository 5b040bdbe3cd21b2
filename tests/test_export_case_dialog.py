"""The case summary from a real SQLCipher store: a youth, a caregiver and a collateral
contact in one case, findings written through each contact; the summary (PDF read back,
text) names each finding's contact; the wording check fixes case and contact text in the
store; the dialog is driven with keys and clicks. All people are fictional."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.export.case_summary import (
    case_inputs,
    check_case_language,
    fix_case_finding,
    render_case_pdf,
    render_case_text,
)
from app.model import (
    Associate,
    Contact,
    ContactMethod,
    IndicatorMark,
    Interview,
    Interviewee,
    IntervieweeType,
    RedFlagObservation,
    Source,
    Youth,
)
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.person import click, focused, press, show_with_keyboard, type_keys
from ui import dialogs
from ui.clipboard import secure_clipboard
from ui.export import case_dialog, saving

NOW = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def _hooks():
    saving.reset_hooks()
    dialogs.reset_hooks()
    yield
    saving.reset_hooks()
    case_dialog.drive_dialog = None
    if QApplication.instance() is not None:  # the Qt tests copied: leave nothing behind
        secure_clipboard().clear_if_ours()


def pdf_text(path, password: str | None = None) -> str:
    reader = PdfReader(str(path))
    if password is not None:
        assert reader.decrypt(password)
    pages = [unicodedata.normalize("NFC", p.extract_text() or "") for p in reader.pages]
    return " ".join(" ".join(pages).split())


def three_contacts(store: Store, bank) -> tuple[str, dict[str, str]]:
    """A case made the way the window makes it: the youth's contact creates the case, the
    caregiver's and the school's are new contacts of it; findings through each contact."""
    youth_id = store.create_interview(
        Interview(
            content_version=bank.version,
            youth=Youth(name="Tanya R.", referral_number="0555-1234-5678-9012345"),
            interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
            contact=Contact(date=date(2026, 11, 12), start_time=time(9, 30)),
        )
    )
    case_id = store.load(youth_id).case_id
    caregiver_id = store.new_contact(
        case_id,
        Interviewee(IntervieweeType.CAREGIVER, "Rosa Vidal", "grandmother"),
        Contact(date=date(2026, 11, 14), start_time=time(16, 0)),
        bank.version,
    )
    school_id = store.new_contact(
        case_id,
        Interviewee(IntervieweeType.COLLATERAL, "Ms. Okafor", "school counselor"),
        Contact(date=date(2026, 11, 15), method=ContactMethod.PHONE),
        bank.version,
    )
    flags = bank.red_flags
    store.set_red_flag(youth_id, flags[0].id, RedFlagObservation([Source.YOUTH], "Youth-said."))
    store.set_red_flag(
        caregiver_id, flags[1].id, RedFlagObservation([Source.CAREGIVER], "Grandma-said.")
    )
    store.set_red_flag(school_id, flags[2].id, RedFlagObservation([Source.COLLATERAL], "School."))
    store.set_at_risk_indicator(caregiver_id, "E", IndicatorMark("Indicator-grandma."))
    store.save_associate(
        school_id, Associate(name="Andre", nicknames=["Dre"], notes="Picks her up at school.")
    )
    return case_id, {"youth": youth_id, "caregiver": caregiver_id, "school": school_id}


def reopened(store: Store) -> Store:
    path = store.path
    store.lock()
    return Store.open(path, PASSPHRASE)


def test_findings_written_in_three_contacts_add_up_with_their_source(store, bank, tmp_path):
    case_id, _ids = three_contacts(store, bank)
    fresh = reopened(store)
    try:
        case, view, contacts = case_inputs(fresh, case_id)
        assert [c.interviewee.type for c in contacts] == ["youth", "caregiver", "collateral"]
        result = render_case_pdf(case, view, contacts, bank, tmp_path / "c.pdf", now=NOW)
        text = pdf_text(result.path)
        rf = text[text.index("3. Red flags observed") : text.index("4. CSW steps")]
        for said, learned in (
            ("Youth-said.", "youth, 11/12"),
            ("Grandma-said.", "caregiver, 11/14"),
            ("School.", "collateral, 11/15"),
        ):
            assert said in rf and learned in rf
        assert "Indicator-grandma." in text and "Learned in: collateral, 11/15" in text
        tail = text[text.index("7. Contacts") :]
        assert "Caregiver Rosa Vidal (grandmother) — 2026-11-14 16:00" in tail
        assert "Collateral Ms. Okafor (school counselor) — 2026-11-15" in tail
        whole = render_case_text(case, view, contacts, bank, now=NOW)
        assert "Learned in: caregiver, 11/14" in whole
    finally:
        fresh.lock()


def test_wording_fixes_reach_the_case_and_the_contact_in_the_store(store, bank) -> None:
    case_id, ids = three_contacts(store, bank)
    flag = bank.red_flags[1].id
    store.set_red_flag(
        ids["caregiver"],
        flag,
        RedFlagObservation([Source.CAREGIVER], "Grandma says she is a prostitute."),
    )
    store.set_narrative(ids["school"], "The counselor called her a teen prostitute.")
    case, view, contacts = case_inputs(store, case_id)
    found = check_case_language(case, view, contacts, bank)
    assert sorted((f.where, f.finding.matched) for f in found) == [
        ("case", "prostitute"),
        ("collateral, 11/15", "teen prostitute"),
    ]
    for f in found:
        fix_case_finding(store, case, view, contacts, f)
    fresh = reopened(store)
    try:
        note = fresh.case_view(case_id).red_flags[flag]
        assert "prostitute" not in note.note and note.note.startswith("Grandma says she is")
        assert note.contact_id == ids["caregiver"]  # still where it was learned
        assert "prostitute" not in fresh.load(ids["school"]).narrative
        case, view, contacts = case_inputs(fresh, case_id)
        assert check_case_language(case, view, contacts, bank) == []
    finally:
        fresh.lock()


def test_the_dialog_saves_a_protected_case_pdf_by_keys(qtbot, store, bank, tmp_path) -> None:
    case_id, _ids = three_contacts(store, bank)
    target = tmp_path / "case.pdf"
    saving.answer_next_path(target)
    seen = []

    def drive(dlg) -> None:
        qtbot.addWidget(dlg)
        dlg.resize(1000, 680)
        show_with_keyboard(qtbot, dlg)
        assert dlg.windowTitle() == "Case summary"  # never a name in a title
        press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # the preview
        assert "Learned in: caregiver, 11/14" in dlg.preview.text.toPlainText()
        press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # save
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # P&assword
        assert focused() is dlg.save_page.password
        type_keys(qtbot, "plum tree 4\t")
        assert focused() is dlg.save_page.confirm
        type_keys(qtbot, "plum tree 4")
        click(qtbot, dlg.save_page.pdf_button)
        seen.append(dlg.save_page.status.text())
        dlg.reject()

    case_dialog.drive_dialog = drive
    case_dialog.open_case_export(None, store, bank, case_id)
    assert seen and "password protected" in seen[0], seen
    text = pdf_text(target, "plum tree 4")
    assert "Grandma-said." in text and "caregiver, 11/14" in text and "School." in text
    assert store.load_case(case_id).summary_exported_at is not None
    assert any(
        e.event == "case_summary_exported" and e.detail == f"{case_id} file"
        for e in store.audit_log()
    )


def test_the_dialog_fixes_wording_and_logs_each_copy_on_the_case(qtbot, store, bank) -> None:
    case_id, ids = three_contacts(store, bank)
    flag = bank.red_flags[1].id
    store.set_red_flag(
        ids["caregiver"], flag, RedFlagObservation([Source.CAREGIVER], "Called a prostitute.")
    )
    seen: list[str] = []

    def drive(dlg) -> None:
        qtbot.addWidget(dlg)
        show_with_keyboard(qtbot, dlg)
        page = dlg.language
        seen.append(page.where.text())
        assert page.replacement.text() == "youth"  # the guide's drop-in wording
        press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # &Fix it
        # A button's mnemonic animates the click: it lands a moment later.
        qtbot.waitUntil(lambda: "Nothing to review" in page.summary.text())
        press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # copy for CWS/CMS
        titles = [p.title for p in dlg.copy_page.parts]
        assert titles[:2] == ["Case", "1. Allegations"]
        red = titles.index("3. Red flags observed")
        button = dlg.copy_page.copy_buttons[red]
        dlg.copy_page.scroll.ensureWidgetVisible(button)  # the CSW scrolls down to it
        QApplication.processEvents()
        click(qtbot, button)
        assert "Called a youth." in QApplication.clipboard().text()
        dlg.reject()

    case_dialog.drive_dialog = drive
    assert case_dialog.open_case_export(None, store, bank, case_id) == 1
    assert seen[0].startswith("Case, learned in caregiver, 11/14: Red flag note")
    fresh = reopened(store)
    try:
        stored = fresh.case_view(case_id).red_flags[flag]
        assert (stored.note, stored.contact_id) == ("Called a youth.", ids["caregiver"])
        assert any(
            e.event == "case_summary_exported" and e.detail == f"{case_id} clipboard"
            for e in fresh.audit_log()
        )
    finally:
        fresh.lock()
