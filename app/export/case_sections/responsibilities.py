"""4. CSW steps and deadlines: reporting duties, each procedure the case touches (steps with
the contact each was recorded in, determinations), then the deadlines: ONE OTIP clock per
case, from the first suspicion in any contact (``special`` is the case's)."""

from __future__ import annotations

from app import rules
from app.export import rules_view
from app.export.blocks import Block, Fields, Para, Table
from app.export.case_sections.base import CaseSectionInput, case_section
from app.export.fmt import RECORDED_IN, YNU_LABELS, fmt_dt, status_row
from app.model import StepStatus

HEADERS = ["Step", "Responsibility", "Status", "When", "Note", "Recorded in"]
WIDTHS = [0.06, 0.42, 0.10, 0.14, 0.14, 0.14]


def _with_contact(src: CaseSectionInput, row: list[str], step_id: str) -> list[str]:
    record = src.view.responsibilities.get(step_id)
    return [*row, src.learned_in(record.contact_id) if record else ""]


@case_section(id="responsibilities", title="CSW steps and deadlines", order=40)
def build(src: CaseSectionInput) -> list[Block]:
    view, bank = src.view, src.bank
    alleged = {a.subcategory for a in view.allegations}
    blocks: list[Block] = []
    due = rules_view.reporting_duties(view, bank)
    if due:
        duties = [d for d in bank.duties if d.id in view.responsibilities or d.id in _due(src)]
        rows = [
            _with_contact(
                src,
                status_row(n, f"{d.title}. {d.text}", view.responsibilities.get(d.id)),
                d.id,
            )
            for n, d in enumerate(duties, start=1)
        ]
        blocks += [
            Para("Reporting, whatever the form of exploitation", "sub"),
            Table(["", *HEADERS[1:]], rows, WIDTHS),
        ]
    for proc in bank.procedures:
        step_ids = {s.id for s in proc.steps}
        touched = (
            proc.subcategory in alleged
            or any(k in step_ids for k in view.responsibilities)
            or any(k.startswith(proc.id + ".") for k in view.answers)
        )
        if not touched:
            continue
        blocks.append(Para(proc.title, "sub"))
        rows = [
            _with_contact(src, status_row(s.number, s.text, view.responsibilities.get(s.id)), s.id)
            for s in proc.steps
        ]
        blocks.append(Table(HEADERS, rows, WIDTHS))
        for step in proc.steps:
            found = [d for d in step.determinations if d.id in view.answers]
            if not found:
                continue
            blocks.append(Para(f"Step {step.number} determinations", "muted"))
            for d in found:
                blocks += rules_view.determination(view, bank, d)
                blocks.append(
                    Para(f"{RECORDED_IN}: {src.learned_in(view.answers[d.id].contact_id)}", "muted")
                )
    if blocks:
        done = sum(1 for r in view.responsibilities.values() if r.status == StepStatus.DONE)
        blocks.insert(0, Para(f"Steps marked done: {done}.", "muted"))
    else:
        blocks.append(Para("No procedure started."))
    blocks += _deadlines(src)
    return blocks


def _due(src: CaseSectionInput) -> set[str]:
    return set(rules.due_steps(src.view, src.bank))


def _deadlines(src: CaseSectionInput) -> list[Block]:
    sp = src.view.special
    blocks: list[Block] = [
        Para("Deadlines", "sub"),
        Fields(
            rows=[
                (
                    "Foreign national minor",
                    YNU_LABELS.get(sp.foreign_national, str(sp.foreign_national)),
                ),
                ("First suspected (any contact)", fmt_dt(sp.suspicion_at)),
                ("OTIP notified", fmt_dt(sp.otip_notified_at)),
                ("Request for Assistance submitted", "Yes" if sp.rfa_submitted else "No"),
                ("Returning from a runaway episode", "Yes" if sp.runaway_return else "No"),
                (
                    "Assessed for CSE after the runaway episode",
                    "Yes" if sp.runaway_cse_assessed else "No",
                ),
            ]
        ),
    ]
    rows = rules_view.deadlines(src.view, src.bank, src.now)
    if rows:
        blocks.append(Fields(rows=rows))
    else:
        blocks.append(Para("No deadline applies.", "muted"))
    if sp.notes:
        blocks.append(Para(f"Notes: {sp.notes}"))
    return blocks
