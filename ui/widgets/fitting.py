"""Room for 200 % text and longer languages at 1366x768 (issue 16, WCAG 1.4.4 and
1.4.10; issue 15, Spanish is ~40 % longer): a page whose contents scroll when they
are taller than the page, a scroll area that asks for its contents' size, and a
window never larger than the screen. tests/test_ui_fit.py checks every page and
dialog with tests/helpers/fit.py.

Nothing here touches ``PySide6.QtCore.Qt`` (see ui/pages/common.py on start-up).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class ScrollToFit(QScrollArea):
    """A frameless scroll area that asks for its contents' whole size (a plain one asks
    for at most 36x24 lines), so a window is as large as its contents where the
    screen allows, and scrolls only where it does not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        # No Tab stop of its own: its contents are the stops, and QScrollArea brings the
        # focused one into view (focusNextPrevChild). A focusable area was a stop that
        # Shift+Tab took and Tab did not. Set as a property (0 = Qt.NoFocus) so the first
        # page builds no Qt enum (see the module docstring).
        self.setProperty("focusPolicy", 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Lay the contents out now, as a page without a scroll area is when shown: a
        scroll area does it on its next turn of the event loop, and a click or a key
        meanwhile would land where the fields were before (a page shown again)."""
        super().showEvent(event)
        inner = self.widget()
        if inner is not None and inner.layout() is not None:
            inner.layout().activate()
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))
            inner.layout().activate()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        hint = inner.sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + frame + bar, hint.height() + frame)


class _Readable(QObject):
    def __init__(self, widget: QWidget, pixels: int, chars: int) -> None:
        super().__init__(widget)
        self.widget, self.pixels, self.chars = widget, pixels, chars
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        widget = self.widget
        cap = max(self.pixels, widget.fontMetrics().averageCharWidth() * self.chars)
        need = widget.minimumSizeHint().width()
        cap = max(cap, need)
        if widget.maximumWidth() != cap:
            widget.setMaximumWidth(cap)
        if 0 < widget.minimumWidth() < need:  # an explicit minimum hides what it needs
            widget.setMinimumWidth(need)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if obj is self.widget and event.type() in _RECHECK:
            self.apply()
        return False


_RECHECK = (QEvent.Type.LayoutRequest, QEvent.Type.FontChange, QEvent.Type.Show)


def readable_width(widget: QWidget, pixels: int = 0, chars: int = 0) -> None:
    """Keep ``widget`` at most a readable width (``pixels``, or ``chars`` average
    characters of its font, whichever is wider) but never narrower than its contents
    need: a fixed maximum squeezes a longer title or 200 % text."""
    _Readable(widget, pixels, chars)  # a child of the widget: lives as long as it


class ScrolledContents(QWidget):
    """What a ``ScrollToFit`` page scrolls. A scroll area makes contents with wrapped
    text as tall as they would *like* to be at its width, which scrolls a page at once;
    these ask for their minimum height there instead, so the page scrolls only when its
    parts cannot fit (the scroll area still stretches them to its height)."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


def scrolling_column(page: QWidget, max_width: int = 0) -> QVBoxLayout:
    """Lay ``page`` out as a column that scrolls when taller than the page; returns the
    column's layout (widgets added to it are moved into the scrolled contents).

    ``max_width``: the column's widest, when its parts have a maximum width. The scroll
    area measures wrapped text at the column's width, so a part narrower than the
    column would be measured too short and squeezed."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = ScrollToFit(page)
    inside = ScrolledContents(scroll)
    if max_width:
        readable_width(inside, max_width)
    column = QVBoxLayout(inside)
    scroll.setWidget(inside)
    outer.addWidget(scroll)
    return column


def screen_room(widget: QWidget, margin: int = 24) -> QSize:
    """The screen's available area less ``margin`` for a window's frame and title."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1366, 768)
    return screen.availableGeometry().size() - QSize(margin, 2 * margin)


def fit_to_screen(window: QWidget, margin: int = 24) -> None:
    """Size ``window`` (not shown yet) to its contents, but never beyond the screen's
    available area (less ``margin`` for the window's frame). Unlike ``adjustSize``,
    which stops a window with wrapped text at two thirds of the screen."""
    window.ensurePolished()
    hint = window.sizeHint().expandedTo(window.minimumSizeHint())
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():  # wrapped text: its real height
        hint.setHeight(max(hint.height(), layout.totalHeightForWidth(hint.width())))
    window.resize(hint.boundedTo(screen_room(window, margin)))
