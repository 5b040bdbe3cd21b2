"""8. CSW responsibilities: the reporting duties, then each procedure the record touches."""

from __future__ import annotations

from app.export import rules_view
from app.export.blocks import Block, Para, Table
from app.export.fmt import status_row
from app.export.sections.base import SectionInput, section
from app.model import StepStatus


@section(id="responsibilities", title="CSW responsibilities", order=80)
def build(src: SectionInput) -> list[Block]:
    """Each procedure the record touches: its steps' status, then its determinations."""
    interview, bank = src.interview, src.bank
    alleged = {a.subcategory for a in interview.allegations}
    blocks: list[Block] = rules_view.reporting_duties(interview, bank)
    for proc in bank.procedures:
        step_ids = {s.id for s in proc.steps}
        touched = (
            proc.subcategory in alleged
            or any(k in step_ids for k in interview.responsibilities)
            or any(k.startswith(proc.id + ".") for k in interview.answers)
        )
        if not touched:
            continue
        blocks.append(Para(proc.title, "sub"))
        rows = [
            status_row(s.number, s.text, interview.responsibilities.get(s.id)) for s in proc.steps
        ]
        blocks.append(
            Table(
                ["Step", "Responsibility", "Status", "When", "Note"],
                rows,
                [0.06, 0.50, 0.11, 0.15, 0.18],
            )
        )
        for step in proc.steps:
            found = [d for d in step.determinations if d.id in interview.answers]
            if not found:
                continue

            blocks.append(Para(f"Step {step.number} determinations", "muted"))
            for d in found:
                blocks += rules_view.determination(interview, bank, d)
    done = sum(1 for r in interview.responsibilities.values() if r.status == StepStatus.DONE)
    if not blocks:
        return [Para("No procedure started.")]
    blocks.insert(0, Para(f"Steps marked done: {done}.", "muted"))
    return blocks
