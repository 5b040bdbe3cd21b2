"""Suggested allegation subcategories: one per form of exploitation the record points to.

The guide: "In cases which involve two or more forms of exploitation, allegations
should be entered separately." A subcategory is suggested when its category is
indicated (``evidence.indicated_categories``): an observed red flag that the
chart marks for its category but not for all three, a determination of its
procedure answered "yes", or an allegation the CSW already entered for it. A
flag marked for all three forms is seen in each of them and is evidence of none,
so it suggests nothing on its own (the ``common_flags`` prompt asks about the
facts instead). Being *at risk* for CSE is not a suggestion of the CSE
allegation: at-risk is a separate finding (it prompts a CSEC Advocacy referral
instead). "Other Exploitation" is never suggested: the guide does not address
it. No conclusion is ever proposed; the CSW decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.content.bank import CATEGORIES, ContentBank
from app.model import Interview
from app.rules.evidence import TRAFFICKING_SUBCATEGORIES, category_names, evidence


@dataclass(frozen=True)
class SuggestedAllegation:
    subcategory: str  # subcategory id: cse, labor, criminal
    cwscms_name: str  # the Abuse Subcategory words CWS/CMS shows
    reasons: tuple[str, ...]
    entered: bool = False  # an allegation for this subcategory is already in the record

    @property
    def text(self) -> str:
        """The suggestion as a sentence, then what was recorded, one per line.

        It says whose reading it is: the tool's, from the guide's chart; the CSW decides.
        """
        head = f"The tool suggests, from the chart: {self.cwscms_name}"
        if self.entered:
            head += " (entered)"
        return "\n".join([f"{head}, because the record shows:",
                          *(f"\u2013 {r}" for r in self.reasons)])  # fmt: skip

    def to_dict(self) -> dict[str, object]:
        return {
            "subcategory": self.subcategory,
            "cwscms_name": self.cwscms_name,
            "reasons": list(self.reasons),
            "entered": self.entered,
            "text": self.text,
        }


def suggested_allegations(interview: Interview, bank: ContentBank) -> list[SuggestedAllegation]:
    ev = evidence(interview, bank)
    names = category_names(bank)
    known = {f.id: f for f in bank.red_flags}
    out = []
    for sub_id in TRAFFICKING_SUBCATEGORIES:
        e = ev[sub_id]
        if not e.points:
            continue
        sub = bank.subcategory(sub_id)
        reasons = []
        for flag_id in e.flags:
            flag = known[flag_id]
            # Name every category the chart marks, so "also criminal" is visible on the flag.
            marked = " and ".join(names[c] for c in CATEGORIES if c in flag.categories)
            reasons.append(f"Red flag observed that the chart marks for {marked}: {flag.text}")
        for det_id in e.determinations:
            det = bank.determination(det_id)
            # Quote the concerning answer: "no" to an age-appropriate-tasks question is the finding.
            reasons.append(f"Determined: {det.text} \u2014 {det.concern_when}")
        if e.entered and not reasons:
            reasons.append("An allegation for this subcategory was entered by the CSW.")
        out.append(SuggestedAllegation(sub.id, sub.cwscms_name, tuple(reasons), e.entered))
    if len(out) > 1:
        # Say it once, on each, so a pasted line carries the instruction with it.
        note = "Two or more forms of exploitation: enter each allegation separately."
        out = [SuggestedAllegation(a.subcategory, a.cwscms_name, (*a.reasons, note), a.entered)
               for a in out]  # fmt: skip
    return out
