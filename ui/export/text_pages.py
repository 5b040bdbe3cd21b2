"""Steps 2 and 3 of the export: a faithful text preview, and the paste-ready parts
for CWS/CMS, each with a Copy button.

The preview is the summary as plain text (``render_text``: the PDF's content,
in its order); PySide6-Essentials has no QtPdf, and rasterising the PDF would
need another program and a plain file on disk, which the tool never writes.
Copies go through ``ui.clipboard`` (marked sensitive, cleared after the
configured seconds and on lock and quit) and each is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.store.errors import StoreError
from ui.clipboard import secure_clipboard
from ui.window_support import user_message


def _read_only_text(parent: QWidget, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    # The window's font (it was the system's, which ignored the text size: issue 16).
    return box


class PreviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None, note: str | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        note = QLabel(
            note
            or self.tr(
                "What the summary will say, as text, in the order of the PDF. The PDF adds "
                "the page header and footer and draws the tattoo outline."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.text = _read_only_text(self, self.tr("Summary preview"))
        layout.addWidget(self.text, 1)

    def show_text(self, text: str) -> None:
        self.text.setPlainText(text)


class CopyPage(QWidget):
    """One block per paste part; ``copy(i)`` is what each Copy button does."""

    def __init__(
        self,
        store: Any,
        interview_id: str,
        clear_seconds: Callable[[], int],
        parent: QWidget | None = None,
        record: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.interview_id = store, interview_id
        # How a copy is logged: the contact's export by default; the case summary
        # passes its own (``store.record_case_export``).
        self._record = record or (
            lambda: self.store.record_export(self.interview_id, "text", "clipboard")
        )
        self._clear_seconds = clear_seconds
        self.parts: list[Any] = []
        self.copy_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Each part fits a CWS/CMS text field. Copy one, paste it into CWS/CMS, then "
                "copy the next. Copied text is removed from the clipboard after a short time "
                "and when this window locks."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Copy status"))
        layout.addWidget(self.status)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)

    def show_parts(self, parts: list[Any]) -> None:
        self.parts = list(parts)
        self.copy_buttons = []
        holder = QWidget(self.scroll)
        column = QVBoxLayout(holder)
        for i, part in enumerate(self.parts):
            head = QHBoxLayout()
            title = QLabel(part.title, holder)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setWordWrap(True)  # a long title wraps (200 % text, Spanish: issues 15, 16)
            head.addWidget(title, 1)
            count = QLabel(self.tr("{n} characters").format(n=len(part.text)), holder)
            head.addWidget(count)
            button = QPushButton(self.tr("Copy"), holder)
            button.setAccessibleName(self.tr("Copy: {title}").format(title=part.title))
            button.clicked.connect(lambda _c=False, i=i: self.copy(i))
            head.addWidget(button)
            self.copy_buttons.append(button)
            column.addLayout(head)
            text = _read_only_text(holder, part.title)
            text.setPlainText(part.text)
            lines = min(max(part.text.count("\n") + 2, 3), 12)
            text.setFixedHeight(text.fontMetrics().lineSpacing() * lines + 12)
            column.addWidget(text)
        column.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(holder)
        # Made after the dialog's Close button: put them in reading order, after the
        # scroll area and before what follows the page (issue 16).
        before: QWidget = self.scroll
        for stop in holder.findChildren(QWidget):
            if stop.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(before, stop)
                before = stop

    def copy(self, index: int) -> None:
        part = self.parts[index]
        secure_clipboard().copy(part.text)
        try:
            self._record()
        except StoreError as exc:  # copied all the same; say the log missed it
            self.status.setText(
                self.tr("Copied, but the export could not be logged: {reason}").format(
                    reason=user_message(exc)
                )
            )
            return
        seconds = self._clear_seconds()
        self.status.setText(
            self.tr(
                "Copied “{title}”. It is cleared from the clipboard in {s} s, or when the "
                "window locks."
            ).format(title=part.title, s=seconds)
            if seconds > 0
            else self.tr(
                "Copied “{title}”. It is cleared from the clipboard when the window locks."
            ).format(title=part.title)
        )
