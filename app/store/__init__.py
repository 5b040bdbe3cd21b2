"""The encrypted store (SQLCipher 4 + SQLAlchemy 2 + Alembic). See docs/store.md."""

from __future__ import annotations

from app.store.changes import Changed
from app.store.errors import (
    DamagedStore,
    InvalidValue,
    NewerStore,
    NotFound,
    StoreError,
    StoreExists,
    StoreFull,
    StoreLocked,
    StoreNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from app.store.operations import Store
from app.store.passphrase import MIN_LENGTH, check_new_passphrase
from app.store.store import StoreBase, default_store_path
from app.store.types import AuditEntry, CaseSummary, Echo, InterviewSummary, SearchHit

__all__ = [
    "MIN_LENGTH",
    "AuditEntry",
    "CaseSummary",
    "Changed",
    "DamagedStore",
    "Echo",
    "InterviewSummary",
    "InvalidValue",
    "NewerStore",
    "NotFound",
    "SearchHit",
    "Store",
    "StoreBase",
    "StoreError",
    "StoreExists",
    "StoreFull",
    "StoreLocked",
    "StoreNotFound",
    "WeakPassphrase",
    "WrongPassphrase",
    "check_new_passphrase",
    "default_store_path",
]
