"""Review: what is answered, skipped and pending, and the determinations, before
the summary is exported; the CSW's contact narrative is written here."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app import rules
from app.rules.prompts import reporting_done, reporting_kind
from ui import rule_words
from ui.interview import live
from ui.panels.base import Panel, PanelContext, flow_for, register
from ui.panels.declared import Questions, Review, item_statuses
from ui.widgets.reflow import reflow_columns
from ui.widgets.spelling import enable_spelling


@register
class ReviewPanel(Panel):
    declared = Review

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QHBoxLayout(self)
        left = QGroupBox(self.tr("Questions"), self)
        left_layout = QVBoxLayout(left)
        self.questions = QLabel(left)
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.PlainText)
        self.questions.setAccessibleName(self.tr("Answered, skipped and pending questions"))
        self.questions.setAlignment(Qt.AlignmentFlag.AlignTop)
        left_layout.addWidget(self.questions)
        left_layout.addStretch(1)
        layout.addWidget(left, 1)

        right = QVBoxLayout()
        det = QGroupBox(self.tr("Determinations (the rules suggest; you decide)"), self)
        det_layout = QVBoxLayout(det)
        self.determinations = QLabel(det)
        self.determinations.setWordWrap(True)
        self.determinations.setTextFormat(Qt.TextFormat.PlainText)
        self.determinations.setAccessibleName(self.tr("Determinations"))
        det_layout.addWidget(self.determinations)
        right.addWidget(det)
        label = QLabel(self.tr("Contact &narrative"), self)
        self.narrative = QPlainTextEdit(self)
        self.narrative.setTabChangesFocus(True)
        self.narrative.setAccessibleName(self.tr("Contact narrative"))
        self.narrative.setPlainText(ctx.interview.narrative)
        enable_spelling(self.narrative, ctx)
        label.setBuddy(self.narrative)
        right.addWidget(label)
        right.addWidget(self.narrative, 1)
        layout.addLayout(right, 1)
        self.narrative.textChanged.connect(self._narrative)
        self.refresh()
        reflow_columns(self, at_minimum=True)  # one above the other at 200 % text (issue 16)

    def _narrative(self) -> None:
        text = self.narrative.toPlainText()
        self.ctx.interview.narrative = text
        self.ctx.save("narrative", self.ctx.store.set_narrative, text, texts=(text,))
        self.edited.emit()

    def refresh(self) -> None:
        interview, bank = self.ctx.interview, self.ctx.bank
        lines: list[str] = []
        for cls in flow_for(interview, bank):
            if not issubclass(cls, Questions):
                continue
            ids = [
                it.id
                for sid in cls.question_sections
                if sid in bank.sections
                for it in bank.section(sid).items
            ]
            statuses = item_statuses(ids, interview)
            count = {
                k: sum(1 for v in statuses.values() if v == k)
                for k in ("answered", "skipped", "pending")
            }
            lines.append(
                self.tr("{title}: {a} answered, {s} skipped, {p} not yet asked").format(
                    title=cls.display_title(),
                    a=count["answered"],
                    s=count["skipped"],
                    p=count["pending"],
                )
            )
            for item_id, status in statuses.items():
                if status == "skipped":
                    lines.append(self.tr("   skipped: {q}").format(q=bank.item(item_id).text))
            lines.append("")
        self.questions.setText("\n".join(lines).strip())

        a = rules.assess(interview, bank, datetime.now(UTC))
        out = [
            self.tr("At-risk for CSE: {r}").format(
                r={
                    "met": self.tr("met"),
                    "not met": self.tr("not met"),
                    "not assessed": self.tr("not assessed"),
                }[a.at_risk.status]
            ),
            *a.at_risk.reasons,
            "",
        ]
        out.append(live.tallies_text(interview, bank))
        out.append("")
        if a.suspicion:
            out.append(
                self.tr(
                    "Exploitation is suspected: the hotline call and the law enforcement contact "
                    "are due, whatever the form. Which form it is is yours to decide."
                )
            )
        if a.allegations:
            out.append(self.tr("The tool suggests, from the chart (enter each separately):"))
            out += [
                f"• {s.cwscms_name}" + (self.tr(" (entered)") if s.entered else "")
                for s in a.allegations
            ]
        elif a.suspicion:
            out.append(
                self.tr(
                    "The tool suggests no form from the chart: nothing recorded "
                    "yet tells the forms apart."
                )
            )
        else:
            out.append(
                self.tr("No red flag, concerning determination or at-risk result is recorded yet.")
            )
        for d in a.deadlines:
            state = (
                self.tr("met") if d.met else (self.tr("OVERDUE") if d.overdue else self.tr("open"))
            )
            if d.rfa_pending:  # OTIP called, the Request for Assistance not yet submitted
                state = self.tr("OTIP notified; RFA still due")
            out.append(
                self.tr("{label}: due {due} — {state}").format(
                    label=rule_words.deadline_label(d), due=live.local_time(d.due), state=state
                )
            )
        closed = {s for s, r in interview.responsibilities.items() if r.status != "pending"}
        kinds_done = reporting_done(interview, bank)  # one hotline call closes every such step
        open_steps = [
            s for s in a.due_steps if s not in closed and reporting_kind(bank, s) not in kinds_done
        ]
        out.append(
            self.tr("Responsibility steps due: {n}, still open: {o}").format(
                n=len(a.due_steps), o=len(open_steps)
            )
        )
        self.determinations.setText("\n".join(out))

    def focus_first(self) -> None:
        self.narrative.setFocus()
