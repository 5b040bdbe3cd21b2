"""Every page of the shell grabbed at 1366x768, light and dark, and checked for the
basics a person would notice: nothing clipped outside the window, every control
named for screen readers, Tab order in reading order.

Set CEC_SCREENSHOTS=/some/folder to keep the PNGs and look at them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
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

from tests import test_ui_shell_support as support
from tests.test_ui_shell_support import PASSPHRASE, open_window, type_passphrase
from ui.main_window import MainWindow, Mode

template_store = support.template_store
store_path = support.store_path
ini_settings = support.ini_settings
_hooks = support._hooks

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


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest):  # noqa: ANN201
    app = QApplication.instance()
    old = app.palette()
    if request.param == "dark":
        app.setPalette(dark_palette())
    yield request.param
    app.setPalette(old)


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


def focus_chain(start: QWidget, count: int) -> list[QWidget]:
    chain, widget = [], start
    for _ in range(count):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & widget.focusPolicy().TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
    return chain


def test_every_page_at_1366x768(
    qtbot, tmp_path: Path, store_path: Path, ini_settings, palette
) -> None:
    folder = shots_dir(tmp_path)
    first = open_window(qtbot, tmp_path / "new" / "store.cec", ini_settings)
    assert first.mode == Mode.WELCOME
    check_page(first, f"{palette}-welcome", folder)
    welcome = first.welcome
    assert focus_chain(welcome.passphrase, 4) == [
        welcome.passphrase,
        welcome.confirm,
        welcome.training,
        welcome.create,
    ]
    qtbot.keyClicks(welcome.passphrase, "abc")
    qtbot.keyClicks(welcome.confirm, "abd")
    welcome.create.click()
    check_page(first, f"{palette}-welcome-refused", folder)

    window = open_window(qtbot, store_path, ini_settings)
    check_page(window, f"{palette}-unlock", folder)
    type_passphrase(qtbot, window, "not it at all")
    check_page(window, f"{palette}-unlock-wrong", folder)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    check_page(window, f"{palette}-list", folder)
    page = window.list_page
    assert focus_chain(page.search, 5) == [
        page.search,
        page.new_button,
        page.open_button,
        page.delete_button,
        page.table,
    ]
    window.open_interview(page.current_id())
    assert window.mode == Mode.INTERVIEW
    check_page(window, f"{palette}-interview", folder, ours=False)
    window.lock()
    check_page(window, f"{palette}-locked", folder)
