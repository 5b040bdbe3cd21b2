"""A passphrase change killed at random moments: the store opens with the old or the new one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store import Store, WrongPassphrase
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE
from tests.helpers.stores import full_record

ROOT = Path(__file__).resolve().parents[2]
CYCLES = int(os.environ.get("CEC_REKEY_CYCLES", "30"))


def _try_open(path: Path, passphrase: str) -> Store | None:
    try:
        return Store.open(path, passphrase)
    except WrongPassphrase:
        return None


def _rekey_in_child(path: Path, old: str, new: str, delay: float) -> tuple[bool, int]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.trust.rekey_child", str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"{old}\n{new}\n")
    proc.stdin.close()
    proc.stdin = None
    assert proc.stdout.readline() == "ready\n"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    return "done" in out, proc.returncode


@pytest.mark.slow
def test_interrupted_rekey_leaves_old_or_new_never_neither(tmp_path: Path) -> None:
    path = tmp_path / "store.cec"
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    for i in range(150):  # a few MB, so the rekey takes long enough to be hit midway
        store.create_interview(full_record(f"R{i}"))
    expected = len(store.list_interviews())
    store.lock()

    rng = random.Random(11)
    current, other = PASSPHRASE, OTHER_PASSPHRASE
    figures = {"cycles": 0, "old": 0, "new": 0, "neither": 0, "killed_midway": 0}
    for _ in range(CYCLES):
        acknowledged, code = _rekey_in_child(path, current, other, rng.uniform(0, 0.5))
        if code == -signal.SIGKILL and not acknowledged:
            figures["killed_midway"] += 1
        opened = _try_open(path, current)
        if opened is None:
            opened = _try_open(path, other)
            if opened is None:
                figures["neither"] += 1
                break
            figures["new"] += 1
            current, other = other, current
        else:
            assert not acknowledged, "an acknowledged change was undone"
            figures["old"] += 1
        try:
            assert opened.verify() == []
            assert len(opened.list_interviews()) == expected
        finally:
            opened.lock()
        figures["cycles"] += 1
    print("rekey kill test:", figures)
    assert figures["neither"] == 0
    assert figures["old"] > 0 and figures["new"] > 0  # kills landed both before and after
