"""Auto-lock: an app-wide event filter restarts one timer on any key or mouse input.

After the idle time passes with no input, ``timed_out`` fires and the window
locks. Modelled on KeePassXC's InactivityTimer: one QTimer, restarted cheaply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from ui import app_filters

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class InactivityTimer(QObject):
    timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._fire)
        self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def activate(self) -> None:
        """Start watching (when the store is unlocked)."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app_filters.install(app, self)  # off while widgets are built (ui/app_filters.py)
            self._installed = True
        self._timer.start()

    def deactivate(self) -> None:
        """Stop watching (when locked: nothing left to protect)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app_filters.remove(app, self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Restarting a running QTimer is cheap; this runs for every event, so keep it lean.
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    def _fire(self) -> None:
        self.timed_out.emit()
