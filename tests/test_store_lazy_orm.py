"""Issue 17, peak memory: unlocking and listing never load SQLAlchemy (~45 MB with its
ORM and the asyncio and ssl it imports); the first interview opened or written does.

Each check runs in a fresh process (this one has SQLAlchemy loaded long ago): the
window's way in (``Store.open(check_pages=False)``, the case list, the retention
check's reads, the page check after the list), then ``sys.modules`` is read. Real
SQLCipher store files; fictional people only.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from app.model import Answer, Interview, Response, Youth
from app.store import Store
from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]

# The window's way in, then an interview opened and one answer written. Prints one
# JSON line: which heavy modules were loaded after each step, and counts.
_CHILD = r"""
import json, sys
from pathlib import Path

path, passphrase = Path(sys.argv[1]), sys.stdin.readline().rstrip("\n")
HEAVY = ("sqlalchemy", "alembic", "app.store.schema", "app.store.mapping")


def loaded():
    return sorted(m for m in HEAVY if m in sys.modules)


from app.model import Answer, Response
from app.store import Store
from app.store.retention import due_for_deletion

out = {"imported": loaded()}
store = Store.open(path, passphrase, check_pages=False)
cases = store.list_cases()
contacts = store.list_interviews()
found = store.search("quinn")
entries = store.audit_log()
due = due_for_deletion(store, 30)
problems = store.check_pages()
out["listed"] = loaded()
out["counts"] = [len(cases), len(contacts), len(found), len(due), len(problems)]
out["events"] = [e.event for e in entries]
interview = store.load(contacts[0].id)
out["opened"] = loaded()
store.set_answer(interview.id, "youth.open_ended.q02", Answer(Response.YES, "lazy"))
out["opened_id"] = interview.id
store.lock()
print(json.dumps(out))
"""


def _fill(path_store: Store) -> list[str]:
    names = ["Quinn Placeholm", "Rowan Examplar", "Sky Testwood"]
    ids = []
    for name in names:
        interview = Interview(youth=Youth(name=name, akas=["Q"]))
        path_store.create_interview(interview)
        ids.append(interview.id)
    return ids


def _run_child(path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        cwd=ROOT,
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_unlock_and_list_without_sqlalchemy_then_the_orm_on_first_open(store: Store) -> None:
    ids = _fill(store)
    path = store.path
    store.lock()
    got = _run_child(path)
    # Importing the store and unlocking to the list: none of the ORM's weight.
    assert got["imported"] == []
    assert got["listed"] == []
    assert got["counts"] == [3, 3, 1, 0, 0]
    assert "store_unlocked" in got["events"]
    # Opening an interview loads it (and so the next unlock is no different).
    assert "sqlalchemy" in got["opened"] and "app.store.schema" in got["opened"]
    assert got["opened_id"] in ids
    reopened = Store.open(path, PASSPHRASE)
    try:
        answer = reopened.load(got["opened_id"]).answers["youth.open_ended.q02"]
        assert (answer.response, answer.own_words) == (Response.YES, "lazy")
        events = [e.event for e in reopened.audit_log()]
        # The child's unlock (on the driver) and lock (through the ORM), then ours.
        assert events[-3:] == ["store_unlocked", "store_locked", "store_unlocked"]
    finally:
        reopened.lock()


def test_audit_rows_written_on_the_driver_read_as_the_orm_writes_them(store: Store) -> None:
    """``audit`` (the unlock's entry) writes on the driver; ``create_interview`` writes
    its entry through the ORM (``AuditRow``): both are stored alike, as ISO 8601 UTC
    text, and read back as aware datetimes in order."""
    before = datetime.now(UTC)
    store.audit("driver_entry", "detail")
    store.create_interview(Interview(youth=Youth(name="Avery Lazyton")))
    store.set_answer(store.list_interviews()[0].id, "youth.open_ended.q02", Answer(Response.NO, ""))
    entries = [e for e in store.audit_log() if e.event in ("driver_entry", "interview_created")]
    assert [e.event for e in entries] == ["driver_entry", "interview_created"]
    assert entries[0].detail == "detail"
    for entry in entries:
        assert entry.at.tzinfo is not None and before <= entry.at <= datetime.now(UTC)
    with store.exclusive_connection() as conn:
        stored = conn.execute(
            "SELECT at FROM audit_log WHERE event IN ('driver_entry', 'interview_created') "
            "ORDER BY seq"
        ).fetchall()
    for (text,) in stored:
        assert text.endswith("+00:00") and datetime.fromisoformat(text).tzinfo is not None


# -- the unlock's audit entry: committed at once, checkpointed after the list ------------

_KILLED_AFTER_UNLOCK = r"""
import os, sys
from pathlib import Path
from app.store import Store

store = Store.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\n"), check_pages=False)
store.list_cases()
os._exit(0)  # killed before the page check: no lock, no close, no checkpoint
"""


def _wal_size(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_the_windows_unlock_leaves_its_entry_in_the_log_until_the_page_check(
    store: Store,
) -> None:
    path = store.path
    store.lock()
    # The CLI's way: checked, and the entry checkpointed before open returns.
    cli = Store.open(path, PASSPHRASE)
    assert _wal_size(path) == 0
    cli.lock()
    window = Store.open(path, PASSPHRASE, check_pages=False)
    try:
        assert _wal_size(path) > 0  # committed (synchronous=FULL), not yet checkpointed
        assert window.audit_log()[-1].event == "store_unlocked"
        assert window.check_pages() == []
        assert _wal_size(path) == 0  # the page check ended with the checkpoint
    finally:
        window.lock()


def test_a_kill_between_unlock_and_page_check_loses_nothing(store: Store) -> None:
    interview = Interview(youth=Youth(name="Morgan Killwell"))
    store.create_interview(interview)
    path = store.path
    store.lock()
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_UNLOCK, str(path)],
        cwd=ROOT,
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert _wal_size(path) > 0  # the child's entry, in the log it left
    reopened = Store.open(path, PASSPHRASE)  # checks the key on page 1, applies the log
    try:
        events = [e.event for e in reopened.audit_log()]
        assert events[-3:] == ["store_locked", "store_unlocked", "store_unlocked"]
        assert reopened.load(interview.id).youth.name == "Morgan Killwell"
        assert reopened.verify() == []
    finally:
        reopened.lock()


def test_an_older_store_is_upgraded_in_one_transaction(tmp_path: Path, monkeypatch) -> None:
    """The unlock reads the revision on the driver; the upgrade that follows still runs
    every revision inside one transaction (Alembic commits after each revision on a
    connection outside one), so a kill leaves the old revision or the new."""
    from app.store import migrate
    from tests.helpers.old_store import make_0005_store

    path = tmp_path / "old" / "store.cec"
    path.parent.mkdir()
    old = Interview(youth=Youth(name="Casey Oldform"))
    make_0005_store(path, [old])
    seen: list[bool] = []
    upgrade = migrate.upgrade

    def watched(conn, target: str = "head") -> None:  # noqa: ANN001
        seen.append(conn.in_transaction())
        upgrade(conn, target)

    monkeypatch.setattr(migrate, "upgrade", watched)
    store = Store.open(path, PASSPHRASE)
    try:
        assert seen == [True]
        assert [s.youth_name for s in store.list_cases()] == ["Casey Oldform"]
    finally:
        store.lock()
