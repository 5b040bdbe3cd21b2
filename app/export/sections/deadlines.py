"""10. Deadlines: special considerations, then each deadline as a due time (OTIP: met or not)."""

from __future__ import annotations

from app.export import rules_view
from app.export.blocks import Block, Fields, Para
from app.export.fmt import YNU_LABELS, fmt_dt
from app.export.sections.base import SectionInput, section


@section(id="deadlines", title="Deadlines", order=100)
def build(src: SectionInput) -> list[Block]:
    sp = src.interview.special
    blocks: list[Block] = [
        Fields(
            rows=[
                (
                    "Foreign national minor",
                    YNU_LABELS.get(sp.foreign_national, str(sp.foreign_national)),
                ),
                ("First suspected", fmt_dt(sp.suspicion_at)),
                ("OTIP notified", fmt_dt(sp.otip_notified_at)),
                ("Request for Assistance submitted", "Yes" if sp.rfa_submitted else "No"),
                ("Returning from a runaway episode", "Yes" if sp.runaway_return else "No"),
                (
                    "Assessed for CSE after the runaway episode",
                    "Yes" if sp.runaway_cse_assessed else "No",
                ),
            ]
        )
    ]
    rows = rules_view.deadlines(src.interview, src.bank, src.now)
    if rows:
        blocks.append(Fields(title="Deadlines", rows=rows))
    else:
        blocks.append(Para("No deadline applies.", "muted"))
    if sp.notes:
        blocks.append(Para(f"Notes: {sp.notes}"))
    return blocks
