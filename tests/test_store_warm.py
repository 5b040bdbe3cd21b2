"""Issue 17, the first save: ``Store.prepare_writes`` loads what the first write needs
(SQLAlchemy, its ORM, the row classes, the mappers configured) in a worker thread, so
the CSW's first keystroke does not pay ~0.3-0.6 s of imports on the UI thread.

Each check runs in a fresh process (this one loaded SQLAlchemy long ago): the window's
way in, then the warm-up in a thread, and a typed write made while it is still
importing. Real SQLCipher store files; fictional people only.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.model import Interview, Response, Youth
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.child import run_python

# Unlock and list as the window does; then prepare_writes in a thread and, while it
# is still importing, a typed write on this (the "UI") thread. One JSON line out.
_RACE = r"""
import json, sys, threading, time
from pathlib import Path

path, passphrase = Path(sys.argv[1]), sys.stdin.readline().rstrip("\n")
HEAVY = ("sqlalchemy", "sqlalchemy.orm", "app.store.schema", "app.store.mapping")


def loaded():
    return sorted(m for m in HEAVY if m in sys.modules)


from app.model import Answer, Response
from app.store import Store, later

store = Store.open(path, passphrase, check_pages=False)
ids = [c.id for c in store.list_interviews()]
store.list_cases()
out = {"listed": loaded(), "ready_before": later.orm_loaded()}
worker = threading.Thread(target=Store.prepare_writes)
worker.start()
# Write while the worker is in the middle of its imports (SQLAlchemy alone takes
# 150 ms or more), not before it began or after it ended.
deadline = time.monotonic() + 20
while "sqlalchemy" not in sys.modules and time.monotonic() < deadline:
    time.sleep(0.0005)
out["overlapped"] = "sqlalchemy" in sys.modules and not later.orm_loaded()
store.set_answer(ids[0], "youth.open_ended.q02", Answer(Response.YES, "warm words"))
worker.join(20)
out["worker_done"] = not worker.is_alive()
out["ready_after"] = later.orm_loaded()
out["loaded_after"] = loaded()
start = time.perf_counter()
Store.prepare_writes()  # once done: nothing more to do
out["again_ms"] = (time.perf_counter() - start) * 1000
out["written"] = ids[0]
store.lock()
print(json.dumps(out))
"""

# prepare_writes never takes the store's lock (a save on the UI thread would wait on
# it), and works on a locked store too: it touches no store at all.
_NO_STORE = r"""
import json, sys, threading
from pathlib import Path

path, passphrase = Path(sys.argv[1]), sys.stdin.readline().rstrip("\n")
from app.store import Store, later

store = Store.open(path, passphrase, check_pages=False)
out = {}
with store.exclusive_connection():  # the store's lock held by this thread
    worker = threading.Thread(target=Store.prepare_writes)
    worker.start()
    worker.join(60)
    out["finished_under_the_lock"] = not worker.is_alive() and later.orm_loaded()
# Nothing has queried yet: the mappers were configured by prepare_writes itself.
from app.store.schema import Base

out["configured"] = all(m.configured for m in Base.registry.mappers)
store.lock()
locked = Store.open(path, passphrase)
locked.lock()
failed = []
try:
    locked.prepare_writes()  # after lock: still only imports (done already)
except Exception as exc:
    failed.append(type(exc).__name__)
out["after_lock"] = failed
print(json.dumps(out))
"""


def _fill(store: Store) -> list[str]:
    ids = []
    for name in ("Quinn Warmfield", "Rowan Samplebrook"):
        interview = Interview(youth=Youth(name=name))
        store.create_interview(interview)
        ids.append(interview.id)
    return ids


def _child(source: str, path: Path) -> dict:
    done = run_python(source, path, timeout=180)
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_a_write_made_while_prepare_writes_imports_waits_for_it_and_is_kept(store: Store) -> None:
    ids = _fill(store)
    path = store.path
    store.lock()
    got = _child(_RACE, path)
    # Listing still loads none of the ORM; the warm-up then loads it all.
    assert got["listed"] == [] and got["ready_before"] is False
    assert got["overlapped"], "the write did not happen while the worker was importing"
    assert got["worker_done"] and got["ready_after"]
    assert got["loaded_after"] == [
        "app.store.mapping",
        "app.store.schema",
        "sqlalchemy",
        "sqlalchemy.orm",
    ]
    assert got["again_ms"] < 20
    assert got["written"] in ids
    reopened = Store.open(path, PASSPHRASE)
    try:
        answer = reopened.load(got["written"]).answers["youth.open_ended.q02"]
        assert (answer.response, answer.own_words) == (Response.YES, "warm words")
    finally:
        reopened.lock()


def test_prepare_writes_never_takes_the_store_lock_and_needs_no_open_store(store: Store) -> None:
    _fill(store)
    path = store.path
    store.lock()
    got = _child(_NO_STORE, path)
    assert got["finished_under_the_lock"]
    assert got["configured"], "the mappers were left for the first save to configure"
    assert got["after_lock"] == []
