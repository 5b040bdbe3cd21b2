"""Issue 17: the whole-file page check as a Store method of its own (``check_pages``),
so the window can run it off the path to the first screen; the CLI's ``Store.open``
still checks up front."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.model import Answer, Response
from app.store import DamagedStore, Store, StoreLocked
from tests.helpers import PASSPHRASE
from tests.helpers.stores import folder_bytes, full_record

PAGE = 4096


def _flip_far_page(path: Path) -> int:
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    assert pages >= 20
    page = pages * 2 // 3
    data[page * PAGE + 900] ^= 0x08
    path.write_bytes(bytes(data))
    return page + 1  # SQLite counts pages from 1


@pytest.fixture
def filled(store: Store) -> Path:
    for i in range(30):
        store.create_interview(full_record(f"C{i}"))
    store.lock()
    return store.path


def test_open_without_the_check_then_check_pages_names_the_damaged_page(filled: Path) -> None:
    page = _flip_far_page(filled)
    before = folder_bytes(filled.parent)
    with pytest.raises(DamagedStore):
        Store.open(filled, PASSPHRASE)  # the default (the CLI): checked up front, as before
    assert folder_bytes(filled.parent) == before

    store = Store.open(filled, PASSPHRASE, check_pages=False)
    try:
        problems = store.check_pages()
    finally:
        store.lock()
    assert problems and any(f"page {page}" in p for p in problems), problems


def test_check_pages_on_its_own_thread_while_the_store_saves(filled: Path) -> None:
    store = Store.open(filled, PASSPHRASE, check_pages=False)
    ids = [s.id for s in store.list_interviews()]
    results: list[list[str]] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            for _ in range(3):
                results.append(store.check_pages())
        except BaseException as exc:  # noqa: BLE001 - reported by the assert below
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    for n, iid in enumerate(ids * 2):  # saves go on meanwhile, on the store's own connection
        store.set_answer(iid, "youth.open_ended.q02", Answer(Response.YES, f"said {n}", ""))
    worker.join(60)
    try:
        assert not worker.is_alive() and errors == []
        assert results == [[], [], []]
        assert store.load(ids[0]).answers["youth.open_ended.q02"].own_words.startswith("said")
    finally:
        store.lock()
    reopened = Store.open(filled, PASSPHRASE)  # and every page is still whole
    reopened.lock()


def test_check_pages_after_lock_is_refused(filled: Path) -> None:
    store = Store.open(filled, PASSPHRASE, check_pages=False)
    store.lock()
    with pytest.raises(StoreLocked):
        store.check_pages()
