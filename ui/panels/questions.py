"""Question panels: the guide's questions one at a time, with guidance pages.

Subclasses name content sections; the pages come from the content bank, so a
new question in ``data/content`` appears here with no code change.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from app.answers import choices_for
from app.content.bank import Section
from app.content.i18n import speaks_english
from app.model import Answer, utcnow
from ui.panels.base import Panel, PanelContext
from ui.panels.declared import Questions
from ui.widgets.question_card import Bilingual, QuestionCard
from ui.widgets.spelling import enable_spelling


class QuestionPanel(Panel):
    # Its content sections, words label and fallback help (ui/panels/declared.py).
    declared: ClassVar[type[Questions]] = Questions

    @staticmethod
    def _base_tr(text: str) -> str:
        # Not self.tr(): in a subclass that looks up under the subclass's name, and
        # the catalogue holds these texts under this class's (issue 15).
        return QCoreApplication.translate("QuestionPanel", text)

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._pages = self.declared.page_list(ctx.bank)
        self._index = 0

        layout = QVBoxLayout(self)
        self.where = QLabel(self)
        self.where.setAccessibleName(self._base_tr("Where you are"))
        layout.addWidget(self.where)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)

        self.guide = QLabel(self)
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.PlainText)
        self.guide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.guide.setAccessibleName(self._base_tr("Guidance"))
        self.guide.setMargin(8)
        font = self.guide.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.guide.setFont(font)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.guide)
        scroll.setAccessibleName(self._base_tr("Guidance"))
        self.stack.addWidget(scroll)

        label = self.declared.words_label
        words = QuestionPanel._translate(label) if label else ""
        self.card = QuestionCard(self, words)
        enable_spelling(self.card.notes, ctx)  # the CSW's notes; never the own words
        self.card.edited.connect(self._card_edited)
        self.card.language_switched.connect(self._language_switched)
        self._english_first: set[str] = set()  # questions switched to English first
        self.stack.addWidget(self.card)
        # Training: the scenario's reply, under the question (ui/training/said.py).
        self.said = ctx.said_factory(self.card) if ctx.said_factory else None
        if self.said is not None:
            self.card.left.insertWidget(1, self.said)
        self._show()

    @staticmethod
    def _translate(text: str) -> str:
        return QCoreApplication.translate("Panels", text)

    def _show(self) -> None:
        if not self._pages:
            self.where.setText(self._base_tr("No questions in the content bank for this panel."))
            return
        key, section, item = self._pages[self._index]
        if item is None:
            # The heading above already names the section; list its items with their tips.
            lang = self.ctx.bank.language_for(self.ctx.interview.contact.language)
            shown = lang.get(section.id) if lang is not None else None
            if lang is not None and shown is not None:
                # Issue 15: the guidance in the contact's language, the guide's beneath.
                lines = [shown.help, ""] if shown.help else []
                for it in section.items:
                    entry = lang.get(it.id)
                    lines += [f"• {entry.text if entry else it.text}", f"    ({it.text})"]
                    if it.help:
                        lines.append(f"    {entry.help if entry and entry.help else it.help}")
                    lines.append("")
                lines.append(QuestionPanel._translate(shown.review_label))
            else:
                lines = [section.intro, ""] if section.intro else []
                for it in section.items:
                    lines.append(f"• {it.text}")
                    if it.help:
                        lines.append(f"    {it.help}")
                    lines.append("")
            self.guide.setText("\n".join(lines).strip())
            self.where.setText(section.title)
            self.stack.setCurrentIndex(0)
            return
        ids = [it.id for it in section.items]
        self.where.setText(
            self._base_tr("{section} · question {n} of {total}").format(
                section=section.title, n=ids.index(item.id) + 1, total=len(ids)
            )
        )
        if self.said is not None:
            self.said.show_for(key)
        language = self.ctx.interview.contact.language
        self.card.set_item(
            item.text,
            item.help or self._fallback_help(section),
            self.ctx.interview.answers.get(key),
            choices_for(key),
            self._bilingual(key, language),
        )
        self.card.set_rendering_shown(not speaks_english(language))
        self.stack.setCurrentIndex(1)

    def _bilingual(self, key: str, spoken: str) -> Bilingual | None:
        """The question in the contact's language, when the bank has it (issue 15)."""
        lang = self.ctx.bank.language_for(spoken)
        entry = lang.get(key) if lang is not None else None
        if lang is None or entry is None:
            return None
        help_text = entry.help
        if not help_text:  # the fallback technique (caregivers), in that language too
            shown = [lang.get(i) for i in self.declared.fallback_help_items]
            help_text = "\n\n".join(t.text for t in shown if t is not None)
        return Bilingual(
            lang.name,
            entry.text,
            help_text,
            QuestionPanel._translate(entry.review_label),
            key in self._english_first,
        )

    def _language_switched(self, english_first: bool) -> None:
        key = self._pages[self._index][0]
        if english_first:
            self._english_first.add(key)
        else:
            self._english_first.discard(key)

    def _fallback_help(self, section: Section) -> str:
        texts = []
        for item_id in self.declared.fallback_help_items:
            try:
                texts.append(self.ctx.bank.item(item_id).text)
            except KeyError:
                continue
        return "\n\n".join(texts) or section.intro

    def _card_edited(self) -> None:
        key, _section, item = self._pages[self._index]
        if item is None:
            return
        answer = Answer(
            response=self.card.response(),
            own_words=self.card.own_words.toPlainText(),
            notes=self.card.notes.toPlainText(),
            updated_at=utcnow(),
            english_rendering=self.card.english_rendering.toPlainText(),
        )
        self.ctx.interview.answers[key] = answer
        texts = (answer.own_words, answer.english_rendering, answer.notes)
        self.ctx.save(("answer", key), self.ctx.store.set_answer, key, answer, texts=texts)
        self.edited.emit()

    def current_page(self) -> str:
        return self._pages[self._index][0] if self._pages else ""

    def open_page(self, key: str) -> None:
        for n, (k, _s, _i) in enumerate(self._pages):
            if k == key:
                self._index = n
                self._show()
                return

    def step(self, forward: bool) -> bool:
        target = self._index + (1 if forward else -1)
        if not 0 <= target < len(self._pages):
            return False
        self._index = target
        self._show()
        return True

    def enter(self, forward: bool) -> None:
        """Entering the panel from the previous one starts at its first page."""
        self._index = 0 if forward else max(0, len(self._pages) - 1)
        self._show()

    def focus_first(self) -> None:
        if self.stack.currentIndex() == 1:
            self.card.own_words.setFocus()  # where a CSW types first; never a response
        else:
            self.stack.currentWidget().setFocus()
