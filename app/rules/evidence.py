"""What the record shows for each exploitation category: red flags, determinations, allegations.

Only things the CSW marked as present count, and only towards a concern: a
"no" or "declined" answer is never evidence against (the guide: an allegation
can be substantiated even when the youth denies it). Nothing here subtracts.

Determinations have a direction (``Determination.kind``): a yes/no *finding*
counts only when answered the way its ``concern_when`` says ("no" for "Whether
the assigned tasks are age-appropriate"); a *fact* to record (hours, how school
is affected) is never evidence by itself. A CSE step-1 indicator that is also a
red flag (``same_as``) is that flag: the flag is the one record.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.content.bank import CATEGORIES, CRIMINAL, CSEC, LABOR, ContentBank, Determination
from app.model import Interview, Response
from app.rules.at_risk import at_risk_cse

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
    # Determinations answered the concerning way (not those that are a red flag: the
    # flag counts, by the chart).
    determinations: tuple[str, ...]
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


def determination_response(interview: Interview, det: Determination) -> Response:
    """The answer a determination has: for one that is a red flag, the flag's state."""
    if det.same_as:
        return Response.YES if det.same_as in interview.red_flags else Response.NOT_ASKED
    answer = interview.answers.get(det.id)
    return answer.response if answer is not None else Response.NOT_ASKED


def is_concerning(interview: Interview, det: Determination) -> bool:
    """A finding answered the way that raises concern; a fact never is."""
    if det.is_fact or not det.concern_when:
        return False
    if det.same_as:
        return det.same_as in interview.red_flags
    answer = interview.answers.get(det.id)
    return answer is not None and answer.response == Response(det.concern_when)


def concerning_determinations(interview: Interview, bank: ContentBank) -> tuple[str, ...]:
    """Every determination answered the concerning way, in the guide's order."""
    return tuple(d.id for d in bank.determinations() if is_concerning(interview, d))


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
                    # A determination that is a red flag is counted as that flag, by the chart.
                    if not det.same_as and is_concerning(interview, det):
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


def suspicion_reasons(interview: Interview, bank: ContentBank) -> tuple[str, ...]:
    """Why exploitation is suspected, one line each; empty when nothing raises it.

    The guide: "Any employee of DCFS who ... observes, suspects or receives a
    report of exploitation ... must immediately contact the CPH". Any observed
    red flag (every chart flag belongs to a form of exploitation, the 21 common
    ones included), any determination answered the concerning way, an at-risk
    result, an allegation the CSW entered, or a suspicion time the CSW recorded.
    Which form it is stays the CSW's call.
    """
    return tuple(
        REASON_WORDS[kind].format(**fields)
        for kind, fields in suspicion_reason_parts(interview, bank)
    )


# Each reason's kind and its English words; the window words the same kinds itself
# (ui/rule_words.py), from the fields ``suspicion_reason_parts`` gives.
REASON_WORDS = {
    "red_flag": "Red flag observed: {text}",
    "determined": "Determined: {text} \u2014 {concern}",
    "at_risk": "At risk for CSE (indicators {letters})",
    "allegation": "Allegation entered: {name}",
    "suspicion_at": "Time of suspicion recorded by the CSW",
}


def suspicion_reason_parts(
    interview: Interview, bank: ContentBank
) -> tuple[tuple[str, dict[str, str]], ...]:
    """``suspicion_reasons`` as data: (kind, fields) each, kind a key of REASON_WORDS."""
    out: list[tuple[str, dict[str, str]]] = []
    known = {f.id: f for f in bank.red_flags}
    for flag_id in observed_flags(interview):
        flag = known.get(flag_id)
        out.append(("red_flag", {"text": flag.text if flag else flag_id}))
    for det_id in concerning_determinations(interview, bank):
        det = bank.determination(det_id)
        if det.same_as:
            continue  # the flag itself is listed above
        out.append(("determined", {"text": det.text, "concern": det.concern_when}))
    if interview.at_risk_indicators:
        letters = [k for k in interview.at_risk_indicators if k in "ABCDEFGH" and len(k) == 1]
        if letters and at_risk_cse(letters).met:
            out.append(("at_risk", {"letters": ", ".join(sorted(letters))}))
    for a in interview.allegations:
        if a.subcategory in TRAFFICKING_SUBCATEGORIES:
            out.append(("allegation", {"name": bank.subcategory(a.subcategory).cwscms_name}))
    if interview.special.suspicion_at is not None:
        out.append(("suspicion_at", {}))
    return tuple(out)


def exploitation_suspected(interview: Interview, bank: ContentBank) -> bool:
    return bool(suspicion_reasons(interview, bank))


def trafficking_suspected(interview: Interview, bank: ContentBank | None = None) -> bool:
    """CSEC or labor trafficking suspected (used by the OTIP deadline): the same test
    as ``exploitation_suspected``, so the OTIP banner and the hotline step agree.

    Without a bank, the shipped content is used (the direction of each
    determination is content). For a foreign national minor the guide says to
    notify OTIP "upon 'suspicion,' you should not wait until the case is
    confirmed" - not knowing *which* form yet is no reason to wait.
    """
    if bank is None:
        from app.content import load_content  # noqa: PLC0415 - only when none is given

        bank = load_content()
    return exploitation_suspected(interview, bank)
