"""Child process for bench_window.py: a bare window, or the real window listing a store.

``python -m tests.benchmarks.window_probe bare`` shows a bare QMainWindow and prints
one JSON line once the event loop has shown it: the wall time (``time.time()``) and
the process's peak RSS.

``python -m tests.benchmarks.window_probe open STORE SETTINGS_INI ID`` unlocks the same
way, then opens interview ID and prints the milliseconds of that first open.

``python -m tests.benchmarks.window_probe save STORE SETTINGS_INI ID [cold]`` unlocks,
opens interview ID, waits a second as a CSW reading the question does, types one
letter into the field that has the keyboard, and prints the milliseconds from that
keystroke to the save committed (issue 17: the first save after the first open).
``cold`` leaves out the warm-up the window starts once an interview is shown
(``ui.interviews.WARM_UP``), so the two can be compared.

``python -m tests.benchmarks.window_probe list STORE SETTINGS_INI`` reads the
passphrase from stdin (never the command line), starts the real window on STORE,
types it into the unlock page, waits for the interview list, and prints the rows
listed, the milliseconds from Unlock to the list shown, and the peak RSS.

Runs offscreen. Only counts and times are printed, never interview content.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def peak_rss_bytes() -> int:
    """This process's peak resident set size.

    On Linux getrusage's ru_maxrss survives exec: a child started from the (large)
    benchmark process reports the parent's peak. VmHWM belongs to the new address
    space only, so it is read first; elsewhere ru_maxrss (bytes on macOS).
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024  # kB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.show()

    def report() -> None:
        print(json.dumps({"shown_at": time.time(), "peak_rss": peak_rss_bytes()}), flush=True)
        app.quit()

    QTimer.singleShot(0, report)  # the same moment ui/application.py's probe reports
    return app.exec()


