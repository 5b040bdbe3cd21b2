"""THE CANARY TEST THROUGH THE WINDOW (issue 7).

A unique canary is typed, with keys, into every text field of a full interview in
the real window (the new-interview dialog, every question page, every table row,
every note), exported to a password-protected PDF through the window's export,
then the window is locked and quit. The canary must then be found nowhere on disk
but in the files the user chose: not in the data folder (the store is encrypted,
so a raw search finds nothing), the temp folders, the QSettings file, the home and
config folders, nor in any log (Python logging, Qt's messages, stdout/stderr).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.helpers import PASSPHRASE, sqlcipher_pages
from tests.helpers.texts import flush_deletes, holding
from tests.helpers.trust import canary_hits
from ui import dialogs
from ui.main_window import MainWindow, Mode
from ui.settings import Settings
from ui.widgets.date_field import DateField, TimeField
from ui.widgets.mark_list import MarkList
from ui.widgets.record_table import RecordTable

PDF_PASSWORD = "pdf-password-for-the-test"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class Typist:
    """Types ``canary-N`` into every editable text field it is shown, once per field."""

    def __init__(self, qtbot, canary: str) -> None:  # noqa: ANN001
        self.qtbot, self.canary, self.count = qtbot, canary, 0

    def text(self) -> str:
        self.count += 1
        return f"{self.canary}-{self.count}"

    def fill(self, root: QWidget) -> None:
        for w in root.findChildren(QWidget):
            if not w.isVisible() or not w.isEnabled():
                continue
            if isinstance(w, QLineEdit):
                parent = w.parentWidget()
                if (
                    w.isReadOnly()
                    or w.echoMode() != QLineEdit.EchoMode.Normal
                    or isinstance(parent, QAbstractSpinBox)
                    or isinstance(parent, DateField | TimeField)  # takes dates, refuses text
                    or (isinstance(parent, QComboBox) and not parent.isEditable())
                    or self.canary in w.text()
                    or "search" in w.objectName().lower()
                ):
                    continue
                w.setFocus()
                self.qtbot.keyClicks(w, self.text())
            elif isinstance(w, QPlainTextEdit | QTextEdit):
                if w.isReadOnly() or self.canary in w.toPlainText():
                    continue
                w.setFocus()
                self.qtbot.keyClicks(w, self.text())

    def fill_table(self, table: RecordTable) -> None:
        view, model = table.view, table.model
        if model.rowCount() == 0:
            view.setFocus()
            self.qtbot.keyClick(view, Qt.Key.Key_Insert)
        for col, column in enumerate(model.columns):
            if column.kind not in ("text", "list") or column.choices:
                continue
            view.setFocus()
            view.setCurrentIndex(model.index(0, col))
            value = self.text()
            self.qtbot.keyClick(view, value[0])  # typing opens the editor, which takes the rest
            editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
            assert len(editors) == 1, column.field
            editor = editors[0]
            self.qtbot.keyClicks(editor, value[1:])
            self.qtbot.keyClick(editor, Qt.Key.Key_Return)
            self.qtbot.wait(20)

    def fill_marks(self, marks: MarkList) -> None:
        marks.list.setFocus()
        marks.list.setCurrentRow(0)
        self.qtbot.keyClick(marks.list, Qt.Key.Key_Space)  # tick the first
        marks.note.setFocus()
        self.qtbot.keyClicks(marks.note, self.text())


def _create_store_and_interview(qtbot, window: MainWindow, typist: Typist) -> None:  # noqa: ANN001
    page = window.welcome
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    assert window.mode == Mode.LIST
    filled: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        filled.append(type(dialog).__name__)
        typist.fill(dialog)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(100, fill_in)
    qtbot.keyClick(window.list_page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert filled == ["NewInterviewDialog"] and window.mode == Mode.INTERVIEW
    window.activateWindow()  # shortcuts (Ctrl+E, Ctrl+L) need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _fill_every_panel(qtbot, window: MainWindow, typist: Typist) -> None:  # noqa: ANN001
    view = window.page(Mode.INTERVIEW)
    for panel_id in list(view.flow()):
        view.open_panel(panel_id)
        panel = view.panel(panel_id)
        if panel_id == "tattoos":  # a mark on the chest shows the details
            box = panel.map.figure_rect("front")
            qtbot.mouseClick(
                panel.map,
                Qt.MouseButton.LeftButton,
                pos=QPoint(
                    int(box.left() + 0.5 * box.width()), int(box.top() + 0.25 * box.height())
                ),
            )
        if panel_id == "allegations":
            qtbot.keyClick(panel.table.view, Qt.Key.Key_Insert)  # adds an allegation
        for marks in panel.findChildren(MarkList):
            if marks.isVisible():
                typist.fill_marks(marks)
        for table in panel.findChildren(RecordTable):
            if table.isVisible():
                typist.fill_table(table)
        pages = [p.key for p in panel.pages()] if len(panel.pages()) > 1 else [""]
        for key in pages:
            if key:
                view.open_panel(f"{panel_id}/{key}")
            typist.fill(panel)
        # Responsibilities' steps become due from the red flags ticked above.
        view.refresh()
    view.open_panel("responsibilities")
    typist.fill(view.panel("responsibilities"))
    assert view.flush()


def _export_pdf_through_the_window(qtbot, window: MainWindow, pdf: Path) -> None:  # noqa: ANN001
    from ui.export import dialog as export_dialog
    from ui.export import saving

    def drive(dialog) -> None:  # noqa: ANN001
        page = dialog.save_page
        dialog.tabs.setCurrentWidget(page)
        qtbot.keyClicks(page.password, PDF_PASSWORD)
        qtbot.keyClicks(page.confirm, PDF_PASSWORD)
        saving.answer_next_path(pdf)
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    view = window.page(Mode.INTERVIEW)
    old = export_dialog.drive_dialog
    export_dialog.drive_dialog = drive
    try:
        qtbot.keyClick(
            view.focusWidget() or view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
        )
    finally:
        export_dialog.drive_dialog = old
        saving.reset_hooks()
    assert pdf.is_file()


def test_canary_typed_in_the_window_is_found_nowhere_else(
    qtbot,
    qtlog,
    isolated: dict[str, Path],
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    started = time.time() - 1
    canary = f"Cnry{secrets.token_hex(8)}"
    ini = isolated["config"] / "settings.ini"
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    store_path = isolated["data"] / "store.cec"
    dialogs.reset_hooks()
    dialogs.record_messages = True

    window = MainWindow(store_path, settings, backoff_tick_ms=10)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    typist = Typist(qtbot, canary)
    _create_store_and_interview(qtbot, window, typist)
    _fill_every_panel(qtbot, window, typist)
    interview_id = window.interview_id
    pdf = isolated["chosen"] / "summary.pdf"
    _export_pdf_through_the_window(qtbot, window, pdf)

    # What went in: every field the typist filled is in the store (decrypted here).
    record = json.dumps(_dump(window.store.load(interview_id)), default=str)
    stored = {n for n in range(1, typist.count + 1) if f"{canary}-{n}" in record}
    missing = sorted(set(range(1, typist.count + 1)) - stored)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # lock
    assert window.mode == Mode.LOCKED
    window.close()  # quit
    flush_deletes(qtbot)
    in_widgets = holding([canary])

    # The canary really went in and out (else zero hits below would prove nothing).
    plain = sqlcipher_pages.plaintext(store_path, PASSPHRASE)
    reader = PdfReader(pdf)
    assert reader.is_encrypted and canary.encode() not in pdf.read_bytes()
    reader.decrypt(PDF_PASSWORD)
    pdf_text = "".join(page.extract_text() for page in reader.pages)

    skip = {pdf}
    roots = [isolated[n] for n in ("data", "tmp", "home", "config", "chosen")]
    disk_hits = canary_hits(roots, canary, skip)
    system_tmp = Path(os.environ.get("PYTEST_SYSTEM_TMP", "/tmp"))
    disk_hits += canary_hits([system_tmp], canary, skip, since=started)
    out, err = capfd.readouterr()
    log_hits = [r.getMessage()[:60] for r in caplog.records if canary in r.getMessage()]
    log_hits += [r.message[:60] for r in qtlog.records if canary in r.message]
    log_hits += ["stdout/stderr"] if canary in out + err else []

    print(
        f"\ncanary: {typist.count} fields typed, {len(stored)} stored, "
        f"{plain.count(canary.encode())} occurrences inside the decrypted store, "
        f"PDF has it: {canary in pdf_text}; hits on disk {len(disk_hits)}, "
        f"in logs {len(log_hits)}, in widgets {len(in_widgets)}"
    )
    assert typist.count >= 60, "the walk reached too few fields"
    assert missing == [], f"typed but not stored: {missing}"
    assert canary.encode() in plain and canary in pdf_text
    assert ini.is_file()  # the settings file was written (geometry) and searched
    assert disk_hits == []
    assert log_hits == []
    assert in_widgets == []
    # The search itself finds a plain canary (else zero hits would mean nothing).
    (isolated["tmp"] / "probe.bin").write_bytes(canary.encode("utf-16-le"))
    assert len(canary_hits([isolated["tmp"]], canary, skip)) == 1


def _dump(interview) -> dict:  # noqa: ANN001
    import dataclasses

    return dataclasses.asdict(interview)
