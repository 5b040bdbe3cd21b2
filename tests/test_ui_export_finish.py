"""The summary's last mile in the window (issue 13), acted as a person: Preferences set
by keys (the CSW's name, the text size, the county's heading), the save dialog's
folder and file name, Save text…, and Print… (a PDF printer, the dialog answered by
its test hook). Everything is read back from the files written and the store."""

from __future__ import annotations

import io
import tempfile
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from app.model import Contact, Interview, Interviewee, IntervieweeType, Youth
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from tests.person import click, focused, press, type_keys
from ui import dialogs, settings
from ui.chrome import apply_text_size
from ui.dialogs_new_interview import NewInterviewDialog
from ui.export import dialog as export_dialog
from ui.export import printing, saving
from ui.settings import Settings

YOUTH = "Tanya Rivera"
AGENCY, OFFICE, UNIT = "County DCFS (fictional)", "Lakewood Regional Office", "ER Unit 3"
CSW = "Dana Placeholm"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def _hooks():
    saving.reset_hooks()
    dialogs.reset_hooks()
    yield
    saving.reset_hooks()
    export_dialog.drive_dialog = None
    apply_text_size(0)  # the application font is process-wide: give the next test its own
    QApplication.instance().setStyleSheet("")


def _make(store: Store, bank) -> str:
    return store.create_interview(
        Interview(
            content_version=bank.version,
            youth=Youth(name=YOUTH),
            interviewee=Interviewee(type=IntervieweeType.YOUTH, name=YOUTH),
            contact=Contact(date=date(2026, 11, 14), start_time=time(14, 30), csw=CSW),
            narrative="Met the youth at the library. She talked about school.",
        )
    )


def _window(qtbot, tmp_path: Path, bank, **ini: str):
    path = tmp_path / "store.cec"
    s = Store.create(path, PASSPHRASE, PASSPHRASE)
    iid = _make(s, bank)
    s.lock()
    backend = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    for key, value in ini.items():
        backend.setValue(key, value)
    window = open_window(qtbot, path, Settings(backend))
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.unlocked)
    window.open_interview(iid)
    return window, iid, path


def _export(qtbot, window, drive) -> None:
    """Ctrl+E on the open interview, as the CSW presses it; ``drive`` acts in the dialog."""
    export_dialog.drive_dialog = drive
    window.activateWindow()  # back from a dialog, the person looks at the window again
    qtbot.waitUntil(
        lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None
    )
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    export_dialog.drive_dialog = None


def _to_save_page(qtbot, dlg) -> None:
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # the "&4" tab
    assert dlg.tabs.currentWidget() is dlg.save_page


def _untick_password(qtbot, dlg) -> None:
    box = dlg.save_page.protect
    click(qtbot, box, QPoint(10, box.height() // 2))  # on the tick box itself
    assert not box.isChecked()


def _active_dialog(qtbot, kind):
    """The modal dialog once it is on screen with the keyboard focus (as a person waits)."""
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.activeModalWidget(), kind)
            and QApplication.focusWidget() is not None
            and QApplication.activeModalWidget().isAncestorOf(QApplication.focusWidget())
        )
    )
    return QApplication.activeModalWidget()


def _pdf_pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [unicodedata.normalize("NFKC", p.extract_text() or "") for p in reader.pages]


# --- Preferences ---------------------------------------------------------------------------


