"""3. Red flags observed across the case: the chart's columns, each flag's sources and the
contact it was learned in ("caregiver, 11/14"), the note; tallies per category."""

from __future__ import annotations

from app.content.bank import CATEGORIES
from app.export import rules_view
from app.export.blocks import Block, Fields, Para, Table
from app.export.case_sections.base import CaseSectionInput, case_section
from app.export.fmt import SOURCE_LABELS, joined

CATEGORY_SHORT = {"csec": "CSEC", "labor": "Labor", "criminal": "Criminal"}


@case_section(id="red_flags", title="Red flags observed", order=30)
def build(src: CaseSectionInput) -> list[Block]:
    view, bank = src.view, src.bank
    if not view.red_flags:
        return [Para("No red flags marked.")]
    order = {f.id: i for i, f in enumerate(bank.red_flags)}
    rows = []
    for flag_id in sorted(view.red_flags, key=lambda k: (order.get(k, 10**6), k)):
        obs = view.red_flags[flag_id]
        try:
            flag = bank.red_flag(flag_id)
            text, cats = flag.text, flag.categories
        except KeyError:
            text, cats = flag_id, frozenset()
        rows.append(
            [
                text,
                *("X" if c in cats else "" for c in CATEGORIES),
                joined([SOURCE_LABELS.get(s, str(s)) for s in obs.sources]),
                src.learned_in(obs.contact_id),
                obs.note,
            ]
        )
    blocks: list[Block] = [
        Table(
            [
                "Red flag",
                *(CATEGORY_SHORT[c] for c in CATEGORIES),
                "Sources",
                "Learned in",
                "Note",
            ],
            rows,
            [0.26, 0.065, 0.07, 0.095, 0.12, 0.15, 0.24],
        )
    ]
    tallies = rules_view.tallies(view, bank, src.now)
    if tallies:
        blocks.append(Fields(title="Red flags observed per category", rows=tallies))
    return blocks
