"""Associates, exploiters and other possible victims, in the youth's own words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.model import Associate, OtherVictim, YesNoUnknown
from ui.panels.base import Panel, PanelContext, register
from ui.panels.binding import source_column
from ui.panels.declared import Associates
from ui.panels.echoes import EchoPointer
from ui.panels.online import yes_no_unknown
from ui.widgets.record_table import Column, RecordTable


@register
class AssociatesPanel(Panel):
    declared = Associates

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        bank = ctx.bank
        layout = QVBoxLayout(self)
        guide = [
            bank.item(i).text
            for i in ("youth.notes.identifying_exploiters", "youth.notes.other_victims")
            if _has(bank, i)
        ]
        if guide:
            note = QLabel("\n\n".join(guide), self)
            note.setWordWrap(True)
            note.setAccessibleName(self.tr("Guidance"))
            layout.addWidget(note)

        self.echoes = EchoPointer(
            ctx, self.record_parts, self.panel_id, self
        )  # "also appears in another case"
        layout.addWidget(self.echoes)
        box = QGroupBox(self.tr("Associates, employers, partners and suspected exploiters"), self)
        box_layout = QVBoxLayout(box)
        self.associates = RecordTable(
            box.title(),
            [
                Column("name", self.tr("Name"), width=150),
                Column("nicknames", self.tr("Nicknames / monikers"), "list", width=160),
                Column("relationship", self.tr("Relationship (their word)"), width=170),
                Column("suspected_exploiter", self.tr("Suspected exploiter"), "bool", width=140),
                Column(
                    "has_children",
                    self.tr("Has children"),
                    "choice",
                    yes_no_unknown(),
                    width=110,
                    convert=YesNoUnknown,
                ),
                Column("notes", self.tr("Notes")),
                source_column(ctx),
            ],
            ctx.interview.associates,
            Associate,
            box,
        )
        self.associates.view.setMinimumHeight(150)
        box_layout.addWidget(self.associates)
        layout.addWidget(box, 1)

        box = QGroupBox(self.tr("Other young people or adults who may need help"), self)
        box_layout = QVBoxLayout(box)
        self.victims = RecordTable(
            box.title(),
            [
                Column("name", self.tr("Name, nickname or description"), width=240),
                Column("where", self.tr("Where they may be"), width=240),
                Column("notes", self.tr("Notes")),
                source_column(ctx),
            ],
            ctx.interview.other_victims,
            OtherVictim,
            box,
        )
        self.victims.view.setMinimumHeight(120)
        box_layout.addWidget(self.victims)
        layout.addWidget(box, 1)

        store = ctx.store
        self.associates.added.connect(lambda r: self._save(store.save_associate, r, True))
        self.associates.edited.connect(lambda r: self._save(store.save_associate, r, False))
        self.associates.removed.connect(lambda r: self._remove(store.remove_associate, r))
        self.victims.added.connect(lambda r: self._save(store.save_other_victim, r, True))
        self.victims.edited.connect(lambda r: self._save(store.save_other_victim, r, False))
        self.victims.removed.connect(lambda r: self._remove(store.remove_other_victim, r))

    def _save(
        self, write: Callable[[str, Any], None], record: Associate | OtherVictim, now: bool
    ) -> None:
        texts = tuple(v for v in vars(record).values() if isinstance(v, str))
        texts += tuple(getattr(record, "nicknames", ()))
        self.ctx.save((type(record), record.id), write, record, now=now, texts=texts)
        self.edited.emit()

    def _remove(self, remove: Callable[[str, str], None], record: Associate | OtherVictim) -> None:
        self.ctx.autosave.flush()
        self.ctx.save(("remove", type(record), record.id), remove, record.id, now=True)
        self.edited.emit()

    def focus_first(self) -> None:
        self.associates.view.setFocus()


def _has(bank, item_id: str) -> bool:  # noqa: ANN001
    try:
        bank.item(item_id)
    except KeyError:
        return False
    return True
