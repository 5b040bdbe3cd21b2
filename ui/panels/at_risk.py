"""At-risk: indicators A–H with the live determination and its reasons, and the
labor-trafficking factors with the guide's note that there is no agreed definition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app import rules
from app.rules.at_risk import MIN_TWO_OF, ONE_OF, TWO_OF
from ui.announce import announce
from ui.panels.base import Panel, PanelContext, register
from ui.panels.binding import bind_marks
from ui.panels.declared import AtRisk
from ui.widgets.mark_list import MarkList
from ui.widgets.spelling import enable_spelling


@register
class AtRiskPanel(Panel):
    declared = AtRisk

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        bank, interview = ctx.bank, ctx.interview
        rule = bank.extras.get("at_risk_rule", {})
        rule = rule if isinstance(rule, dict) else {}
        layout = QVBoxLayout(self)

        cse = QGroupBox(
            str(rule.get("title", self.tr("At-risk for commercial sexual exploitation"))), self
        )
        cse_layout = QVBoxLayout(cse)
        # The guide's two rules are alternatives: its "or" stands between them.
        parts = [str(rule.get(k, "")).strip().rstrip(":") for k in ("one_of", "two_of")]
        rule_text = QLabel(
            "\n".join([parts[0], self.tr("or"), parts[1]]) + ":"
            if all(parts)
            else self.tr("At least one of A–C, or at least two of D–H."),
            cse,
        )
        rule_text.setTextFormat(Qt.TextFormat.PlainText)
        rule_text.setAccessibleName(self.tr("At-risk rule"))
        rule_text.setWordWrap(True)
        cse_layout.addWidget(rule_text)
        entries = [(i.id, f"{i.id}. {i.text}") for i in bank.at_risk_indicators]
        self.indicators = MarkList(self.tr("At-risk indicators A to H"), entries, cse)
        self.indicators.list.setMinimumHeight(200)
        enable_spelling(self.indicators.note, ctx)
        cse_layout.addWidget(self.indicators)
        self.determination = QLabel(cse)
        self.determination.setWordWrap(True)
        self.determination.setTextFormat(Qt.TextFormat.PlainText)
        self.determination.setAccessibleName(self.tr("At-risk determination"))
        font = self.determination.font()
        font.setBold(True)
        self.determination.setFont(font)
        cse_layout.addWidget(self.determination)
        layout.addWidget(cse, 3)

        labor = QGroupBox(bank.labor_risk_factors.title, self)
        labor_layout = QVBoxLayout(labor)
        note = QLabel(bank.labor_risk_factors.intro, labor)
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("About labor-trafficking risk"))
        labor_layout.addWidget(note)
        self.labor = MarkList(
            self.tr("Labor-trafficking risk factors"),
            [(i.id, i.text) for i in bank.labor_risk_factors.items],
            labor,
        )
        self.labor.list.setMinimumHeight(150)
        labor_layout.addWidget(self.labor)
        enable_spelling(self.labor.note, ctx)
        layout.addWidget(labor, 2)

        store = ctx.store
        bind_marks(
            ctx, self.indicators, interview.at_risk_indicators, store.set_at_risk_indicator,
            self._after,
        )  # fmt: skip
        bind_marks(
            ctx, self.labor, interview.labor_risk_factors, store.set_labor_risk_factor, self._after
        )
        self.refresh()

    def _after(self) -> None:
        self.refresh()
        self.edited.emit()

    def reasons(self, result: rules.AtRiskResult) -> list[str]:
        """The rule's reasons (``app.rules.at_risk``) worded here, so that a Spanish
        window says them in Spanish; in English the very words of the core's
        ``result.reasons`` (tests/test_ui_translations_at_risk.py holds them equal)."""
        a_c = ", ".join(x for x in result.present if x in ONE_OF)
        d_h = [x for x in result.present if x in TWO_OF]
        out = []
        if a_c:
            out.append(
                self.tr("The youth displays at least one of the indicators A-C: {letters}.").format(
                    letters=a_c
                )
            )
        if len(d_h) >= MIN_TWO_OF:
            out.append(
                self.tr(
                    "The youth displays a minimum of two of the indicators D-H: {letters}."
                ).format(letters=", ".join(d_h))
            )
        if result.met:
            return out
        if d_h:
            out.append(
                self.tr(
                    "Not met: none of the indicators A-C, and only one of D-H ({letter}); "
                    "a minimum of two of D-H is needed."
                ).format(letter=d_h[0])
            )
        else:
            out.append(
                self.tr(
                    "Not assessed: no indicator A-H is marked, "
                    "so the record shows nothing either way."
                )
            )
        return out

    def refresh(self) -> None:
        result = rules.at_risk_cse(self.ctx.interview.at_risk_indicators)
        head = {
            "met": self.tr("Meets the at-risk definition for CSE."),
            "not met": self.tr("Does not meet the at-risk definition for CSE (so far)."),
            "not assessed": self.tr("Not assessed: no indicator is marked yet."),
        }[result.status]
        text = "\n".join([head, *self.reasons(result)])
        if text != self.determination.text() and self.determination.isVisible():
            announce(self.determination, head)
        self.determination.setText(text)

    def focus_first(self) -> None:
        self.indicators.list.setFocus()
