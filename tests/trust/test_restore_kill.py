"""A restore killed at random moments: the store's name holds the old or the new store."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.model import Interview, Youth
from app.store import Store, WrongPassphrase
from app.store.backup import make_backup, restore_backup
from app.store.safefiles import leftovers
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE
from tests.helpers.stores import full_record

ROOT = Path(__file__).resolve().parents[2]
CYCLES = int(os.environ.get("CEC_RESTORE_CYCLES", "20"))


def _backup_of(folder: Path, label: str, passphrase: str) -> Path:
    store = Store.create(folder / f"{label}.cec", passphrase, passphrase)
    store.create_interview(Interview(youth=Youth(name=label)))
    for i in range(40):
        store.create_interview(full_record(f"{label}{i}"))
    target = folder / f"{label}-backup.cec"
    make_backup(store, target)
    store.lock()
    return target


def _which(path: Path) -> str | None:
    for passphrase in (PASSPHRASE, OTHER_PASSPHRASE):
        try:
            store = Store.open(path, passphrase)
        except WrongPassphrase:
            continue
        try:
            assert store.verify() == []
            names = {s.youth_name for s in store.list_interviews()}
            return "A" if "Old A" in names else "B" if "New B" in names else "?"
        finally:
            store.lock()
    return None


@pytest.mark.slow
def test_killed_restore_leaves_old_or_new_never_neither(tmp_path: Path) -> None:
    backups = {
        "A": (_backup_of(tmp_path, "Old A", PASSPHRASE), PASSPHRASE),
        "B": (_backup_of(tmp_path, "New B", OTHER_PASSPHRASE), OTHER_PASSPHRASE),
    }
    new_store_path = tmp_path / "live" / "store.cec"
    new_store_path.parent.mkdir()
    restore_backup(backups["A"][0], new_store_path, backups["A"][1]).lock()
    current = "A"
    rng = random.Random(5)
    figures = {"cycles": 0, "old": 0, "new": 0, "neither": 0}
    for _ in range(CYCLES):
        other = "B" if current == "A" else "A"
        backup, passphrase = backups[other]
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.trust.restore_child", str(new_store_path), str(backup)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(passphrase + "\n")
        proc.stdin.close()
        proc.stdin = None
        assert proc.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        found = _which(new_store_path)
        if found is None or found == "?":
            figures["neither"] += 1
            break
        if found == other:
            figures["new"] += 1
            current = other
        else:
            assert "done" not in out, "an acknowledged restore was undone"
            figures["old"] += 1
        figures["cycles"] += 1
    print("restore kill test:", figures, "leftovers:", len(leftovers(new_store_path)))
    for path in leftovers(new_store_path):
        path.unlink()
    assert _which(new_store_path) == current  # removing them touches nothing that matters
    assert figures["neither"] == 0
    assert figures["old"] > 0 and figures["new"] > 0
