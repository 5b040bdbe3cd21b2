"""A plain message strip: the rules' prompts and save problems, never blocking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None, kind: str = "info") -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.kind = kind
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
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

    def show_text(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.set_kind(kind)
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
