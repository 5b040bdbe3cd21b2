"""kill -9 at random moments during autosave: no acknowledged answer is ever lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.model import Interview
from app.store import Store
from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CYCLES = int(os.environ.get("CEC_KILL_CYCLES", "200"))


def _spawn(path: Path, interview_id: str, prefix: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.trust.autosave_child", str(path), interview_id, prefix],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.close()
    proc.stdin = None  # communicate() must not touch it again
    return proc


def _acknowledged(stdout: str) -> list[int]:
    # Only whole lines count: a number cut off by the kill was never acknowledged.
    lines = stdout.split("\n")[:-1]
    return [int(line) for line in lines if line.isdigit()]


def run_cycles(path: Path, cycles: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    interview_id = store.create_interview(Interview())
    store.lock()
    figures = {"cycles": 0, "acknowledged": 0, "lost": 0, "killed_before_ready": 0}
    for cycle in range(cycles):
        prefix = f"c{cycle}"
        proc = _spawn(path, interview_id, prefix)
        assert proc.stdout is not None
        try:
            if rng.random() < 0.1:
                # Now and then, kill it while it is still opening the store.
                figures["killed_before_ready"] += 1
                time.sleep(rng.uniform(0.2, 1.0))
            else:
                assert proc.stdout.readline() == "ready\n", proc.stderr and proc.stderr.read()
                time.sleep(rng.uniform(0, 0.25))
        finally:
            proc.send_signal(signal.SIGKILL)  # never leave an autosaving child behind
        out, err = proc.communicate()
        assert proc.returncode == -signal.SIGKILL, err  # it was still running: a real kill
        acked = _acknowledged(out)

        reopened = Store.open(path, PASSPHRASE)  # checks every page's HMAC on open
        try:
            assert reopened.verify() == [], f"cycle {cycle}"
            answers = reopened.load(interview_id).answers
            for n in acked:
                answer = answers.get(f"{prefix}.{n}")
                if answer is None or answer.own_words != f"value-{prefix}-{n}":
                    figures["lost"] += 1
        finally:
            reopened.lock()
        figures["cycles"] += 1
        figures["acknowledged"] += len(acked)
    return figures


@pytest.mark.slow
def test_kill_during_autosave_loses_nothing(tmp_path: Path) -> None:
    started = time.monotonic()
    figures = run_cycles(tmp_path / "store.cec", CYCLES, seed=7)
    figures["seconds"] = round(time.monotonic() - started)
    print("kill test:", figures)
    assert figures["lost"] == 0
    assert figures["cycles"] == CYCLES
    assert figures["acknowledged"] > CYCLES  # the kills did land mid-autosave
