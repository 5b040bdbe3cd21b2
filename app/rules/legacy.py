"""Records made before determinations had a direction (content before 2026.12.0).

Then every determination was a tick box, stored as a "yes" answer. For a finding
whose concerning answer is "yes" the tick meant just that, and still counts. For
a finding whose concerning answer is "no" ("Whether the assigned tasks are
age-appropriate") or a fact to record ("Number of hours spent in working in the
home each day") the tick did not say which way or how much. Such a tick is never
turned into a concern and never dropped: it is shown for the CSW to confirm.

``to_confirm`` finds them, in an old record as stored or after ``upgrade``.
``upgrade`` (run when the window opens the record's responsibilities) keeps the
tick visible as "unsure" with a note saying what happened, and moves the record
to the current content version so that a "yes" the CSW gives from then on is
read the new way.
"""

from __future__ import annotations

from dataclasses import replace

from app.content.bank import ContentBank, Determination
from app.model import Interview, Response, utcnow

DIRECTIONS_SINCE = (2026, 12, 0)  # the first content version with determination kinds

LEGACY_NOTE = (
    "Ticked in an earlier version of this tool, where this was a tick box; the tick did "
    "not say which way. Please confirm."
)


def _version(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split("."))
    except ValueError:
        return ()


def predates_directions(content_version: str) -> bool:
    """True for a record made with content older than 2026.12.0 (or with no version)."""
    return _version(content_version) < DIRECTIONS_SINCE


def _ambiguous(det: Determination) -> bool:
    """A tick on it did not say what was found: a fact, or a finding concerning when "no"."""
    return not det.same_as and (det.is_fact or det.concern_when == "no")


def to_confirm(interview: Interview, bank: ContentBank) -> tuple[str, ...]:
    """Determinations holding an old tick the CSW has not yet confirmed, in the guide's order."""
    old = predates_directions(interview.content_version)
    out = []
    for det in bank.determinations():
        answer = interview.answers.get(det.id)
        if answer is None or not _ambiguous(det):
            continue
        if (old and answer.response == Response.YES) or answer.notes.startswith(LEGACY_NOTE):
            out.append(det.id)
    return tuple(out)


def upgrade(interview: Interview, bank: ContentBank) -> list[str]:
    """Move an old record to the current content, in place; return the answers changed.

    Each old tick on an ambiguous determination becomes "unsure" with ``LEGACY_NOTE``
    in front of any note (so it still shows, and still counts for nothing), and the
    record's content version becomes the bank's. Nothing is done to a current record.
    """
    if not predates_directions(interview.content_version):
        return []
    changed = []
    for det_id in to_confirm(interview, bank):
        old = interview.answers[det_id]
        if old.notes.startswith(LEGACY_NOTE):
            continue
        notes = f"{LEGACY_NOTE} {old.notes}".strip()
        # replace(), not a new Answer: the contact it was learned in (and any field
        # added later) stays as it was.
        interview.answers[det_id] = replace(
            old, response=Response.UNSURE, notes=notes, updated_at=utcnow()
        )
        changed.append(det_id)
    interview.content_version = bank.version
    return changed


def confirmed_notes(notes: str) -> str:
    """The CSW answered: the note without the earlier-version marker."""
    return notes.removeprefix(LEGACY_NOTE).strip()
