"""Allegations and disposition: one allegation per subcategory the rules suggest,
editable, with the guide's "can be substantiated regardless of" list beside.
The CSW decides: no conclusion is ever filled in by the tool."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import rules
from app.model import Allegation, Conclusion
from app.rules.evidence import suspicion_reasons
from ui.interview import live
from ui.panels.base import Panel, PanelContext, register
from ui.panels.binding import source_column
from ui.panels.declared import Allegations
from ui.widgets.banner import Banner, BannerSlot
from ui.widgets.record_table import Column, RecordTable


def _conclusion(value: str) -> Conclusion | None:
    return Conclusion(value) if value else None


@register
class AllegationsPanel(Panel):
    declared = Allegations

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        bank = ctx.bank
        layout = QHBoxLayout(self)
        main = QVBoxLayout()
        layout.addLayout(main, 5)
        self.suggested_box = QGroupBox(self.tr("The tool suggests, from the chart"), self)
        self.suggested_layout = QVBoxLayout(self.suggested_box)
        main.addWidget(self.suggested_box)
        # The rules' common_flags prompt: ask about the facts before choosing a form.
        self.common = Banner(self, "info", lines=3)  # space kept: what is below stays put
        placeholder = self.tr("Prompts about the red flags recorded appear here.")
        main.addWidget(BannerSlot(self.common, placeholder, self))
        self.table = RecordTable(
            self.tr("Allegations"),
            [
                Column(
                    "subcategory",
                    self.tr("Abuse subcategory"),
                    "choice",
                    tuple((s.id, s.cwscms_name) for s in bank.subcategories),
                    width=205,
                    convert=str,
                ),
                Column("alleged_victim", self.tr("Alleged victim"), width=110),
                Column("alleged_perpetrator", self.tr("Alleged perpetrator"), width=130),
                Column(
                    "proposed_conclusion",
                    self.tr("Your conclusion"),
                    "choice",
                    (
                        ("", self.tr("Not decided")),
                        (Conclusion.SUBSTANTIATED.value, self.tr("Substantiated")),
                        (Conclusion.INCONCLUSIVE.value, self.tr("Inconclusive")),
                        (Conclusion.UNFOUNDED.value, self.tr("Unfounded")),
                    ),
                    width=130,
                    convert=_conclusion,
                ),
                Column("reasons", self.tr("Reasons")),
                source_column(ctx),
            ],
            ctx.interview.allegations,
            self._new_allegation,
            self,
        )
        main.addWidget(self.table, 1)

        side = QGroupBox(self.tr("Determining disposition"), self)
        side_layout = QVBoxLayout(side)
        if "disposition.regardless" in bank.sections:
            section = bank.section("disposition.regardless")
            text = QLabel(
                "\n".join([section.intro, ""] + [f"• {i.text}" for i in section.items]), side
            )
            text.setWordWrap(True)
            text.setAccessibleName(self.tr("Can be substantiated regardless of"))
            side_layout.addWidget(text)
        side_layout.addStretch(1)
        layout.addWidget(side, 2)

        self.table.added.connect(lambda r: self._save(r, True))
        self.table.edited.connect(lambda r: self._save(r, False))
        self.table.removed.connect(self._removed)
        self._shown: list[tuple[str, bool]] = []
        self.refresh()

    def _new_allegation(self, subcategory: str = "") -> Allegation:
        return Allegation(subcategory=subcategory, alleged_victim=self.ctx.interview.youth.name)

    def _add_for(self, subcategory: str) -> None:
        record = self._new_allegation(subcategory)
        self.table.model.append(record)
        self._save(record, True)
        self.table.view.setFocus()
        self.table.view.setCurrentIndex(
            self.table.model.index(len(self.table.model.records) - 1, 2)
        )

    def refresh(self) -> None:
        self.common.show_text(live.common_flags_text(self.ctx.interview, self.ctx.bank))
        suggestions = rules.suggested_allegations(self.ctx.interview, self.ctx.bank)
        suspected = bool(suspicion_reasons(self.ctx.interview, self.ctx.bank))
        shape = [(s.subcategory, s.entered, s.text) for s in suggestions] + [suspected]
        if shape == self._shown:
            return
        self._shown = shape
        while self.suggested_layout.count():
            widget = self.suggested_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # off the screen now; deleted when the event loop next runs
                widget.deleteLater()
        if not suggestions:
            # Say what is due and whose call it is; never that nothing points anywhere.
            text = (
                self.tr(
                    "Exploitation is suspected: the hotline call and the law enforcement "
                    "contact are due (CSW responsibilities), whatever the form. Nothing recorded "
                    "yet tells the forms apart, so the tool suggests no allegation from the "
                    "chart: which to enter is yours to decide, from the facts. Add one with Insert."
                )
                if suspected
                else self.tr(
                    "No red flag, concerning determination or at-risk result is recorded yet. "
                    "You can still add an allegation (Insert)."
                )
            )
            label = QLabel(text, self.suggested_box)
            label.setWordWrap(True)
            self.suggested_layout.addWidget(label)
        for s in suggestions:
            row = QWidget(self.suggested_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            # A sentence, then what was recorded, one per line (issue 13).
            text = QLabel(s.text, row)
            text.setWordWrap(True)
            text.setToolTip("\n".join(s.reasons))
            line.addWidget(text, 1)
            if s.entered:
                line.addWidget(QLabel(self.tr("entered"), row))
            else:
                button = QPushButton(self.tr("Add this allegation"), row)
                button.setAccessibleName(
                    self.tr("Add allegation: {name}").format(name=s.cwscms_name)
                )
                button.clicked.connect(lambda _c=False, sub=s.subcategory: self._add_for(sub))
                line.addWidget(button)
            self.suggested_layout.addWidget(row)

    def _save(self, record: Allegation, now: bool) -> None:
        texts = (
            record.subcategory,
            record.alleged_victim,
            record.alleged_perpetrator,
            record.reasons,
        )
        write = self.ctx.store.save_allegation
        self.ctx.save(("allegation", record.id), write, record, now=now, texts=texts)
        self.refresh()
        self.edited.emit()

    def _removed(self, record: Allegation) -> None:
        self.ctx.autosave.flush()
        remove = self.ctx.store.remove_allegation
        self.ctx.save(("allegation.remove", record.id), remove, record.id, now=True)
        self.refresh()
        self.edited.emit()

    def focus_first(self) -> None:
        self.table.view.setFocus()
