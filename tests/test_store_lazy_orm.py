"""Issue 17: unlocking, listing and opening an interview never load SQLAlchemy (~45 MB
with its ORM and the asyncio and ssl it imports, ~0.3 s of CPU); the first write does.

Each check runs in a fresh process (this one has SQLAlchemy loaded long ago): the
window's way in (``Store.open(check_pages=False)``, the case list, the retention
check's reads, the page check after the list), an interview and its case opened,
then ``sys.modules`` is read. Real SQLCipher store files; fictional people only.
"""

from __future__ import annotations

import base64
import json
import pickle
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.content import load_content
from app.export.sample import sample_interview
from app.model import (
    Answer,
    Associate,
    Contact,
    IndicatorMark,
    Interview,
    Interviewee,
    IntervieweeType,
    RedFlagObservation,
    Response,
    Source,
    SpecialConsiderations,
    Tattoo,
    YesNoUnknown,
    Youth,
)
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.child import run_python

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
case = store.load_case(interview.case_id)
view = store.case_view(interview.case_id)
out["opened"] = loaded()
store.set_answer(interview.id, "youth.open_ended.q02", Answer(Response.YES, "lazy"))
out["written"] = loaded()
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
    return json.loads(run_python(_CHILD, path).stdout.splitlines()[-1])


def test_unlock_list_and_open_without_sqlalchemy_then_the_orm_on_first_write(
    store: Store,
) -> None:
    ids = _fill(store)
    path = store.path
    store.lock()
    got = _run_child(path)
    # Importing the store and unlocking to the list: none of the ORM's weight.
    assert got["imported"] == []
    assert got["listed"] == []
    assert got["counts"] == [3, 3, 1, 0, 0]
    assert "store_unlocked" in got["events"]
    # Opening an interview and its case reads on the driver too (issue 17: the first
    # open <= 150 ms, imports included); the first write loads the ORM.
    assert got["opened"] == []
    assert "sqlalchemy" in got["written"] and "app.store.schema" in got["written"]
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


# -- a record with every part filled, opened in a fresh process ---------------------------

# Unlocks as the window does, lists, opens every contact and case; prints which heavy
# modules were loaded, then what it read (pickled), as two lines.
_OPEN_ALL = r"""
import base64, pickle, sys
from pathlib import Path

path, passphrase = Path(sys.argv[1]), sys.stdin.readline().rstrip("\n")
from app.store import Store

store = Store.open(path, passphrase, check_pages=False)
cases = store.list_cases()
contacts = store.list_interviews()
read = {
    "cases": cases,
    "contacts": contacts,
    "loaded": {s.id: store.load(s.id) for s in contacts},
    "case": {c.id: store.load_case(c.id) for c in cases},
    "view": {c.id: store.case_view(c.id) for c in cases},
}
heavy = ("sqlalchemy", "alembic", "app.store.schema", "app.store.mapping")
print(",".join(m for m in heavy if m in sys.modules))
store.lock()
print(base64.b64encode(pickle.dumps(read)).decode())
"""

UNICODE_NAME = "Zoë Ñandú-Ōkawa \u05e9\u05e8\u05d4 \U0001f319 e\u0301"  # fictional


