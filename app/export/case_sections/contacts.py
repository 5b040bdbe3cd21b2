"""7. The contacts of the case, oldest first: one short line each (who, when, how, status),
then what was learned in it, so each contact's own summary can be found."""

from __future__ import annotations

from app.export.blocks import Block, Para
from app.export.case_sections.base import CaseSectionInput, case_section, learned_counts
from app.export.fmt import METHOD_LABELS, OUTCOME_LABELS, fmt_date, fmt_time

STATUS = {
    "in_progress": "contact summary not exported yet",
    "summary_exported": "contact summary exported",
}


@case_section(id="contacts", title="Contacts", order=70)
def build(src: CaseSectionInput) -> list[Block]:
    refs = src.case.contacts
    if not refs:
        return [Para("No contact recorded yet.")]
    counts = learned_counts(src.view)
    loaded = {c.id: c for c in src.contacts}
    blocks: list[Block] = []
    for n, ref in enumerate(refs, start=1):
        who, c = ref.interviewee, ref.contact
        person = str(who.type).capitalize() + (f" {who.name}" if who.name else "")
        if who.relationship and who.relationship != "self":
            person += f" ({who.relationship})"
        when = fmt_date(c.date)
        if c.start_time:
            when += f" {fmt_time(c.start_time, c.date)}"
        how = (
            f"{METHOD_LABELS.get(c.method, str(c.method)).lower()}, "
            f"{OUTCOME_LABELS.get(c.outcome, str(c.outcome))}"
        )
        line = f"{n}. {person} \u2014 {when}, {how}; {STATUS.get(str(ref.status), str(ref.status))}"
        found = counts.get(ref.id, 0)
        line += f"; {found} finding{'s' if found != 1 else ''} learned in it."
        blocks.append(Para(line))
        contact = loaded.get(ref.id)
        if contact is not None and contact.contact.purpose:
            blocks.append(Para(f"Purpose: {contact.contact.purpose}", "muted"))
        if c.language:  # the summary stays English; it states the contact's language
            blocks.append(Para(f"Language: {c.language}", "muted"))
    return blocks
