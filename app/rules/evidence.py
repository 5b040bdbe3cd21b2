"""What the record shows for each exploitation category: red flags, determinations, allegations.

Only things the CSW marked as present count, and only towards a concern: a
"no" or "declined" answer is never evidence against (the guide: an allegation
can be substantiated even when the youth denies it). Nothing here subtracts.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.content.bank import CATEGORIES, CRIMINAL, CSEC, LABOR, ContentBank
from app.model import Interview, Response

# Which subcategory (CWS/CMS Abuse Subcategory) each chart category points to.
SUBCATEGORY_OF = {CSEC: "cse", LABOR: "labor", CRIMINAL: "criminal"}
CATEGORY_OF = {sub: cat for cat, sub in SUBCATEGORY_OF.items()}
# Every chart category is a form of sex or labor trafficking (the guide files
# "Involving a Child in Criminal Activity" under labor trafficking).
TRAFFICKING_SUBCATEGORIES = ("cse", "labor", "criminal")


@dataclass(frozen=True)
class Evidence:
    subcategory: str
    flags: tuple[str, ...]  # observed red-flag ids the chart marks for this category
    determinations: tuple[str, ...]  # procedure determinations answered "yes"
    entered: bool  # the CSW entered an allegation for this subcategory


def observed_flags(interview: Interview) -> tuple[str, ...]:
    """Red flags marked as observed (an entry in ``interview.red_flags`` means observed)."""
    return tuple(interview.red_flags)


def category_names(bank: ContentBank) -> dict[str, str]:
    chart = bank.extras.get("red_flags_chart", {})
    names = chart.get("category_names", {}) if isinstance(chart, dict) else {}
    return {cat: str(names.get(cat, cat)) for cat in CATEGORIES}


def red_flag_tallies(interview: Interview, bank: ContentBank) -> dict[str, int]:
    """Observed red flags per chart category; every category key is always present."""
    tallies = dict.fromkeys(CATEGORIES, 0)
    known = {f.id: f for f in bank.red_flags}
    for flag_id in observed_flags(interview):
        flag = known.get(flag_id)
        if flag is None:  # from another content version; it cannot be placed in the chart
            continue
        for cat in flag.categories:
            tallies[cat] += 1
    return tallies


def indicated_categories(interview: Interview, bank: ContentBank) -> tuple[str, ...]:
    """The chart categories the observed red flags point to, in CATEGORIES order."""
    tallies = red_flag_tallies(interview, bank)
    return tuple(cat for cat in CATEGORIES if tallies[cat] > 0)


def evidence(interview: Interview, bank: ContentBank) -> dict[str, Evidence]:
    """Per trafficking subcategory (cse, labor, criminal), what points to it."""
    known = {f.id: f for f in bank.red_flags}
    flags = [known[f] for f in observed_flags(interview) if f in known]
    entered = {a.subcategory for a in interview.allegations}
    out: dict[str, Evidence] = {}
    for sub in TRAFFICKING_SUBCATEGORIES:
        cat = CATEGORY_OF[sub]
        yes = []
        for proc in bank.procedures:
            if proc.subcategory != sub:
                continue
            for step in proc.steps:
                for det in step.determinations:
                    answer = interview.answers.get(det.id)
                    if answer is not None and answer.response == Response.YES:
                        yes.append(det.id)
        out[sub] = Evidence(
            subcategory=sub,
            flags=tuple(f.id for f in flags if cat in f.categories),
            determinations=tuple(yes),
            entered=sub in entered,
        )
    return out


def suspected(interview: Interview, bank: ContentBank) -> tuple[str, ...]:
    """Subcategories with any evidence or an allegation entered, in the guide's order."""
    ev = evidence(interview, bank)
    return tuple(
        s for s in TRAFFICKING_SUBCATEGORIES if ev[s].flags or ev[s].determinations or ev[s].entered
    )


def trafficking_suspected(interview: Interview) -> bool:
    """CSEC or labor trafficking suspected, without the bank (used by the OTIP deadline).

    Every red flag in the chart belongs to at least one trafficking category, so
    any observed flag is a suspicion; so is an allegation entered for cse, labor
    or criminal, a procedure determination answered "yes", or a suspicion time
    the CSW recorded.
    """
    if observed_flags(interview):
        return True
    if any(a.subcategory in TRAFFICKING_SUBCATEGORIES for a in interview.allegations):
        return True
    # A procedure determination answered "yes" (ids "proc.<p>.s<N>.d<NN>").
    if any(
        k.startswith("proc.") and a.response == Response.YES for k, a in interview.answers.items()
    ):
        return True
    return interview.special.suspicion_at is not None
