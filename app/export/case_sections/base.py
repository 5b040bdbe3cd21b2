"""The case summary's section registry: one file per section, like ``app.export.sections``.

A case summary reads the CASE (``store.load_case``: youth, special, the contacts as
``ContactRef``), the case's view (``store.case_view``: an ``Interview`` holding the
case's findings and nothing of any one contact, what the rules read per case) and the
loaded contacts. Every finding carries ``contact_id``, the contact it was learned in;
``learned_in`` names that contact the way the CSW says it: "caregiver, 11/14".

A section file imports only leaves (``app.export.blocks``, ``app.export.fmt``,
``app.export.rules_view``, this module), never another section or a layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.content.bank import ContentBank
from app.export.blocks import Block, SummarySection
from app.localtime import to_local
from app.model import Interview

if TYPE_CHECKING:
    from app.model import Case, ContactRef

NOT_RECORDED = "contact not recorded"


@dataclass(frozen=True)
class CaseSectionInput:
    """What every case section reads. ``contacts``: the case's contacts, loaded (oldest
    first); the refs in ``case.contacts`` name each one even when not loaded."""

    case: Case
    view: Interview
    contacts: Sequence[Interview]
    bank: ContentBank
    now: datetime
    labels: dict[str, str] = field(default_factory=dict)  # contact id -> "caregiver, 11/14"

    def learned_in(self, contact_id: str) -> str:
        """Where a finding came from: "caregiver, 11/14"; a finding whose contact was
        deleted (or never stamped) says so rather than guess."""
        return self.labels.get(contact_id, NOT_RECORDED) if contact_id else NOT_RECORDED


def _day(ref: ContactRef) -> date:
    return ref.contact.date or to_local(ref.created_at).date()


def contact_labels(refs: Sequence[ContactRef]) -> dict[str, str]:
    """ "caregiver, 11/14" per contact; two contacts of one kind on one day get the start
    time ("caregiver, 11/14 09:30"), and still the same a running number ("#2")."""
    base = {r.id: f"{r.interviewee.type}, {_day(r).month}/{_day(r).day}" for r in refs}
    out = dict(base)
    for r in refs:
        twins = [s for s in refs if base[s.id] == base[r.id]]
        if len(twins) > 1 and r.contact.start_time:
            out[r.id] = f"{base[r.id]} {r.contact.start_time.strftime('%H:%M')}"
    for r in refs:
        twins = [s for s in refs if out[s.id] == out[r.id]]
        if len(twins) > 1:
            out[r.id] = f"{out[r.id]} #{twins.index(r) + 1}"
    return out


@dataclass(frozen=True)
class CaseSection:
    id: str
    title: str
    order: int  # CWS/CMS order; the printed number is the position, 1..n
    build: Callable[[CaseSectionInput], list[Block]]
    module: str = ""


_REGISTRY: dict[str, CaseSection] = {}


def case_section(
    *,
    id: str,  # noqa: A002 - the section's id
    title: str,
    order: int,
) -> Callable[
    [Callable[[CaseSectionInput], list[Block]]], Callable[[CaseSectionInput], list[Block]]
]:
    """Register ``build`` as the case section ``id``; ids and orders are unique."""

    def register(
        build: Callable[[CaseSectionInput], list[Block]],
    ) -> Callable[[CaseSectionInput], list[Block]]:
        if not id or id in _REGISTRY:
            raise ValueError(f"case section id {id!r} empty or registered twice")
        if any(s.order == order for s in _REGISTRY.values()):
            raise ValueError(f"case section order {order} used twice")
        _REGISTRY[id] = CaseSection(id, title, order, build, build.__module__)
        return build

    return register


def registered_case_sections() -> list[CaseSection]:
    """Every registered case section in CWS/CMS order (import the package first)."""
    return sorted(_REGISTRY.values(), key=lambda s: s.order)


def build_case_sections(src: CaseSectionInput) -> list[SummarySection]:
    return [
        SummarySection(s.id, n, s.title, s.build(src))
        for n, s in enumerate(registered_case_sections(), start=1)
    ]


def case_findings(view: Interview) -> list[tuple[str, str, object]]:
    """(part, key, record) for every finding of the case; each record has ``contact_id``."""
    out: list[tuple[str, str, object]] = []
    for name, mapping in (
        ("red_flags", view.red_flags),
        ("at_risk_indicators", view.at_risk_indicators),
        ("labor_risk_factors", view.labor_risk_factors),
        ("responsibilities", view.responsibilities),
        ("needs", view.needs),
        ("services", view.services),
    ):
        out += [(name, key, rec) for key, rec in mapping.items()]
    out += [("answers", k, a) for k, a in view.answers.items() if k.startswith("proc.")]
    for name, items in (
        ("allegations", view.allegations),
        ("tattoos", view.tattoos),
        ("online_accounts", view.online_accounts),
        ("associates", view.associates),
        ("other_victims", view.other_victims),
        ("collateral_contacts", view.collateral_contacts),
    ):
        out += [(name, item.id, item) for item in items]
    return out


def learned_counts(view: Interview) -> dict[str, int]:
    """How many of the case's findings were learned in each contact (by contact id)."""
    counts: dict[str, int] = {}
    for _part, _key, rec in case_findings(view):
        cid = rec.contact_id  # type: ignore[attr-defined]
        counts[cid] = counts.get(cid, 0) + 1
    return counts
