"""Stores as today's code made them before issue 14 (schema 0005: one row per interview).

``make_0005_store(path, interviews, exports)`` builds a real SQLCipher store at
revision 0005 with the given interviews written in the 0005 layout (youth and
special in the interviews row, every finding keyed by ``interview_id``), and a
``summary_exported`` audit entry per ``exports`` item; opening it with
``Store.open`` runs migration 0006. Also used by the migration benchmark.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app import model
from app.store import migrate
from app.store.engine import KeyHolder, create_empty_file, make_engine
from tests.helpers import PASSPHRASE

KEYED_TABLES = {
    "red_flags": "red_flags",
    "at_risk_indicators": "at_risk_indicators",
    "labor_risk_factors": "labor_risk_factors",
    "responsibilities": "steps",
    "needs": "needs",
    "services": "services",
    "answers": "answers",
}
LISTED_TABLES = (
    "tattoos", "online_accounts", "associates", "other_victims", "collateral_contacts",
    "allegations",
)  # fmt: skip


def _sql(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps([_sql(v) for v in value])
    return value


def _flat(obj: Any, prefix: str = "") -> dict[str, Any]:
    return {
        f"{prefix}{f.name}": _sql(getattr(obj, f.name))
        for f in dataclasses.fields(obj)
        if f.name not in ("contact_id", "english_rendering")  # added by 0006 and 0008
    }


def rows_0005(iv: model.Interview) -> dict[str, list[dict[str, Any]]]:
    """Rows per table of one interview in the 0005 layout."""
    youth = iv.youth
    search_key = "\n".join(
        p.casefold() for p in [youth.name, *youth.akas, youth.referral_number] if p
    )
    row = {
        "id": iv.id, "content_version": iv.content_version, "created_at": _sql(iv.created_at),
        "updated_at": _sql(iv.updated_at), "status": iv.status.value, "training": iv.training,
        "scenario_id": iv.scenario_id, "narrative": iv.narrative, "last_panel": iv.last_panel,
        "search_key": search_key,
        **_flat(iv.youth, "youth_"), **_flat(iv.interviewee, "interviewee_"),
        **_flat(iv.special, "special_"),
    }  # fmt: skip
    contact = _flat(iv.contact, "contact_")
    row.update(contact)
    out: dict[str, list[dict[str, Any]]] = {"interviews": [row]}
    for field, table in KEYED_TABLES.items():
        out[table] = [
            {"interview_id": iv.id, "key": key, **_flat(value)}
            for key, value in getattr(iv, field).items()
        ]
    for table in LISTED_TABLES:
        out[table] = [
            {"interview_id": iv.id, "position": i, **_flat(item)}
            for i, item in enumerate(getattr(iv, table))
        ]
    return out


def insert_old_rows(conn: Any, interviews: list[model.Interview], drop: tuple = ()) -> None:
    """Write ``interviews`` in the pre-0006 layout on an open connection (``drop``: columns
    of the interviews row a store at an older revision did not have yet)."""
    batched: dict[str, list[dict[str, Any]]] = {}
    for iv in interviews:
        for table, rows in rows_0005(iv).items():
            batched.setdefault(table, []).extend(rows)
    for row in batched.get("interviews", []):
        for column in drop:
            row.pop(column, None)
    for table in ("interviews", *KEYED_TABLES.values(), *LISTED_TABLES):
        rows = batched.get(table, [])
        if not rows:
            continue
        columns = list(rows[0])
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join(f":{c}" for c in columns)
        conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), rows)


def make_0005_store(
    path: Path,
    interviews: list[model.Interview],
    exports: list[tuple[str, datetime]] = (),
    passphrase: str | None = None,
) -> None:
    """A real store at revision 0005 holding ``interviews`` (and export audit entries);
    keyed with ``passphrase``, or PASSPHRASE. Not a default argument: a function's
    default is one more live copy, which test_ui_leftovers counts after a lock."""
    passphrase = PASSPHRASE if passphrase is None else passphrase
    create_empty_file(path)
    engine = make_engine(path, KeyHolder(passphrase))
    try:
        with engine.connect() as conn:
            migrate.upgrade(conn, "0005")
            insert_old_rows(conn, interviews)
            for interview_id, at in exports:
                conn.execute(
                    text("INSERT INTO audit_log (at, event, detail) VALUES (:at, :e, :d)"),
                    {
                        "at": at.isoformat(),
                        "e": "summary_exported",
                        "d": f"{interview_id} pdf file",
                    },
                )
            conn.commit()
    finally:
        engine.dispose()


def as_migrated(before: model.Interview, case_id: str) -> model.Interview:
    """What migration 0006 makes of ``before``: filed under ``case_id``, every finding and
    answer learned in it (``contact_id`` = its id); nothing else changes."""
    after = copy.deepcopy(before)
    after.case_id = case_id
    for field in (*KEYED_TABLES, *LISTED_TABLES):
        value = getattr(after, field)
        for item in value.values() if isinstance(value, dict) else value:
            item.contact_id = before.id
    return after
