"""The contact summary's neutral blocks: what both the PDF and the paste text print.

A leaf of ``app.export``: it imports no section and nothing that lays out. Every
string in a block is plain text (never markup); the PDF escapes it on the way in
(``app.export.glyphs.para_text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

CONFIDENTIAL = "Confidential \u2014 contains information about a minor"
TRAINING_BANNER = "TRAINING \u2014 FICTIONAL CASE"
NONE_RECORDED = "None recorded."
# The supervisor's review: blank lines to sign and date on paper.
REVIEW_LABEL = "Reviewed by"
REVIEW_DATE_LABEL = "Date"


@dataclass
class Para:
    text: str
    style: str = "body"  # "body", "quote" (the person's own words), "muted", "sub" (subheading)


@dataclass
class Fields:
    """Label: value lines (labels are ours, values are the record's)."""

    rows: list[tuple[str, str]]
    title: str = ""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # fractions of the text width, summing to 1


@dataclass
class BodyMarks:
    """The body outline with numbered marks; drawn in the PDF, listed in text."""

    marks: list[tuple[int, str, float, float]]  # number, side, x, y
    # The drawing in words, printed under it (the PDF's text equivalent of the figure).
    description: str = ""


Block = Para | Fields | Table | BodyMarks


@dataclass
class SummarySection:
    id: str
    number: int
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Summary:
    header: list[tuple[str, str]]
    sections: list[SummarySection]
    training: bool
    produced: datetime
    title: str = "Contact summary"
    # The county's heading (agency, office, unit; set once in Preferences), top of page 1.
    letterhead: tuple[str, ...] = ()
    content_version: str = ""  # printed in the footer
