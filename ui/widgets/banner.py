"""A plain message strip: the rules' prompts and save problems, never blocking.

A message that appears must not move what the user is pointing at (issue 13,
finding 5: a banner that pushed the red flags down made the next clicks tick
the wrong flags). So a banner can keep its space (``lines``: a fixed height of
that many text lines, kept while hidden), and ``BannerArea`` is a fixed strip
that holds several banners side by side. Text longer than the space is cut at a
word with "…"; the whole text is in the tooltip and the accessible name.
``FittedLabel`` is the same fixed-height label for live tallies.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QWidget,
)

from ui.announce import announce


class FittedLabel(QLabel):
    """A word-wrapped label of a fixed number of lines: it never changes height.

    The whole text stays in ``full_text()``, the tooltip and the accessible name.
    """

    def __init__(self, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(parent)
        self.lines = lines
        self._full = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # width comes from the layout
        self.setSizePolicy(policy)
        self.setFixedHeight(self.height_for_lines(lines))

    def height_for_lines(self, lines: int) -> int:
        m = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * lines + m.top() + m.bottom() + 2

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text if text else "")
        if text:
            self.setAccessibleName(text)
        self._fit()

    def full_text(self) -> str:
        return self._full

    def text(self) -> str:  # the whole message; shown_text() is what fits on screen
        return self._full

    def shown_text(self) -> str:
        return QLabel.text(self)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fits(self, text: str, width: int) -> bool:
        rect = self.fontMetrics().boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return rect.height() <= self.contentsRect().height()

    def _fit(self) -> None:
        text, width = self._full, max(20, self.contentsRect().width())
        if not text or self._fits(text, width):
            super().setText(text)
            return
        words = text.split(" ")
        lo, hi = 0, len(words)  # the longest prefix of words that fits with "…"
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._fits(" ".join(words[:mid]) + " …", width):
                lo = mid
            else:
                hi = mid - 1
        super().setText(" ".join(words[:lo]).rstrip(" ,;:—-") + " …")


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None, kind: str = "info", lines: int = 0) -> None:
        """``lines`` > 0: the banner keeps that height, shown or hidden (space kept)."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.kind = kind
        self.lines = lines
        self._message = ""
        self.slot: BannerSlot | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        if lines:
            self.label: QLabel = FittedLabel(self, lines)
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            self.setSizePolicy(policy)
            frame = self.frameWidth() * 2
            self.setFixedHeight(self.label.height() + 8 + frame)
        else:
            self.label = QLabel(self)
            self.label.setWordWrap(True)
            self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label, 1)
        self.set_kind(kind)
        self.hide()

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        pal = self.palette()
        # Tints that read in light and dark palettes: mix the system base with a hue.
        base = pal.color(QPalette.ColorRole.Base)
        hue = {"warning": (230, 150, 0), "error": (200, 40, 40)}.get(kind, (40, 110, 200))
        mixed = base.toRgb()
        mixed.setRgb(
            (base.red() * 3 + hue[0]) // 4,
            (base.green() * 3 + hue[1]) // 4,
            (base.blue() * 3 + hue[2]) // 4,
        )
        pal.setColor(QPalette.ColorRole.Window, mixed)
        self.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        # The system switched light/dark (or to high contrast): tint the new base, so the
        # new text colour reads on it (issue 16). The same tint again changes nothing.
        if event.type() == QEvent.Type.PaletteChange:
            self.set_kind(self.kind)
        super().changeEvent(event)

    def show_text(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.set_kind(kind)
        said = self._message
        self._message = text
        if isinstance(self.label, FittedLabel):
            self.label.set_full_text(text)
        else:
            self.label.setText(text)
        self.setToolTip(text)
        if self.slot is not None:
            self.slot.show_banner(bool(text))
        else:
            self.setVisible(bool(text))
        if text and text != said:  # a new message: a screen reader says it (issue 16)
            announce(self, text, alert=self.kind in ("warning", "error"))
        else:
            self.setAccessibleName(text)

    def text(self) -> str:
        """The whole message, "" when none (a kept-space banner may show it cut at a word)."""
        return self._message

    def has_message(self) -> bool:
        return bool(self._message)


class BannerSlot(QWidget):
    """A kept-space banner's place, with a quiet line in it while there is no message
    ("Prompts about the flags you tick appear here."), so the space says what it is
    for. The banner itself stays hidden (``isVisible()`` False) until it has one."""

    def __init__(self, banner: Banner, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent or banner.parentWidget())
        self.banner = banner
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self.placeholder = FittedLabel(self, max(1, banner.lines))
        self.placeholder.setContentsMargins(9, 5, 9, 5)
        self.placeholder.set_full_text(placeholder)
        self.placeholder.setEnabled(False)  # drawn in the palette's quiet colour
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(banner)
        banner.slot = self
        self.setFixedHeight(max(banner.height(), self.placeholder.height()))
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.show_banner(banner.has_message())

    def show_banner(self, shown: bool) -> None:
        self._stack.setCurrentWidget(self.banner if shown else self.placeholder)
        self.banner.setVisible(shown)
        self.placeholder.setVisible(not shown)


class BannerArea(QWidget):
    """A strip of fixed height (``lines`` text lines) holding banners side by side.

    A banner coming or going changes the widths inside the strip, never its height,
    so nothing above or below it moves.
    """

    def __init__(self, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.lines = lines
        probe = Banner(self, "info", lines)
        self.setFixedHeight(probe.height())
        probe.deleteLater()
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)

    def add(self, kind: str) -> Banner:
        banner = Banner(self, kind, self.lines)
        policy = banner.sizePolicy()
        policy.setRetainSizeWhenHidden(False)  # a hidden one gives its width to the others
        banner.setSizePolicy(policy)
        self._layout.addWidget(banner, 1)
        return banner
