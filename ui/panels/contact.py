"""Contact: who, when, how, where. The interviewee type chooses the flow."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.panels.base import Panel, PanelContext, register
from ui.panels.declared import Contact
from ui.widgets.contact_form import ContactForm
from ui.widgets.reflow import reflow_columns


@register
class ContactPanel(Panel):
    declared = Contact

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.form = ContactForm(self)
        # Issue 15: the languages the questions can be shown in, offered as the CSW types.
        names = [n for lang in ctx.bank.languages.values() for n in (lang.english_name, lang.name)]
        self.form.offer_languages(["English", *names])
        self.form.load(ctx.interview)
        self.form.edited.connect(self._edited)
        reflow_columns(self.form)  # its columns stack when narrow (training at 1366x768)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def _edited(self, group: str) -> None:
        interview = self.ctx.interview
        self.form.store_into(interview)
        store = self.ctx.store
        write, part = {
            "youth": (store.update_youth, interview.youth),
            "interviewee": (store.update_interviewee, interview.interviewee),
            "contact": (store.update_contact, interview.contact),
        }[group]
        self.ctx.save(("contact", group), write, part, texts=self.form.texts(group))
        self.edited.emit()

    def focus_first(self) -> None:
        self.form.youth_name.setFocus()
