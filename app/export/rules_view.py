"""What the summary prints from ``app.rules``, as plain label/value text.

The rules suggest and explain; the summary reports what they say next to what
the CSW recorded. This module is the only place the export reads rule results,
so a change in their shape is absorbed here.
"""

from __future__ import annotations

from datetime import datetime

from app import rules
from app.content.bank import CATEGORIES, ContentBank
from app.export.blocks import Block, Para, Table
from app.export.fmt import answer_blocks, fmt_dt, status_row
from app.localtime import fmt_due
from app.model import Interview, Response
from app.rules.at_risk import ONE_OF, TWO_OF
from app.rules.evidence import category_names, suspicion_reasons
from app.rules.legacy import LEGACY_NOTE, to_confirm


def suggested_allegations(
    interview: Interview,
    bank: ContentBank,
    now: datetime,
) -> list[tuple[str, tuple[str, ...]]]:
    """(subcategory id, reasons) for each suggestion not yet entered as an allegation."""
    return [
        (s.subcategory, s.reasons)
        for s in rules.suggested_allegations(interview, bank)
        if not s.entered
    ]


def suggestion_lines(interview: Interview, bank: ContentBank, now: datetime) -> list[str]:
    """Each suggestion not yet entered, as the tool's sentence with one reason a line; and,
    when exploitation is suspected but no form is suggested, what is due and whose call it is."""
    out = []
    for s in rules.suggested_allegations(interview, bank):
        if not s.entered:
            name = s.cwscms_name
            out.append(s.text.replace(f": {name},", f": {name} (not entered),", 1))
    if not out and not interview.allegations and suspicion(interview, bank):
        out.append(NO_FORM_YET)
    return out


NO_FORM_YET = (
    "Exploitation is suspected, and nothing recorded tells the forms apart: the tool suggests "
    "no allegation from the chart. The hotline call and the law enforcement contact are due "
    "whatever the form; which allegation(s) to enter is the CSW's to decide, from the facts."
)


def suspicion(interview: Interview, bank: ContentBank) -> tuple[str, ...]:
    return suspicion_reasons(interview, bank)


def tallies(interview: Interview, bank: ContentBank, now: datetime) -> list[tuple[str, str]]:
    counts = rules.red_flag_tallies(interview, bank)
    names = category_names(bank)
    totals = {c: sum(1 for f in bank.red_flags if c in f.categories) for c in CATEGORIES}
    return [(names[c], f"{counts[c]} of {totals[c]}") for c in CATEGORIES]


def at_risk(interview: Interview, bank: ContentBank, now: datetime) -> tuple[str, list[str]]:
    letters = [k for k in interview.at_risk_indicators if k in ONE_OF + TWO_OF]
    result = rules.at_risk_cse(letters)
    reasons = list(result.reasons)
    unknown = sorted(set(interview.at_risk_indicators) - set(letters))
    if unknown:
        reasons.append(f"Marks not counted (not indicators A-H): {', '.join(unknown)}.")
    if result.met:
        reasons.append(
            "A youth at risk for CSEC also has an increased risk of experiencing "
            "child labor trafficking."
        )
    # Nothing marked is "Not assessed", never "No": the record shows nothing either way.
    return result.verdict, reasons


def deadlines(interview: Interview, bank: ContentBank, now: datetime) -> list[tuple[str, str]]:
    """Each deadline as a due time in local time ("due Tue 1 Dec 2026 14:30 PST; overdue"):
    a printed page is read later, so a countdown ("23 h left") would be wrong by then."""
    rows = []
    for d in rules.deadlines(interview, now):
        if d.met:
            state = f"met {fmt_dt(d.met_at)}" + (", after the due time" if d.late else "")
        elif d.overdue:
            state = "overdue"
        else:
            state = "not met yet"
        rows.append((d.label, f"Due {fmt_due(d.due)}; {state} ({d.basis})."))
    return rows


def reporting_duties(interview: Interview, bank: ContentBank) -> list[Block]:
    """The hotline call and law enforcement contact due whatever the form, with their status."""
    due = rules.due_steps(interview, bank)
    duties = [d for d in bank.duties if d.id in due or d.id in interview.responsibilities]
    if not duties:
        return []
    rows = [
        status_row(n, f"{d.title}. {d.text}", interview.responsibilities.get(d.id))
        for n, d in enumerate(duties, start=1)
    ]
    return [Para("Reporting, whatever the form of exploitation", "sub"),
            Table(["", "Responsibility", "Status", "When", "Note"], rows,
                  [0.06, 0.50, 0.11, 0.15, 0.18])]  # fmt: skip


def determination(interview: Interview, bank: ContentBank, det) -> list[Block]:
    """A determination for the summary, as what it is: a fact's value; a finding's answer,
    saying which answer is the concern; an old tick that did not say which way, to confirm."""
    answer = interview.answers[det.id]
    pending = det.id in to_confirm(interview, bank)
    notes = answer.notes.removeprefix(LEGACY_NOTE).strip()
    if det.is_fact:
        value = "" if pending else notes
        out = [
            Para(f"{det.text} (a fact to record)", "question"),
            Para(f"Recorded: {value}" if value else "Recorded: \u2014"),
        ]
    else:
        text = det.text + (" (the concern is a \u201cno\u201d)" if det.concern_when == "no"
                           else "")  # fmt: skip
        # An old tick that did not say which way is shown as unsure, never as "yes".
        out = answer_blocks(
            text,
            answer
            if not pending
            else type(answer)(Response.UNSURE, answer.own_words, notes, answer.updated_at),
        )
    if pending:
        out.append(Para(LEGACY_NOTE, "muted"))
    return out
