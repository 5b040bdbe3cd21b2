"""Special considerations: immigrant youth (foreign national, when suspicion
arose, OTIP notified, RFA) and a return from a runaway episode (SB 794)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import rules
from app.localtime import to_local, zone_name
from app.model import YesNoUnknown
from ui.interview import live
from ui.panels.base import Panel, PanelContext, register
from ui.panels.declared import Special
from ui.widgets.moment_edit import MomentEdit
from ui.widgets.reflow import reflow_columns
from ui.widgets.spelling import enable_spelling


@register
class SpecialPanel(Panel):
    declared = Special

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        bank, sp = ctx.bank, ctx.interview.special
        self._loading = True
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        layout.addLayout(left, 3)

        imm = QGroupBox(self.tr("Immigrant youth"), self)
        form = QFormLayout(imm)
        self.foreign = QComboBox(imm)
        for value, text in (
            (YesNoUnknown.UNKNOWN, self.tr("Not known yet")),
            (YesNoUnknown.YES, self.tr("Yes")),
            (YesNoUnknown.NO, self.tr("No")),
        ):
            self.foreign.addItem(text, value.value)
        self.foreign.setCurrentIndex(self.foreign.findData(sp.foreign_national.value))
        self._row(form, self.tr("Foreign national &minor"), self.foreign)
        hint = QLabel(self.tr("Not a US citizen or legal permanent resident, and under 18."), imm)
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.suspicion = MomentEdit(
            self.tr("When CSEC or labor trafficking was first suspected"), imm
        )
        self.suspicion.set_value(sp.suspicion_at)
        self._row(form, self.tr("First sus&pected"), self.suspicion)
        self.otip = MomentEdit(self.tr("When OTIP was notified"), imm)
        self.otip.set_value(sp.otip_notified_at)
        self._row(form, self.tr("&OTIP notified"), self.otip)
        self.rfa = QCheckBox(self.tr("&Request for Assistance submitted through Shepherd"), imm)
        self.rfa.setChecked(sp.rfa_submitted)
        self.rfa.setAccessibleName(self.rfa.text().replace("&", ""))
        form.addRow(self.rfa)
        # Times are typed and shown on this laptop's clock; say which zone that is.
        self.zone = QLabel(imm)
        self.zone.setWordWrap(True)
        form.addRow("", self.zone)
        # The deadline as the rules count it, and the RFA while it is still due.
        self.status = QLabel(imm)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.status)
        left.addWidget(imm)

        run = QGroupBox(self.tr("Return from a runaway episode"), self)
        run_layout = QVBoxLayout(run)
        self.runaway = QCheckBox(self.tr("The youth is returning from a runaway &episode"), run)
        self.runaway.setChecked(sp.runaway_return)
        self.assessed = QCheckBox(self.tr("&Assessed for CSE"), run)
        self.assessed.setChecked(sp.runaway_cse_assessed)
        for box in (self.runaway, self.assessed):
            box.setAccessibleName(box.text().replace("&", ""))
            run_layout.addWidget(box)
        left.addWidget(run)

        notes_label = QLabel(self.tr("&Notes"), self)
        self.notes = QPlainTextEdit(self)
        enable_spelling(self.notes, ctx)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes on special considerations"))
        self.notes.setPlainText(sp.notes)
        notes_label.setBuddy(self.notes)
        left.addWidget(notes_label)
        left.addWidget(self.notes, 1)

        guide = QGroupBox(self.tr("What the guide says"), self)
        guide_layout = QVBoxLayout(guide)
        texts = [
            i.text
            for sid in ("special.immigrant", "special.runaway")
            if sid in bank.sections
            for i in bank.section(sid).items
        ]
        text = QLabel("\n\n".join(texts), guide)
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("What the guide says"))
        guide_layout.addWidget(text)
        guide_layout.addStretch(1)
        layout.addWidget(guide, 2)

        self.foreign.currentIndexChanged.connect(lambda _i: self._edited(True))
        for moment in (self.suspicion, self.otip):
            moment.changed.connect(lambda: self._edited(False))
        for box in (self.rfa, self.runaway, self.assessed):
            box.toggled.connect(lambda _c: self._edited(True))
        self.notes.textChanged.connect(lambda: self._edited(False))
        self._loading = False
        self.refresh()
        for moment in (self.suspicion, self.otip):  # a form would squeeze them (Qt measures
            moment.setMinimumWidth(moment.minimumSizeHint().width())  # its minimum wrongly)
        reflow_columns(self, at_minimum=True)  # the guide goes below at 200 % text (issue 16)

    def _row(self, form: QFormLayout, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label.replace("&", ""))
        text = QLabel(label, self)
        text.setWordWrap(True)
        text.setBuddy(widget.focusProxy() or widget)
        form.addRow(text, widget)

    def _edited(self, now: bool) -> None:
        if self._loading:
            return
        sp = self.ctx.interview.special
        sp.foreign_national = YesNoUnknown(self.foreign.currentData())
        sp.suspicion_at = self.suspicion.value()
        sp.otip_notified_at = self.otip.value()
        sp.rfa_submitted = self.rfa.isChecked()
        sp.runaway_return = self.runaway.isChecked()
        sp.runaway_cse_assessed = self.assessed.isChecked()
        sp.notes = self.notes.toPlainText()
        self.ctx.save("special", self.ctx.store.update_special, sp, now=now, texts=(sp.notes,))
        self.edited.emit()
        self.refresh()

    def refresh(self) -> None:
        now = datetime.now(UTC)
        self.zone.setText(
            self.tr("Times are this laptop's local time ({zone}).").format(
                zone=zone_name(to_local(now))
            )
        )
        lines = []
        for d in rules.deadlines(self.ctx.interview, now):
            if d.kind != "otip":
                continue
            if d.rfa_pending:
                lines.append(
                    self.tr(
                        "RFA still due: OTIP was notified, but the Request for Assistance through "
                        "Shepherd is not marked submitted. The mandated report is the RFA; "
                        "due by {due}."
                    ).format(due=live.local_time(d.due))
                )
            elif not d.met:
                lines.append(
                    self.tr("OTIP notification due by {due}.").format(due=live.local_time(d.due))
                )
            if not d.met or d.rfa_pending:
                lines.append(live.otip_basis_text(d))
        self.status.setText("\n".join(lines))
        self.status.setVisible(bool(lines))

    def focus_first(self) -> None:
        self.foreign.setFocus()
