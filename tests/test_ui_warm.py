"""Issue 17, the first save: once an interview is on screen the window loads what the
first save needs (``Store.prepare_writes``) in a worker thread, once per process, so the
CSW's first keystroke does not stall on SQLAlchemy's imports.

A real SQLCipher store in tmp_path, the real window driven by keys. The warm-up's
work is stood in for (it is a no-op in this process, which loaded SQLAlchemy long
ago) by one that waits, or fails, so a lock and a quit can be made while it runs.
Fictional people only.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.store import Store
from app.store.store import StoreBase
from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.child import run_python
from tests.helpers.window import open_window, type_passphrase
from ui import interviews
from ui.main_window import MainWindow, Mode


@pytest.fixture
def warm(monkeypatch: pytest.MonkeyPatch) -> interviews.WriteWarmUp:
    """A fresh warm-up, as in a process that has not started one yet."""
    fresh = interviews.WriteWarmUp()
    monkeypatch.setattr(interviews, "WARM_UP", fresh)
    yield fresh
    if fresh.thread is not None:
        fresh.thread.join(10)


def _stand_in(monkeypatch: pytest.MonkeyPatch, work: Callable[[], None]) -> None:
    monkeypatch.setattr(StoreBase, "prepare_writes", staticmethod(work))


def _open_first_contact(qtbot, window: MainWindow) -> QLineEdit:  # noqa: ANN001
    """From the list, as a person: Return opens the case, Return its contact; the
    keyboard is then in the contact's first field, the youth's name."""
    assert window.mode == Mode.LIST
    window.list_page.table.setFocus()
    person.press(qtbot, Qt.Key.Key_Return)
    person.press(qtbot, Qt.Key.Key_Return)
    assert window.mode == Mode.INTERVIEW and window.view is not None
    field = person.focused()
    assert isinstance(field, QLineEdit), type(field).__name__
    return field


def _youth_name(path: Path, interview_id: str) -> str:
    """The youth's name (the contact panel's first field) as the store holds it."""
    reopened = Store.open(path, PASSPHRASE)
    try:
        return reopened.load(interview_id).youth.name
    finally:
        reopened.lock()


def test_the_warm_up_starts_once_after_an_interview_is_shown_never_for_the_list(
    qtbot, store_path: Path, ini_settings, warm: interviews.WriteWarmUp, monkeypatch
) -> None:
    ran: list[str] = []
    _stand_in(monkeypatch, lambda: ran.append(threading.current_thread().name))
    # Longer than a busy machine takes to paint the view, so "not yet" below is sure.
    monkeypatch.setattr(interviews, "WARM_UP_DELAY_MS", 500)
    wait_ms = 3 * interviews.WARM_UP_DELAY_MS  # long past the moment it would start
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.wait(wait_ms)
    assert not warm.started, "the list alone must not load the ORM (the memory goal)"
    _open_first_contact(qtbot, window)
    # Not inside the open (its figure is timed): after the view is on screen.
    assert not warm.started
    qtbot.waitUntil(lambda: warm.started and not warm.thread.is_alive(), timeout=5000)
    assert ran == ["cec-prepare-writes"], "it ran on the UI thread, or more than once"
    opened = window.interview_id
    # Lock and unlock: the window reopens the interview; no second warm-up.
    person.press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.INTERVIEW and window.interview_id == opened
    qtbot.wait(wait_ms)
    assert ran == ["cec-prepare-writes"]
    window.close()


def test_locking_while_the_warm_up_runs_keeps_what_was_typed_and_raises_nothing(
    qtbot, store_path: Path, ini_settings, warm: interviews.WriteWarmUp, monkeypatch
) -> None:
    began, release = threading.Event(), threading.Event()

    def slow() -> None:  # the imports, still going on when the CSW locks
        began.set()
        release.wait(10)

    _stand_in(monkeypatch, slow)
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    field = _open_first_contact(qtbot, window)
    opened = window.interview_id
    qtbot.waitUntil(began.is_set, timeout=5000)
    person.press(qtbot, Qt.Key.Key_End)
    person.type_keys(qtbot, " Warmley")
    on_screen = field.text()
    assert on_screen.endswith(" Warmley")
    assert warm.thread is not None and warm.thread.is_alive()
    person.press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED and window.store is None and window.view is None
    assert warm.thread.is_alive(), "the lock waited for the warm-up"
    release.set()
    warm.thread.join(5)
    assert not warm.thread.is_alive()
    window.close()
    assert _youth_name(store_path, opened) == on_screen


def test_a_failing_warm_up_is_never_shown_and_the_first_save_still_works(
    qtbot, store_path: Path, ini_settings, warm: interviews.WriteWarmUp, monkeypatch, capfd
) -> None:
    def failing() -> None:
        raise ImportError("Jordan Sample said something private")  # content must not leak

    _stand_in(monkeypatch, failing)
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    field = _open_first_contact(qtbot, window)
    opened = window.interview_id
    qtbot.waitUntil(lambda: warm.started and not warm.thread.is_alive(), timeout=5000)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert shown == [], "the CSW was told of the warm-up"
    person.press(qtbot, Qt.Key.Key_End)
    person.type_keys(qtbot, " Coldwell")
    on_screen = field.text()
    assert on_screen.endswith(" Coldwell")
    qtbot.waitUntil(lambda: window.view.flush(), timeout=5000)
    window.close()
    err = capfd.readouterr().err
    assert "ImportError" in err  # for IT: its kind and place
    assert "Jordan" not in err and "private" not in err
    assert _youth_name(store_path, opened) == on_screen


# Quit while the warm-up runs: the real window in a fresh process, with the real
# prepare_writes slowed down so it is still at work when the window closes.
_QUIT = r"""
import atexit, json, os, sys, threading, time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
path, ini, passphrase = Path(sys.argv[1]), sys.argv[2], sys.stdin.readline().rstrip("\n")

