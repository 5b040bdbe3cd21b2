"""5. Associates, exploiters and other possible victims across the case, each with the
contact it was learned in; tattoos and online accounts follow (they name exploiters)."""

from __future__ import annotations

from app.export.blocks import NONE_RECORDED, Block, Fields, Para, Table
from app.export.case_sections.base import CaseSectionInput, case_section
from app.export.fmt import YNU_LABELS, joined, or_dash, text_of


@case_section(id="associates", title="Associates, exploiters and other possible victims", order=50)
def build(src: CaseSectionInput) -> list[Block]:
    view = src.view
    blocks: list[Block] = [Para("Associates and suspected exploiters", "sub")]
    for a in view.associates:
        label = a.name or joined(a.nicknames)
        if a.suspected_exploiter:
            label += " (suspected exploiter)"
        blocks.append(
            Fields(
                title=label,
                rows=[
                    ("Name", or_dash(a.name)),
                    ("Nicknames", joined(a.nicknames)),
                    ("Relationship, in the youth's words", or_dash(a.relationship)),
                    ("Suspected exploiter", "Yes" if a.suspected_exploiter else "No"),
                    ("Has children", YNU_LABELS.get(a.has_children, str(a.has_children))),
                    ("Notes", or_dash(a.notes)),
                    ("Learned in", src.learned_in(a.contact_id)),
                ],
            )
        )
    if not view.associates:
        blocks.append(Para(NONE_RECORDED, "muted"))
    blocks.append(Para("Other possible victims", "sub"))
    for v in view.other_victims:
        blocks.append(
            Fields(
                title=or_dash(v.name),
                rows=[
                    ("Name or description", or_dash(v.name)),
                    ("Where they may be", or_dash(v.where)),
                    ("Notes", or_dash(v.notes)),
                    ("Learned in", src.learned_in(v.contact_id)),
                ],
            )
        )
    if not view.other_victims:
        blocks.append(Para(NONE_RECORDED, "muted"))
    if view.tattoos:
        blocks += [
            Para("Tattoos", "sub"),
            Table(
                ["No.", "Description", "Exploiter's moniker", "Learned in", "Location"],
                [
                    [
                        str(i),
                        t.description,
                        t.exploiter_moniker,
                        src.learned_in(t.contact_id),
                        text_of(src.bank, t.location) if t.location else "",
                    ]
                    for i, t in enumerate(view.tattoos, start=1)
                ],
                [0.07, 0.38, 0.20, 0.17, 0.18],
            ),
        ]
    if view.online_accounts:
        blocks += [
            Para("Online accounts", "sub"),
            Table(
                ["Platform", "Handle, phone", "Learned in", "Notes"],
                [
                    [
                        a.platform,
                        joined([a.handle, *a.phone_numbers]),
                        src.learned_in(a.contact_id),
                        a.notes,
                    ]
                    for a in view.online_accounts
                ],
                [0.18, 0.27, 0.17, 0.38],
            ),
        ]
    return blocks
