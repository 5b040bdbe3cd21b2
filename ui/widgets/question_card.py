"""One question, large and plain: response choices, the person's own words, notes,
and beside it the guide's technique that applies."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.answers import SPECIFIC_CHOICES, shown_response
from app.model import Answer, Response
from ui.widgets.reflow import reflow_columns


@dataclass(frozen=True)
class Bilingual:
    """A question in the contact's language beside the guide's English (issue 15)."""

    language: str  # the language's own name, "Español"
    text: str  # the question in that language
    help: str  # its help line in that language ("" when the English has none)
    review: str  # "Draft translation, pending county review"
    english_first: bool = False  # the CSW switched this question to English first


SWITCH_KEY = "Alt+E"


def plain_text_edit(parent: QWidget, name: str, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form
    return edit


def response_shown(answer: Answer | None) -> Response | None:
    """The response to show as chosen: app/answers.py's one rule (words typed mean asked)."""
    return shown_response(answer)


class QuestionCard(QWidget):
    """Shows one answerable item; emits ``edited`` on any change by the CSW."""

    edited = Signal()
    language_switched = Signal(bool)  # True: English first (issue 15)

    def __init__(self, parent: QWidget | None = None, words_label: str = "") -> None:
        super().__init__(parent)
        self._loading = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.left = left  # training inserts its "What they say" box under the question
        outer.addLayout(left, 3)

        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.question.setFont(font)
        self.question.setAccessibleName(self.tr("Question"))
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.question)
        # Issue 15: for a contact in another language, the other rendering small beneath,
        # the translation's review status said quietly, and a per-question switch.
        self.question_beneath = QLabel(self)
        self.question_beneath.setWordWrap(True)
        self.question_beneath.setTextFormat(Qt.TextFormat.PlainText)
        self.question_beneath.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question_beneath.setAccessibleName(self.tr("Question in the other language"))
        left.addWidget(self.question_beneath)
        self.translation_row = QWidget(self)
        trow = QHBoxLayout(self.translation_row)
        trow.setContentsMargins(0, 0, 0, 0)
        self.review_note = QLabel(self.translation_row)
        self.review_note.setAccessibleName(self.tr("Translation status"))
        self.review_note.setEnabled(False)  # drawn muted: said quietly
        trow.addWidget(self.review_note)
        trow.addStretch(1)
        self.language_switch = QPushButton(self.translation_row)
        self.language_switch.setAccessibleName(self.tr("Switch the question's language"))
        self.language_switch.setToolTip(
            self.tr("Show this question in the other language first ({keys})").format(
                keys=SWITCH_KEY
            )
        )
        self.language_switch.clicked.connect(self._switch_language)
        trow.addWidget(self.language_switch)
        left.addWidget(self.translation_row)
        switch_key = QShortcut(QKeySequence(SWITCH_KEY), self)
        switch_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        switch_key.activated.connect(self._switch_language)
        self.bilingual: Bilingual | None = None
        self._english = ("", "")  # the guide's question and help, for the switch

        self.responses = QGroupBox(self.tr("Response"), self)
        self.responses.setAccessibleName(self.tr("Response"))
        row = QHBoxLayout(self.responses)
        self.group = QButtonGroup(self)
        # Alt+A/Y/N/U/D/T in English (docs/panels.md); the keys shown are the
        # translated label's own letter (Spanish "&Sí": Alt+S).
        labels = {
            Response.ANSWERED: self.tr("&Answered"),
            Response.YES: self.tr("&Yes"),
            Response.NO: self.tr("&No"),
            Response.UNSURE: self.tr("&Unsure"),
            Response.DECLINED: self.tr("&Declined to answer"),
            Response.NOT_ASKED: self.tr("No&t asked"),
        }
        self.buttons: dict[Response, QRadioButton] = {}
        for response, label in labels.items():
            keys = QKeySequence.mnemonic(label).toString(QKeySequence.SequenceFormat.NativeText)
            button = QRadioButton(label, self.responses)
            button.setAccessibleName(label.replace("&", ""))
            # Never focused: a key typed on the page (Space above all) goes to the
            # text, never ticks a response. A click or Alt+letter chooses one.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(self.tr("Click, or press {keys}").format(keys=keys))
            self.group.addButton(button)
            self.buttons[response] = button
            row.addWidget(button)
            button.toggled.connect(self._changed)
        self.choices: tuple[Response, ...] = SPECIFIC_CHOICES
        self.buttons[Response.ANSWERED].hide()
        row.addStretch(1)
        self.keys_hint = QLabel(self.tr("Alt + the underlined letter"), self.responses)
        self.keys_hint.setAccessibleName(self.tr("Response keys"))
        self.keys_hint.setEnabled(False)  # drawn muted: a hint, not a control
        self.keys_hint.setWordWrap(True)  # two lines rather than a row wider than the page
        row.addWidget(self.keys_hint)
        left.addWidget(self.responses)

        words_title = words_label or self.tr("Their own words")
        self.words_label = QLabel(words_title, self)
        self.own_words = plain_text_edit(
            self, words_title, self.tr("What they said, as they said it")
        )
        self.words_label.setBuddy(self.own_words)
        # The CSW's English rendering beside the own words (issue 15): side by side, so
        # the notes stay on screen at 1366x768; hidden for a contact in English.
        self.rendering_label = QLabel(self.tr("Your English rendering of their words"), self)
        self.english_rendering = plain_text_edit(
            self,
            self.tr("CSW's English rendering"),
            self.tr("Optional: their words in English, as you would render them"),
        )
        self.rendering_label.setBuddy(self.english_rendering)
        words_row = QHBoxLayout()
        for label, edit in (
            (self.words_label, self.own_words),
            (self.rendering_label, self.english_rendering),
        ):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(edit, 1)
            words_row.addLayout(column, 1)
        left.addLayout(words_row, 2)
        self.set_rendering_shown(False)
        notes_label = QLabel(self.tr("Your notes"), self)
        self.notes = plain_text_edit(
            self, self.tr("Your notes"), self.tr("Observations, follow-up")
        )
        notes_label.setBuddy(self.notes)
        left.addWidget(notes_label)
        left.addWidget(self.notes, 1)
        self.own_words.textChanged.connect(self._changed)
        self.english_rendering.textChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)

        self.help_box = QGroupBox(self.tr("How to ask"), self)
        self.help_box.setAccessibleName(self.tr("How to ask"))
        help_layout = QVBoxLayout(self.help_box)
        self.help = QLabel(self.help_box)
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help.setFrameShape(QFrame.Shape.NoFrame)
        self.help.setAccessibleName(self.tr("Interviewing technique"))
        help_layout.addWidget(self.help)
        help_layout.addStretch(1)
        outer.addWidget(self.help_box, 2)
        reflow_columns(self, at_minimum=True)  # the technique goes below when narrow

    def set_item(
        self,
        text: str,
        help_text: str,
        answer: Answer | None,
        choices: tuple[Response, ...] = SPECIFIC_CHOICES,
        bilingual: Bilingual | None = None,
    ) -> None:
        self._loading = True
        try:
            self._english = (text, help_text)
            self.bilingual = bilingual
            self._show_languages()
            shown = response_shown(answer)
            if shown is not None and shown not in choices:
                # An older record (e.g. "Yes" to an open question): shown as kept, so an
                # edit to the words never drops the response without the CSW choosing.
                choices = (*choices, shown)
            self.set_choices(choices)
            answer = answer or Answer()
            self.set_checked_response(shown)
            self._loading = True
            self.own_words.setPlainText(answer.own_words)
            self.english_rendering.setPlainText(answer.english_rendering)
            self.notes.setPlainText(answer.notes)
            for edit in (self.own_words, self.english_rendering, self.notes):  # typing goes on
                edit.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = False

    def set_rendering_shown(self, shown: bool) -> None:
        """The English rendering field: shown for a contact in another language, or when
        a rendering was typed already (it is never hidden away with text in it)."""
        shown = shown or bool(self.english_rendering.toPlainText())
        self.rendering_label.setVisible(shown)
        self.english_rendering.setVisible(shown)

    def _show_languages(self) -> None:
        english, english_help = self._english
        b = self.bilingual
        if b is None:
            self.question.setText(english)
            self.help.setText(english_help)
            self.question_beneath.hide()
            self.translation_row.hide()
            return
        large, small = (english, b.text) if b.english_first else (b.text, english)
        self.question.setText(large)
        self.question_beneath.setText(small)
        self.question_beneath.show()
        self.help.setText(english_help if b.english_first or not b.help else b.help)
        self.review_note.setText(b.review)
        self.language_switch.setText(
            self.tr("{language} first").format(language=b.language)
            if b.english_first
            else self.tr("English first")
        )
        self.translation_row.show()

    def _switch_language(self) -> None:
        if self.bilingual is None:
            return
        self.bilingual = dataclasses.replace(
            self.bilingual, english_first=not self.bilingual.english_first
        )
        self._show_languages()
        self.language_switched.emit(self.bilingual.english_first)

    def set_choices(self, choices: tuple[Response, ...]) -> None:
        """Show only these responses, in this order (open questions: Answered / Declined /
        Not asked; the others: Yes / No / Unsure / Declined / Not asked)."""
        self.choices = tuple(choices)
        row = self.responses.layout()
        for response, button in self.buttons.items():
            button.setVisible(response in self.choices)
            row.removeWidget(button)
        for n, response in enumerate(self.choices):
            row.insertWidget(n, self.buttons[response])

    def set_checked_response(self, response: Response | None) -> None:
        self._loading = True
        try:
            self.group.setExclusive(False)
            for r, button in self.buttons.items():
                button.setChecked(r == response)
            self.group.setExclusive(True)
        finally:
            self._loading = False

    def response(self) -> Response:
        for response, button in self.buttons.items():
            if button.isChecked():
                return response
        return Response.NOT_ASKED

    def has_response(self) -> bool:
        return any(b.isChecked() for b in self.buttons.values())

    def _changed(self, *args: object) -> None:
        if self._loading:
            return
        if (
            Response.ANSWERED in self.choices
            and not self.has_response()
            and self.own_words.toPlainText().strip()
        ):
            # An open question answered in words: show it as answered as it is typed.
            self.set_checked_response(Response.ANSWERED)
        self.edited.emit()
