"""Small helpers shared by the pages: titles, error text, the centred column.

Start-up: nothing here touches ``PySide6.QtCore.Qt`` while the unlock page is built.
Qt's namespace holds 93 enums that PySide6 turns into Python enums all at once on
first use (about 15 ms, a tenth of a bare PySide6 start); the pages that need it
import it inside the function, after the first page is on screen.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.paths import resources_dir
from ui.widgets.fitting import ScrolledContents, ScrollToFit, readable_width

COLUMN_WIDTH = 600  # a comfortable reading width for the lock and welcome pages


@cache  # one icon for the application, the window and every page (read once)
def app_icon() -> QIcon:
    icons = resources_dir() / "icons"
    icon = QIcon()
    for name in ("app.svg", "app-256.png"):
        if (icons / name).exists():
            icon.addFile(str(icons / name))
    return icon


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def alert_color(widget: QWidget) -> str:
    """A red that stays readable on both light and dark system palettes."""
    return "#ff8a80" if is_dark(widget) else "#b3261e"


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold)
    return font


def title_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    label.setFont(scaled_font(parent.font(), 1.6, bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def set_plain_text(label: QLabel) -> None:
    """Show the text as typed, never as HTML (a path or a message may hold '<')."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 - Qt enums: ui/pages/common.py

    label.setTextFormat(Qt.TextFormat.PlainText)


def body_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_plain_text(label)
    label.setAccessibleName(text)
    return label


def wording_label(text: str, parent: QWidget) -> QLabel:
    """Like ``body_label``, for the app's own fixed wording only (no content, path or
    message): Qt's automatic format, like ``title_label``, so the unlock page needs no
    ``Qt`` enum (see the module's docstring)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def add_centred(layout: QBoxLayout, widget: QWidget) -> None:
    """Centre ``widget`` across the column: stretches either side, no alignment flag."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    layout.addLayout(row)


def add_left(layout: QBoxLayout, widget: QWidget) -> None:
    """Keep ``widget`` at its own width on the left of the column."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    layout.addLayout(row)


class AlertLabel(QLabel):
    """Error/wait text in a red that follows the palette when the system theme changes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._colour = ""
        self._recolour()

    def _recolour(self) -> None:
        colour = alert_color(self)
        if colour != self._colour:  # setStyleSheet itself changes the palette: no loop
            self._colour = colour
            self.setStyleSheet(f"color: {colour}; font-weight: 600;")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)


def alert_label(parent: QWidget, name: str) -> QLabel:
    """An empty label for error/wait messages; hidden until it has text."""
    label = AlertLabel(parent)
    label.setWordWrap(True)  # plain text is set with the first message (show_alert)
    label.setObjectName("alertText")
    label.setAccessibleName(name)
    label.setVisible(False)
    return label


def show_alert(label: QLabel, text: str) -> None:
    set_plain_text(label)  # messages can quote a path or a system error
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(bool(text))


def centred_column(page: QWidget) -> QVBoxLayout:
    """Lay the page out as one centred column; returns the column's layout. The column
    scrolls when it is taller than the page (200 % text at 1366x768, issue 16)."""
    page_layout = QVBoxLayout(page)
    page_layout.setContentsMargins(0, 0, 0, 0)
    scroll = ScrollToFit(page)
    inside = ScrolledContents(scroll)
    outer = QVBoxLayout(inside)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    column_widget = QWidget(inside)
    # A comfortable reading width that grows with the text size (about 72 characters,
    # never less than COLUMN_WIDTH) and with what the column holds (a longer language).
    readable_width(column_widget, COLUMN_WIDTH, 72)
    column_widget.setMinimumWidth(min(COLUMN_WIDTH, 420))
    column = QVBoxLayout(column_widget)
    column.setSpacing(10)
    row.addWidget(column_widget, 4)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    scroll.setWidget(inside)
    page_layout.addWidget(scroll)
    return column
