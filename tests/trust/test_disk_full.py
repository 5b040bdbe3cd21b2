"""Disk full during a save: a clear message, nothing saved before is lost, saving resumes."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model import Answer, Interview, Response
from app.store import Store
from app.store.errors import StoreError, StoreFull
from tests.helpers import PASSPHRASE

WORDS = "she said the bus stop " * 150  # about 3 KB of own words per answer


def _page_limit(store: Store, pages: int | None) -> None:
    """Cap the store's file (``PRAGMA max_page_count``) on its one connection; None lifts it."""
    with store.exclusive_connection() as conn:
        if pages is None:
            conn.execute("PRAGMA max_page_count = 4294967294")
        else:
            current = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {current + pages}")


def _fill_until_full(store: Store, interview_id: str) -> tuple[int, StoreError]:
    for n in range(100_000):
        try:
            store.set_answer(interview_id, f"q{n}", Answer(Response.YES, f"{n} {WORDS}", ""))
        except StoreError as exc:
            return n, exc
    raise AssertionError("the store never filled up")


def _check_full_then_resume(store: Store, make_room: object) -> None:
    interview_id = store.create_interview(Interview())
    saved, error = _fill_until_full(store, interview_id)
    assert saved > 0
    assert isinstance(error, StoreFull)
    assert "disk is full" in str(error) and "saved before is safe" in str(error)
    # Everything acknowledged before the failure is there; the failed one is not half there.
    answers = store.load(interview_id).answers
    assert len(answers) == saved
    assert all(answers[f"q{n}"].own_words == f"{n} {WORDS}" for n in range(saved))
    assert store.verify() == []

    make_room()  # type: ignore[operator]
    store.set_answer(interview_id, f"q{saved}", Answer(Response.YES, f"{saved} {WORDS}", ""))
    store.set_answer(interview_id, f"q{saved + 1}", Answer(Response.NO, "and one more", ""))
    assert len(store.load(interview_id).answers) == saved + 2

    path = store.path
    store.lock()
    reopened = Store.open(path, PASSPHRASE)
    try:
        assert len(reopened.load(interview_id).answers) == saved + 2
        assert reopened.verify() == []
    finally:
        reopened.lock()


def test_page_limit_reached(store: Store) -> None:
    _page_limit(store, 25)
    _check_full_then_resume(store, lambda: _page_limit(store, None))


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (needs root and mount); skipped where that is not possible."""
    mount = shutil.which("mount")
    if os.geteuid() != 0 or mount is None:
        pytest.skip("a tiny filesystem needs root; the page-limit test covers the logic")
    where = tmp_path / "tiny"
    where.mkdir()
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=1M,mode=0700", "tmpfs", str(where)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_real_filesystem_fills_up(tiny_disk: Path) -> None:
    store = Store.create(tiny_disk / "store.cec", PASSPHRASE, PASSPHRASE)

    def make_room() -> None:
        subprocess.run(["mount", "-o", "remount,size=8M", str(tiny_disk)], check=True)

    _check_full_then_resume(store, make_room)


def test_lock_while_full_then_reopen_keeps_everything(store: Store, new_store_path: Path) -> None:
    interview_id = store.create_interview(Interview())
    _page_limit(store, 10)
    saved, error = _fill_until_full(store, interview_id)
    assert isinstance(error, StoreFull) and saved > 0
    store.lock()  # must not fail: its audit entry cannot be written, the lock still happens
    assert store.locked
    reopened = Store.open(new_store_path, PASSPHRASE)  # a new connection: no page limit
    try:
        assert len(reopened.load(interview_id).answers) == saved
        assert reopened.verify() == []
    finally:
        reopened.lock()
