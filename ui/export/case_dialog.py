"""The case summary's export dialog (issue 14): wording check over the whole case,
preview, copy for CWS/CMS, save PDF (password offered by default), text or JSON (v2).

``open_case_export(parent, store, bank, case_id)`` is the entry point ("Case summary…"
on the case page). It reads the case afresh (``app.export.case_summary.case_inputs``),
so what the CSW typed in any contact is in it. The pages are the contact summary's
(``LanguagePage`` checks the case and fixes through the store, ``PreviewPage``,
``CopyPage``); the save page is a small one of its own: the case summary has no
Print (the contact summary's printing paints one contact), and its JSON is the
interchange's version 2 case file.
"""

from __future__ import annotations

import re
import time
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.content.bank import ContentBank
from app.export.case_summary import (
    CaseLanguageFinding,
    case_inputs,
    case_paste_sections,
    check_case_language,
    fix_case_finding,
    render_case_pdf,
    render_case_text,
    write_case_json,
)
from app.export.language import LanguageFinding, quoted_terms
from app.store.errors import StoreError
from ui.clipboard import secure_clipboard
from ui.dialogs import RememberedDialog
from ui.export import engine
from ui.export.language_page import LanguagePage, where
from ui.export.saving import (
    MAX_WIDTH,
    PdfBox,
    ask_save_path,
    documents_folder,
    failure_text,
    initials,
)
from ui.export.text_pages import CopyPage, PreviewPage
from ui.widgets.fitting import readable_width, scrolling_column

# Test hook: called with the dialog instead of exec() (tests drive it, then close it).
drive_dialog: Any = None


class CaseInputs:
    """The case as the dialog shows it: read once, re-read after each fix."""

    def __init__(self, store: Any, case_id: str) -> None:
        self.store, self.case_id = store, case_id
        self.reload()

    def reload(self) -> None:
        self.case, self.view, self.contacts = case_inputs(self.store, self.case_id)


class CaseLanguagePage(LanguagePage):
    """The wording check over the case: its parts once, each contact's own text."""

    def __init__(
        self, store: Any, bank: ContentBank, inputs: CaseInputs, parent: QWidget | None = None
    ) -> None:
        self.inputs = inputs
        self._found: dict[int, CaseLanguageFinding] = {}
        super().__init__(store, bank, inputs.view, parent)

    def check(self) -> list[LanguageFinding]:
        i = self.inputs
        found = check_case_language(i.case, i.view, i.contacts, self.bank)
        self._found = {id(f.finding): f for f in found}
        return [f.finding for f in found]

    def quoted_findings(self) -> list[LanguageFinding]:
        """Terms in the quoted words of every contact of the case (information only)."""
        return [f for contact in self.inputs.contacts for f in quoted_terms(contact)]

    def place(self, finding: LanguageFinding) -> str:
        found = self._found[id(finding)]
        holder = next(
            (c for c in self.inputs.contacts if c.id == found.contact_id), self.inputs.view
        )
        head = found.where.capitalize()
        if found.learned_in:  # "Case, learned in caregiver, 11/14: Red flag note: …"
            head += ", " + self.tr("learned in {contact}").format(contact=found.learned_in)
        return f"{head}: {where(finding, holder, self.bank)}"

    def save_fix(self, finding: LanguageFinding, text: str) -> None:
        i = self.inputs
        fix_case_finding(self.store, i.case, i.view, i.contacts, self._found[id(finding)], text)


def suggested_name(inputs: CaseInputs, suffix: str) -> str:
    """Which case, without the youth's name: "TR_2026-11-15_case_summary.pdf" (initials,
    the last contact's date)."""
    days = [r.contact.date for r in inputs.case.contacts if r.contact.date]
    parts = [
        initials(inputs.case.youth.name) or "youth",
        max(days).isoformat() if days else date.today().isoformat(),
        "case_summary",
    ]
    if inputs.case.training:
        parts.insert(0, "TRAINING")
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", "_".join(parts)) + suffix


