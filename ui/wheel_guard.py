"""The wheel never writes a value: one app-wide event filter (issue 13, finding 3).

A spin box, date or time field, combo box or slider takes a wheel turn only when it has
the keyboard focus AND the person clicked into it since it got the focus. Otherwise the
turn is left unaccepted, so Qt passes it up the parents and the page under the pointer
scrolls instead. Scroll bars (sliders too) keep scrolling as always.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

from ui import app_filters

_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def guarded_field(obj: QObject) -> QWidget | None:
    """The value-holding field ``obj`` belongs to (itself, or the spin box around its
    line edit), or None when the wheel may act on ``obj`` freely."""
    widget = obj if isinstance(obj, QWidget) else None
    for _ in range(2):  # the widget, or the spin box / combo box it is part of
        if widget is None:
            return None
        if isinstance(widget, QScrollBar):
            return None
        if isinstance(widget, _GUARDED):
            return widget
        widget = widget.parentWidget()
    return None


class WheelGuard(QObject):
    """Keeps the one field the person clicked into ("armed") until the focus moves to
    another widget of the same window (a combo's list or a calendar popup keeps it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._armed: QWidget | None = None

    def armed(self) -> QWidget | None:
        return self._armed

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            field = guarded_field(obj)
            if field is not None and not (field is self._armed and field.hasFocus()):
                event.ignore()  # not taken: Qt hands the turn to the parents (the page)
                return True
        elif kind == QEvent.Type.MouseButtonPress:
            field = guarded_field(obj)
            if field is not None:
                self._armed = field
                field.destroyed.connect(self._forget)
        elif kind == QEvent.Type.FocusIn and self._armed is not None:
            armed = self._armed
            if (
                isinstance(obj, QWidget)
                and obj is not armed
                and not armed.isAncestorOf(obj)
                and obj.window() is armed.window()
            ):
                self._armed = None  # the focus moved on (Tab, a click elsewhere)
        return False

    def _forget(self, *_args: object) -> None:
        self._armed = None


def install(app: QApplication | None = None) -> WheelGuard:
    """Install the guard on the application once (idempotent); returns it."""
    app = app or QApplication.instance()
    assert isinstance(app, QApplication), "the wheel guard needs a QApplication"
    guard = app.findChild(WheelGuard, "wheelGuard")
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName("wheelGuard")
        app_filters.install(app, guard)
    return guard


def uninstall(app: QApplication | None = None) -> None:
    """Remove the guard (tests: one test's window must not change the next test's Qt)."""
    app = app or QApplication.instance()
    if not isinstance(app, QApplication):
        return
    guard = app.findChild(WheelGuard, "wheelGuard")
    if guard is not None:
        app_filters.remove(app, guard)
        guard.setParent(None)
        guard.deleteLater()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Skip the guard while widgets are built in one go, then put it back.

    Each combo box makes its popup on its first item: about 80 events, each through
    this Python filter at ~5 us; a panel of ~80 fields spent most of its build time
    here (issue 17). None of those events is a person's input: input arrives only
    from the event loop, which does not run while a panel is built synchronously.
    The same as ``ui.app_filters.paused`` (the other app-wide filters are off too).
    """
    with app_filters.paused():  # every app-wide Python filter, this one included
        yield
