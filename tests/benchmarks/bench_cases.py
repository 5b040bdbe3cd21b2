"""Case figures (issue 14): 5,000 cases with 3 contacts each (youth, caregiver,
collateral): the case list, opening a case, and migrating a 5,000-interview store
made in the 0005 layout (before cases) to 0006.

Baselines: raw sqlcipher3 reading the same rows (the list), loading one contact
as the contact list opens it (opening a case), and unlocking the same store
already migrated (the migration: what it adds to the first unlock).
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

from sqlcipher3 import dbapi2

from app.store import Store
from tests.benchmarks import bench_search
from tests.benchmarks.factory import bank_ids, realistic_interview
from tests.benchmarks.registry import Context, Figure, benchmark, median, timed_ms
from tests.benchmarks.storefiles import PASSPHRASE
from tests.helpers.old_store import make_0005_store

HEX_KEY = PASSPHRASE.encode("utf-8").hex()


def case_store(ctx: Context) -> tuple[Path, int]:
    """5,000 cases x 3 contacts (300 with --quick, 6 with --smoke), closed: the very
    store the search figures use, built once per run (both asked for the key
    "store.cases" with builders of different shapes, so whichever ran second got the
    other's tuple)."""
    path, count, _indexing_s = bench_search.case_store(ctx)
    return path, count


def _raw_list(path: Path) -> float:
    conn = dbapi2.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA hexkey = '{HEX_KEY}'")
        conn.execute("PRAGMA cache_size = -16384")
        sql = (
            "SELECT c.id, c.youth_name, c.youth_akas, c.youth_referral_number, c.status, "
            "c.updated_at, count(i.id), max(i.contact_date) FROM cases c "
            "JOIN interviews i ON i.case_id = c.id GROUP BY c.id ORDER BY c.updated_at DESC"
        )
        conn.execute(sql).fetchall()  # warm, as the store's cache is
        start = time.perf_counter()
        conn.execute(sql).fetchall()
        return (time.perf_counter() - start) * 1000
    finally:
        conn.close()


@benchmark("cases.5000")
def five_thousand_cases(ctx: Context) -> list[Figure]:
    path, count = case_store(ctx)
    runs = ctx.pick(11, quick=3)
    work = ctx.folder / "cases-work"
    work.mkdir(exist_ok=True)
    copy = work / "store.cec"
    shutil.copyfile(path, copy)
    store = Store.open(copy, PASSPHRASE)
    try:
        listed = store.list_cases()
        assert len(listed) == count and all(s.contacts == 3 for s in listed)
        sample = listed[count // 2].id

        def open_case() -> None:
            case = store.load_case(sample)
            store.case_view(sample)
            store.load(case.contacts[0].id)

        t_list = timed_ms(store.list_cases, runs)
        t_contacts = timed_ms(store.list_interviews, runs)
        t_open = timed_ms(open_case, runs)
        first = store.load_case(sample).contacts[0].id
        t_contact = timed_ms(lambda: store.load(first), runs)
    finally:
        store.lock()
    raw = median([_raw_list(copy) for _ in range(runs)])
    return [
        Figure(
            f"list {count:,} cases (3 contacts each)",
            median(t_list), "ms", raw, "raw SELECT+GROUP BY", "<= 200 ms",
            median(t_list) <= 200,
        ),
        Figure(f"list {3 * count:,} contacts", median(t_contacts), "ms"),
        Figure(
            "open a case (case + case view + first contact)",
            median(t_open), "ms", median(t_contact), "load one contact", "<= 150 ms",
            median(t_open) <= 150,
        ),
        Figure("store size per case", path.stat().st_size / count, "bytes"),
    ]  # fmt: skip


@benchmark("cases.migration")
def migration(ctx: Context) -> list[Figure]:
    count = ctx.pick(5000, quick=500, smoke=20)
    questions, flags = bank_ids()
    rng = random.Random(6)
    folder = ctx.folder / "migration"
    folder.mkdir(exist_ok=True)
    old = folder / "old.cec"
    make_0005_store(old, [realistic_interview(rng, questions, flags) for _ in range(count)])
    start = time.perf_counter()
    store = Store.open(old, PASSPHRASE)  # migrates 0005 -> 0006
    took = time.perf_counter() - start
    assert len(store.list_cases()) == count
    store.lock()
    start = time.perf_counter()
    Store.open(old, PASSPHRASE).lock()  # the same store, already migrated
    base = time.perf_counter() - start
    return [
        Figure(
            f"migrate {count:,} interviews to cases (first unlock)",
            took, "s", base, "unlock, migrated", "<= 60 s", took <= 60,
        )
    ]  # fmt: skip
