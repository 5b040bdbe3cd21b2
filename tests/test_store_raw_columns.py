"""Issue 17: the contact row's own text columns (narrative, the view's place, status,
content version) are written on the store's connection without SQLAlchemy, so the
narrative's autosave and the place an opened view saves 300 ms later never wait for the
ORM to load. Each is one transaction that stamps the contact and its case, and sends
one ``Changed``; a real SQLCipher file, read back after a lock; fictional people only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.model import Interview, InterviewStatus, Youth
from app.store import Changed, Store
from app.store.errors import InvalidValue, NotFound
from tests.helpers import PASSPHRASE
from tests.helpers.child import run_python

_CHILD = r"""
import json, sys
from pathlib import Path
from app.model import InterviewStatus
from app.store import Store

path, iid = Path(sys.argv[1]), sys.argv[2]
store = Store.open(path, sys.stdin.readline().rstrip("\n"), check_pages=False)
store.set_last_panel(iid, "tattoos")
store.set_narrative(iid, "Met at the school office; ñ and \u00bfqu\u00e9? kept.")
store.set_status(iid, InterviewStatus.SUMMARY_EXPORTED)
store.set_content_version(iid, "2026.1")
print(json.dumps({"orm": "sqlalchemy" in sys.modules}))
store.lock()
"""


def _store_with_one(path: Path) -> tuple[Store, Interview]:
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    interview = Interview(youth=Youth(name="Quinn Placeholm"))
    store.create_interview(interview)
    return store, interview


def test_text_columns_are_written_without_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "store.cec"
    store, interview = _store_with_one(path)
    store.lock()
    done = run_python(_CHILD, path, interview.id)
    assert json.loads(done.stdout.splitlines()[-1]) == {"orm": False}
    store = Store.open(path, PASSPHRASE)
    try:
        again = store.load(interview.id)
        assert again.last_panel == "tattoos"
        assert again.narrative == "Met at the school office; ñ and ¿qué? kept."
        assert again.status is InterviewStatus.SUMMARY_EXPORTED
        assert again.content_version == "2026.1"
    finally:
        store.lock()


def test_each_write_stamps_contact_and_case_and_says_so(tmp_path: Path) -> None:
    store, interview = _store_with_one(tmp_path / "store.cec")
    try:
        seen: list[Changed] = []
        store.on_change(seen.append)
        before = store.load(interview.id).updated_at
        case_before = store.load_case(interview.case_id).updated_at
        store.set_narrative(interview.id, "A second visit.")
        after = store.load(interview.id)
        assert after.updated_at > before
        assert store.load_case(interview.case_id).updated_at == after.updated_at > case_before
        assert [(c.interview_id, c.part) for c in seen] == [(interview.id, "narrative")]
    finally:
        store.lock()


def test_refusals_change_nothing(tmp_path: Path) -> None:
    store, interview = _store_with_one(tmp_path / "store.cec")
    try:
        store.set_narrative(interview.id, "Kept.")
        with pytest.raises(NotFound):
            store.set_narrative("0" * 32, "Nowhere.")
        with pytest.raises(InvalidValue):
            store.set_narrative(interview.id, "bad \ud800 surrogate")
        with pytest.raises(InvalidValue):
            store.set_status(interview.id, "finished-ish")
        assert store.load(interview.id).narrative == "Kept."
    finally:
        store.lock()
