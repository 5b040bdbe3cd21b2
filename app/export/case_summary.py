"""The case summary (issue 14): one youth's case across all its contacts, for CWS/CMS.

Read from the store as three things: the case (``store.load_case``: youth, special, the
contacts as ``ContactRef``), the case's view (``store.case_view``: an ``Interview`` with the
case's findings, what the rules read per case) and the contacts loaded (``store.load``).
``case_inputs(store, case_id)`` reads all three. The sections are a second registry
(``app.export.case_sections``) in CWS/CMS order: allegations, at-risk determination, red
flags with sources and contacts, CSW steps and deadlines, associates and other possible
victims, needs and services, then the contacts one line each. The layouts are the contact
summary's: the same PDF (``pdf.render_bytes``: DejaVu, footer, training band), password
(AES-256 through pypdf), atomic write, paste parts of at most 4,000 characters, and the
same language check (``check_case_language``; ``fix_case_finding`` fixes in place and
saves through the store, case parts and contact parts alike).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.content.bank import ContentBank
from app.export import paste
from app.export.atomic import atomic_write
from app.export.blocks import Summary
from app.export.case_sections import CaseSectionInput, build_case_sections, contact_labels
from app.export.fixes import fix_and_save
from app.export.fmt import METHOD_LABELS, OUTCOME_LABELS, fmt_date, joined, or_dash
from app.export.language import LanguageFinding, check_language, csw_texts
from app.export.paste import (
    PASTE_LIMIT,
    PasteSection,
    summary_text,
)
from app.export.pdf import ExportCancelled, ExportResult, encrypt, render_bytes
from app.model import Interview, utcnow
from app.store import parts

if TYPE_CHECKING:
    from app.model import Case
    from app.store import Store

CASE_TITLE = "Case summary"


def case_inputs(store: Store, case_id: str) -> tuple[Case, Interview, list[Interview]]:
    """What the case summary reads: the case, its view, and every contact loaded."""
    case = store.load_case(case_id)
    return case, store.case_view(case_id), [store.load(ref.id) for ref in case.contacts]


def case_header_rows(case: Case) -> list[tuple[str, str]]:
    """The youth, the referral, then each contact: who, when, how."""
    y = case.youth
    rows: list[tuple[str, str]] = [("Youth", or_dash(y.name))]
    if y.akas:
        rows.append(("AKAs / monikers", joined(y.akas)))
    if y.date_of_birth:
        rows.append(("Date of birth", fmt_date(y.date_of_birth)))
    elif y.age is not None:
        rows.append(("Age", str(y.age)))
    if y.referral_number:
        rows.append(("Referral number", y.referral_number))
    if y.client_id:
        rows.append(("Client ID", y.client_id))
    rows.append(("Case", "Closed" if str(case.status) == "closed" else "Open"))
    for n, ref in enumerate(case.contacts, start=1):
        who, c = ref.interviewee, ref.contact
        person = str(who.type).capitalize() + (f" {who.name}" if who.name else "")
        how = (
            f"{METHOD_LABELS.get(c.method, str(c.method)).lower()}, "
            f"{OUTCOME_LABELS.get(c.outcome, str(c.outcome))}"
        )
        rows.append((f"Contact {n}", f"{person}; {fmt_date(c.date)}; {how}"))
    return rows


def build_case_summary(
    case: Case,
    view: Interview,
    contacts: Sequence[Interview],
    bank: ContentBank,
    *,
    training: bool = False,
    now: datetime | None = None,
    letterhead: tuple[str, ...] | list[str] = (),
) -> Summary:
    """Everything the case summary says, section by section, in CWS/CMS order."""
    now = now or utcnow()
    src = CaseSectionInput(case, view, contacts, bank, now, contact_labels(case.contacts))
    versions = list(dict.fromkeys(r.content_version for r in case.contacts if r.content_version))
    return Summary(
        header=case_header_rows(case),
        sections=build_case_sections(src),
        training=training or case.training,
        produced=now,
        title=CASE_TITLE,
        letterhead=tuple(line.strip() for line in letterhead if line and line.strip()),
        content_version=", ".join(versions),
    )


def render_case_pdf(
    case: Case,
    view: Interview,
    contacts: Sequence[Interview],
    bank: ContentBank,
    path: Path | str,
    *,
    password: str | None = None,
    training: bool = False,
    now: datetime | None = None,
    should_cancel: Callable[[], bool] | None = None,
    letterhead: tuple[str, ...] | list[str] = (),
) -> ExportResult:
    """Render the case summary and write it to ``path`` (in memory, encrypted if a password
    is given, then atomically). The caller records it: ``store.record_case_export``."""
    summary = build_case_summary(
        case, view, contacts, bank, training=training, now=now, letterhead=letterhead
    )
    data, pages, report = render_bytes(summary, should_cancel=should_cancel)
    if password:
        data = encrypt(data, password)
    if should_cancel is not None and should_cancel():
        raise ExportCancelled()
    written = atomic_write(path, data)
    return ExportResult(written, pages, tuple(report.missing.items()), bool(password))


def summary_paste_sections(
    summary: Summary, limit: int = PASTE_LIMIT, head: tuple[str, str] = ("case", "Case")
) -> list[PasteSection]:
    """A built case summary as paste parts (``app.export.paste.summary_paste_sections``
    with the case's header part)."""
    return paste.summary_paste_sections(summary, limit, head)


def case_paste_sections(
    case: Case,
    view: Interview,
    contacts: Sequence[Interview],
    bank: ContentBank,
    *,
    training: bool = False,
    now: datetime | None = None,
    limit: int = PASTE_LIMIT,
) -> list[PasteSection]:
    """The case summary as paste-ready parts ("case" header, then the sections)."""
    summary = build_case_summary(case, view, contacts, bank, training=training, now=now)
    return summary_paste_sections(summary, limit)


def render_case_text(
    case: Case,
    view: Interview,
    contacts: Sequence[Interview],
    bank: ContentBank,
    *,
    training: bool = False,
    now: datetime | None = None,
    letterhead: tuple[str, ...] | list[str] = (),
) -> str:
    """The whole case summary as one plain text (``export CASE_ID --format text``)."""
    summary = build_case_summary(
        case, view, contacts, bank, training=training, now=now, letterhead=letterhead
    )
    return summary_text(summary)


def case_json(
    case: Case,
    view: Interview,
    contacts: Sequence[Interview],
    bank: ContentBank,
    *,
    now: datetime | None = None,
) -> bytes:
    """The case as interchange version 2 JSON (``app.interchange_v2``: ids kept, every
    finding with its ``contact_id``), UTF-8."""
    from app.interchange import dumps  # noqa: PLC0415 - only for the JSON export
    from app.interchange_v2 import case_to_dict  # noqa: PLC0415 - only for the JSON export

    return dumps(case_to_dict(case, view, list(contacts), bank, now)).encode("utf-8")


def write_case_json(
    case: Case,
    view: Interview,
    contacts: Sequence[Interview],
    bank: ContentBank,
    path: Path | str,
    *,
    now: datetime | None = None,
) -> Path:
    """``case_json`` written atomically (temp file in the folder, fsync, rename)."""
    return atomic_write(path, case_json(case, view, contacts, bank, now=now))


# -- the language check over the case ---------------------------------------------------


@dataclass(frozen=True)
class CaseLanguageFinding:
    """A language finding in the case's text: ``contact_id`` is the contact whose own text
    holds it (narrative, purpose, answer notes), "" for a part of the case (a red flag's
    note, an allegation's reasons, ...); ``where`` says so for the CSW ("case",
    "caregiver, 11/14")."""

    finding: LanguageFinding
    contact_id: str
    where: str
    learned_in: str = ""  # a case part's record: the contact it was learned in, named


def _scope(path: str, key: str) -> parts.Scope:
    head = path.split("[", 1)[0].split(".", 1)[0]
    return parts.scope_of(parts.part(head), key or None)


def _learned(record: object, finding: LanguageFinding, labels: dict[str, str]) -> str:
    # Every case record but the special considerations says where it was learned.
    if record is None or finding.owner == "special":
        return ""
    return labels.get(record.contact_id, "")  # type: ignore[attr-defined]


def check_case_language(
    case: Case,
    view: Interview,
    contacts: Sequence[Interview],
    bank: ContentBank | None = None,
) -> list[CaseLanguageFinding]:
    """The contact summary's check over the case: the case's own parts once (from the
    view), then each contact's own text (a loaded contact also carries the case's
    findings: those are not counted twice)."""
    labels = contact_labels(case.contacts)
    records = {path: obj for path, _o, _k, obj, _f in csw_texts(view)}
    out = [
        CaseLanguageFinding(f, "", "case", _learned(records.get(f.path), f, labels))
        for f in check_language(view, bank)
        if _scope(f.path, f.key) is parts.Scope.CASE
    ]
    for contact in contacts:
        out += [
            CaseLanguageFinding(f, contact.id, labels.get(contact.id, contact.id))
            for f in check_language(contact, bank)
            if _scope(f.path, f.key) is parts.Scope.CONTACT
        ]
    return out


def fix_case_finding(
    store: Store,
    case: Case,
    view: Interview,
    contacts: Sequence[Interview],
    found: CaseLanguageFinding,
    replacement: str | None = None,
) -> str:
    """Fix one finding in place and save it; the field's new text.

    A contact's text is fixed in that contact. A part of the case is fixed in the view
    and written through a contact of the case (the store sends a case part's write to
    the contact's case): the contact the record was learned in when it is still in the
    case, else the newest; the record keeps where it was learned (its ``contact_id``
    goes with it). If the store refuses, the text in memory is put back.
    """
    if found.contact_id:
        contact = next(c for c in contacts if c.id == found.contact_id)
        return fix_and_save(store, contact, found.finding, replacement)
    if not case.contacts:
        raise ValueError("a case without a contact has no text to fix")
    record = next(
        (obj for path, _o, _k, obj, _f in csw_texts(view) if path == found.finding.path), None
    )
    ids = [r.id for r in case.contacts]
    # Every case record but the special considerations says where it was learned.
    learned = record.contact_id if record is not None and found.finding.owner != "special" else ""
    writer = learned if learned in ids else ids[-1]
    # A shallow copy named as the writer: it shares every record with the view, so the
    # fix shows in the view, and the typed write goes to the contact's case.
    return fix_and_save(store, dataclasses.replace(view, id=writer), found.finding, replacement)


__all__ = [
    "CASE_TITLE",
    "CaseLanguageFinding",
    "build_case_summary",
    "case_header_rows",
    "case_inputs",
    "case_json",
    "case_paste_sections",
    "check_case_language",
    "fix_case_finding",
    "render_case_pdf",
    "render_case_text",
    "summary_paste_sections",
    "write_case_json",
]
