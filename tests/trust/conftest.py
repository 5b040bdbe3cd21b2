"""Fixtures for the trust tests: real SQLCipher stores in temp folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model import Interview
from app.store import Store
from tests.benchmarks.factory import full_interview

PASSPHRASE = "Quiet-harbor-lantern-42"
OTHER_PASSPHRASE = "Copper-meadow-violet-17"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "store.cec"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = Store.create(store_path, PASSPHRASE, PASSPHRASE)
    yield opened
    opened.lock()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (to prove nothing changed)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def full_record(tag: str) -> Interview:
    """The store tests' interview with every field filled, as a real (non-training) record."""
    interview = full_interview(tag)
    interview.training = False
    return interview
