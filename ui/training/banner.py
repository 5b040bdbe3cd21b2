"""The training band: a strong colour that reads the same in light and dark themes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.training import TRAINING_MARK

# Deliberately not the system palette: training must look different from real work
# at a glance, whatever theme the laptop uses. Deep purple, white text (contrast ~9:1).
BAND = QColor("#5b2a86")
INK = QColor("#ffffff")


class TrainingBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.setText(
            self.tr(
                "{mark} · Practice only: the people and events are made up. "
                "Nothing here is a real record."
            ).format(mark=TRAINING_MARK)
        )
        self.setAccessibleName(self.tr("Training mode: fictional practice case"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(6)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, BAND)
        pal.setColor(QPalette.ColorRole.WindowText, INK)
        self.setPalette(pal)
