"""The summary's section registry: one section = one file, declared and registered.

Like the window's panels (``ui/panels/base.py``): each file under
``app/export/sections/`` declares its id, title and order with ``@section`` on its
``build`` function, and importing ``app.export.sections`` registers them all. The
summary, the PDF and the paste text iterate ``registered_sections()``; nothing
keeps a hand-written list. A section imports only leaves (``app.export.blocks``,
``app.export.fmt``, ``app.export.rules_view``), never another section or the summary.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.content.bank import ContentBank
from app.export.blocks import Block, SummarySection
from app.model import Interview


@dataclass(frozen=True)
class SectionInput:
    """What every section reads: the record, the content it was taken with, and "now"
    (the produced time: deadlines and the rules' verdicts are as of it)."""

    interview: Interview
    bank: ContentBank
    now: datetime


@dataclass(frozen=True)
class Section:
    id: str  # also the paste part's id ("narrative")
    title: str
    order: int  # CWS/CMS order; the printed number is the position, 1..n
    build: Callable[[SectionInput], list[Block]]
    module: str = ""


_REGISTRY: dict[str, Section] = {}


def section(
    *,
    id: str,
    title: str,
    order: int,  # noqa: A002 - the section's id
) -> Callable[[Callable[[SectionInput], list[Block]]], Callable[[SectionInput], list[Block]]]:
    """Register ``build`` as the section ``id``; ids and orders are unique."""

    def register(
        build: Callable[[SectionInput], list[Block]],
    ) -> Callable[[SectionInput], list[Block]]:
        if not id or id in _REGISTRY:
            raise ValueError(f"section id {id!r} empty or registered twice")
        if any(s.order == order for s in _REGISTRY.values()):
            raise ValueError(f"section order {order} used twice")
        _REGISTRY[id] = Section(id, title, order, build, build.__module__)
        return build

    return register


def registered_sections() -> list[Section]:
    """Every registered section in CWS/CMS order (import ``app.export.sections`` first)."""
    return sorted(_REGISTRY.values(), key=lambda s: s.order)


def build_sections(
    interview: Interview,
    bank: ContentBank,
    now: datetime,
) -> list[SummarySection]:
    src = SectionInput(interview, bank, now)
    return [
        SummarySection(s.id, n, s.title, s.build(src))
        for n, s in enumerate(registered_sections(), start=1)
    ]
