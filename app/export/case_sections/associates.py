"""5. Associates, exploiters and other possible victims across the case, each with the
contact it was learned in; tattoos and online accounts follow (they name exploiters)."""

from __future__ import annotations

from app.export.blocks import Block, Para, Table
from app.export.case_sections.base import CaseSectionInput, case_section
from app.export.finding_blocks import associate_blocks
from app.export.fmt import joined, text_of

WHOSE_WORDS = {
    "youth": "the youth's words",
    "caregiver": "the caregiver's words",
    "collateral": "the collateral contact's words",
}


def relationship_label(kind: str) -> str:
    """Whose words the relationship is in: the person interviewed in the contact the
    associate was learned in (a caregiver's "neighbour" is not the youth's word)."""
    return "Relationship, in " + WHOSE_WORDS.get(kind, "the words of the person interviewed")


@case_section(id="associates", title="Associates, exploiters and other possible victims", order=50)
def build(src: CaseSectionInput) -> list[Block]:
    view = src.view
    kinds = {ref.id: str(ref.interviewee.type) for ref in src.case.contacts}
    blocks = associate_blocks(
        view, src.learned_in, lambda a: relationship_label(kinds.get(a.contact_id, ""))
    )
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
