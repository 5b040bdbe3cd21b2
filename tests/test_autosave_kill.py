"""A killed process loses no edit older than 0.5 s.

A child process opens the interview view offscreen on a real store and types
into a question, one key at a time, reporting each key on stdout; the test
kills it with SIGKILL mid-typing, reopens the store and checks that every
character typed at least 0.5 s before the kill is there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.content import load_content
from app.model import Interview, Interviewee, Youth
from app.store import Store
from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
TEXT = "the man they call Dre picks us up after school and keeps the money " * 3

CHILD = r"""
import os, sys, time
sys.path.insert(0, sys.argv[1])
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.content import load_content
from app.store import Store
from ui.interview import InterviewView
store = Store.open(sys.argv[2], sys.stdin.readline().rstrip("\n"))
bank = load_content()
view = InterviewView(store, bank, sys.argv[3])
view.resize(1366, 768)
view.show()
item = bank.section("youth.open_ended").items[0].id
view.open_panel("youth/" + item)
edit = view.panel("youth").card.own_words
edit.setFocus()
print("ready", flush=True)
for n, ch in enumerate(sys.argv[4]):
    QTest.keyClick(edit, ch)
    print(n + 1, time.monotonic(), flush=True)
    QTest.qWait(30)
QTest.qWait(100000)
"""


@pytest.mark.parametrize("kill_after", [25, 70])
def test_killed_process_loses_no_edit_older_than_half_a_second(
    tmp_path: Path, kill_after: int
) -> None:
    bank = load_content()
    store = Store.create(tmp_path / "store.db", PASSPHRASE, PASSPHRASE)
    interview = Interview(
        content_version=bank.version, youth=Youth(name="K.L."), interviewee=Interviewee()
    )
    store.create_interview(interview)
    store.lock()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(tmp_path / "store.db"), interview.id, TEXT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
        cwd=str(tmp_path),
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    keys: list[tuple[int, float]] = []
    try:
        assert child.stdout.readline().strip() == "ready"
        while len(keys) < kill_after:
            line = child.stdout.readline()
            assert line, "the child stopped early"
            n, when = line.split()
            keys.append((int(n), float(when)))
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    reopened = Store.open(tmp_path / "store.db", PASSPHRASE)
    try:
        item = bank.section("youth.open_ended").items[0].id
        answer = reopened.load(interview.id).answers.get(item)
        stored = answer.own_words if answer else ""
        problems = reopened.verify()
    finally:
        reopened.lock()
    must_have = max((n for n, when in keys if killed_at - when >= 0.5), default=0)
    assert must_have > 0  # the test typed long enough to mean something
    assert TEXT.startswith(stored)  # nothing garbled
    assert len(stored) >= must_have, (len(stored), must_have)
    assert problems == []
