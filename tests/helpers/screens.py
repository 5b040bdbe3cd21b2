"""Screen checks of the window's pages: a dark palette, where screenshots go, and
a page's check (every control named, nothing beyond the window's edge)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from ui.main_window import MainWindow

CONTROLS = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QProgressBar)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.AlternateBase, "#323336"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#202124"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CEC_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def check_page(window: MainWindow, name: str, folder: Path, ours: bool = True) -> None:
    window.resize(1366, 768)
    QApplication.processEvents()
    image = window.grab()
    assert image.width() == 1366 and image.height() == 768
    assert image.save(str(folder / f"{name}.png"))
    if not ours:  # the guided interview's panels are checked by their own tests
        return
    page = window.stack.currentWidget()
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in page.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(window)
        and not w.accessibleName()
        and not isinstance(w.parent(), QAbstractItemView)  # the view's own scroll parts
    ]
    assert unnamed == [], name
    # Nothing laid out beyond the window's right or bottom edge.
    for widget in page.findChildren(QWidget):
        if widget.isVisibleTo(window) and isinstance(widget, CONTROLS):
            rect = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
            assert rect.right() <= window.width() and rect.bottom() <= window.height(), (
                name,
                type(widget).__name__,
            )