def test_preferences_typed_by_keys_fill_new_contacts_resize_text_and_head_the_summary(
    qtbot, tmp_path, bank
) -> None:
    from ui.application import apply_style

    apply_style(QApplication.instance())  # as the app runs: a style sheet holds fonts
    window, iid, _path = _window(qtbot, tmp_path, bank)
    before = QApplication.font().pointSize()
    assert before != 14
    done: list[bool] = []

    def fill() -> None:
        _active_dialog(qtbot, dialogs.PreferencesDialog)
        press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "Your &name"
        type_keys(qtbot, CSW)
        press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "&Text size"
        type_keys(qtbot, "14")  # a closed drop-down picks the entry that starts so
        press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        type_keys(qtbot, AGENCY + "\t" + OFFICE + "\t" + UNIT)
        assert isinstance(focused(), QLineEdit)
        done.append(True)
        press(qtbot, Qt.Key.Key_Return)  # Save preferences (the default button)

    QTimer.singleShot(50, fill)
    window.preferences_action.trigger()  # File > Preferences…
    assert done == [True]
    # Remembered, and the text size applies at once to the window and its dialogs.
    backend = window.settings
    assert backend.get(settings.CSW_NAME) == CSW
    assert backend.get(settings.TEXT_SIZE) == 14
    assert settings.letterhead(backend) == (AGENCY, OFFICE, UNIT)
    assert QApplication.font().pointSize() == 14
    assert window.menuBar().font().pointSize() == 14
    assert window.view.font().pointSize() == 14
    label = window.view.findChild(QLabel)
    assert label.font().pointSize() == 14 or label.font().bold()  # headings keep their own

    # A new contact gets the CSW's name in its CSW field.
    seen: list[str] = []

    def look() -> None:
        dialog = _active_dialog(qtbot, NewInterviewDialog)
        seen.append(dialog.form.csw.text())
        dialog.reject()

    QTimer.singleShot(50, look)
    window.new_action.trigger()
    assert seen == [CSW]

    # The saved PDF carries the heading, the review line and (in the footer) the version.
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()

    def drive(dlg) -> None:
        _to_save_page(qtbot, dlg)
        _untick_password(qtbot, dlg)  # no password for this test
        saving.answer_next_path(target)
        click(qtbot, dlg.save_page.pdf_button)
        assert "Saved the PDF" in dlg.save_page.status.text()
        dlg.reject()

    _export(qtbot, window, drive)
    pages = _pdf_pages(target.read_bytes())
    lines = [ln.strip() for ln in pages[0].splitlines() if ln.strip()]
    assert lines[:4] == [AGENCY, OFFICE, UNIT, "Contact summary"]
    assert "Content version" not in pages[0].split("Confidential")[0]
    assert all(f"Content version {bank.version}" in p for p in pages)
    assert "Reviewed by:" in pages[-1] and "Date:" in pages[-1]


def test_a_name_typed_in_preferences_never_holds_a_secret_or_a_youth(tmp_path) -> None:
    # The settings file is plain: only declared, content-free keys may be in it.
    keys = {s.key for s in settings.ALL}
    assert {
        "contact/csw_name",
        "window/text_size",
        "summary/agency",
        "summary/office",
        "summary/unit",
    } <= keys
    assert not any("pass" in k or "youth" in k for k in keys)


# --- the save dialog: Documents, a name without the youth's name ------------------------


@pytest.mark.parametrize("has_documents", [True, False])
def test_save_dialogs_open_in_documents_with_initials_date_and_type(
    qtbot, tmp_path, bank, monkeypatch, has_documents
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True) if has_documents else home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs
    window, _iid, _path = _window(qtbot, tmp_path, bank)
    out = tmp_path / "out"
    out.mkdir()

    def drive(dlg) -> None:
        _to_save_page(qtbot, dlg)
        _untick_password(qtbot, dlg)
        for button, name in (
            (dlg.save_page.pdf_button, "s.pdf"),
            (dlg.save_page.text_button, "s.txt"),
            (dlg.save_page.json_button, "s.json"),
        ):
            saving.answer_next_path(out / name)
            click(qtbot, button)
            assert "Saved" in dlg.save_page.status.text(), (name, dlg.save_page.status.text())
        dlg.reject()

    _export(qtbot, window, drive)
    # Documents when it exists; else the home folder, never the program's folder.
    docs = home / "Documents" if has_documents else home
    suggested = [Path(p) for _title, p in saving.asked]
    assert [p.parent for p in suggested] == [docs] * 3
    assert [p.name for p in suggested] == [
        "TR_2026-11-14_youth_contact.pdf",
        "TR_2026-11-14_youth_contact.txt",
        "TR_2026-11-14_youth_contact.json",
    ]
    assert not any("Tanya" in p.name or "Rivera" in p.name for p in suggested)
    assert sorted(p.name for p in out.iterdir()) == ["s.json", "s.pdf", "s.txt"]


def test_save_text_writes_the_paste_ready_text_and_logs_it(qtbot, tmp_path, bank) -> None:
    window, iid, path = _window(qtbot, tmp_path, bank, **{"summary/agency": AGENCY})
    target = tmp_path / "summary.txt"

    def drive(dlg) -> None:
        _to_save_page(qtbot, dlg)
        saving.answer_next_path(target)
        click(qtbot, dlg.save_page.text_button)
        assert "Saved the text as summary.txt" in dlg.save_page.status.text()
        dlg.reject()

    _export(qtbot, window, drive)
    text = target.read_text("utf-8")
    assert text.startswith(AGENCY + "\nCONTACT SUMMARY\n")
    assert f"Youth: {YOUTH}" in text
    assert "Met the youth at the library. She talked about school." in text
    assert "Reviewed by: ___" in text
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    window.lock()
    s = Store.open(path, PASSPHRASE)
    try:
        assert any(e.event == "summary_exported" and "text file" in e.detail for e in s.audit_log())
    finally:
        s.lock()


# --- Print… ----------------------------------------------------------------------------------


