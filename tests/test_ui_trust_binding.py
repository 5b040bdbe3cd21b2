"""Nothing lost: the Qt binding must not wreck the interpreter during a long session.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every call of a
method returning void (``QTimer.start()``, ``stop()``, ``setInterval()`` …) and to
``True``/``False`` on ``Signal.emit()``. Before 3.12 ``None`` is not immortal, so
after a few thousand such calls the process aborts ("Fatal Python error:
none_dealloc") and everything not yet saved is gone. The window restarts its idle
timer on every key press and mouse move, so a CSW would hit it within minutes.
6.11.2 does not have the fault. This test fails while the installed binding does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal

CALLS = 200
# References handed back after measuring (a list holding None owns a reference), so
# this test itself never pushes the run toward the abort it detects.
_REPAID: list[object] = []


def _repay(value: object, lost: int) -> None:
    _REPAID.extend([value] * max(lost, 0))


class _Emitter(QObject):
    ping = Signal()


def test_void_calls_keep_none_alive(qapp) -> None:  # noqa: ANN001 (timers need the app)
    timer = QTimer()
    timer.setInterval(600_000)  # (these set-up calls leak too, before the count)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        timer.start()
    lost = before - sys.getrefcount(None)
    _repay(None, lost)
    assert lost < CALLS // 20, (
        f"QTimer.start() dropped {lost} references to None in {CALLS} calls: this "
        "PySide6 build aborts the process after a few thousand (pin PySide6 != 6.12.0 "
        "on Python 3.11)"
    )


def test_signal_emit_keeps_booleans_alive(qapp) -> None:  # noqa: ANN001
    emitter = _Emitter()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(CALLS):
        emitter.ping.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    _repay(True, before[0] - after[0])
    _repay(False, before[1] - after[1])
    lost = sum(b - a for b, a in zip(before, after, strict=True))
    assert lost < CALLS // 20, f"Signal.emit() dropped {lost} references to True/False"
