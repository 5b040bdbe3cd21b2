"""Retention: exported interviews are offered for deletion; deletion leaves no trace."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.model import Answer, Interview, Response, utcnow
from app.store import NotFound, Store
from app.store.retention import delete_securely, due_for_deletion
from tests.helpers import PASSPHRASE, sqlcipher_pages
from tests.helpers.stores import full_record

SECRET = "Marisol-Fictona-said-the-van-was-blue-7Qx"


def _interview_with(text: str) -> Interview:
    iv = Interview()
    iv.narrative = text * 20  # long enough to spill over more than one cell
    iv.answers["youth.open_ended.q01"] = Answer(Response.YES, text, text)
    return iv


def test_only_interviews_exported_long_enough_ago_are_offered(store: Store) -> None:
    old, recent, never = (store.create_interview(Interview()) for _ in range(3))
    store.record_export(old, "pdf", "file")
    store.record_export(recent, "text", "clipboard")
    now = utcnow()
    due = due_for_deletion(store, 30, now + timedelta(days=31))
    assert [c.summary.id for c in due] == [old, recent]  # oldest export first
    assert due_for_deletion(store, 30, now + timedelta(days=29)) == []
    assert never not in {c.summary.id for c in due_for_deletion(store, 0, now + timedelta(days=99))}
    # A different, county-chosen period.
    assert {c.summary.id for c in due_for_deletion(store, 7, now + timedelta(days=8))} == {
        old,
        recent,
    }


def test_an_edit_after_the_export_is_flagged(store: Store) -> None:
    iid = store.create_interview(Interview())
    store.record_export(iid, "pdf", "file")
    later = utcnow() + timedelta(days=40)
    assert due_for_deletion(store, 30, later)[0].changed_after_export is False
    # An edit five minutes later: the store's one clock, pinned.
    store._now = lambda: utcnow() + timedelta(minutes=5)  # noqa: SLF001 - see above
    store.set_narrative(iid, "added after the export")
    assert due_for_deletion(store, 30, later)[0].changed_after_export is True


def test_deleted_text_is_gone_from_every_page_and_the_wal(
    store: Store, new_store_path: Path
) -> None:
    keep = store.create_interview(full_record("KEEPME"))
    gone = store.create_interview(_interview_with(SECRET))
    store.record_export(gone, "pdf", "file")
    needle = SECRET.encode("utf-8")
    # The proof can see the text while it is stored (else it could not fail).
    assert needle in sqlcipher_pages.plaintext(new_store_path, PASSPHRASE)
    assert needle not in new_store_path.read_bytes()  # encrypted at rest all along

    assert delete_securely(store, [gone]) == 1

    wal = Path(f"{new_store_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    pages = sqlcipher_pages.plaintext(new_store_path, PASSPHRASE)
    assert pages[16:18] == b"\x10\x00"  # page 1 decrypted: a real SQLite header (4096-byte pages)
    assert needle not in pages
    assert needle.decode().encode("utf-16-le") not in pages
    assert b"KEEPME-narrative-Zq" in pages  # what was kept is still there
    try:
        store.load(gone)
        raise AssertionError("the deleted interview still loads")
    except NotFound:
        pass
    assert store.load(keep).narrative == "KEEPME-narrative-Zq"
    assert store.verify() == []
    events = [e.event for e in store.audit_log()]
    assert "interview_deleted" in events and "retention_deleted" in events
    assert all(SECRET not in e.detail for e in store.audit_log())


def test_without_the_rebuild_the_text_would_still_be_found(
    store: Store, new_store_path: Path
) -> None:
    """Control: the decrypting search does find the text while it is stored.

    (Until issue 11 this deleted the interview first and found it in the WAL;
    now every change is checkpointed into the main file and the WAL emptied, and
    secure_delete overwrites the freed pages, so that no longer happens.)
    """
    store.create_interview(_interview_with(SECRET))
    assert SECRET.encode() in sqlcipher_pages.plaintext(new_store_path, PASSPHRASE)
