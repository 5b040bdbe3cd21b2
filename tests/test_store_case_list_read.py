"""The case list read (issue 17: on the path to the first screen): one SELECT on the
store's own connection, no SQLAlchemy statement, and every column as the case holds
it (real SQLCipher store; expected values from what was stored, not from the code)."""

from __future__ import annotations

import dataclasses
import gc
from datetime import date

import pytest

from app.model import (
    CaseStatus,
    Contact,
    Interview,
    Interviewee,
    IntervieweeType,
    Youth,
)
from app.store import Store
from app.store.types import CaseSummary
from tests.helpers import PASSPHRASE


def _fill(store: Store) -> tuple[str, str, str]:
    """Three fictional cases: two contacts and AKAs; closed and exported; no AKAs."""
    first = Interview(
        youth=Youth(
            name="Jordan Alvarez-Testa", akas=["JJ", "Jojo ñ"], referral_number="0123-4567"
        ),
        contact=Contact(date=date(2026, 3, 2)),
    )
    store.create_interview(first)
    store.new_contact(
        first.case_id,
        Interviewee(IntervieweeType.CAREGIVER, "Pat Alvarez-Testa", "mother"),
        Contact(date=date(2026, 3, 9)),
    )
    closed = Interview(youth=Youth(name="Sam Q."), contact=Contact(date=date(2025, 12, 1)))
    store.create_interview(closed)
    store.record_case_export(closed.case_id, "file")
    store.set_case_status(closed.case_id, CaseStatus.CLOSED)
    bare = Interview(youth=Youth(name=""))
    store.create_interview(bare)
    return first.case_id, closed.case_id, bare.case_id


def test_the_case_list_is_one_driver_select_with_every_column_as_stored(store):
    first, closed, bare = _fill(store)
    path = store.path
    store.lock()
    reopened = Store.open(path, PASSPHRASE)
    statements: list[str] = []

    def seen(statement: str) -> None:
        statements.append(statement.split()[0].upper())

    # Issue 17: no SQLAlchemy at all on the way to the list; the driver's own trace
    # shows every statement SQLite runs.
    with reopened.exclusive_connection() as driver:
        driver.set_trace_callback(seen)
    try:
        cases = {c.id: c for c in reopened.list_cases()}
    finally:
        with reopened.exclusive_connection() as driver:
            driver.set_trace_callback(None)
        reopened.lock()
    # One transaction, one SELECT, on the driver; nothing written.
    assert statements == ["BEGIN", "SELECT", "COMMIT"]
    assert list(cases) == [bare, closed, first]  # most recently changed first
    one = cases[first]
    assert (one.youth_name, one.akas, one.referral_number) == (
        "Jordan Alvarez-Testa",
        ("JJ", "Jojo ñ"),
        "0123-4567",
    )
    assert (one.contacts, one.last_contact, one.status, one.exported) == (
        2,
        date(2026, 3, 9),
        CaseStatus.OPEN,
        False,
    )
    assert one.updated_at.tzinfo is not None and one.training is False
    two = cases[closed]
    assert (two.akas, two.contacts, two.last_contact, two.status, two.exported) == (
        (),
        1,
        date(2025, 12, 1),
        CaseStatus.CLOSED,
        True,
    )
    three = cases[bare]
    assert (three.youth_name, three.contacts, three.last_contact, three.next_due) == (
        "",
        1,
        None,
        None,
    )


def test_each_line_is_the_case_summary_its_fields_make(store):
    """The list makes its ``CaseSummary`` objects without the frozen ``__init__``
    (issue 17, on the way to the first screen): each must be the very object
    ``CaseSummary(...)`` makes of the same values (equal, same fields in the same
    order, frozen, hashable), whatever the AKAs hold (one plain name, several, a
    quote, a backslash, accents, none)."""
    akas_each = [
        ["Dre"],
        ["JJ", "Jojo"],
        ['Sam "Tiny" Q.'],
        ["back\\slash"],
        ["Ñico José"],
        [],
        ["[x]", ""],
    ]
    for n, akas in enumerate(akas_each):
        store.create_interview(
            Interview(
                youth=Youth(name=f"Avery Listwell {n}", akas=akas, referral_number=f"R-{n}"),
                contact=Contact(date=date(2026, 1, n + 1)),
            )
        )
    path = store.path
    store.lock()
    reopened = Store.open(path, PASSPHRASE)
    try:
        listed = reopened.list_cases()
    finally:
        reopened.lock()
    names = [f.name for f in dataclasses.fields(CaseSummary)]
    by_name = {c.youth_name: c for c in listed}
    for n, akas in enumerate(akas_each):
        got = by_name[f"Avery Listwell {n}"]
        assert list(vars(got)) == names
        made = CaseSummary(**{name: getattr(got, name) for name in names})
        assert got == made and hash(got) == hash(made)
        assert got.akas == tuple(akas)
        assert (got.referral_number, got.contacts, got.last_contact) == (
            f"R-{n}",
            1,
            date(2026, 1, n + 1),
        )
        assert type(got.akas) is tuple and type(got.training) is bool
        assert type(got.exported) is bool
        with pytest.raises(dataclasses.FrozenInstanceError):
            got.youth_name = "changed"  # type: ignore[misc]


def test_the_list_is_made_without_a_collection_in_the_middle(store):
    """Python's cycle collector is held off while the list's rows and summaries are
    made (5,000 of each on the way to the first screen, issue 17), then makes one pass
    over the young objects: not one every few hundred objects (here every 5: about
    25 passes for 30 cases before issue 17)."""
    for n in range(30):
        store.create_interview(Interview(youth=Youth(name=f"Casey Collectless {n}", akas=["C"])))
    passes: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    threshold = gc.get_threshold()
    gc.set_threshold(5, 10, 10)
    gc.callbacks.append(seen)
    try:
        cases = store.list_cases()
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*threshold)
    assert len(cases) == 30 and gc.isenabled()
    # The pass after the list, and at most one as it began (the calls before the pause).
    assert 1 <= len(passes) <= 2 and set(passes) == {0}
