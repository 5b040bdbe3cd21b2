"""The export dialog, driven with keys and clicks on a real SQLCipher store:
wording check and fixes, copy with clearing, Save PDF (password) and Save JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.model import Allegation, Answer, Interview, Interviewee, IntervieweeType, Response, Youth
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from ui import dialogs
from ui.clipboard import secure_clipboard
from ui.export import dialog as export_dialog
from ui.export import saving
from ui.export.dialog import ExportDialog
from ui.interview import InterviewView
from ui.settings import Settings

NOTE = "Per the old record she was a prostitute at the motel; she chose to stay."
OWN = "He told me I was his prostitute and I chose to go."  # the youth's words: never changed
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def _hooks():
    saving.reset_hooks()
    dialogs.reset_hooks()
    yield
    saving.reset_hooks()
    export_dialog.drive_dialog = None
    secure_clipboard().clear_if_ours()


def question_id(bank) -> str:
    return bank.section("youth.open_ended").items[0].id


def make(store: Store, bank) -> str:
    interview = Interview(
        content_version=bank.version,
        youth=Youth(name="Avery Example", referral_number="0999-0000-1234"),
        interviewee=Interviewee(type=IntervieweeType.YOUTH, name="Avery Example"),
        narrative="Met the youth at the placement. She is a willing participant, staff said.",
    )
    interview.answers[question_id(bank)] = Answer(Response.YES, own_words=OWN, notes=NOTE)
    interview.allegations.append(
        Allegation(subcategory="cse", alleged_victim="Avery Example", reasons="Seen with adults.")
    )
    return store.create_interview(interview)


def unlocked_window(qtbot, tmp_path: Path, bank):
    """The real window, unlocked, with the interview open: (window, interview id)."""
    path = tmp_path / "store.cec"
    s = Store.create(path, PASSPHRASE, PASSPHRASE)
    iid = make(s, bank)
    s.lock()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = open_window(qtbot, path, settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.unlocked)
    window.open_interview(iid)
    return window, iid


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def test_ctrl_e_fix_in_place_saves_to_store_and_keeps_own_words(qtbot, store, bank) -> None:
    iid = make(store, bank)
    view = show(qtbot, InterviewView(store, bank, iid))
    seen: list[ExportDialog] = []

    def drive(dlg: ExportDialog) -> None:
        seen.append(dlg)
        page = dlg.language
        dlg.show()
        qtbot.waitExposed(dlg)
        # Only the CSW's note and narrative are listed: the quote is never checked.
        assert [f.matched.lower() for f in page.findings] == [
            "willing participant",
            "prostitute",
            "chose to",
        ]
        assert all(f.path != f"answers[{question_id(bank)}].own_words" for f in page.findings)
        page.list.setCurrentRow(1)
        assert "prostitute" in page.context.text()
        assert page.reason.text() and page.suggestion.text()
        assert page.replacement.text() == "youth"
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
        # The remaining finding in that note has no drop-in: the CSW types one.
        row = next(i for i, f in enumerate(page.findings) if f.term_id == "chose_to")
        page.list.setCurrentRow(row)
        assert not page.apply_button.isEnabled()
        page.replacement.setFocus()
        qtbot.keyClicks(page.replacement, "decided to")
        qtbot.keyClick(page.replacement, Qt.Key.Key_Return)
        assert [f.term_id for f in page.findings] == ["willingly"]
        page.list.setCurrentRow(0)
        page.replacement.setText("present")
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
        assert page.findings == [] and "Nothing to review" in page.summary.text()
        dlg.reject()

    view.open_panel("review")  # built before the fix: it must not keep showing the old words
    export_dialog.drive_dialog = drive
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+E did not open the export"
    assert view.current_panel() == "review"
    shown = view.panel("review").narrative.toPlainText()
    assert "She is a present, staff said." in shown
    assert view.flush()
    assert store.load(iid).narrative == shown
    stored = store.load(iid).answers[question_id(bank)]
    assert stored.notes == "Per the old record she was a youth at the motel; she decided to stay."
    assert stored.own_words == OWN
    assert view.ctx.interview.answers[question_id(bank)].notes == stored.notes


def test_fixes_reach_each_kind_of_record(qtbot, store, bank) -> None:
    iid = make(store, bank)
    interview = store.load(iid)
    dlg = ExportDialog(store, bank, interview)
    qtbot.addWidget(dlg)
    page = dlg.language
    narrative = next(i for i, f in enumerate(page.findings) if f.path == "narrative")
    page.list.setCurrentRow(narrative)
    page.replacement.setText("present")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert store.load(iid).narrative == (
        "Met the youth at the placement. She is a present, staff said."
    )
    assert dlg.fixes == 1
    # An allegation's reasons: saved with save_allegation.
    interview.allegations[0].reasons = "The teen prostitute label was in the referral."
    store.save_allegation(iid, interview.allegations[0])
    page.recheck()
    row = next(i for i, f in enumerate(page.findings) if f.owner == "allegations")
    page.list.setCurrentRow(row)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert store.load(iid).allegations[0].reasons == "The youth label was in the referral."


def test_copy_goes_to_clipboard_and_is_cleared_after_time(qtbot, store, bank) -> None:
    iid = make(store, bank)
    dlg = show(qtbot, ExportDialog(store, bank, store.load(iid)))
    clip = secure_clipboard()
    clip.clear_after_seconds = 1
    dlg.tabs.setCurrentWidget(dlg.copy_page)
    parts = dlg.copy_page.parts
    narrative = next(i for i, p in enumerate(parts) if p.id == "narrative")
    qtbot.mouseClick(dlg.copy_page.copy_buttons[narrative], Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == parts[narrative].text
    assert "Met the youth at the placement" in QApplication.clipboard().text()
    assert "1 s" in dlg.copy_page.status.text()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)
    # The copy is audited (format and kind of destination only) and the status set.
    assert any(
        e.event == "summary_exported" and e.detail.endswith("text clipboard")
        for e in store.audit_log()
    )
    assert store.load(iid).status == "summary_exported"
    clip.clear_after_seconds = 60


def test_copy_is_cleared_on_lock(qtbot, tmp_path, bank) -> None:
    window, _iid = unlocked_window(qtbot, tmp_path, bank)
    copied: list[str] = []

    def drive(dlg: ExportDialog) -> None:
        dlg.show()
        dlg.tabs.setCurrentWidget(dlg.copy_page)
        qtbot.mouseClick(dlg.copy_page.copy_buttons[0], Qt.MouseButton.LeftButton)
        copied.append(QApplication.clipboard().text())
        window.lock()  # rejects the dialog, clears our text
        assert not dlg.isVisible()

    export_dialog.drive_dialog = drive
    window.view.export_summary()
    assert copied and copied[0]
    assert QApplication.clipboard().text() == ""
    assert window.mode.value == "locked"


def _save_pdf(qtbot, dlg: ExportDialog, target: Path, password: str | None) -> None:
    page = dlg.save_page
    dlg.tabs.setCurrentWidget(page)
    if password is None:
        if page.protect.isChecked():
            page.protect.setFocus()
            qtbot.keyClick(page.protect, Qt.Key.Key_Space)
        assert not page.password.isEnabled()
    else:
        qtbot.keyClicks(page.password, password)
        qtbot.keyClicks(page.confirm, password)
    saving.answer_next_path(target)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)


def test_save_pdf_with_password_and_list_shows_exported(qtbot, tmp_path, bank) -> None:
    window, _iid = unlocked_window(qtbot, tmp_path, bank)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "summary.pdf"

    def drive(dlg: ExportDialog) -> None:
        dlg.show()
        page = dlg.save_page
        # The password is offered by default and must be typed twice alike.
        assert page.protect.isChecked()
        dlg.tabs.setCurrentWidget(page)
        qtbot.keyClicks(page.password, "blue heron 7")
        qtbot.keyClicks(page.confirm, "blue heron 8")
        saving.answer_next_path(target)
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
        assert "differ" in page.status.text() and not target.exists()
        saving.reset_hooks()  # the file dialog was never reached
        qtbot.keyClicks(page.confirm, "blue heron 7")  # the wrong one was cleared
        saving.answer_next_path(target)
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
        assert "password protected" in page.status.text()
        dlg.reject()

    export_dialog.drive_dialog = drive
    qtbot.keyClick(
        window.view.focusWidget() or window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
    )
    assert sorted(p.name for p in out.iterdir()) == ["summary.pdf"]  # no temp file left
    reader = PdfReader(target)
    assert reader.is_encrypted
    with pytest.raises(Exception):  # noqa: B017 - pypdf's error type varies by version
        reader.pages[0].extract_text()
    reader = PdfReader(target)
    assert reader.decrypt("blue heron 7")
    assert "Avery Example" in reader.pages[0].extract_text()
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    window.show_list()
    # Issue 14: the list shows cases; the contact's status is on its case page.
    window.open_case(window.list_page.current_id())
    table = window.case_page.contacts
    texts = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(4)]
    assert "Summary exported" in texts


def test_cancel_leaves_nothing(qtbot, store, bank, tmp_path) -> None:
    iid = make(store, bank)
    dlg = show(qtbot, ExportDialog(store, bank, store.load(iid)))
    out = tmp_path / "out"
    out.mkdir()
    # Cancelled in the file dialog.
    _save_pdf(qtbot, dlg, out / "x.pdf", None)
    saving.reset_hooks()
    saving.answer_next_path(None)
    qtbot.mouseClick(dlg.save_page.pdf_button, Qt.MouseButton.LeftButton)
    assert "Not saved" in dlg.save_page.status.text()
    # Cancelled while rendering: the render keeps the window responsive, so the
    # progress dialog's Cancel (here a queued call) is seen between two flowables.
    (out / "x.pdf").unlink()
    saving.answer_next_path(out / "y.pdf")
    QTimer.singleShot(0, dlg.save_page.cancel)
    qtbot.mouseClick(dlg.save_page.pdf_button, Qt.MouseButton.LeftButton)
    assert "Cancelled" in dlg.save_page.status.text()
    assert list(out.iterdir()) == []


def test_save_json_validates_against_schema(qtbot, store, bank, tmp_path) -> None:
    import jsonschema

    iid = make(store, bank)
    dlg = show(qtbot, ExportDialog(store, bank, store.load(iid)))
    dlg.tabs.setCurrentWidget(dlg.save_page)
    target = tmp_path / "record"
    saving.answer_next_path(target)
    qtbot.mouseClick(dlg.save_page.json_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "record.json"
    assert written.exists() and not target.exists()
    data = json.loads(written.read_text(encoding="utf-8"))
    schema = json.loads(Path("docs/interview.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert data["interview"]["answers"][question_id(bank)]["own_words"] == OWN
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".record")] == []
    assert any(e.event == "interview_exported" for e in store.audit_log())


def test_save_failure_says_why_and_leaves_nothing(qtbot, store, bank, tmp_path) -> None:
    iid = make(store, bank)
    dlg = show(qtbot, ExportDialog(store, bank, store.load(iid)))
    _save_pdf(qtbot, dlg, tmp_path / "gone" / "x.pdf", None)
    assert "does not exist" in dlg.save_page.status.text()
    assert store.load(iid).status == "in_progress"


def test_lock_while_the_dialog_is_open_closes_it(qtbot, tmp_path, bank) -> None:
    """The real modal loop: the idle lock (here a timer) rejects it and drops the view."""
    window, _iid = unlocked_window(qtbot, tmp_path, bank)
    QTimer.singleShot(300, lambda: window.lock("idle"))
    window.view.export_summary()  # returns once the lock has rejected the dialog
    assert window.mode.value == "locked" and window.view is None
    assert [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()
    ] == []


def test_training_case_is_marked_everywhere(qtbot, bank, tmp_path) -> None:
    from app.training.marking import TRAINING_MARK
    from ui.export import engine

    practice = Interview(
        content_version=bank.version, training=True, youth=Youth(name="Practice Youth")
    )
    dlg = ExportDialog(None, bank, practice)  # the store is only used when saving
    qtbot.addWidget(dlg)
    dlg.refresh_texts()
    assert "training" in dlg.windowTitle()
    assert dlg.training_banner is not None and TRAINING_MARK in dlg.training_banner.text()
    plain = ExportDialog(None, bank, Interview(content_version=bank.version))
    qtbot.addWidget(plain)
    assert plain.training_banner is None
    assert dlg.preview.text.toPlainText().startswith(TRAINING_MARK)
    assert dlg.copy_page.parts and all(TRAINING_MARK in p.text for p in dlg.copy_page.parts)
    assert json.loads(engine.json_bytes(practice, bank))["interview"]["training"] is True
    result = engine.write_pdf(practice, bank, tmp_path / "t.pdf")
    assert TRAINING_MARK in PdfReader(result.path).pages[0].extract_text()
    real = Interview(content_version=bank.version, youth=Youth(name="Real Placeholder"))
    assert TRAINING_MARK not in engine.full_text(real, bank)


def test_disk_full_says_so_and_leaves_nothing(qtbot, store, bank, tmp_path, monkeypatch) -> None:
    import errno
    import os

    import app.export.atomic as atomic

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    iid = make(store, bank)
    dlg = show(qtbot, ExportDialog(store, bank, store.load(iid)))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(atomic.os, "fsync", full)
    _save_pdf(qtbot, dlg, out / "x.pdf", "blue heron 7")
    assert "disk is full" in dlg.save_page.status.text()
    saving.answer_next_path(out / "x.json")
    qtbot.mouseClick(dlg.save_page.json_button, Qt.MouseButton.LeftButton)
    assert "disk is full" in dlg.save_page.status.text()
    assert list(out.iterdir()) == []
    assert store.load(iid).status == "in_progress"


def test_progress_dialog_cancel_button_stops_the_render(qtbot, store, bank, tmp_path) -> None:
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    iid = make(store, bank)
    interview = store.load(iid)
    interview.narrative = ("A fictional paragraph of narrative text. " * 20 + "\n\n") * 200
    dlg = show(qtbot, ExportDialog(store, bank, interview))
    dlg.save_page.progress_after = 0.0  # show it at once instead of after half a second
    clicked: list[bool] = []

    def press_cancel() -> None:
        boxes = [p for p in dlg.findChildren(QProgressDialog) if p.isVisible()]
        if not boxes:
            QTimer.singleShot(20, press_cancel)
            return
        qtbot.mouseClick(boxes[0].findChild(QPushButton), Qt.MouseButton.LeftButton)
        clicked.append(True)

    QTimer.singleShot(0, press_cancel)
    out = tmp_path / "out"
    out.mkdir()
    _save_pdf(qtbot, dlg, out / "x.pdf", None)
    assert clicked and "Cancelled" in dlg.save_page.status.text()
    assert list(out.iterdir()) == []
    assert store.load(iid).status == "in_progress"
