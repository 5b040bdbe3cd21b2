"""3. Red flags observed: the chart's columns, sources and note; tallies per category."""

from __future__ import annotations

from app.content.bank import CATEGORIES
from app.export import rules_view
from app.export.blocks import Block, Fields, Para, Table
from app.export.fmt import SOURCE_LABELS, joined
from app.export.sections.base import SectionInput, section

CATEGORY_SHORT = {"csec": "CSEC", "labor": "Labor", "criminal": "Criminal"}


@section(id="red_flags", title="Red flags observed", order=30)
def build(src: SectionInput) -> list[Block]:
    interview, bank = src.interview, src.bank
    if not interview.red_flags:
        return [Para("No red flags marked.")]
    order = {f.id: i for i, f in enumerate(bank.red_flags)}
    rows = []
    for flag_id in sorted(interview.red_flags, key=lambda k: (order.get(k, 10**6), k)):
        obs = interview.red_flags[flag_id]
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
                obs.note,
            ]
        )
    blocks: list[Block] = [
        Table(
            ["Red flag", *(CATEGORY_SHORT[c] for c in CATEGORIES), "Sources", "Note"],
            rows,
            [0.34, 0.07, 0.07, 0.10, 0.17, 0.25],
        )
    ]
    tallies = rules_view.tallies(interview, bank, src.now)
    if tallies:
        blocks.append(Fields(title="Red flags observed per category", rows=tallies))
    return blocks
