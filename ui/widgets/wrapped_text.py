"""A word-wrapped plain-text label that is cheap to measure (issue 17).

``QLabel`` works out a word-wrapped label's preferred and minimum sizes by laying its
text out five times (80 average characters wide, then half, then a quarter, then on
one line, then one word a line). In a grid of fifty such labels (the
responsibilities panel's determinations) that was about a quarter of the panel's
build. ``WrappedText`` estimates the same two sizes from one measure of the text's
length and of its longest words; the height it is given on screen still comes from
``heightForWidth`` (QLabel's own, exact), so every line is shown in full at any
width and text size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

# About the width QLabel settles on for a label of a line or two (half of its
# 80-character first try): a comfortable line to read.
PREFERRED_CHARS = 40
LONGEST_WORDS = 3  # measured for the minimum width (the longest by characters)


class WrappedText(QLabel):
    """``QLabel(text)`` with word wrap and plain text, whose preferred and minimum
    sizes are worked out from the text's length in the current font (again when the
    text, font, indent or margin change)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key: tuple[object, ...] = ()
        self._hint = self._minimum = QSize()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        self._measure()
        return self._hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        self._measure()
        return self._minimum

    def _measure(self) -> None:
        metrics = self.fontMetrics()
        text = self.text()
        key = (text, metrics.lineSpacing(), metrics.averageCharWidth(), self.indent(),
               self.margin())  # fmt: skip
        if key == self._key:
            return
        margins = self.contentsMargins()
        extra_w = margins.left() + margins.right() + 2 * self.margin() + max(self.indent(), 0)
        extra_h = margins.top() + margins.bottom() + 2 * self.margin()
        line = metrics.lineSpacing()
        advances = [metrics.horizontalAdvance(part) for part in text.split("\n")]
        width = min(max(advances), metrics.averageCharWidth() * PREFERRED_CHARS)
        rows = sum(max(1, -(-advance // width)) if width else 1 for advance in advances)
        self._hint = QSize(width + extra_w, rows * line + extra_h)
        self._minimum = QSize(_longest_word(text, metrics) + extra_w, line + extra_h)
        self._key = key


def _longest_word(text: str, metrics: QFontMetrics) -> int:
    """The width of the widest of the longest words: no line can be narrower."""
    words = sorted(set(text.split()), key=len, reverse=True)[:LONGEST_WORDS]
    return max((metrics.horizontalAdvance(word) for word in words), default=0)
