"""The tattoo body map: front and back outlines with numbered marks.

Click on the body places a mark, drag moves one, Delete removes the selected
one. Coordinates are the outline's normalised 0..1 box (``app.body_outline``),
so the PDF draws marks where the CSW put them. Keyboard users select a mark
with Tab/arrow keys and move it with Shift+arrows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.body_outline import BodyOutline, load_outline

MARK_RADIUS = 11.0


@dataclass
class Mark:
    key: str  # the tattoo id
    number: int
    side: str  # "front" / "back"
    x: float
    y: float


class BodyMap(QWidget):
    placed = Signal(str, float, float)  # side, x, y: a click on the body
    moved = Signal(str, str, float, float)  # key, side, x, y: after a drag or arrow keys
    selected = Signal(str)  # key ("" when none)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, outline: BodyOutline | None = None) -> None:
        super().__init__(parent)
        self.outline = outline or load_outline()
        self.marks: list[Mark] = []
        self.current = ""
        self._drag: Mark | None = None
        self._drag_moved = False
        # True while a mark placed with Enter is being added: the keyboard then stays on
        # the map, so Shift+arrows move that mark (a click moves on to its details).
        self.placing_by_key = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Body map, front and back"))
        self.setAccessibleDescription(
            self.tr(
                "Click on the body, or press Enter, to place a numbered tattoo mark; drag a "
                "mark or press Shift+arrow keys to move it; arrow keys choose a mark; "
                "Delete removes the selected mark."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(420, 460)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 300)

    # Geometry: two boxes side by side, each aspect*h wide, with a label strip below.
    def _boxes(self) -> dict[str, QRectF]:
        label_h = self.fontMetrics().height() + 6
        h = max(50.0, self.height() - label_h - 12)
        w = h * self.outline.aspect
        gap = 24.0
        total = 2 * w + gap
        if total > self.width() - 12:
            w = (self.width() - 12 - gap) / 2
            h = w / self.outline.aspect
        x0 = (self.width() - (2 * w + gap)) / 2
        return {
            "front": QRectF(x0, 6, w, h),
            "back": QRectF(x0 + w + gap, 6, w, h),
        }

    def figure_rect(self, side: str) -> QRectF:
        """Where the ``side`` ("front" or "back") figure is drawn now, in this widget's
        coordinates (to find a spot on it, as a person looks at the map)."""
        return self._boxes()[side]

    def _to_widget(self, side: str, x: float, y: float) -> QPointF:
        box = self._boxes()[side]
        return QPointF(box.left() + x * box.width(), box.top() + y * box.height())

    def _from_widget(self, pos: QPointF) -> tuple[str, float, float] | None:
        for side, box in self._boxes().items():
            if box.contains(pos):
                return (
                    side,
                    (pos.x() - box.left()) / box.width(),
                    (pos.y() - box.top()) / box.height(),
                )
        return None

    def _mark_at(self, pos: QPointF) -> Mark | None:
        for mark in reversed(self.marks):
            centre = self._to_widget(mark.side, mark.x, mark.y)
            if (centre - pos).manhattanLength() <= MARK_RADIUS * 1.5:
                return mark
        return None

    def set_marks(self, marks: list[Mark], current: str = "") -> None:
        self.marks = marks
        self.current = current
        self.update()

    def set_current(self, key: str) -> None:
        self.current = key
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fill = pal.base().color()
        line = pal.text().color()
        for side, box in self._boxes().items():
            painter.setPen(QPen(line, 1.5))
            painter.setBrush(fill)
            for poly in self.outline.polylines(side):
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(box.left() + x * box.width(), box.top() + y * box.height())
                            for x, y in poly
                        ]
                    )
                )
            label = self.tr("Front") if side == "front" else self.tr("Back")
            painter.setPen(pal.windowText().color())
            painter.drawText(
                QRectF(box.left(), box.bottom() + 4, box.width(), self.fontMetrics().height() + 4),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        accent = pal.highlight().color()
        for mark in self.marks:
            centre = self._to_widget(mark.side, mark.x, mark.y)
            is_current = mark.key == self.current
            painter.setPen(QPen(pal.highlightedText().color() if is_current else line, 2))
            painter.setBrush(accent if is_current else QColor(200, 40, 40))
            painter.drawEllipse(centre, MARK_RADIUS, MARK_RADIUS)
            # The number on the selection colour in its text colour (a high-contrast
            # palette's yellow takes black), white on the red of the others.
            painter.setPen(pal.highlightedText().color() if is_current else QColor("white"))
            painter.drawText(
                QRectF(
                    centre.x() - MARK_RADIUS,
                    centre.y() - MARK_RADIUS,
                    2 * MARK_RADIUS,
                    2 * MARK_RADIUS,
                ),
                Qt.AlignmentFlag.AlignCenter,
                str(mark.number),
            )
        if self.hasFocus():
            painter.setPen(QPen(accent, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        mark = self._mark_at(pos)
        if mark is not None:
            self._drag, self._drag_moved = mark, False
            self.current = mark.key
            self.selected.emit(mark.key)
            self.update()
            return
        hit = self._from_widget(pos)
        if hit is not None and self.outline.region_at(*hit):
            self.placed.emit(*hit)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        hit = self._from_widget(event.position())
        if hit is None or hit[0] != self._drag.side:
            return
        self._drag.x, self._drag.y = hit[1], hit[2]
        self._drag_moved = True
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        mark, self._drag = self._drag, None
        if mark is not None and self._drag_moved:
            self.moved.emit(mark.key, mark.side, mark.x, mark.y)

    def keyboard_spot(self) -> tuple[str, float, float] | None:
        """Where Enter places a new mark: the middle of the front view's chest, or the
        first point on the body going down the front's middle line."""
        for y in (0.3, 0.35, 0.25, 0.4, 0.45, 0.5, 0.2, 0.6, 0.1):
            if self.outline.region_at("front", 0.5, y):
                return ("front", 0.5, y)
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mark = next((m for m in self.marks if m.key == self.current), None)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            spot = self.keyboard_spot()  # a new mark, then Shift+arrows move it (issue 16)
            if spot is not None:
                self.placing_by_key = True
                try:
                    self.placed.emit(*spot)
                finally:
                    self.placing_by_key = False
                return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and mark is not None:
            self.remove_requested.emit(mark.key)
            return
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if (
            key in steps
            and mark is not None
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            dx, dy = steps[key]
            mark.x = min(1.0, max(0.0, mark.x + dx * 0.01))
            mark.y = min(1.0, max(0.0, mark.y + dy * 0.01))
            self.moved.emit(mark.key, mark.side, mark.x, mark.y)
            self.update()
            return
        if (
            key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
            and self.marks
        ):
            # Plain arrows walk through the marks in number order.
            ordered = sorted(self.marks, key=lambda m: m.number)
            idx = next((n for n, m in enumerate(ordered) if m.key == self.current), -1)
            forward = key in (Qt.Key.Key_Right, Qt.Key.Key_Down)
            idx = (idx + (1 if forward else -1)) % len(ordered)
            self.current = ordered[idx].key
            self.selected.emit(self.current)
            self.update()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: ANN001
        super().focusOutEvent(event)
        self.update()
