"""Retention: notes that have gone to CWS/CMS should not linger on the laptop.

The tool is not the system of record. An interview whose summary was exported
more than ``days`` ago (30 by default, the county may choose another figure)
is offered for deletion at unlock; the CSW decides. Deletion is secure: the
store runs with ``secure_delete`` on (freed pages are zeroed), and afterwards
the file is rebuilt with ``VACUUM`` and the WAL checkpointed and truncated, so
the deleted text is in neither the store file nor its WAL (a test decrypts
every page to prove it).

When the summary was exported is read from the audit log (``summary_exported``
events, written by ``Store.record_export``), the latest export counting.

Per case (issue 14): a case ages out as a whole (``cases_due_for_deletion``,
``delete_cases_securely``) once it was exported more than ``days`` ago: its case
summary (``Case.summary_exported_at``, set by ``Store.record_case_export`` and
carried over by migration 0006 from the interview's export), or else the
summary of every one of its contacts, the latest counting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.model import utcnow
from app.store.errors import StoreError
from app.store.operations import Store
from app.store.types import CaseSummary, InterviewSummary

DEFAULT_DAYS = 30
EXPORT_EVENT = "summary_exported"

# record_export stamps updated_at and the audit entry with two clock readings;
# a change later than this after the export is a real edit.
_SAME_WRITE = timedelta(seconds=2)


@dataclass(frozen=True)
class RetentionCandidate:
    summary: InterviewSummary
    exported_at: datetime  # the latest export of its summary
    # Edited after that export: those edits may not be in CWS/CMS yet, so the
    # window should say so before the CSW agrees to delete.
    changed_after_export: bool


def last_exports(store: Store) -> dict[str, datetime]:
    """Interview id -> time its summary was last exported, from the audit log."""
    latest: dict[str, datetime] = {}
    for entry in store.audit_log():
        if entry.event != EXPORT_EVENT or not entry.detail:
            continue
        interview_id = entry.detail.split(" ", 1)[0]
        if interview_id not in latest or entry.at > latest[interview_id]:
            latest[interview_id] = entry.at
    return latest


def due_for_deletion(
    store: Store, days: int = DEFAULT_DAYS, now: datetime | None = None
) -> list[RetentionCandidate]:
    """Interviews whose summary was exported more than ``days`` days ago, oldest first."""
    if days < 0:
        raise ValueError("the retention period cannot be negative")
    cutoff = (now or utcnow()) - timedelta(days=days)
    exported = last_exports(store)
    due = []
    for summary in store.list_interviews():
        at = exported.get(summary.id)
        if at is None or at > cutoff:
            continue
        changed = summary.updated_at > at + _SAME_WRITE
        due.append(RetentionCandidate(summary, at, changed))
    return sorted(due, key=lambda c: c.exported_at)


@dataclass(frozen=True)
class CaseRetentionCandidate:
    summary: CaseSummary
    exported_at: datetime  # when the case was last exported (see the module's docstring)
    changed_after_export: bool  # edited after it: say so before the CSW agrees


def case_exported_at(store: Store, case_id: str, contacts: dict[str, datetime]) -> datetime | None:
    """When the case was exported: its case summary, else every contact's summary."""
    case = store.load_case(case_id)
    if case.summary_exported_at is not None:
        return case.summary_exported_at
    times = [contacts.get(c.id) for c in case.contacts]
    if not times or any(t is None for t in times):
        return None
    return max(t for t in times if t is not None)


def cases_due_for_deletion(
    store: Store, days: int = DEFAULT_DAYS, now: datetime | None = None
) -> list[CaseRetentionCandidate]:
    """Cases exported more than ``days`` days ago, oldest export first."""
    if days < 0:
        raise ValueError("the retention period cannot be negative")
    cutoff = (now or utcnow()) - timedelta(days=days)
    contacts = last_exports(store)
    due = []
    for summary in store.list_cases():
        if not summary.exported and not contacts:
            continue
        at = case_exported_at(store, summary.id, contacts)
        if at is None or at > cutoff:
            continue
        changed = summary.updated_at > at + _SAME_WRITE
        due.append(CaseRetentionCandidate(summary, at, changed))
    return sorted(due, key=lambda c: c.exported_at)


def delete_cases_securely(store: Store, case_ids: Iterable[str]) -> int:
    """Delete whole cases (contacts and findings), then rebuild the file; how many."""
    count = 0
    for case_id in case_ids:
        store.delete_case(case_id)
        count += 1
    if count:
        store.audit("retention_deleted", str(count))
        compact(store)
    return count


def delete_securely(store: Store, interview_ids: Iterable[str]) -> int:
    """Delete the interviews, then rebuild the file so no trace of them remains.

    Returns how many were deleted. Each deletion is its own unit of work (and
    is audited by the store); the rebuild follows once for all of them.
    """
    count = 0
    for interview_id in interview_ids:
        store.delete_interview(interview_id)
        count += 1
    if count:
        store.audit("retention_deleted", str(count))  # before the rebuild: it empties the WAL
        compact(store)
    return count


def compact(store: Store) -> None:
    """VACUUM with secure_delete on, then move everything out of the WAL and truncate it.

    VACUUM cannot run inside a transaction, so it goes to the driver connection
    directly (the store keeps one connection, guarded by its lock).
    """
    with store.exclusive_connection() as conn:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("VACUUM")
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            # Only possible with another reader, which the store never has.
            raise StoreError(
                "the store is busy; the deleted pages are not yet rebuilt", kind="busy_rebuilding"
            )