def listed(store: Path, ini: Path) -> int:
    passphrase = sys.stdin.readline().rstrip("\n")
    from PySide6.QtCore import QSettings

    from ui.application import create_application
    from ui.main_window import MainWindow, Mode
    from ui.settings import Settings

    app = create_application(sys.argv[:1])
    window = MainWindow(store, Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.show()
    app.processEvents()
    if window.mode != Mode.UNLOCK:
        raise SystemExit(f"expected the unlock page, got {window.mode.value}")
    window.unlock_page.passphrase.setText(passphrase)
    start = time.perf_counter()
    window.unlock_page.unlock.click()  # unlocks, lists and shows the list page
    app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    if window.mode != Mode.LIST:
        raise SystemExit(f"expected the list page, got {window.mode.value}")
    page = window.list_page
    rows = page.proxy.rowCount()
    for _ in range(5):  # let timers and deferred layout (column sizing, retention check) run
        app.processEvents()
        time.sleep(0.02)
    _wait_page_check(app, window)  # the peak includes the page check (issue 17)
    # Issue 17: unlocking and listing do not load SQLAlchemy (app/store/later.py).
    orm = "sqlalchemy" in sys.modules
    print(
        json.dumps(
            {"rows": rows, "unlock_to_list_ms": elapsed, "peak_rss": peak_rss_bytes(), "orm": orm}
        ),
        flush=True,
    )
    window.lock("quit")
    return 0


def _unlocked_window(store: Path, ini: Path) -> tuple[Any, Any]:
    passphrase = sys.stdin.readline().rstrip("\n")
    from PySide6.QtCore import QSettings

    from ui.application import create_application
    from ui.main_window import MainWindow, Mode
    from ui.settings import Settings

    app = create_application(sys.argv[:1])
    window = MainWindow(store, Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    window.show()
    app.processEvents()
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.unlock.click()
    app.processEvents()
    if window.mode != Mode.LIST:
        raise SystemExit(f"expected the list page, got {window.mode.value}")
    return app, window


def _wait_page_check(app: Any, window: Any) -> None:
    """The page check runs in a worker after the list is shown (ui/integrity.py): let
    it finish, so the figure includes it (its thread, its connection)."""
    from ui.integrity import PageCheck

    deadline = time.monotonic() + 30
    for _ in range(3):  # it starts once the event loop turns
        app.processEvents()
    check = window.findChild(PageCheck)
    while check is not None and check.running and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def _open_first(app: Any, window: Any, interview_id: str) -> dict[str, Any]:
    """Open the first interview of this process: the milliseconds from open_interview
    to the view shown (imports of ui.interview, the panels and the rules included:
    nothing has imported them yet in this process)."""
    already = "ui.interview.view" in sys.modules
    start, cpu = time.perf_counter(), time.thread_time()
    window.open_interview(interview_id)
    app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    cpu_ms = (time.thread_time() - cpu) * 1000
    from ui.main_window import Mode

    if window.mode != Mode.INTERVIEW:
        raise SystemExit(f"expected the interview, got {window.mode.value}")
    # The write warm-up starts on a timer after this (ui/interviews.py): not measured.
    from ui.interviews import WARM_UP

    return {
        "first_open_ms": elapsed,
        "first_open_cpu_ms": cpu_ms,
        "imported_before": already,
        "warm_up_started_in_open": WARM_UP.started,
    }


def first_open(store: Path, ini: Path, interview_id: str) -> int:
    """The real window unlocked to its list, then the first interview opened."""
    app, window = _unlocked_window(store, ini)
    _wait_page_check(app, window)
    print(json.dumps(_open_first(app, window, interview_id)), flush=True)
    window.lock("quit")
    return 0


def first_save(store: Path, ini: Path, interview_id: str, cold: bool) -> int:
    """Unlock, list, open the interview, read for a second, type one letter: the
    milliseconds from the keystroke to the save committed (``Changed`` from the store).

    The autosave waits 300 ms after the last key before it saves (ui/interview/
    autosave.py); the probe sets that wait to 0 for this view, so the figure is the
    keystroke's handling and the save itself. ``cold``: no warm-up (as before issue 17's
    ``Store.prepare_writes``)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

    from app.store import later
    from ui import interviews

    if cold:
        interviews.WARM_UP = _NoWarmUp()
    app, window = _unlocked_window(store, ini)
    _wait_page_check(app, window)
    opened = _open_first(app, window, interview_id)
    _idle(app, 1.0)  # the CSW reads the question; the warm-up (if any) runs meanwhile
    target = QApplication.focusWidget()
    if not isinstance(target, QLineEdit | QPlainTextEdit | QTextEdit):
        raise SystemExit(f"the keyboard is on a {type(target).__name__}, not a text field")
    before = {"orm_loaded": "sqlalchemy.orm" in sys.modules, "warmed": later.orm_loaded()}
    committed: list[float] = []
    window.store.on_change(lambda _changed: committed.append(time.perf_counter()))
    window.view.autosave.delay_ms = 0  # the save at once: its own wait left out
    start, cpu = time.perf_counter(), time.thread_time()
    QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    deadline = time.monotonic() + 30
    while not committed and time.monotonic() < deadline:
        app.processEvents()
    cpu_ms = (time.thread_time() - cpu) * 1000
    if not committed:
        raise SystemExit("the keystroke was not saved")
    print(
        json.dumps(
            {
                **opened,
                **before,
                "cold": cold,
                "first_save_ms": (committed[0] - start) * 1000,
                "first_save_cpu_ms": cpu_ms,
            }
        ),
        flush=True,
    )
    window.lock("quit")
    return 0


class _NoWarmUp:
    """``ui.interviews.WriteWarmUp`` that never starts (the probe's ``cold``)."""

    started = False

    def start(self, _prepare: Any) -> bool:
        return False


def _idle(app: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def main(argv: list[str]) -> int:
    if argv[:1] == ["bare"]:
        return bare()
    if argv[:1] == ["list"] and len(argv) == 3:
        return listed(Path(argv[1]), Path(argv[2]))
    if argv[:1] == ["open"] and len(argv) == 4:
        return first_open(Path(argv[1]), Path(argv[2]), argv[3])
    if argv[:1] == ["save"] and len(argv) in (4, 5) and argv[4:] in ([], ["cold"]):
        return first_save(Path(argv[1]), Path(argv[2]), argv[3], cold=argv[4:] == ["cold"])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
