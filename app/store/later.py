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

``load_orm`` imports all that the first write needs and configures the mappers, so
the window can do it in a worker thread once an interview is on screen (issue 17,
``Store.prepare_writes``) instead of on the CSW's first save. These modules are
imported by one thread at a time: every first use goes through ``_IMPORTING`` (a
``Later``'s first attribute, ``load_orm``, the store's ``_orm``/``_unit``, the
registry's row classes). Two threads importing SQLAlchemy's package at once can
trip Python's import deadlock check (``_DeadlockError``, CPython gh-83065, fixed
after 3.11), which would reach the save; with the lock a save made meanwhile
waits for the worker's imports, then finds them done. No module touches a
``Later`` while it is being imported, so nothing holds a module's import lock
while it waits for ``_IMPORTING``.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

# Held while a module below is first imported (one thread at a time; re-entrant,
# since importing ``app.store.schema`` may reach a ``Later`` on the same thread).
_IMPORTING = threading.RLock()

# What the first write uses, imported in this order: SQLAlchemy's core, ORM and
# errors, the engine's pool and the SQLite dialect ``create_engine`` loads (with the
# ``ON CONFLICT`` insert), the row classes and the row mapping.
ORM_MODULES = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "sqlalchemy.exc",
    "sqlalchemy.pool",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "app.store.schema",
    "app.store.mapping",
)


class _Loaded:
    """Whether ``load_orm`` has finished in this process (set once, never cleared)."""

    done = False


def orm_loaded() -> bool:
    """True once ``load_orm`` has run to the end in this process."""
    return _Loaded.done


def load_orm() -> None:
    """Import ``ORM_MODULES`` and configure the row classes' mappers; a no-op once
    done. Safe from any thread: it touches no store, only modules (a store's
    connection and state stay behind the store's own lock). A second thread
    calling meanwhile waits until the first has finished. An import error is
    raised to the caller and the next call tries again."""
    if _Loaded.done:
        return
    with _IMPORTING:
        if _Loaded.done:
            return
        for name in ORM_MODULES:
            importlib.import_module(name)
        # What the first query would otherwise do: relationships, backrefs, the
        # mappers' column properties (sqlalchemy.orm.configure_mappers).
        importlib.import_module("sqlalchemy.orm").configure_mappers()
        _Loaded.done = True


def import_module(name: str) -> Any:
    """``importlib.import_module`` for the modules above, one thread at a time
    (see the module's docstring); a dictionary look-up once ``load_orm`` is done."""
    if _Loaded.done:
        return importlib.import_module(name)
    with _IMPORTING:
        return importlib.import_module(name)


class Later:
    """A module imported when one of its attributes is first read."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        # Only names written in the source reach here (``sa.select``); after the
        # first, import_module is a dictionary look-up in sys.modules.
        return getattr(import_module(self._name), attribute)

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