def test_print_paints_the_summary_from_memory_onto_the_printer(
    qtbot, tmp_path, bank, monkeypatch
) -> None:
    window, _iid, _path = _window(qtbot, tmp_path, bank, **{"summary/agency": AGENCY})
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))  # Qt's and Python's temporary files land here
    monkeypatch.setattr(tempfile, "tempdir", None)
    printed = tmp_path / "printer.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))

    class NoPrinters:
        @staticmethod
        def availablePrinterNames() -> list[str]:  # noqa: N802 - Qt's name
            return []

    def drive(dlg) -> None:
        _to_save_page(qtbot, dlg)
        with monkeypatch.context() as m:  # a computer without a printer: said, not a dialog
            m.setattr(printing, "QPrinterInfo", NoPrinters)
            click(qtbot, dlg.save_page.print_button)
        assert "No printer is set up" in dlg.save_page.status.text()
        printing.answer_next_printer(None)  # cancelled: nothing printed
        click(qtbot, dlg.save_page.print_button)
        assert "Not printed" in dlg.save_page.status.text()
        printing.answer_next_printer(printer)
        click(qtbot, dlg.save_page.print_button)
        assert "to the printer" in dlg.save_page.status.text()
        dlg.reject()

    _export(qtbot, window, drive)
    pages = _pdf_pages(printed.read_bytes())
    text = " ".join(" ".join(pages).split())
    assert AGENCY in text and YOUTH in text
    assert "1. Allegations" in text and "11. Needs and services referred" in text
    assert "Met the youth at the library. She talked about school." in text
    assert f"Page 1 of {len(pages)}" in text
    assert "Confidential" in pages[-1] and "Reviewed by:" in text
    assert list(spool.iterdir()) == []  # no plain temporary copy was written


def test_the_text_size_chosen_before_applies_when_the_window_opens(qtbot, tmp_path, bank) -> None:
    window, _iid, _path = _window(qtbot, tmp_path, bank, **{"window/text_size": "16"})
    assert QApplication.font().pointSize() == 16
    assert window.font().pointSize() == 16 and window.view.font().pointSize() == 16


def _printed(tmp_path, summary) -> list[str]:
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    pages = printing.print_summary(summary, printer)
    text = _pdf_pages(out.read_bytes())
    assert len(text) == pages
    return text


@pytest.mark.parametrize("answers", [60, 90])
@pytest.mark.parametrize("letterhead", [(), (AGENCY, OFFICE, UNIT)])
def test_printing_keeps_every_heading_and_strands_none_at_a_page_foot(
    qtbot, tmp_path, bank, answers, letterhead
) -> None:
    from app.export import build_summary
    from app.export.sample import sample_interview

    summary = build_summary(
        sample_interview(bank, answers=answers, tattoos=3, accounts=3), bank, letterhead=letterhead
    )
    pages = _printed(tmp_path, summary)
    assert len(pages) > 3
    flat = " ".join(" ".join(pages).split())
    keep = printing.headings(summary)
    missing = [h for h in keep if h not in flat]
    assert not missing, f"lost from the print: {missing[:5]}"
    footer = ("Confidential", "Page ", "Produced ", "Content version")
    stranded = []
    for n, page in enumerate(pages[:-1], start=1):
        body = [
            ln.strip()
            for ln in page.splitlines()
            if ln.strip() and not ln.strip().startswith(footer)
        ]
        last = " ".join(body[-1].split())
        if any(h == last or (len(last) > 12 and h.endswith(last)) for h in keep):
            stranded.append((n, last))
    assert not stranded, f"headings at a page foot: {stranded}"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Tanya Rivera", "TR"),
        ("J. R.", "JR"),
        ("TR", "TR"),
        ("María José Núñez", "MJN"),
        ("tanya", "T"),
        ("", ""),
        ("  ", ""),
        ("Ana-Lucía O'Neil", "ALON"),
    ],
)
def test_initials_never_carry_the_name(name, expected) -> None:
    assert saving.initials(name) == expected


def test_a_review_line_alone_on_the_last_page_takes_the_last_heading_with_it(qtbot) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(
        "".join(f"<p>Needs {i}</p><p>Prior referral in 2024.</p>" for i in range(4))
        + "<p>Reviewed by: ______ Date: ______</p>"
    )
    doc.setPageSize(QSizeF(400, 10_000))
    last = doc.lastBlock()
    top = doc.documentLayout().blockBoundingRect(last).top()
    doc.setPageSize(QSizeF(400, top + 2))  # the review line no longer fits on page 1
    assert doc.pageCount() == 2
    keep = {f"Needs {i}" for i in range(4)}
    assert printing.stranded(doc, keep) == ("Needs 3", 1)