from app.store.store import StoreBase

real, began, ended = StoreBase.prepare_writes, threading.Event(), threading.Event()


def slow():
    began.set()
    time.sleep(3)  # still at work well after the window has closed
    real()
    ended.set()


StoreBase.prepare_writes = staticmethod(slow)
# After the warm-up's thread is joined (Python's exit waits for it): did it finish?
atexit.register(lambda: print(json.dumps({"finished": ended.is_set()}), flush=True))

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui import interviews
from ui.application import create_application
from ui.main_window import MainWindow, Mode
from ui.settings import Settings

app = create_application([sys.argv[0]])
window = MainWindow(path, Settings(QSettings(ini, QSettings.Format.IniFormat)))
window.resize(1366, 768)
window.show()


def act():
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.unlock.click()
    app.processEvents()
    opened = window.store.list_interviews()[0].id
    window.open_interview(opened)
    deadline = time.monotonic() + 20
    while not began.is_set() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    field = QApplication.focusWidget()
    QTest.keyClick(field, Qt.Key.Key_End)
    QTest.keyClicks(field, " Quitley")
    app.processEvents()
    running = interviews.WARM_UP.thread.is_alive()
    print(json.dumps({"opened": opened, "shown": field.text(), "running_at_quit": running}))
    window.quit_action.trigger()  # closes the window: saves, locks; the app quits


QTimer.singleShot(0, act)
sys.exit(app.exec())
"""


def test_quitting_while_the_warm_up_runs_saves_and_exits_cleanly(
    store_path: Path, tmp_path: Path
) -> None:
    done = run_python(_QUIT, store_path, tmp_path / "settings.ini")
    assert "Traceback" not in done.stderr and "Fatal" not in done.stderr, done.stderr[-2000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines[0]["running_at_quit"], "the warm-up had ended before the quit"
    assert lines[-1] == {"finished": True}
    assert lines[0]["shown"].endswith(" Quitley")
    assert _youth_name(store_path, lines[0]["opened"]) == lines[0]["shown"]
