"""Suggested allegation subcategories: one per form of exploitation the record points to.

The guide: "In cases which involve two or more forms of exploitation, allegations
should be entered separately." A subcategory is suggested when red flags the
chart marks for its category were observed, or when a determination of its
procedure was answered "yes". Being *at risk* for CSE is not a suggestion of the
CSE allegation: at-risk is a separate finding (it prompts a CSEC Advocacy
referral instead). "Other Exploitation" is never suggested: the guide does not
address it. No conclusion is ever proposed; the CSW decides.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.content.bank import ContentBank
from app.model import Interview
from app.rules.evidence import CATEGORY_OF, TRAFFICKING_SUBCATEGORIES, category_names, evidence


@dataclass(frozen=True)
class SuggestedAllegation:
    subcategory: str  # subcategory id: cse, labor, criminal
    cwscms_name: str  # the Abuse Subcategory words CWS/CMS shows
    reasons: tuple[str, ...]
    entered: bool = False  # an allegation for this subcategory is already in the record

    def to_dict(self) -> dict[str, object]:
        return {
            "subcategory": self.subcategory,
            "cwscms_name": self.cwscms_name,
            "reasons": list(self.reasons),
            "entered": self.entered,
        }


def suggested_allegations(interview: Interview, bank: ContentBank) -> list[SuggestedAllegation]:
    ev = evidence(interview, bank)
    names = category_names(bank)
    out = []
    for sub_id in TRAFFICKING_SUBCATEGORIES:
        e = ev[sub_id]
        if not (e.flags or e.determinations):
            continue
        sub = bank.subcategory(sub_id)
        reasons = [
            f"Red flag observed that the chart marks for {names[CATEGORY_OF[sub_id]]}: "
            f"{bank.red_flag(f).text}"
            for f in e.flags
        ]
        reasons += [f"Determined: {bank.item(d).text}" for d in e.determinations]
        out.append(SuggestedAllegation(sub.id, sub.cwscms_name, tuple(reasons), e.entered))
    if len(out) > 1:
        # Say it once, on each, so a pasted line carries the instruction with it.
        note = "Two or more forms of exploitation: enter each allegation separately."
        out = [SuggestedAllegation(a.subcategory, a.cwscms_name, (*a.reasons, note), a.entered)
               for a in out]  # fmt: skip
    return out
