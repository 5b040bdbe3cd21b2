"""Sections 6-11: online accounts, associates, responsibilities, collateral, deadlines, needs."""

from __future__ import annotations

from datetime import datetime

from app.content.bank import ContentBank
from app.export import rules_view
from app.export.summary import (
    METHOD_LABELS,
    NONE_RECORDED,
    STATUS_LABELS,
    YNU_LABELS,
    Block,
    Fields,
    Para,
    Table,
    fmt_date,
    fmt_dt,
    joined,
    or_dash,
)
from app.model import Interview, StepRecord, StepStatus


def _text(bank: ContentBank, content_id: str) -> str:
    from app.export.sections import text_of

    return text_of(bank, content_id)


def online(interview: Interview, bank: ContentBank) -> list[Block]:
    blocks: list[Block] = []
    for i, acc in enumerate(interview.online_accounts, start=1):
        blocks.append(Fields(title=f"Account {i}: {joined([acc.platform, acc.handle], ' ')}",
                             rows=[
            ("Platform", or_dash(acc.platform)),
            ("Username / handle", or_dash(acc.handle)),
            ("Nicknames", joined(acc.nicknames)),
            ("Phone numbers", joined(acc.phone_numbers)),
            ("Signs seen", joined([_text(bank, s) for s in acc.signs], "; ")),
            ("Shown by the youth", "Yes" if acc.shown_by_youth else "No"),
            ("Job ad still online", YNU_LABELS.get(acc.job_ad_online, str(acc.job_ad_online))),
            ("Notes", or_dash(acc.notes)),
        ]))
    return blocks or [Para("No online accounts recorded.")]


def associates(interview: Interview) -> list[Block]:
    blocks: list[Block] = [Para("Associates and suspected exploiters", "sub")]
    for a in interview.associates:
        label = a.name or joined(a.nicknames)
        if a.suspected_exploiter:
            label += " (suspected exploiter)"
        blocks.append(Fields(title=label, rows=[
            ("Name", or_dash(a.name)),
            ("Nicknames", joined(a.nicknames)),
            ("Relationship, in the youth's words", or_dash(a.relationship)),
            ("Suspected exploiter", "Yes" if a.suspected_exploiter else "No"),
            ("Has children", YNU_LABELS.get(a.has_children, str(a.has_children))),
            ("Notes", or_dash(a.notes)),
        ]))
    if not interview.associates:
        blocks.append(Para(NONE_RECORDED, "muted"))
    blocks.append(Para("Other possible victims", "sub"))
    for v in interview.other_victims:
        blocks.append(Fields(title=or_dash(v.name), rows=[
            ("Name or description", or_dash(v.name)),
            ("Where they may be", or_dash(v.where)),
            ("Notes", or_dash(v.notes)),
        ]))
    if not interview.other_victims:
        blocks.append(Para(NONE_RECORDED, "muted"))
    return blocks


def _status_row(number: int, text: str, record: StepRecord | None) -> list[str]:
    if record is None:
        return [str(number), text, "Pending", "", ""]
    return [str(number), text, STATUS_LABELS.get(record.status, str(record.status)),
            fmt_dt(record.at) if record.at else "", record.note]


def responsibilities(interview: Interview, bank: ContentBank) -> list[Block]:
    """Each procedure the record touches: its steps' status, then its determinations."""
    alleged = {a.subcategory for a in interview.allegations}
    blocks: list[Block] = rules_view.reporting_duties(interview, bank)
    for proc in bank.procedures:
        step_ids = {s.id for s in proc.steps}
        touched = (proc.subcategory in alleged
                   or any(k in step_ids for k in interview.responsibilities)
                   or any(k.startswith(proc.id + ".") for k in interview.answers))
        if not touched:
            continue
        blocks.append(Para(proc.title, "sub"))
        rows = [_status_row(s.number, s.text, interview.responsibilities.get(s.id))
                for s in proc.steps]
        blocks.append(Table(["Step", "Responsibility", "Status", "When", "Note"], rows,
                            [0.06, 0.50, 0.11, 0.15, 0.18]))
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


def collateral(interview: Interview, bank: ContentBank) -> list[Block]:
    blocks: list[Block] = []
    for c in interview.collateral_contacts:
        kind = _text(bank, c.type) if c.type else ""
        blocks.append(Fields(title=joined([kind, c.name], ": "), rows=[
            ("Type", or_dash(kind)),
            ("Name", or_dash(c.name)),
            ("Agency", or_dash(c.agency)),
            ("Contacted on", fmt_date(c.contacted_on)),
            ("Method", METHOD_LABELS.get(c.method, str(c.method))),
            ("Summary", or_dash(c.summary)),
        ]))
    return blocks or [Para("No collateral contacts recorded.")]


def deadlines(interview: Interview, bank: ContentBank, now: datetime) -> list[Block]:
    sp = interview.special
    blocks: list[Block] = [Fields(rows=[
        ("Foreign national minor", YNU_LABELS.get(sp.foreign_national, str(sp.foreign_national))),
        ("First suspected", fmt_dt(sp.suspicion_at)),
        ("OTIP notified", fmt_dt(sp.otip_notified_at)),
        ("Request for Assistance submitted", "Yes" if sp.rfa_submitted else "No"),
        ("Returning from a runaway episode", "Yes" if sp.runaway_return else "No"),
        ("Assessed for CSE after the runaway episode",
         "Yes" if sp.runaway_cse_assessed else "No"),
    ])]
    rows = rules_view.deadlines(interview, bank, now)
    if rows:
        blocks.append(Fields(title="Deadlines", rows=rows))
    else:
        blocks.append(Para("No deadline applies.", "muted"))
    if sp.notes:
        blocks.append(Para(f"Notes: {sp.notes}"))
    return blocks


def needs_services(interview: Interview, bank: ContentBank) -> list[Block]:
    blocks: list[Block] = [Para("Needs", "sub")]
    if interview.needs:
        blocks.append(Fields(rows=[(_text(bank, nid), or_dash(mark.note))
                                   for nid, mark in interview.needs.items()]))
    else:
        blocks.append(Para(NONE_RECORDED, "muted"))
    blocks.append(Para("Services referred", "sub"))
    if interview.services:
        blocks.append(Fields(rows=[
            (_text(bank, sid), joined([f"Referred {fmt_date(ref.referred_on)}"
                                        if ref.referred_on else "Referred", ref.note],
                                       " \u2014 "))
            for sid, ref in interview.services.items()]))
    else:
        blocks.append(Para(NONE_RECORDED, "muted"))
    return blocks
