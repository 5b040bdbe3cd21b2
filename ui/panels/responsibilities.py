"""CSW responsibilities: the procedures' determinations, and the steps that became
due (app.rules.due_steps), each done / not applicable with a time and a note."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import rules
from app.model import Answer, Response, StepRecord, StepStatus, utcnow
from ui.panels.base import Panel, PanelContext, register
from ui.widgets.moment_edit import MomentEdit

ROLE_ID = Qt.ItemDataRole.UserRole + 1


@register
class ResponsibilitiesPanel(Panel):
    panel_id = "responsibilities"
    title = QT_TRANSLATE_NOOP("Panels", "CSW responsibilities")
    order = 100

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        self._due: list[str] = []
        self._steps = {s.id: (p, s) for p in ctx.bank.procedures for s in p.steps}
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(splitter, 1)

        det_box = QGroupBox(self.tr("Determinations (tick what applies)"), splitter)
        det_layout = QVBoxLayout(det_box)
        self.tree = QTreeWidget(det_box)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Determinations from the procedures"))
        self.tree.setWordWrap(True)
        for proc in ctx.bank.procedures:
            top = QTreeWidgetItem(self.tree, [proc.title])
            for step in proc.steps:
                if not step.determinations:
                    continue
                node = QTreeWidgetItem(top, [f"{step.number}. {step.text}"])
                node.setToolTip(0, step.text)
                for det in step.determinations:
                    leaf = QTreeWidgetItem(node, [det.text])
                    leaf.setToolTip(0, det.text)
                    leaf.setData(0, ROLE_ID, det.id)
                    leaf.setFlags(leaf.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    answer = ctx.interview.answers.get(det.id)
                    yes = answer is not None and answer.response == Response.YES
                    leaf.setCheckState(0, Qt.CheckState.Checked if yes else Qt.CheckState.Unchecked)
        self.tree.expandAll()
        self.tree.itemChanged.connect(self._determined)
        det_layout.addWidget(self.tree)

        self.steps_box = QGroupBox(self.tr("Steps that are due"), splitter)
        steps_layout = QVBoxLayout(self.steps_box)
        self.prompt = QLabel(self.steps_box)
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("What is due"))
        steps_layout.addWidget(self.prompt)
        self.grid_host = QWidget(self.steps_box)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(3, 2)
        self.grid.setRowStretch(99, 1)
        rows = QScrollArea(self.steps_box)
        rows.setWidgetResizable(True)
        rows.setFrameShape(QFrame.Shape.NoFrame)
        rows.setWidget(self.grid_host)
        rows.setAccessibleName(self.tr("Steps that are due"))
        steps_layout.addWidget(rows, 1)
        splitter.setSizes([250, 400])
        self.refresh()

    def _determined(self, item: QTreeWidgetItem, _column: int) -> None:
        det_id = item.data(0, ROLE_ID)
        if self._loading or not det_id:
            return
        old = self.ctx.interview.answers.get(det_id) or Answer()
        yes = item.checkState(0) == Qt.CheckState.Checked
        answer = Answer(
            response=Response.YES if yes else Response.NOT_ASKED,
            own_words=old.own_words,
            notes=old.notes,
            updated_at=utcnow(),
        )
        self.ctx.interview.answers[det_id] = answer
        self.ctx.save(("answer", det_id), "set_answer", det_id, answer, now=True)
        self.refresh()
        self.edited.emit()

    def refresh(self) -> None:
        due = rules.due_steps(self.ctx.interview, self.ctx.bank)
        # The rows below list the steps; keep only each prompt's lead lines here.
        prompts = [
            "\n".join(line for line in p.message.splitlines() if not line[:1].isdigit())
            for p in rules.prompts(self.ctx.interview, self.ctx.bank)
            if p.kind.startswith("procedure.") or p.kind in ("runaway", "at_risk")
        ]
        self.prompt.setText(
            "\n\n".join(prompts)
            if prompts
            else (
                self.tr(
                    "No step is due yet: steps appear here when red flags, determinations, "
                    "at-risk indicators or a runaway return call for them."
                )
                if not due
                else self.tr("Every due step has been recorded.")
            )
        )
        if due != self._due:
            self._due = due
            self._build_rows()

    def _build_rows(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        statuses = (
            (StepStatus.PENDING, self.tr("Pending")),
            (StepStatus.DONE, self.tr("Done")),
            (StepStatus.NOT_APPLICABLE, self.tr("Not applicable")),
        )
        self._rows: dict[str, tuple[QComboBox, MomentEdit, QLineEdit]] = {}
        for row, step_id in enumerate(self._due):
            proc, step = self._steps[step_id]
            name = self.ctx.bank.subcategory(proc.subcategory).cwscms_name
            label = QLabel(f"{name} — {step.number}. {step.text}", self.grid_host)
            label.setWordWrap(True)
            status = QComboBox(self.grid_host)
            for value, text in statuses:
                status.addItem(text, value.value)
            status.setAccessibleName(
                self.tr("Status of step {n} ({proc})").format(n=step.number, proc=proc.title)
            )
            when = MomentEdit(self.tr("Time of step {n}").format(n=step.number), self.grid_host)
            note = QLineEdit(self.grid_host)
            note.setAccessibleName(self.tr("Note on step {n}").format(n=step.number))
            note.setPlaceholderText(self.tr("Note"))
            record = self.ctx.interview.responsibilities.get(step_id)
            if record is not None:
                status.setCurrentIndex(status.findData(record.status.value))
                when.set_value(record.at)
                note.setText(record.note)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(status, row, 1)
            self.grid.addWidget(when, row, 2)
            self.grid.addWidget(note, row, 3)
            self._rows[step_id] = (status, when, note)
            status.currentIndexChanged.connect(lambda _i, s=step_id: self._step_edited(s, True))
            when.changed.connect(lambda s=step_id: self._step_edited(s, True))
            note.textEdited.connect(lambda _t, s=step_id: self._step_edited(s, False))

    def _step_edited(self, step_id: str, now: bool) -> None:
        status, when, note = self._rows[step_id]
        value = StepStatus(status.currentData())
        at = when.value()
        if value != StepStatus.PENDING and at is None:
            at = utcnow()  # "done" means done now unless the CSW says when
            when.set_value(at)
        record = StepRecord(status=value, at=at, note=note.text())
        self.ctx.interview.responsibilities[step_id] = record
        self.ctx.save(("step", step_id), "set_step", step_id, record, now=now, texts=(record.note,))
        self.edited.emit()

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        due = rules.due_steps(ctx.interview, ctx.bank)
        closed = (StepStatus.DONE, StepStatus.NOT_APPLICABLE)
        done = sum(
            1 for s in due if (r := ctx.interview.responsibilities.get(s)) and r.status in closed
        )
        return (done, len(due))

    def focus_first(self) -> None:
        self.tree.setFocus()
