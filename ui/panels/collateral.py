"""Collateral contacts: who was contacted (the guide's types), when, how, what they said."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.model import CollateralContact, ContactMethod
from ui.panels.base import Panel, PanelContext, register
from ui.panels.binding import source_column
from ui.panels.declared import Collateral
from ui.widgets.record_table import Column, RecordTable


@register
class CollateralPanel(Panel):
    declared = Collateral

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        bank = ctx.bank
        layout = QVBoxLayout(self)
        types = (
            bank.section("collateral.types").items if "collateral.types" in bank.sections else ()
        )
        law = next((i for i in types if i.help), None)
        if law is not None:
            note = QLabel(f"{law.text}: {law.help}", self)
            note.setWordWrap(True)
            layout.addWidget(note)
        hint = QLabel(self.tr("Insert adds a contact, Delete removes the current one."), self)
        layout.addWidget(hint)
        self.table = RecordTable(
            self.tr("Collateral contacts"),
            [
                Column(
                    "type",
                    self.tr("Type"),
                    "choice",
                    (("", ""), *((i.id, i.text) for i in types)),
                    width=200,
                    convert=str,
                ),
                Column("name", self.tr("Name"), width=150),
                Column("agency", self.tr("Agency"), width=150),
                Column("contacted_on", self.tr("Date"), "date", width=110),
                Column(
                    "method",
                    self.tr("How"),
                    "choice",
                    (
                        (ContactMethod.IN_PERSON.value, self.tr("In person")),
                        (ContactMethod.PHONE.value, self.tr("Phone")),
                        (ContactMethod.VIDEO.value, self.tr("Video")),
                    ),
                    width=100,
                    convert=ContactMethod,
                ),
                Column("summary", self.tr("What they said")),
                source_column(ctx),
            ],
            ctx.interview.collateral_contacts,
            CollateralContact,
            self,
        )
        layout.addWidget(self.table, 1)
        self.table.added.connect(lambda r: self._save(r, True))
        self.table.edited.connect(lambda r: self._save(r, False))
        self.table.removed.connect(self._removed)

    def _save(self, record: CollateralContact, now: bool) -> None:
        texts = (record.type, record.name, record.agency, record.summary)
        write = self.ctx.store.save_collateral_contact
        self.ctx.save(("collateral", record.id), write, record, now=now, texts=texts)
        self.edited.emit()

    def _removed(self, record: CollateralContact) -> None:
        self.ctx.autosave.flush()
        remove = self.ctx.store.remove_collateral_contact
        self.ctx.save(("collateral.remove", record.id), remove, record.id, now=True)
        self.edited.emit()

    def focus_first(self) -> None:
        self.table.view.setFocus()