def _every_part_filled(store: Store) -> dict[str, object]:
    """A case holding the sample interview (every panel filled, unicode, a determination),
    a contact with no date or times, and a deleted contact's findings; and a foreign
    national minor's case whose OTIP deadline the list shows."""
    bank = load_content()
    determination = bank.procedures[0].steps[0].determinations[0].id
    first = sample_interview(bank)
    first.training = False  # the real store refuses practice records
    first.youth.name = UNICODE_NAME
    first.youth.akas.append("\u0645\u0631\u064a\u0645")
    first.answers[
        "youth.open_ended.q01"
    ].own_words = "Dijo: \u201cno s\u00e9\u201d \U0001f937\u200d"
    first.answers[determination] = Answer(Response.YES, "", "CSW: see the narrative")
    store.create_interview(first)
    undated = store.new_contact(
        first.case_id,
        Interviewee(IntervieweeType.CAREGIVER, "Pat Q. Example", "aunt"),
        Contact(date=None, start_time=None, end_time=None, participants=[]),
    )
    store.set_labor_risk_factor(undated, "labor_risk.f02", IndicatorMark("work at night"))
    gone = store.new_contact(first.case_id, Interviewee(IntervieweeType.COLLATERAL), Contact())
    store.set_red_flag(gone, "rf.gone", RedFlagObservation([Source.RECORD], "from a record"))
    store.save_associate(gone, Associate(name="Dee", nicknames=["D"]))
    store.save_tattoo(gone, Tattoo(number=9, x=None, y=None, symbols=[]))
    store.set_answer(gone, "proc.gone.d01", Answer(Response.UNSURE))
    store.delete_interview(gone)
    suspected = datetime(2026, 11, 14, 18, 0, tzinfo=UTC)
    foreign = Interview(
        youth=Youth(name="Ana Exemplo"),
        special=SpecialConsiderations(foreign_national=YesNoUnknown.YES, suspicion_at=suspected),
        red_flags={"rf.tattoo": RedFlagObservation([Source.YOUTH])},
    )
    store.create_interview(foreign)
    return {
        "first": first.id, "undated": undated, "case": first.case_id,
        "foreign": foreign.case_id, "due": suspected + timedelta(hours=24),
    }  # fmt: skip


def test_every_part_opened_in_a_fresh_process_without_sqlalchemy(store: Store) -> None:
    made = _every_part_filled(store)
    path = store.path
    store.lock()
    done = run_python(_OPEN_ALL, path)
    heavy, payload = done.stdout.splitlines()[-2:]
    # The foreign national case's deadline reads the case whole: on the driver too.
    assert heavy == ""
    read = pickle.loads(base64.b64decode(payload))  # noqa: S301 - our own child's output
    # What the child read is what this process reads of the same file...
    again = Store.open(path, PASSPHRASE)
    try:
        assert read["cases"] == again.list_cases()
        assert read["contacts"] == again.list_interviews()
        assert read["loaded"] == {s.id: again.load(s.id) for s in read["contacts"]}
        assert read["case"] == {c: again.load_case(c) for c in read["case"]}
        assert read["view"] == {c: again.case_view(c) for c in read["view"]}
    finally:
        again.lock()
    # ... and holds every part as written.
    first = read["loaded"][made["first"]]
    assert first.youth.name == UNICODE_NAME and first.youth.akas[-1] == "\u0645\u0631\u064a\u0645"
    assert "\U0001f937" in first.answers["youth.open_ended.q01"].own_words
    assert len(first.tattoos) == 4 and len(first.online_accounts) == 2 and first.narrative
    assert first.answers["proc.gone.d01"].contact_id == ""  # its contact was deleted
    assert first.red_flags["rf.gone"].contact_id == ""
    assert [a.name for a in first.associates][-1] == "Dee"
    assert first.associates[-1].contact_id == "" and first.tattoos[-1].x is None
    assert first.labor_risk_factors["labor_risk.f02"].contact_id == made["undated"]
    undated = read["loaded"][made["undated"]]
    assert undated.contact.date is None and undated.contact.start_time is None
    assert "youth.open_ended.q01" not in undated.answers  # the other contact's own
    assert undated.answers["proc.gone.d01"].contact_id == ""  # the case's determination
    case = read["case"][made["case"]]
    assert [c.id for c in case.contacts] == [made["first"], made["undated"]]  # undated last
    view = read["view"][made["case"]]
    assert view.contact.date == first.contact.date
    assert view.contact.start_time == first.contact.start_time
    (line,) = [c for c in read["cases"] if c.id == made["foreign"]]
    assert line.next_due == made["due"]
    (row,) = [s for s in read["contacts"] if s.case_id == made["foreign"]]
    assert row.otip_due == made["due"]
