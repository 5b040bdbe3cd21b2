"""What the summary prints from ``app.rules``, as plain label/value text.

The rules suggest and explain; the summary reports what they say next to what
the CSW recorded. This module is the only place the export reads rule results,
so a change in their shape is absorbed here.
"""

from __future__ import annotations

from datetime import datetime

from app import rules
from app.content.bank import CATEGORIES, ContentBank
from app.export.summary import fmt_dt
from app.localtime import fmt_due
from app.model import Interview
from app.rules.at_risk import ONE_OF, TWO_OF
from app.rules.evidence import category_names


def suggested_allegations(interview: Interview, bank: ContentBank, now: datetime,
                          ) -> list[tuple[str, tuple[str, ...]]]:
    """(subcategory id, reasons) for each suggestion not yet entered as an allegation."""
    return [(s.subcategory, s.reasons)
            for s in rules.suggested_allegations(interview, bank) if not s.entered]


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
        reasons.append("A youth at risk for CSEC also has an increased risk of experiencing "
                       "child labor trafficking.")
    return ("Yes" if result.met else "No"), reasons


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