class CaseSavePage(QWidget):
    saved = Signal(str)

    def __init__(
        self, store: Any, bank: ContentBank, inputs: CaseInputs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.bank, self.inputs = store, bank, inputs
        self._cancelled = False
        self._last_events = 0.0
        layout = scrolling_column(self, MAX_WIDTH + 24)  # scrolls at 200 % text (issue 16)
        pdf = PdfBox(self.tr("Case summary (PDF)"), self)
        self.protect, self.password, self.confirm = pdf.protect, pdf.password, pdf.confirm
        self.pdf_button = pdf.pdf_button
        self.pdf_box = pdf
        layout.addWidget(pdf)
        other = QGroupBox(self.tr("Text file"), self)
        other_layout = QVBoxLayout(other)
        note = QLabel(
            self.tr(
                "The paste-ready text as one file. It is not encrypted: keep it on an "
                "encrypted drive and delete it once entered."
            ),
            other,
        )
        note.setWordWrap(True)
        other_layout.addWidget(note)
        self.text_button = QPushButton(self.tr("Save &text…"), other)
        row = QHBoxLayout()
        row.addWidget(self.text_button)
        row.addStretch(1)
        other_layout.addLayout(row)
        readable_width(other, MAX_WIDTH)
        layout.addWidget(other)
        js = QGroupBox(self.tr("Complete case (JSON)"), self)
        js_layout = QVBoxLayout(js)
        js_note = QLabel(
            self.tr(
                "The whole case with its contacts, for another copy of this tool. It is not "
                "for CWS/CMS, and the file is not encrypted: keep it on an encrypted drive "
                "and delete it once it has been imported."
            ),
            js,
        )
        js_note.setWordWrap(True)
        js_layout.addWidget(js_note)
        self.json_button = QPushButton(self.tr("Save &JSON…"), js)
        row = QHBoxLayout()
        row.addWidget(self.json_button)
        row.addStretch(1)
        js_layout.addLayout(row)
        readable_width(js, MAX_WIDTH)
        layout.addWidget(js)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Save status"))
        readable_width(self.status, MAX_WIDTH)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.text_button.clicked.connect(self.save_text)
        self.json_button.clicked.connect(self.save_json)

    def save_pdf(self) -> bool:
        password, problem = self.pdf_box.chosen_password()
        if problem:
            self.status.setText(problem)
            return False
        path = ask_save_path(
            self,
            self.tr("Save the case summary"),
            str(documents_folder() / suggested_name(self.inputs, ".pdf")),
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            self.status.setText(self.tr("Not saved."))
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from app.export import ExportCancelled  # noqa: PLC0415 - reportlab, on first use

        self._cancelled = False
        i = self.inputs
        try:
            result = render_case_pdf(
                i.case,
                i.view,
                i.contacts,
                self.bank,
                path,
                password=password,
                training=i.case.training,
                should_cancel=self._should_cancel,
                letterhead=engine.letterhead(),
            )
        except ExportCancelled:
            self.status.setText(self.tr("Cancelled. Nothing was saved."))
            return False
        except Exception as exc:  # noqa: BLE001 - disk full, permission, a font problem
            self.status.setText(failure_text(exc))
            return False
        text = self.tr("Saved the case summary ({pages} pages{locked}) as {name}.").format(
            pages=result.pages,
            locked=self.tr(", password protected") if result.encrypted else "",
            name=path.name,
        )
        self.status.setText(text + self._record("file"))
        self.pdf_box.forget_password()
        self.saved.emit("pdf")
        return True

    def save_text(self) -> bool:
        path = ask_save_path(
            self,
            self.tr("Save the case summary as text"),
            str(documents_folder() / suggested_name(self.inputs, ".txt")),
            self.tr("Text files (*.txt)"),
        )
        if path is None:
            self.status.setText(self.tr("Not saved."))
            return False
        if path.suffix.lower() != ".txt":
            path = path.with_name(path.name + ".txt")
        from app.export.atomic import atomic_write  # noqa: PLC0415 - reportlab, on first use

        i = self.inputs
        try:
            text = render_case_text(
                i.case,
                i.view,
                i.contacts,
                self.bank,
                training=i.case.training,
                letterhead=engine.letterhead(),
            )
            atomic_write(path, text.encode("utf-8"))
        except Exception as exc:  # noqa: BLE001
            self.status.setText(failure_text(exc))
            return False
        said = self.tr("Saved the text as {name}.").format(name=path.name)
        self.status.setText(said + self._record("file"))
        self.saved.emit("text")
        return True

    def save_json(self) -> bool:
        path = ask_save_path(
            self,
            self.tr("Save the complete case"),
            str(documents_folder() / suggested_name(self.inputs, ".json")),
            self.tr("JSON files (*.json)"),
        )
        if path is None:
            self.status.setText(self.tr("Not saved."))
            return False
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        i = self.inputs
        try:
            write_case_json(i.case, i.view, i.contacts, self.bank, path)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(failure_text(exc))
            return False
        # A data export, not the summary (as the contact's JSON): audited, status left alone.
        said = self.tr("Saved the complete case as {name}.").format(name=path.name)
        try:
            self.store.audit("case_exported", f"{i.case_id} json file")
        except StoreError:
            said += " " + self.tr("(The export could not be written to the log.)")
        self.status.setText(said)
        self.saved.emit("json")
        return True

    def cancel(self) -> None:
        self._cancelled = True

    def _should_cancel(self) -> bool:
        now = time.monotonic()
        if now - self._last_events > 0.05:  # keep the window painted
            self._last_events = now
            QApplication.processEvents()
        return self._cancelled

    def _record(self, destination: str) -> str:
        """Log the export on the case ("summary exported"); "" or what went wrong."""
        try:
            self.store.record_case_export(self.inputs.case_id, destination)
        except StoreError:
            return " " + self.tr("(The export could not be written to the log.)")
        return ""


class CaseExportDialog(RememberedDialog):
    geometry_name = "case_export"

    def __init__(
        self, store: Any, bank: ContentBank, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.bank = store, bank
        self.inputs = CaseInputs(store, case_id)
        self.fixes = 0
        self._stale = True
        training = self.inputs.case.training
        self.setWindowTitle(  # never a name: titles show in task bars
            self.tr("Case summary — training (fictional case)")
            if training
            else self.tr("Case summary")
        )
        self.resize(1000, 680)
        layout = QVBoxLayout(self)
        self.training_banner: QWidget | None = None
        if training:
            from ui.training.banner import TrainingBanner  # noqa: PLC0415 - a real export never loads ui.training

            self.training_banner = TrainingBanner(self)
            layout.addWidget(self.training_banner)
        self.tabs = QTabWidget(self)
        self.language = CaseLanguagePage(store, bank, self.inputs, self.tabs)
        self.preview = PreviewPage(
            self.tabs,
            self.tr(
                "What the case summary will say, as text, in the order of the PDF. The PDF "
                "adds the page header and footer."
            ),
        )
        self.copy_page = CopyPage(
            store,
            "",
            lambda: secure_clipboard().clear_after_seconds,
            self.tabs,
            record=lambda: store.record_case_export(case_id, "clipboard"),
        )
        self.save_page = CaseSavePage(store, bank, self.inputs, self.tabs)
        self.tabs.addTab(self.language, self.tr("&1 Wording check"))
        self.tabs.addTab(self.preview, self.tr("&2 Preview"))
        self.tabs.addTab(self.copy_page, self.tr("&3 Copy for CWS/CMS"))
        self.tabs.addTab(self.save_page, self.tr("&4 Save"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the case summary")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.fixed.connect(self._fixed)
        self.language.proceed.connect(lambda: self.tabs.setCurrentWidget(self.preview))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def _fixed(self) -> None:
        self.fixes += 1
        self._stale = True

    def _tab_changed(self, _index: int) -> None:
        if self._stale and self.tabs.currentWidget() in (self.preview, self.copy_page):
            self.refresh_texts()

    def refresh_texts(self) -> None:
        i = self.inputs
        training = i.case.training
        self.preview.show_text(
            render_case_text(
                i.case,
                i.view,
                i.contacts,
                self.bank,
                training=training,
                letterhead=engine.letterhead(),
            )
        )
        self.copy_page.show_parts(
            case_paste_sections(i.case, i.view, i.contacts, self.bank, training=training)
        )
        self._stale = False

    def reject(self) -> None:
        self.save_page.cancel()
        super().reject()


def open_case_export(parent: QWidget, store: Any, bank: ContentBank, case_id: str) -> int:
    """Run the case summary's dialog; the number of wording fixes saved (the caller
    reloads what it shows when there were any)."""
    dialog = CaseExportDialog(store, bank, case_id, parent)
    if drive_dialog is not None:
        drive_dialog(dialog)
    else:
        dialog.exec()
    fixes = dialog.fixes
    if shiboken6.isValid(dialog):
        dialog.deleteLater()
    return fixes
