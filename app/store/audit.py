"""The audit trail: what happened to the store and when, never what was written.

Events live in the encrypted store's ``audit_log`` table (``Store.audit``).
This module names them for people (the window's audit view and
``python main.py audit``) and records failed unlocks.

A failed unlock cannot be written when it happens: without the key nothing can
be written into the store, and writing beside it would change the folder that
a wrong passphrase must leave byte-for-byte as it was. So the window (or any
long-lived caller) keeps the failures in memory in an ``UnlockAttempts`` and
writes them, with their own times, at the next successful unlock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.model import utcnow
from app.store.errors import WrongPassphrase
from app.store.operations import Store
from app.store.types import AuditEntry

UNLOCK_FAILED = "unlock_failed"

# Event name -> a plain description. Unknown events are shown by their name.
EVENTS: dict[str, str] = {
    "store_created": "Store created (first run)",
    "store_unlocked": "Unlocked",
    UNLOCK_FAILED: "Unlock failed (wrong passphrase)",
    "store_locked": "Locked",
    "passphrase_changed": "Passphrase changed",
    "passphrase_key_upgraded": "Key upgraded: the whole passphrase now keys the store",
    "interview_created": "Interview created",
    "interview_imported": "Interview imported",
    "interview_exported": "Interview exported (JSON)",
    "summary_exported": "Summary exported",
    "interview_deleted": "Interview deleted",
    "retention_deleted": "Old interviews deleted (retention)",
    "backup_made": "Backup made",
    "store_restored": "Store restored from a backup",
    "training_store": "Training store (fictional practice cases only)",
    "passphrase_key_upgrade_pending": (
        "Opened with the old (40-byte) key; moved to the whole passphrase at the next "
        "unlock typed the same way"
    ),
    "log_set_aside": "A damaged log of unsaved changes was kept aside (file named)",
}


def describe(event: str) -> str:
    return EVENTS.get(event, event)


def format_entry(entry: AuditEntry) -> str:
    """One line: local-independent UTC time, event, description, detail (ids only)."""
    when = entry.at.strftime("%Y-%m-%d %H:%M:%S UTC")
    parts = [when, entry.event, describe(entry.event)]
    if entry.detail:
        parts.append(entry.detail)
    return "\t".join(parts)


@dataclass
class UnlockAttempts:
    """Failed unlocks seen by this process, waiting to be written to the store."""

    failures: list[datetime] = field(default_factory=list)

    def failed(self, at: datetime | None = None) -> None:
        self.failures.append(at or utcnow())

    def record_into(self, store: Store) -> int:
        """Write the pending failures into the (now unlocked) store; return how many."""
        count = 0
        while self.failures:
            at = self.failures[0]
            store.audit(UNLOCK_FAILED, f"at {at.isoformat(timespec='seconds')}")
            self.failures.pop(0)
            count += 1
        return count


def open_audited(path: Path | str, passphrase: str, attempts: UnlockAttempts) -> Store:
    """``Store.open`` that remembers a wrong passphrase and records it on the next success."""
    try:
        store = Store.open(path, passphrase)
    except WrongPassphrase:
        attempts.failed()
        raise
    attempts.record_into(store)
    return store
