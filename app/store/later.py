"""Modules the store loads on first use: SQLAlchemy, the row classes, the row mapping.

Unlocking, listing and opening an interview run on the sqlcipher3 connection alone
(issue 17; the reads: ``app.store.reading``): SQLAlchemy, with the asyncio and ssl it
imports, and its ORM cost about 45 MB, a third of the window's memory with 5,000
interviews listed, and 0.3 s of CPU. The store's methods that write an interview
name these modules as usual (``sa.select``, ``schema.InterviewRow``,
``mapping.interview_values``); each name is a ``Later`` that imports its module
the first time one of its attributes is read. Until then the module is not in
``sys.modules`` (``tests/test_store_lazy_orm.py`` unlocks, lists and opens in a
fresh process and checks that SQLAlchemy never loaded).
"""

from __future__ import annotations

import importlib
from typing import Any


class Later:
    """A module imported when one of its attributes is first read."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        # Only names written in the source reach here (``sa.select``); after the
        # first, import_module is a dictionary look-up in sys.modules.
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


# SQLAlchemy's core and ORM (``sa.select``, ``sa.text``, ``sa.func``, ...).
sa = Later("sqlalchemy")
# SQLite's INSERT ... ON CONFLICT (``sqlite.insert``).
sqlite = Later("sqlalchemy.dialects.sqlite")
# The row classes (``app.store.schema``), and rows <-> dataclasses (``app.store.mapping``).
schema = Later("app.store.schema")
mapping = Later("app.store.mapping")
# Full-text search over the store (``app.store.search``: SQLAlchemy connections).
fulltext = Later("app.store.search")
