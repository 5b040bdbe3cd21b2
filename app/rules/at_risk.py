"""At-risk for Commercial Sexual Exploitation (the guide's "Youth At-Risk of CSE").

The guide: "The youth displays at least one of the following indicators (A-C)
... or ... a minimum of two of the following indicators (D-H)". The rule is
code (it is the guide's definition); the indicator texts are content.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ONE_OF = ("A", "B", "C")  # one is enough
TWO_OF = ("D", "E", "F", "G", "H")  # two are needed
MIN_TWO_OF = 2


@dataclass(frozen=True)
class AtRiskResult:
    met: bool
    # The letters that decided it: the A-C letters present, or (with none of
    # A-C) the D-H letters when two or more are present. Empty when not met.
    decided_by: tuple[str, ...]
    present: tuple[str, ...]  # every letter marked, sorted
    missing: str  # when not met, what would be needed; "" when met
    reasons: tuple[str, ...]  # the guide's wording, one line per finding
    # False when no indicator is marked at all: nothing was found either way, so the
    # result is "Not assessed", never "not at risk".
    assessed: bool = True

    @property
    def status(self) -> str:
        """ "met", "not met" or "not assessed" (nothing marked)."""
        if not self.assessed:
            return "not assessed"
        return "met" if self.met else "not met"

    @property
    def verdict(self) -> str:
        """The words the window and the summary show: Yes / Not met / Not assessed."""
        return {"met": "Yes", "not met": "Not met", "not assessed": "Not assessed"}[self.status]

    def to_dict(self) -> dict[str, object]:
        return {
            "status": self.status,
            "met": self.met,
            "decided_by": list(self.decided_by),
            "present": list(self.present),
            "missing": self.missing,
            "reasons": list(self.reasons),
        }


def at_risk_cse(present: Iterable[str]) -> AtRiskResult:
    """Apply the at-risk definition to the indicator letters the CSW marked present.

    Raises ValueError for anything that is not a letter A..H, so a corrupted or
    renamed id is noticed instead of silently counting as absent.
    """
    letters = set()
    for letter in present:
        if letter not in ONE_OF + TWO_OF:
            raise ValueError(f"unknown at-risk indicator {letter!r} (expected A..H)")
        letters.add(letter)
    marked = tuple(sorted(letters))
    a_c = tuple(x for x in marked if x in ONE_OF)
    d_h = tuple(x for x in marked if x in TWO_OF)
    reasons: list[str] = []
    if a_c:
        reasons.append(f"The youth displays at least one of the indicators A-C: {', '.join(a_c)}.")
    if len(d_h) >= MIN_TWO_OF:
        reasons.append(
            f"The youth displays a minimum of two of the indicators D-H: {', '.join(d_h)}."
        )
    if a_c:
        return AtRiskResult(True, a_c, marked, "", tuple(reasons))
    if len(d_h) >= MIN_TWO_OF:
        return AtRiskResult(True, d_h, marked, "", tuple(reasons))
    if d_h:
        missing = f"none of A–C, and only 1 of D–H (needs {MIN_TWO_OF})"
        reasons.append(
            f"Not met: none of the indicators A-C, and only one of D-H ({d_h[0]}); "
            "a minimum of two of D-H is needed."
        )
    else:
        missing = f"none of A–C, and none of D–H (needs {MIN_TWO_OF})"
        reasons.append(
            "Not assessed: no indicator A-H is marked, so the record shows nothing either way."
        )
    return AtRiskResult(False, (), marked, missing, tuple(reasons), assessed=bool(marked))
