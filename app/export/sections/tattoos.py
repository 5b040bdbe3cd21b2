"""5. Tattoos: the body outline with numbered marks, then the table."""

from __future__ import annotations

import re

from app.body_outline import load_outline
from app.content.bank import ContentBank
from app.export.blocks import Block, BodyMarks, Para, Table
from app.export.fmt import joined, text_of
from app.export.sections.base import SectionInput, section


def tattoo_location(bank: ContentBank, t) -> str:  # noqa: ANN001 - an app.model Tattoo
    place = text_of(bank, t.location) if t.location else ""
    if t.x is not None and t.y is not None:
        outline = load_outline()
        region = outline.region_at(str(t.side), t.x, t.y)
        lr = outline.body_side_at(str(t.side), t.x)
        if not place and region:
            place = outline.label(region)
        if lr and not _mentions(place, lr):  # the window may have named the side already
            place = f"{place} ({lr})" if place else lr
    return f"{str(t.side).capitalize()}: {place}" if place else str(t.side).capitalize()


def _mentions(place: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", place, re.IGNORECASE) is not None


@section(id="tattoos", title="Tattoos", order=50)
def build(src: SectionInput) -> list[Block]:
    interview, bank = src.interview, src.bank
    if not interview.tattoos:
        return [Para("No tattoos recorded.")]
    placed = [t for t in interview.tattoos if t.x is not None and t.y is not None]
    marks = [(t.number, str(t.side), t.x, t.y) for t in placed]
    words = "; ".join(f"{t.number}, {tattoo_location(bank, t)}" for t in placed)
    description = f"Body outline, front and back, with the tattoos' numbered marks: {words}."
    blocks: list[Block] = [BodyMarks(marks, description)] if marks else []
    rows = []
    for t in interview.tattoos:
        what = joined(
            [
                t.description,
                joined([text_of(bank, s) for s in t.symbols], "; ") if t.symbols else "",
            ],
            " \u2014 ",
        )
        obtained = joined([t.how_obtained, t.where_obtained], "; ")
        words = f"\u201c{t.youth_description}\u201d" if t.youth_description else ""
        rows.append(
            [str(t.number), tattoo_location(bank, t), what, words, obtained, t.exploiter_moniker]
        )
    blocks.append(
        Table(
            [
                "No.",
                "Location",
                "Description and symbols",
                "In the youth's words",
                "How / where obtained",
                "Exploiter moniker",
            ],
            rows,
            [0.05, 0.17, 0.24, 0.22, 0.19, 0.13],
        )
    )
    return blocks
