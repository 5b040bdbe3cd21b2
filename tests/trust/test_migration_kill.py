"""The upgrade to cases and the search index (0006, 0007) is one transaction: a
process killed after every migration ran but before the commit leaves the old
store, which still opens, migrates on the next unlock and loses nothing."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.legacy import quoted_key
from tests.helpers.old_store import as_migrated, make_0005_store
from tests.helpers.records import full_interview

ROOT = Path(__file__).resolve().parents[2]


def _revision(path: Path) -> str:
    conn = dbapi2.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(quoted_key(PASSPHRASE))
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
def test_a_migration_killed_before_its_commit_leaves_the_old_store(tmp_path: Path) -> None:
    path = tmp_path / "store.cec"
    before = [full_interview(f"K{i}") for i in range(12)]
    make_0005_store(path, before)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.trust.migration_child", str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(f"{PASSPHRASE}\n")
        proc.stdin.close()
        proc.stdin = None
        line = proc.stdout.readline()
        assert line == "migrated\n", proc.stderr.read() if proc.stderr else line
        wal = Path(f"{path}-wal")
        # the kill lands with the upgrade's pages already written beside the store
        assert wal.exists() and wal.stat().st_size > 100_000
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == -signal.SIGKILL and "committed" not in out
    assert _revision(path) == "0005"  # the old store, as it was
    store = Store.open(path, PASSPHRASE)  # migrates again, this time to the end
    try:
        cases = store.list_cases()
        assert len(cases) == len(before)
        for interview in before:
            contact = store.load(interview.id)
            assert contact == as_migrated(interview, contact.case_id)
            hits = store.search_all(interview.youth.name)
            assert {h.case_id for h in hits if h.part == "youth"} == {contact.case_id}
    finally:
        store.lock()
