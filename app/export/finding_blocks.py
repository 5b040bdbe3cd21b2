"""The blocks both summaries print for the same findings: allegations, red flags,
associates and other possible victims.

The contact summary (``app.export.sections``) prints them for one contact; the case
summary (``app.export.case_sections``) for the whole case, each with the contact it was
learned in. Both call these builders; ``learned_in`` (a finding's contact id -> "caregiver,
11/14") is given by the case summary only, and adds that column or row. A leaf: it imports
only ``blocks``, ``fmt`` and ``rules_view``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.content.bank import CATEGORIES, ContentBank
from app.export import rules_view
from app.export.blocks import NONE_RECORDED, Block, Fields, Para, Table
from app.export.fmt import SOURCE_LABELS, YNU_LABELS, joined, or_dash
from app.model import Associate, Interview

LearnedIn = Callable[[str], str]  # a finding's contact id -> "caregiver, 11/14"

CATEGORY_SHORT = {"csec": "CSEC", "labor": "Labor", "criminal": "Criminal"}
CONCLUSION_LABELS = {
    "substantiated": "Substantiated",
    "inconclusive": "Inconclusive",
    "unfounded": "Unfounded",
}
YOUTHS_WORDS = "Relationship, in the youth's words"


def subcategory_name(bank: ContentBank, sub_id: str) -> str:
    try:
        return bank.subcategory(sub_id).cwscms_name
    except KeyError:
        return sub_id or "\u2014"


def allegation_blocks(
    record: Interview, bank: ContentBank, now: datetime, learned_in: LearnedIn | None = None
) -> list[Block]:
    """Each allegation entered (CWS/CMS words; "Entered in" with ``learned_in``), then the
    rules' suggestions not yet entered: the tool's sentence, then one reason a line."""
    blocks: list[Block] = []
    for i, a in enumerate(record.allegations, start=1):
        conclusion = (
            CONCLUSION_LABELS.get(str(a.proposed_conclusion), str(a.proposed_conclusion))
            if a.proposed_conclusion
            else "Not decided"
        )
        rows = [
            ("Alleged Victim", or_dash(a.alleged_victim)),
            ("Alleged Perpetrator", or_dash(a.alleged_perpetrator)),
            ("Abuse Category", "Exploitation"),
            ("Abuse Subcategory", subcategory_name(bank, a.subcategory)),
            ("Proposed conclusion", conclusion),
            ("Reasons", or_dash(a.reasons)),
        ]
        if learned_in is not None:
            rows.append(("Entered in", learned_in(a.contact_id)))
        blocks.append(Fields(title=f"Allegation {i}", rows=rows))
    if not record.allegations:
        blocks.append(Para("No allegations recorded."))
    for text in rules_view.suggestion_lines(record, bank, now):
        blocks += [Para(line) for line in text.split("\n")]
    return blocks


def red_flag_blocks(
    record: Interview, bank: ContentBank, now: datetime, learned_in: LearnedIn | None = None
) -> list[Block]:
    """The chart's columns, each flag's sources (and, with ``learned_in``, the contact it
    was learned in) and note, in the guide's order; then the tallies per category."""
    if not record.red_flags:
        return [Para("No red flags marked.")]
    order = {f.id: i for i, f in enumerate(bank.red_flags)}
    rows = []
    for flag_id in sorted(record.red_flags, key=lambda k: (order.get(k, 10**6), k)):
        obs = record.red_flags[flag_id]
        try:
            flag = bank.red_flag(flag_id)
            text, cats = flag.text, flag.categories
        except KeyError:
            text, cats = flag_id, frozenset()
        where = [learned_in(obs.contact_id)] if learned_in is not None else []
        rows.append(
            [
                text,
                *("X" if c in cats else "" for c in CATEGORIES),
                joined([SOURCE_LABELS.get(s, str(s)) for s in obs.sources]),
                *where,
                obs.note,
            ]
        )
    columns = ["Red flag", *(CATEGORY_SHORT[c] for c in CATEGORIES), "Sources"]
    if learned_in is not None:
        columns.append("Learned in")
        widths = [0.26, 0.065, 0.07, 0.095, 0.12, 0.15, 0.24]
    else:
        widths = [0.34, 0.07, 0.07, 0.10, 0.17, 0.25]
    blocks: list[Block] = [Table([*columns, "Note"], rows, widths)]
    tallies = rules_view.tallies(record, bank, now)
    if tallies:
        blocks.append(Fields(title="Red flags observed per category", rows=tallies))
    return blocks


def associate_blocks(
    record: Interview,
    learned_in: LearnedIn | None = None,
    relationship_label: Callable[[Associate], str] = lambda _a: YOUTHS_WORDS,
) -> list[Block]:
    """Associates and suspected exploiters, then other possible victims (each with the
    contact it was learned in, given ``learned_in``). ``relationship_label`` says whose
    words the relationship is in."""
    blocks: list[Block] = [Para("Associates and suspected exploiters", "sub")]
    for a in record.associates:
        label = a.name or joined(a.nicknames)
        if a.suspected_exploiter:
            label += " (suspected exploiter)"
        rows = [
            ("Name", or_dash(a.name)),
            ("Nicknames", joined(a.nicknames)),
            (relationship_label(a), or_dash(a.relationship)),
            ("Suspected exploiter", "Yes" if a.suspected_exploiter else "No"),
            ("Has children", YNU_LABELS.get(a.has_children, str(a.has_children))),
            ("Notes", or_dash(a.notes)),
        ]
        if learned_in is not None:
            rows.append(("Learned in", learned_in(a.contact_id)))
        blocks.append(Fields(title=label, rows=rows))
    if not record.associates:
        blocks.append(Para(NONE_RECORDED, "muted"))
    blocks.append(Para("Other possible victims", "sub"))
    for v in record.other_victims:
        rows = [
            ("Name or description", or_dash(v.name)),
            ("Where they may be", or_dash(v.where)),
            ("Notes", or_dash(v.notes)),
        ]
        if learned_in is not None:
            rows.append(("Learned in", learned_in(v.contact_id)))
        blocks.append(Fields(title=or_dash(v.name), rows=rows))
    if not record.other_victims:
        blocks.append(Para(NONE_RECORDED, "muted"))
    return blocks
