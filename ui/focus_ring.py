"""A focus ring that can always be seen (issue 16; WCAG 2.1 2.4.7 and 1.4.11).

The styles draw focus faintly or not at all (Fusion tints a line edit's frame; a
table, the navigator or the body map show almost nothing). One ``FocusRing`` per
top-level window, a child of it that takes no mouse and no keys, is laid around
whichever widget has the keyboard focus: a 2-pixel ring, one pixel outside the
widget's edge, in a colour with at least 3:1 contrast against the window's and the
fields' backgrounds of the palette in use (light, dark or high contrast).

``install()`` once per application (the main window's ``finish_setup`` calls it,
after the first page is up: see ui/pages/common.py on Qt's enums; a second call
only places the ring). The ring follows the focus
(``QApplication.focusChanged``) and the focused widget's moves (its own and its
parents': a scrolled page moves its contents; an application event filter), and
hides for popups and for a widget that cannot be seen. It paints only the ring (and
has it as its mask), so it never covers the widget or catches a click.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from ui import app_filters
from ui.colours import contrast, luminance  # one copy of WCAG's formulas (ui/colours.py)

WIDTH = 2  # the ring's thickness, in pixels
GAP = 1  # between the widget's edge and the ring
MIN_CONTRAST = 3.0  # WCAG 1.4.11 (non-text contrast)
_WATCHED = {
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
}


def ring_colour(palette: QPalette) -> QColor:
    """The palette's highlight, darkened (light backgrounds) or lightened (dark ones)
    until it has ``MIN_CONTRAST`` against the window, base and button colours."""
    grounds = [
        palette.color(QPalette.ColorGroup.Active, role)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button)
    ]
    colour = QColor(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight))
    dark_ground = sum(luminance(g) for g in grounds) / len(grounds) < 0.2
    for _step in range(40):
        if min(contrast(colour, g) for g in grounds) >= MIN_CONTRAST + 0.2:
            return colour
        colour = colour.lighter(112) if dark_ground else colour.darker(115)
        if dark_ground and colour.lightness() >= 250:
            break
    # Nothing in the highlight's hue is far enough: the palette's text colour is.
    return QColor(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText))


class FocusRing(QWidget):
    """The ring in one top-level window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._hole = QRect()
        self.hide()

    def surround(self, target: QWidget) -> bool:
        """Lie around ``target`` (inside this window); False (and hidden) if it cannot
        be seen."""
        window = self.parentWidget()
        if window is None or not target.isVisible() or target.window() is not window:
            self.hide()
            return False
        seen = target.visibleRegion().boundingRect()
        if seen.isEmpty() or isinstance(target, QAbstractScrollArea):
            # Covered by its own children (a scroll area is mostly its viewport; one
            # without a frame, all of it): the part its parents do not clip away.
            seen = _unclipped(target)
        if seen.isEmpty():
            self.hide()
            return False
        inner = QRect(target.mapTo(window, seen.topLeft()), seen.size())
        pad = GAP + WIDTH
        outer = inner.adjusted(-pad, -pad, pad, pad).intersected(window.rect())
        hole = inner.adjusted(-GAP, -GAP, GAP, GAP).translated(-outer.topLeft())
        if self.isVisible() and self.geometry() == outer and self._hole == hole:
            return True  # already there (the focused widget was only repainted)
        self._hole = hole
        self.setGeometry(outer)
        self.setMask(QRegion(0, 0, outer.width(), outer.height()).subtracted(QRegion(hole)))
        self.raise_()
        self.show()
        self.update()
        return True

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setClipRegion(self.mask())
        painter.fillRect(self.rect(), ring_colour(self.palette()))
        painter.end()


def _unclipped(target: QWidget) -> QRect:
    """``target``'s rectangle, in its own coordinates, clipped by each parent's."""
    rect = target.rect()
    offset = QPoint(0, 0)
    widget = target
    while not widget.isWindow() and widget.parentWidget() is not None:
        offset += widget.pos()
        widget = widget.parentWidget()
        rect = rect.intersected(widget.rect().translated(-offset))
    return rect


class _Follower(QObject):
    """Moves each window's ring to the focused widget (an application-wide singleton).

    It keeps no reference to any widget but its own rings: a focus change, or a move,
    resize, show or hide of the focused widget or one of its parents (an application
    event filter), only starts a zero timer, and the ring is placed when it fires, when
    whatever was being destroyed is gone."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRingFollower")
        self._rings: list[FocusRing] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.place)
        app.focusChanged.connect(self._focus_changed)
        app_filters.install(app, self)  # off while widgets are built (ui/app_filters.py)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.follow_focus()

    def follow_focus(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind in _WATCHED or kind == QEvent.Type.Paint:
            focus = QApplication.focusWidget()
            if (
                focus is not None
                and not self._timer.isActive()
                and obj.isWidgetType()
                and (obj is focus or (kind != QEvent.Type.Paint and obj.isAncestorOf(focus)))
            ):
                # A layout that settles later resizes without telling the focused
                # widget's parents in order; its repaint says where it ended up.
                self._timer.start()
        return False

    def place(self) -> None:
        """The ring around the focused widget; every other window's ring hidden."""
        self._rings = [ring for ring in self._rings if shiboken6.isValid(ring)]
        focus = QApplication.focusWidget()
        shown: QWidget | None = None
        if focus is not None and not isinstance(focus, FocusRing):
            window = focus.window()
            if not (window.windowFlags() & Qt.WindowType.Popup) == Qt.WindowType.Popup:
                ring = next((r for r in self._rings if r.parentWidget() is window), None)
                if ring is None:
                    ring = FocusRing(window)
                    self._rings.append(ring)
                if ring.surround(focus):
                    shown = ring
        for ring in self._rings:
            if ring is not shown and ring.isVisible():
                ring.hide()


def install() -> None:
    """Follow the focus in every window of this application (once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    follower = app.findChild(_Follower, "focusRingFollower")
    if follower is None:
        follower = _Follower(app)
    follower.follow_focus()
