"""Step 4 of the export: Save PDF… (password offered by default), Save text…, Print…
and Save JSON….

The save dialog opens in the user's Documents folder with a name that says which
contact it is without the youth's name ("TR_2026-11-14_youth_contact.pdf").
Files are written only where the CSW chooses, through a temp file in that folder that is
renamed at the end (``app.export.atomic``): a cancel or failure leaves nothing.
The PDF renders on the GUI thread (well under a second for a full interview);
a progress dialog with Cancel appears only if it takes longer than half a second.
"""

from __future__ import annotations

import re
import time
from collections import deque
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.content.bank import ContentBank
from app.model import Interview, InterviewStatus
from app.store.errors import StoreError
from ui.export import engine
from ui.widgets.fitting import readable_width, scrolling_column
from ui.window_support import user_message

# Test hook: the next file dialogs answer these paths (None = cancelled) without showing.
_next_paths: deque[Path | None] = deque()
# What each file dialog was opened with: (title, suggested path). Read by tests.
asked: list[tuple[str, str]] = []


def answer_next_path(path: Path | str | None) -> None:
    _next_paths.append(Path(path) if path is not None else None)


def reset_hooks() -> None:
    _next_paths.clear()
    asked.clear()
    from ui.export import printing  # noqa: PLC0415 - on first use

    printing.reset_hooks()


def initials(name: str) -> str:
    """ "Tanya Rivera" -> "TR", "J. R." -> "JR": letters only, never the whole name."""
    words = [w for w in re.split(r"[\s.\-_,']+", name) if w]
    if len(words) == 1 and len(words[0]) <= 3 and words[0].isupper():
        return words[0]  # already initials ("TR")
    letters = "".join(next((ch for ch in w if ch.isalnum()), "") for w in words)
    return letters.upper()[:4]


