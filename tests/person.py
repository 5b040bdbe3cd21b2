"""Acting on the window as a person does: keys to whatever has focus, clicks and
wheel turns at a place on the screen.

A person does not know widget names. These helpers never take a widget to type
into; they send every key to ``QApplication.focusWidget()`` at the moment of the
key (so a Tab in the middle of a text moves on, as it does on a keyboard), and a
click or a wheel turn goes to whatever widget is on top at that screen point
(``QApplication.widgetAt``), so a banner that moved the list, or a widget that
is hidden or covered, makes the test fail the way it would fail the person.

Tests may still *find* where a thing is on the screen by name (``screen_point``
of a widget) - that is the person looking at the screen - but the key or click
itself goes where the screen sends it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

_SPECIAL = {
    "\t": Qt.Key.Key_Tab,
    "\n": Qt.Key.Key_Return,
    "\b": Qt.Key.Key_Backspace,
}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus: the keys would go nowhere"
    return widget


def show_with_keyboard(qtbot, window: QWidget) -> None:  # noqa: ANN001
    """Show ``window`` and wait until it is the active window, as a person waits for a
    dialog to have the keyboard before typing (keys sent sooner go elsewhere)."""
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_keys(qtbot, text: str, delay_ms: int = -1) -> None:  # noqa: ANN001
    """Type ``text`` key by key into whatever has focus at each key.

    ``\\t`` is Tab, ``\\n`` is Return, ``\\b`` is Backspace.
    """
    for ch in text:
        target = focused()
        if ch in _SPECIAL:
            QTest.keyClick(target, _SPECIAL[ch], Qt.KeyboardModifier.NoModifier, delay_ms)
        else:
            QTest.keyClicks(target, ch, Qt.KeyboardModifier.NoModifier, delay_ms)
    QApplication.processEvents()


def type_words(qtbot, text: str, delay_ms: int = -1) -> None:  # noqa: ANN001
    """``type_keys``, and letters beyond ASCII (ñ, é, ¿, ¡, “) as a keyboard layout
    sends them: a key event carrying the character, to whatever has the focus."""
    for ch in text:
        if ch.isascii():
            type_keys(qtbot, ch, delay_ms)
            continue
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            QTest.sendKeyEvent(
                action, focused(), Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
            )
        QApplication.processEvents()


def press(
    qtbot,  # noqa: ANN001
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    times: int = 1,
) -> None:
    """Press one key (with modifiers) ``times`` times on whatever has focus."""
    for _ in range(times):
        QTest.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def screen_point(widget: QWidget, pos: QPoint | None = None) -> QPoint:
    """Where a person would point to hit ``widget`` (its middle, or ``pos`` inside it)."""
    assert widget.isVisible(), f"{widget!r} is not visible: a person cannot point at it"
    local = pos if pos is not None else widget.rect().center()
    return widget.mapToGlobal(local)


def widget_at(point: QPoint) -> QWidget:
    target = QApplication.widgetAt(point)
    assert target is not None, f"nothing on the screen at {point.x()},{point.y()}"
    return target


def click_at(
    qtbot,  # noqa: ANN001
    point: QPoint,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    double: bool = False,
) -> QWidget:
    """Click at a screen point; returns the widget that received the click."""
    target = widget_at(point)
    local = target.mapFromGlobal(point)
    if double:
        QTest.mouseDClick(target, button, Qt.KeyboardModifier.NoModifier, local)
    else:
        QTest.mouseClick(target, button, Qt.KeyboardModifier.NoModifier, local)
    if button == Qt.MouseButton.RightButton:
        # The window system follows a right-click with a context-menu event (QTest's
        # synthetic click does not); sent up the parents until one takes it.
        widget: QWidget | None = target
        while widget is not None:
            event = QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, widget.mapFromGlobal(point), point
            )
            event.setAccepted(True)
            QApplication.sendEvent(widget, event)
            if event.isAccepted() or widget.isWindow():
                break
            widget = widget.parentWidget()
    QApplication.processEvents()
    return target


def click(qtbot, widget: QWidget, pos: QPoint | None = None) -> QWidget:  # noqa: ANN001
    """Click where ``widget`` is on the screen (whatever is on top there gets it)."""
    return click_at(qtbot, screen_point(widget, pos))


def wheel_at(point: QPoint, notches: int = -1) -> QWidget:
    """Turn the mouse wheel over a screen point (negative: towards the user, scrolls down).

    Returns the widget that took the turn. Qt passes a real (spontaneous) wheel
    event up to the parent while a widget ignores it, but not a synthetic one,
    so the walk up the parents is done here, as the window system would.
    """
    widget: QWidget | None = widget_at(point)
    while widget is not None:
        event = QWheelEvent(
            QPointF(widget.mapFromGlobal(point)),
            QPointF(point),
            QPoint(0, 0),
            QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        event.setAccepted(True)
        QApplication.sendEvent(widget, event)
        QApplication.processEvents()
        if event.isAccepted() or widget.isWindow():
            return widget
        widget = widget.parentWidget()
    raise AssertionError("the wheel turn reached no widget")
