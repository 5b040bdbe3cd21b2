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
    # Observed *distinguishing* red flags the chart marks for this category (a flag
    # marked for all three categories is common to every form and points to none).
    flags: tuple[str, ...]
    determinations: tuple[str, ...]  # procedure determinations answered "yes"
    entered: bool  # the CSW entered an allegation for this subcategory

    @property
    def points(self) -> bool:
        """Something in the record points to this form of exploitation specifically."""
        return bool(self.flags or self.determinations or self.entered)


def is_common(categories: frozenset[str] | set[str]) -> bool:
    """A flag the chart marks for all three categories: seen in every form, evidence of none.

    21 of the chart's 39 flags are marked for all three. Treating each X as evidence
    of that form would make one such flag ("Seems afraid to answer questions")
    suggest all three allegations; the chart shows where a flag is seen, and only
    the 18 flags not marked for all three tell the forms apart.
    """
    return set(CATEGORIES) <= set(categories)


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


def common_flags(interview: Interview, bank: ContentBank) -> tuple[str, ...]:
    """Observed flags the chart marks for all three categories, in the order observed."""
    known = {f.id: f for f in bank.red_flags}
    return tuple(
        f for f in observed_flags(interview) if f in known and is_common(known[f].categories)
    )


def indicated_categories(interview: Interview, bank: ContentBank) -> tuple[str, ...]:
    """The chart categories the record points to, in CATEGORIES order.

    A category is indicated by an observed distinguishing flag marked for it, a
    "yes" to one of its procedure determinations, or an allegation the CSW
    entered for its subcategory. Common flags alone indicate none (see
    ``is_common``); the tallies still count them, as the chart does.
    """
    ev = evidence(interview, bank)
    return tuple(cat for cat in CATEGORIES if ev[SUBCATEGORY_OF[cat]].points)


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
            flags=tuple(f.id for f in flags if cat in f.categories and not is_common(f.categories)),
            determinations=tuple(yes),
            entered=sub in entered,
        )
    return out


def suspected(interview: Interview, bank: ContentBank) -> tuple[str, ...]:
    """Subcategories of the indicated categories, in the guide's order (their steps fall due)."""
    return tuple(SUBCATEGORY_OF[cat] for cat in indicated_categories(interview, bank))


def trafficking_suspected(interview: Interview) -> bool:
    """CSEC or labor trafficking suspected, without the bank (used by the OTIP deadline).

    Deliberately broader than ``indicated_categories``: any observed red flag
    counts, common flags included. Every flag in the chart belongs to a
    trafficking category, and for a foreign national minor the guide says to
    notify OTIP "upon 'suspicion,' you should not wait until the case is
    confirmed" - not knowing *which* form yet is no reason to wait. So is an
    allegation entered for cse, labor or criminal, a procedure determination
    answered "yes", or a suspicion time the CSW recorded.
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