def suggested_name(interview: Interview, suffix: str) -> str:
    """Which contact this is, without the youth's name: initials, contact date, interviewee
    type, e.g. "TR_2026-11-14_youth_contact.pdf"."""
    day = interview.contact.date or date.today()
    parts = [
        initials(interview.youth.name) or "youth",
        day.isoformat(),
        str(interview.interviewee.type),
        "contact",
    ]
    if interview.training:
        parts.insert(0, "TRAINING")
    name = "_".join(parts)
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", name) + suffix


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """Where to save: the file dialog, or the next path a test gave (None = cancelled).
    Also used by the case summary's dialog (``ui.export.case_dialog``)."""
    asked.append((title, suggested))
    if _next_paths:
        return _next_paths.popleft()
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def documents_folder() -> Path:
    """The user's Documents folder; their home folder if there is none (never the
    program's own folder, where a file dialog falls back to otherwise)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return Path(folder)
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation) or Path.home()
    )


MAX_WIDTH = 760


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportSave", text)


def failure_text(exc: BaseException) -> str:
    """What went wrong writing the file, in plain words in the window's language (no
    path or content; an OS error by its errno, app.oserrors)."""
    from app import oserrors  # noqa: PLC0415 - only when a write failed
    from ui import app_messages  # noqa: PLC0415 - likewise

    why = oserrors.reason(exc)
    if why == oserrors.DISK_FULL:
        return _tr("The disk is full. Free some space or choose another place.")
    if why == oserrors.NO_PERMISSION:
        return _tr("This folder cannot be written to. Choose another place.")
    if why == oserrors.READ_ONLY:
        return _tr("This disk or folder is read-only. Choose another place.")
    if why == oserrors.NOT_FOUND:
        return _tr("That folder does not exist any more. Choose another place.")
    if why == oserrors.NAME_TOO_LONG:
        return _tr("The file name is too long. Choose a shorter name.")
    if isinstance(exc, OSError):
        return _tr("The file could not be written: {reason}.").format(
            reason=app_messages.os_words(exc)
        )
    return _tr("The file could not be written ({reason}).").format(reason=type(exc).__name__)


class PdfBox(QGroupBox):
    """The PDF part of a Save page (the contact summary's and the case summary's):
    "Protect the PDF with a password" (ticked), the password twice, whom to give it to,
    and "Save PDF…". ``chosen_password()`` checks what was typed."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.protect = QCheckBox(self.tr("Pr&otect the PDF with a password (recommended)"), self)
        self.protect.setChecked(True)
        form.addRow(self.protect)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("PDF password"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("PDF password again"))
        form.addRow(self.tr("P&assword:"), self.password)
        form.addRow(self.tr("Pa&ssword again:"), self.confirm)
        hint = QLabel(
            self.tr(
                "Whoever opens the file needs this password. Give it to them another way "
                "than the file itself (not in the same e-mail)."
            ),
            self,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"), self)
        form.addRow(_left(self.pdf_button))
        readable_width(self, MAX_WIDTH)  # a readable line length on wide screens
        self.protect.toggled.connect(self._protect_toggled)

    def _protect_toggled(self, on: bool) -> None:
        for field in (self.password, self.confirm):
            field.setEnabled(on)
            if not on:
                field.clear()

    def chosen_password(self) -> tuple[str | None, str]:
        """(the password, or None when not protected; "") or (None, what to say) when the
        two fields are empty or differ (the keyboard goes where to type again)."""
        if not self.protect.isChecked():
            return None, ""
        password = self.password.text()
        if not password:
            self.password.setFocus()
            return None, self.tr("Type a password twice, or untick “Protect the PDF”.")
        if password != self.confirm.text():
            self.confirm.clear()
            self.confirm.setFocus()
            return None, self.tr("The two passwords differ. Type them again.")
        return password, ""

    def forget_password(self) -> None:
        """Once the file is written the password is not kept in the fields."""
        self.password.clear()
        self.confirm.clear()


class SavePage(QWidget):
    saved = Signal(str)  # "pdf" or "json", after the file is in place
    progress_after = 0.5  # seconds of rendering before the progress dialog shows

    def __init__(
        self, store: Any, bank: ContentBank, interview: Interview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.bank, self.interview = store, bank, interview
        self.last_path: Path | None = None
        self._progress: QProgressDialog | None = None
        self._cancelled = False
        self._started = 0.0
        self._last_events = 0.0
        layout = scrolling_column(self, MAX_WIDTH + 24)  # scrolls at 200 % text (issue 16)

        pdf = PdfBox(self.tr("Contact summary (PDF)"), self)
        self.protect, self.password, self.confirm = pdf.protect, pdf.password, pdf.confirm
        self.pdf_button = pdf.pdf_button
        self.pdf_box = pdf
        layout.addWidget(pdf)

        other = QGroupBox(self.tr("Text file and printing"), self)
        other_layout = QVBoxLayout(other)
        text_note = QLabel(
            self.tr(
                "The paste-ready text as one file, or the summary on paper. The text file is "
                "not encrypted: keep it on an encrypted drive and delete it once entered."
            ),
            other,
        )
        text_note.setWordWrap(True)
        other_layout.addWidget(text_note)
        row = QHBoxLayout()
        self.text_button = QPushButton(self.tr("Save &text…"), other)
        self.print_button = QPushButton(self.tr("P&rint…"), other)
        row.addWidget(self.text_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        other_layout.addLayout(row)
        readable_width(other, MAX_WIDTH)
        layout.addWidget(other)

        js = QGroupBox(self.tr("Complete record (JSON)"), self)
        js_layout = QVBoxLayout(js)
        note = QLabel(
            self.tr(
                "Everything recorded in this interview, for another copy of this tool. It is "
                "not for CWS/CMS, and the file is not encrypted: keep it on an encrypted drive "
                "and delete it once it has been imported."
            ),
            js,
        )
        note.setWordWrap(True)
        js_layout.addWidget(note)
        self.json_button = QPushButton(self.tr("Save &JSON…"), js)
        js_layout.addLayout(_left(self.json_button))
        readable_width(js, MAX_WIDTH)
        layout.addWidget(js)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Save status"))
        readable_width(self.status, MAX_WIDTH)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.pdf_button.clicked.connect(self.save_pdf)
        self.json_button.clicked.connect(self.save_json)
        self.text_button.clicked.connect(self.save_text)
        self.print_button.clicked.connect(self.print_summary)

    # -- choosing a place ---------------------------------------------------------------
    def _ask_path(self, title: str, suggested: str, filters: str) -> Path | None:
        return ask_save_path(self, title, suggested, filters)

    def _suggested(self, suffix: str) -> str:
        # In Documents; the name never carries the youth's name (initials only).
        return str(documents_folder() / suggested_name(self.interview, suffix))

    # -- PDF ------------------------------------------------------------------------------
    def save_pdf(self) -> bool:
        password, problem = self.pdf_box.chosen_password()
        if problem:
            self._say(problem)
            return False
        path = self._ask_path(
            self.tr("Save the contact summary"),
            self._suggested(".pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            self._say(self.tr("Not saved."))
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from app.export import ExportCancelled  # noqa: PLC0415 - on first use

        self._cancelled = False
        self._started = time.monotonic()
        self._last_events = 0.0  # the first flowable lets pending events (a Cancel) in
        try:
            result = engine.write_pdf(
                self.interview,
                self.bank,
                path,
                password=password,
                should_cancel=self._should_cancel,
            )
        except ExportCancelled:
            self._say(self.tr("Cancelled. Nothing was saved."))
            return False
        except Exception as exc:  # noqa: BLE001 - disk full, permission, a font problem
            self._say(failure_text(exc))
            return False
        finally:
            self._end_progress()
        self.last_path = path
        logged = self._record("pdf")
        text = self.tr("Saved the PDF ({pages} pages{locked}) as {name}.").format(
            pages=result.pages,
            locked=self.tr(", password protected") if result.encrypted else "",
            name=path.name,
        )
        if result.missing_glyphs:
            chars = ", ".join(f"[U+{ord(c):04X}] {n}" for c, n in result.missing_glyphs)
            text += " " + self.tr("Shown as a code because the font lacks them: {chars}.").format(
                chars=chars
            )
        self._say(text if logged else text + " " + logged_problem())
        self.pdf_box.forget_password()
        self.saved.emit("pdf")
        return True

    def cancel(self) -> None:
        """Stop a PDF being rendered (the progress dialog's Cancel; a lock)."""
        self._cancelled = True

    def _should_cancel(self) -> bool:
        now = time.monotonic()
        if now - self._last_events > 0.05:  # keep the window painted; not on every flowable
            self._last_events = now
            if self._progress is None and now - self._started > self.progress_after:
                self._progress = QProgressDialog(
                    self.tr("Writing the contact summary…"), self.tr("Cancel"), 0, 0, self
                )
                self._progress.setWindowTitle(self.tr("Export summary"))
                self._progress.canceled.connect(self.cancel)
                self._progress.show()
            QApplication.processEvents()
            if self._progress is not None and self._progress.wasCanceled():
                self._cancelled = True  # Cancel button, Escape, or the dialog closed
        return self._cancelled

    def _end_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    # -- JSON -----------------------------------------------------------------------------
    def save_json(self) -> bool:
        path = self._ask_path(
            self.tr("Save the complete record"),
            self._suggested(".json"),
            self.tr("JSON files (*.json)"),
        )
        if path is None:
            self._say(self.tr("Not saved."))
            return False
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            engine.write_json(self.interview, self.bank, path)
        except Exception as exc:  # noqa: BLE001
            self._say(failure_text(exc))
            return False
        self.last_path = path
        # A data export, not the contact summary (as the CLI): audited, status left alone.
        try:
            self.store.audit("interview_exported", f"{self.interview.id} json file")
            logged = True
        except StoreError:
            logged = False
        text = self.tr("Saved the complete record as {name}.").format(name=path.name)
        self._say(text if logged else text + " " + logged_problem())
        self.saved.emit("json")
        return True

    # -- text and paper ---------------------------------------------------------------------
    def save_text(self) -> bool:
        path = self._ask_path(
            self.tr("Save the summary as text"),
            self._suggested(".txt"),
            self.tr("Text files (*.txt)"),
        )
        if path is None:
            self._say(self.tr("Not saved."))
            return False
        if path.suffix.lower() != ".txt":
            path = path.with_name(path.name + ".txt")
        try:
            engine.write_text(self.interview, self.bank, path)
        except Exception as exc:  # noqa: BLE001
            self._say(failure_text(exc))
            return False
        self.last_path = path
        logged = self._record("text")
        text = self.tr("Saved the text as {name}.").format(name=path.name)
        self._say(text if logged else text + " " + logged_problem())
        self.saved.emit("text")
        return True

    def print_summary(self) -> bool:
        """Qt's print dialog, then the summary painted from memory onto the printer."""
        from ui.export import printing  # noqa: PLC0415 - on first use

        try:
            printer = printing.choose_printer(self)
        except printing.NoPrinter:
            self._say(self.tr("No printer is set up on this computer. County IT can add one."))
            return False
        if printer is None:
            self._say(self.tr("Not printed."))
            return False
        try:
            pages = printing.print_summary(engine.summary(self.interview, self.bank), printer)
        except Exception as exc:  # noqa: BLE001 - a printer that refuses
            self._say(
                self.tr("The summary could not be printed: {reason}").format(
                    reason=user_message(exc)
                )
            )
            return False
        try:
            self.store.record_export(self.interview.id, "print", "printer")
            self.interview.status = InterviewStatus.SUMMARY_EXPORTED
            logged = True
        except StoreError:
            logged = False
        text = self.tr("Sent {pages} pages to the printer.").format(pages=pages)
        self._say(text if logged else text + " " + logged_problem())
        self.saved.emit("print")
        return True

    # -- helpers ----------------------------------------------------------------------------
    def _record(self, fmt: str) -> bool:
        try:
            self.store.record_export(self.interview.id, fmt, "file")
        except StoreError:
            return False
        # The store set it; keep the open interview in step (the list reads the store).
        self.interview.status = InterviewStatus.SUMMARY_EXPORTED
        return True

    def _say(self, text: str) -> None:
        self.status.setText(text)


def logged_problem() -> str:
    return _tr("(The export could not be written to the log.)")
