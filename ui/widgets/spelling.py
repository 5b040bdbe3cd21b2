"""Spell checking in the CSW's own writing: red wavy underline, suggestions on
right-click (or the Menu key), "Add to my word list" kept in the encrypted store.

Only fields the CSW writes in (narrative, notes) get it, through
``enable_spelling``; the person's own words never do (they stay as said).
The dictionary loads on a worker thread the first time, so opening a panel
never waits; the underline appears when it is ready. Where Enchant or the
dictionary is not installed, nothing is underlined (app/spelling.py).
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from app.spelling import Speller, available, language_for
from app.store.errors import StoreError
from ui.colours import readable

UNDERLINE = "#c4161c"  # an unknown word's wavy underline (made readable on the field)


class SpellingService(QObject):
    """One per open interview: the personal words (read from the store) and the
    language of the contact. Dropped with the interview view, so nothing of
    the word list outlives a lock."""

    ready = Signal()
    words_changed = Signal()

    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._personal: set[str] | None = None
        self._ready: set[str] = set()
        self._loading: set[str] = set()

    def language(self) -> str:
        contact = getattr(self._ctx.interview, "contact", None)
        return language_for(getattr(contact, "language", "") or "")

    def speller(self) -> Speller | None:
        """The speller for the contact's language, or None while its dictionary loads."""
        language = self.language()
        if language not in self._ready:
            self._load(language)
            return None
        if self._personal is None:
            try:
                self._personal = set(self._ctx.store.personal_words())
            except StoreError:  # locked (or closing) under a pending refresh: mark nothing
                return None
        return Speller(language, self._personal)

    def _load(self, language: str) -> None:
        if language in self._loading:
            return
        self._loading.add(language)

        def work() -> None:
            available(language)  # loads (or finds missing) the dictionary, off the UI thread
            self._ready.add(language)
            # Queued to the UI thread's receivers; the view (and this service
            # with it) may have closed meanwhile, and then nobody is waiting.
            with contextlib.suppress(RuntimeError):
                self.ready.emit()

        threading.Thread(target=work, name="spelling-dictionary", daemon=True).start()

    def add_word(self, word: str) -> None:
        self._ctx.store.add_personal_word(word)
        if self._personal is not None:
            self._personal.add(word.casefold())
        self.words_changed.emit()


class SpellMarker(QObject):
    """Underlines unknown words as extra selections of the edit.

    Extra selections are drawn over the text and are not part of the document,
    so marking a word is never a change to the text (a QSyntaxHighlighter
    changes the document's formats, and QPlainTextEdit reports that as
    textChanged: the panel would save an edit the CSW never made). Only the
    blocks on screen are checked, so a very long narrative costs no more than
    a short one.
    """

    def __init__(self, edit: QPlainTextEdit, service: SpellingService) -> None:
        super().__init__(edit)
        self._edit = edit
        self._service = service
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # after a pause in typing, not on every key
        self._timer.timeout.connect(self.refresh)
        edit.textChanged.connect(self._timer.start)
        edit.verticalScrollBar().valueChanged.connect(self._timer.start)
        service.ready.connect(self.refresh)
        service.words_changed.connect(self.refresh)
        QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        # The red underline at 3:1 on the field's colour, light, dark or high (issue 16).
        base = self._edit.palette().color(QPalette.ColorRole.Base)
        self._format.setUnderlineColor(readable(QColor(UNDERLINE), base, minimum=3.0))
        speller = self._service.speller()  # None while the dictionary loads
        selections = []
        if speller is not None:
            edit = self._edit
            block = edit.cursorForPosition(QPoint(0, 0)).block()
            bottom = edit.viewport().rect().bottomRight()
            last = edit.cursorForPosition(bottom).block().blockNumber()
            while block.isValid() and block.blockNumber() <= last:
                text = block.text()
                for miss in speller.misspelled(text):
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + _utf16(text, miss.start))
                    cursor.setPosition(
                        block.position() + _utf16(text, miss.start + miss.length),
                        QTextCursor.MoveMode.KeepAnchor,
                    )
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = cursor
                    selection.format = self._format
                    selections.append(selection)
                block = block.next()
        self._edit.setExtraSelections(selections)


def _utf16(text: str, index: int) -> int:
    """Qt counts UTF-16 code units; Python counts code points (they differ past U+FFFF)."""
    return len(text[:index].encode("utf-16-le")) // 2


def enable_spelling(edit: QPlainTextEdit, ctx: Any) -> SpellMarker:
    """Spell-check ``edit`` (CSW's writing only) for the interview of ``ctx``."""
    service = getattr(ctx, "spelling", None)
    if service is None:
        service = SpellingService(ctx)
        ctx.spelling = service
    marker = SpellMarker(edit, service)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    edit.customContextMenuRequested.connect(lambda pos: _context_menu(edit, service, pos))
    edit.setProperty("cec_spellcheck", True)  # for tests and the accessibility walk
    return marker


def word_under(edit: QPlainTextEdit, pos: QPoint) -> QTextCursor:
    cursor = edit.cursorForPosition(pos)
    cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    return cursor


def _context_menu(edit: QPlainTextEdit, service: SpellingService, pos: QPoint) -> None:
    menu = spelling_menu(edit, service, pos)
    menu.exec(edit.viewport().mapToGlobal(pos))
    menu.deleteLater()


def spelling_menu(edit: QPlainTextEdit, service: SpellingService, pos: QPoint):  # noqa: ANN201
    """The standard edit menu, with suggestions and "Add to my word list" on top
    when the word under ``pos`` is marked."""
    menu = edit.createStandardContextMenu(pos)
    cursor = word_under(edit, pos)
    word = cursor.selectedText()
    speller = service.speller()
    if not word or speller is None or not speller.misspelled(word):
        return menu
    first = menu.actions()[0] if menu.actions() else None
    suggestions = speller.suggestions(word)
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        action.triggered.connect(lambda _=False, s=suggestion: _replace(edit, cursor, s))
        menu.insertAction(first, action)
    if not suggestions:
        none = menu.addAction(QCoreApplication.translate("SpellCheck", "(no suggestions)"))
        none.setEnabled(False)
        menu.insertAction(first, none)
    add = menu.addAction(
        QCoreApplication.translate("SpellCheck", "Add \u201c%1\u201d to my word list").replace(
            "%1", word
        )
    )
    add.triggered.connect(lambda: service.add_word(word))
    menu.insertAction(first, add)
    menu.insertSeparator(first)
    return menu


def _replace(edit: QPlainTextEdit, cursor: QTextCursor, text: str) -> None:
    # Through the edit's own cursor: an ordinary, undoable edit that autosaves.
    edit.setTextCursor(cursor)
    edit.textCursor().insertText(text)
