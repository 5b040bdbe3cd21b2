"""CSW responsibilities: the procedures' determinations, each shown as what it is (a
yes/no finding with "unsure" and "not assessed", a fact to record, or a red flag that
is the same fact), and the steps that became due (app.rules.due_steps), each done /
not applicable with a time and a note."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import rules
from app.content.bank import Determination
from app.model import Answer, RedFlagObservation, Response, StepRecord, StepStatus, utcnow
from app.rules import legacy
from app.rules.prompts import reporting_done, reporting_kind
from ui import app_filters, rule_words
from ui.panels.base import Panel, PanelContext, register
from ui.panels.declared import Responsibilities
from ui.widgets.moment_edit import LazyMomentEdit
from ui.widgets.wrapped_text import WrappedText

# The step rows made with the panel: about what its box shows at 1366x768 (the prompt
# above them takes some of it); the rest are made one turn of the event loop later.
FIRST_ROWS = 6
NOT_RECORDED = -0.5  # the number box's "Not recorded" (below any real value)
FINDING_CHOICES = (
    (Response.NOT_ASKED, QT_TRANSLATE_NOOP("ResponsibilitiesPanel", "Not assessed")),
    (Response.YES, QT_TRANSLATE_NOOP("ResponsibilitiesPanel", "Yes")),
    (Response.NO, QT_TRANSLATE_NOOP("ResponsibilitiesPanel", "No")),
    (Response.UNSURE, QT_TRANSLATE_NOOP("ResponsibilitiesPanel", "Unsure")),
)


@register
class ResponsibilitiesPanel(Panel):
    declared = Responsibilities

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        # ~80 fields built in one go: without the app's Python event filters (no input
        # can arrive meanwhile; ui/app_filters.py) it takes a third of the time (issue 17).
        with app_filters.paused():
            self._build(ctx, parent)

    def _build(self, ctx: PanelContext, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self._loading = False
        self._due: list[str] = []
        self._rows: dict[str, tuple[QComboBox, LazyMomentEdit, QLineEdit]] = {}
        self._step_sources: dict[str, QLabel] = {}
        self._later: list[tuple[int, str]] = []  # step rows not made yet (row, step id)
        self._done_kinds: set[str] = set()
        self._steps = {s.id: (p, s) for p in ctx.bank.procedures for s in p.steps}
        self._upgrade_old_record()
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(splitter, 1)

        det_box = QGroupBox(self.tr("Determinations (what you found)"), splitter)
        # Both halves join the splitter, and are given their sizes, before either is
        # filled: a widget joining it, or setSizes, makes it measure its widgets
        # (issue 17). The determinations are measured once, by their scroll area.
        self.steps_box = QGroupBox(self.tr("Steps that are due"), splitter)
        splitter.setSizes([330, 320])
        det_layout = QVBoxLayout(det_box)
        self.confirm = QLabel(det_box)
        self.confirm.setWordWrap(True)
        self.confirm.setAccessibleName(self.tr("Answers to confirm"))
        det_layout.addWidget(self.confirm)
        # Made before what it scrolls: Tab reaches it (named, on top) before the
        # determinations in it, as a reader does (issue 16, 1.3.2 and 2.4.3).
        det_scroll = QScrollArea(det_box)
        det_scroll.setWidgetResizable(True)
        det_scroll.setFrameShape(QFrame.Shape.NoFrame)
        host = QWidget(det_box)
        self.det_grid = QGridLayout(host)
        self.det_grid.setColumnStretch(0, 1)
        self.det_controls: dict[str, QWidget] = {}
        self._det_build(host)
        # Placed full: the scroll area measures it here once and keeps that size for
        # showing (placed empty, it measured it again on every layout pass when shown).
        det_scroll.setWidget(host)
        det_scroll.setAccessibleName(self.tr("Determinations from the procedures"))
        self.tree = det_scroll  # what focus_first and older callers reach
        det_layout.addWidget(det_scroll)

        steps_layout = QVBoxLayout(self.steps_box)
        # What is due scrolls with its rows: at 200 % text it is taller than the box.
        steps_host = QWidget(self.steps_box)
        steps_host_layout = QVBoxLayout(steps_host)
        steps_host_layout.setContentsMargins(0, 0, 0, 0)
        self.prompt = QLabel(steps_host)
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("What is due"))
        steps_host_layout.addWidget(self.prompt)
        self.grid_host = QWidget(steps_host)
        steps_host_layout.addWidget(self.grid_host, 1)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(3, 2)
        self.grid.setRowStretch(99, 1)
        rows = QScrollArea(self.steps_box)
        rows.setWidgetResizable(True)
        rows.setFrameShape(QFrame.Shape.NoFrame)
        rows.setWidget(steps_host)
        rows.setAccessibleName(self.tr("Steps that are due"))
        self._steps_scroll = rows
        steps_layout.addWidget(rows, 1)
        self.refresh()

    def _upgrade_old_record(self) -> None:
        """A record from before determinations had a direction: keep its old ticks, as
        "unsure" with a note, for the CSW to confirm (app.rules.legacy), and save that."""
        iv = self.ctx.interview
        if not legacy.predates_directions(iv.content_version):
            return
        for det_id in legacy.upgrade(iv, self.ctx.bank):
            answer = iv.answers[det_id]
            self.ctx.save(("answer", det_id), self.ctx.store.set_answer, det_id, answer, now=True,
                          texts=(answer.notes,))  # fmt: skip
        self.ctx.save("content_version", self.ctx.store.set_content_version, iv.content_version,
                      now=True)  # fmt: skip

    # --- determinations ---------------------------------------------------------------
    def _det_build(self, host: QWidget) -> None:
        self.det_sources: dict[str, QLabel] = {}
        row = 0
        for proc in self.ctx.bank.procedures:
            head = QLabel(f"<b>{proc.title}</b>", host)
            head.setWordWrap(True)
            self.det_grid.addWidget(head, row, 0, 1, 2)
            row += 1
            for step in proc.steps:
                if not step.determinations:
                    continue
                label = WrappedText(f"{step.number}. {step.text}", host)
                self.det_grid.addWidget(label, row, 0, 1, 2)
                row += 1
                for det in step.determinations:
                    text = WrappedText(det.text, host)
                    text.setIndent(32 if det.parent else 16)  # every wrapped line, not the first
                    control = self._det_control(det, host)
                    text.setBuddy(control)
                    self.det_grid.addWidget(text, row, 0)
                    self.det_grid.addWidget(control, row, 1)
                    self.det_controls[det.id] = control
                    # Where the determination was made (issue 14): "caregiver, 11/14".
                    source = QLabel(host)
                    source.setAccessibleName(self.tr("Learned in ({det})").format(det=det.text))
                    self.det_grid.addWidget(source, row, 2)
                    self.det_sources[det.id] = source
                    row += 1
        self.det_grid.setRowStretch(row, 1)

    def _det_control(self, det: Determination, host: QWidget) -> QWidget:
        if det.same_as:
            flag = self.ctx.bank.red_flag(det.same_as)
            box = QCheckBox(self.tr("Present (red flag)"), host)
            box.setToolTip(
                self.tr("The same record as the red flag: {flag}").format(flag=flag.text)
            )
            box.setAccessibleName(
                self.tr("{det} (the red flag {flag})").format(det=det.text, flag=flag.text)
            )
            box.toggled.connect(lambda on, d=det: self._flag_toggled(d, on))
            return box
        if det.is_fact and det.value == "number":
            spin = QDoubleSpinBox(host)
            spin.setRange(NOT_RECORDED, 24.0)  # the guide's number is hours in a day
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSpecialValueText(self.tr("Not recorded"))
            spin.setValue(NOT_RECORDED)
            spin.setAccessibleName(det.text)
            spin.valueChanged.connect(lambda value, d=det: self._number_set(d, value))
            return spin
        if det.is_fact:
            edit = QLineEdit(host)
            edit.setAccessibleName(det.text)
            edit.setMinimumWidth(220)
            edit.setPlaceholderText(self.tr("What you found"))
            edit.textEdited.connect(lambda text, d=det: self._fact_edited(d, text))
            return edit
        combo = QComboBox(host)
        for value, label in FINDING_CHOICES:
            combo.addItem(self.tr(label), value.value)
        combo.setAccessibleName(det.text)
        combo.setToolTip(
            self.tr("The answer that raises concern: {answer}").format(
                answer=self.tr("Yes") if det.concern_when == "yes" else self.tr("No")
            )
        )
        combo.currentIndexChanged.connect(lambda _i, d=det: self._finding_chosen(d))
        return combo

    def _det_load(self) -> None:
        """Show what the record holds (a linked indicator shows its red flag's state)."""
        self._loading = True
        iv = self.ctx.interview
        for det in self.ctx.bank.determinations():
            control = self.det_controls[det.id]
            answer = iv.answers.get(det.id)
            found = iv.red_flags.get(det.same_as) if det.same_as else answer
            shown = found is not None and (
                det.same_as or found.response != Response.NOT_ASKED or bool(found.notes)
            )
            self.det_sources[det.id].setText(
                self.tr("from {source}").format(source=self.ctx.source(found.contact_id))
                if shown
                else ""
            )
            if det.same_as:
                control.setChecked(det.same_as in iv.red_flags)
            elif isinstance(control, QDoubleSpinBox):
                try:
                    number = float(legacy.confirmed_notes(answer.notes)) if answer else None
                except ValueError:
                    number = None  # an old tick, or nothing yet
                control.setValue(NOT_RECORDED if number is None else number)
            elif det.is_fact:
                value = legacy.confirmed_notes(answer.notes) if answer else ""
                if control.text() != value and not control.hasFocus():
                    control.setText(value)
            else:
                response = answer.response if answer else Response.NOT_ASKED
                index = control.findData(response.value)
                control.setCurrentIndex(index if index >= 0 else 0)
        self._loading = False
        pending = legacy.to_confirm(iv, self.ctx.bank)
        self.confirm.setVisible(bool(pending))
        if pending:
            self.confirm.setText(
                self.tr(
                    "Made with an earlier version of this tool, where these were tick boxes: "
                    "a tick did not say which way or how much, so it counts for nothing until "
                    "you answer again:"
                )
                + "".join(f"\n\u2022 {self.ctx.bank.item(d).text}" for d in pending)
            )

    def _finding_chosen(self, det: Determination) -> None:
        if self._loading:
            return
        combo = self.det_controls[det.id]
        old = self.ctx.interview.answers.get(det.id) or Answer()
        answer = Answer(
            response=Response(combo.currentData()),
            own_words=old.own_words,
            notes=legacy.confirmed_notes(old.notes),
            updated_at=utcnow(),
            contact_id=old.contact_id,  # a determination made elsewhere keeps its source
        )
        self._det_save(det.id, answer, now=True)

    def _fact_edited(self, det: Determination, text: str) -> None:
        old = self.ctx.interview.answers.get(det.id) or Answer()
        # A fact's value is the CSW's note; the response stays "not asked": never evidence.
        answer = Answer(
            Response.NOT_ASKED, old.own_words, text.strip(), utcnow(), contact_id=old.contact_id
        )
        self._det_save(det.id, answer, now=False)

    def _number_set(self, det: Determination, value: float) -> None:
        if self._loading:
            return
        text = "" if value <= NOT_RECORDED else f"{value:g}"
        self._fact_edited(det, text)

    def _det_save(self, det_id: str, answer: Answer, now: bool) -> None:
        self.ctx.interview.answers[det_id] = answer
        self.ctx.save(("answer", det_id), self.ctx.store.set_answer, det_id, answer, now=now,
                      texts=(answer.notes,))  # fmt: skip
        self.refresh()
        self.edited.emit()

    def _flag_toggled(self, det: Determination, on: bool) -> None:
        """One fact, one record: ticking the indicator ticks (or clears) its red flag."""
        if self._loading:
            return
        flags = self.ctx.interview.red_flags
        if on:
            flags.setdefault(det.same_as, RedFlagObservation())
        else:
            flags.pop(det.same_as, None)
        obs = flags.get(det.same_as)
        self.ctx.save(("red_flag", det.same_as), self.ctx.store.set_red_flag, det.same_as, obs,
                      now=True, texts=(obs.note,) if obs else ())  # fmt: skip
        self.refresh()
        self.edited.emit()

    def refresh(self) -> None:
        self._det_load()
        due = rules.due_steps(self.ctx.interview, self.ctx.bank)
        # The rows below list the steps; keep only each prompt's lead lines here.
        # (and the Red flags panel lists what was recorded: leave out the "Recorded:" lines).
        prompts = [
            rule_words.prompt_text(p, lead_only=True)
            for p in rules.prompts(self.ctx.interview, self.ctx.bank)
            if p.kind.startswith("procedure.") or p.kind in ("runaway", "at_risk", "suspected")
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
        with app_filters.paused():  # rebuilt when the due steps change (see __init__)
            self._build_step_rows()

    def _build_step_rows(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self._rows: dict[str, tuple[QComboBox, LazyMomentEdit, QLineEdit]] = {}
        self._step_sources: dict[str, QLabel] = {}
        self._later = list(enumerate(self._due))
        self._done_kinds = reporting_done(self.ctx.interview, self.ctx.bank)
        # The rows the box shows first are made now; the rest (below its fold) on the
        # next turn of the event loop, before a person can act, or at once when asked
        # for (issue 17: the panel shows sooner).
        placed = self.window() is not self  # made in order while the panel is being built
        self._make_rows(FIRST_ROWS, placed)
        if self._later:
            QTimer.singleShot(0, self, self._make_later_rows)

    def _make_later_rows(self) -> None:
        if self._later:
            with app_filters.paused():
                self._make_rows(len(self._later), placed=True)

    def _make_rows(self, count: int, placed: bool) -> None:
        """Make the next ``count`` step rows. ``placed``: the panel's widgets are already
        in the focus chain, so each new field is put in the Tab order after the row
        above (a widget made now would otherwise come last)."""
        statuses = (
            (StepStatus.PENDING, self.tr("Pending")),
            (StepStatus.DONE, self.tr("Done")),
            (StepStatus.NOT_APPLICABLE, self.tr("Not applicable")),
        )
        made, self._later = self._later[:count], self._later[count:]
        before: QWidget = self._steps_scroll
        if self._rows:
            before = next(reversed(self._rows.values()))[2]  # the note of the row above
        for row, step_id in made:
            fields = self._make_row(row, step_id, statuses)
            if placed:
                for field in fields:
                    QWidget.setTabOrder(before, field)
                    before = field

    def _make_row(
        self, row: int, step_id: str, statuses: tuple[tuple[StepStatus, str], ...]
    ) -> tuple[QComboBox, LazyMomentEdit, QLineEdit]:
        if step_id in self._steps:
            proc, step = self._steps[step_id]
            name = self.ctx.bank.subcategory(proc.subcategory).cwscms_name
            title, number = proc.title, step.number
            label = WrappedText(f"{name} — {step.number}. {step.text}", self.grid_host)
        else:  # a reporting duty, due whatever the form
            duty = self.ctx.bank.duty(step_id)
            title, number = self.tr("any form"), duty.title
            label = WrappedText(
                self.tr("Any form — {title}").format(title=duty.title), self.grid_host
            )  # the guide's words are in the prompt above
            label.setToolTip(duty.text)
        status = QComboBox(self.grid_host)
        for value, text in statuses:
            status.addItem(text, value.value)
        status.setAccessibleName(
            self.tr("Status of step {n} ({proc})").format(n=number, proc=title)
        )
        # Made on the next turn of the event loop, or when first set or focused (issue 17).
        when = LazyMomentEdit(self.tr("Time of step {n}").format(n=number), self.grid_host)
        note = QLineEdit(self.grid_host)
        note.setAccessibleName(self.tr("Note on step {n}").format(n=number))
        note.setPlaceholderText(self.tr("Note"))
        record = self.ctx.interview.responsibilities.get(step_id)
        kind = reporting_kind(self.ctx.bank, step_id)
        if record is None and kind in self._done_kinds:
            # One call, one record: the hotline call (or law enforcement contact) was
            # already recorded on another step of the same kind.
            note.setPlaceholderText(self.tr("Already recorded on another step of this kind"))
        if record is not None:
            status.setCurrentIndex(status.findData(record.status.value))
            when.set_value(record.at)
            note.setText(record.note)
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(status, row, 1)
        self.grid.addWidget(when, row, 2)
        self.grid.addWidget(note, row, 3)
        source = QLabel(self.grid_host)
        source.setAccessibleName(self.tr("Learned in (step {n})").format(n=number))
        if record is not None:
            source.setText(
                self.tr("from {source}").format(source=self.ctx.source(record.contact_id))
            )
        self.grid.addWidget(source, row, 4)
        self._step_sources[step_id] = source
        self._rows[step_id] = (status, when, note)
        status.currentIndexChanged.connect(lambda _i, s=step_id: self._step_edited(s, True))
        when.changed.connect(lambda s=step_id: self._step_edited(s, True))
        note.textEdited.connect(lambda _t, s=step_id: self._step_edited(s, False))
        return status, when, note

    def _step_edited(self, step_id: str, now: bool) -> None:
        status, when, note = self._rows[step_id]
        value = StepStatus(status.currentData())
        at = when.value()
        if value != StepStatus.PENDING and at is None:
            at = utcnow()  # "done" means done now unless the CSW says when
            when.set_value(at)
        old = self.ctx.interview.responsibilities.get(step_id)
        # A step recorded in another contact keeps that contact as its source (issue 14).
        record = StepRecord(
            status=value, at=at, note=note.text(), contact_id=old.contact_id if old else ""
        )
        self.ctx.interview.responsibilities[step_id] = record
        self._step_sources[step_id].setText(
            self.tr("from {source}").format(source=self.ctx.source(record.contact_id))
        )
        self.ctx.save(("step", step_id), self.ctx.store.set_step, step_id, record, now=now,
                      texts=(record.note,))  # fmt: skip
        self.edited.emit()

    def focus_first(self) -> None:
        first = next(iter(self.det_controls.values()), None)
        (first or self.tree).setFocus()

    # Read access to the step rows, for whoever looks at the panel (F1's guide
    # lookup, the tests, as a person reads the screen).
    def step_ids(self) -> list[str]:
        """The steps listed now, top to bottom."""
        self._make_later_rows()
        return list(self._rows)

    def step_row(self, step_id: str) -> tuple[QComboBox, LazyMomentEdit, QLineEdit]:
        """The listed step's fields: its status, when it was done, its note (KeyError if
        the step is not listed)."""
        self._make_later_rows()
        return self._rows[step_id]

    def item_at(self, widget: QWidget) -> str:
        self._make_later_rows()
        for step_id, fields in self._rows.items():
            if any(w is widget or w.isAncestorOf(widget) for w in fields):
                return step_id
        return ""
