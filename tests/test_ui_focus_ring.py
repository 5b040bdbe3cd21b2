"""Focus can always be seen (issue 16; WCAG 2.1 2.4.7, 1.4.11): every kind of widget
the window uses shows a ring around it when it has the keyboard focus, and the ring's
pixels have at least 3:1 contrast against what was there before (the neighbouring
background), in the light, a dark and a high-contrast palette.

Each widget is grabbed focused and unfocused; along each of its four sides, just
outside its edge, the pixels that changed are the ring.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QTreeWidgetItem,
    QWidget,
)

from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.screens import dark_palette
from tests.helpers.window import open_window
from ui import focus_ring
from ui.interview.navigator import Navigator
from ui.widgets.body_map import BodyMap

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen's own warning

MIN = 3.0
OUT = 4  # how far outside the widget's edge a ring is looked for


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _model(rows: int = 3) -> QStandardItemModel:
    model = QStandardItemModel(rows, 2)
    for r in range(rows):
        for c in range(2):
            model.setItem(r, c, QStandardItem(f"cell {r} {c}"))
    return model


def _widgets(parent: QWidget) -> dict[str, QWidget]:
    table = QTableView(parent)
    table.setModel(_model())
    listing = QListView(parent)
    listing.setModel(_model())
    tree = QTreeView(parent)
    tree.setModel(_model())
    tabs = QTabBar(parent)
    tabs.addTab("First")
    tabs.addTab("Second")
    tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    combo = QComboBox(parent)
    combo.addItems(["one", "two"])
    date = QDateEdit(QDate(2026, 3, 1), parent)
    navigator = Navigator(parent)
    for text in ("Contact", "Youth interview"):
        QTreeWidgetItem(navigator, [text])
    return {
        "line edit": QLineEdit("Dana", parent),
        "text edit": QTextEdit("notes", parent),
        "plain text edit": QPlainTextEdit("notes", parent),
        "button": QPushButton("Next", parent),
        "radio button": QRadioButton("Yes", parent),
        "check box": QCheckBox("Learned from the youth", parent),
        "combo box": combo,
        "date edit": date,
        "table": table,
        "list view": listing,
        "tree view": tree,
        "tab bar": tabs,
        "navigator": navigator,
        "body map": BodyMap(parent),
    }


def high_contrast_palette() -> QPalette:
    """White on black with a yellow highlight, as the desktops' high-contrast themes."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#000000"),
        (QPalette.ColorRole.AlternateBase, "#1a1a1a"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#000000"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#ffff00"),
        (QPalette.ColorRole.HighlightedText, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark", "high contrast"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    elif request.param == "high contrast":
        qapp.setPalette(high_contrast_palette())
    yield request.param
    qapp.setPalette(before)


def _grab(window: QWidget) -> QImage:
    QApplication.processEvents()
    return window.grab().toImage()


def _side_failures(widget: QWidget, window: QWidget, focused: QImage, plain: QImage) -> list[str]:
    """The sides of ``widget`` along which no ring can be seen: pixels just outside its
    edge that, focused, have 3:1 against the same pixels unfocused (what surrounds the
    widget there) and against the window's background."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    background = window.palette().color(QPalette.ColorRole.Window)
    failures = []
    sides = {
        "top": [(x, rect.top(), 0, -1) for x in range(rect.left(), rect.right() + 1)],
        "bottom": [(x, rect.bottom(), 0, 1) for x in range(rect.left(), rect.right() + 1)],
        "left": [(rect.left(), y, -1, 0) for y in range(rect.top(), rect.bottom() + 1)],
        "right": [(rect.right(), y, 1, 0) for y in range(rect.top(), rect.bottom() + 1)],
    }
    for side, points in sides.items():
        inner = points[len(points) // 10 : len(points) - len(points) // 10]  # not the corners
        seen = 0
        for x, y, dx, dy in inner:
            for step in range(1, OUT + 1):
                px, py = x + dx * step, y + dy * step
                now, before = QColor(focused.pixel(px, py)), QColor(plain.pixel(px, py))
                if _contrast(now, before) >= MIN and _contrast(now, background) >= MIN:
                    seen += 1
                    break
        if seen < 0.9 * len(inner):
            failures.append(f"{side}: {seen}/{len(inner)}")
    return failures


def test_every_kind_of_widget_shows_a_ring_of_3_to_1_when_focused(qtbot, palette: str) -> None:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    grid = QGridLayout(window)
    grid.setContentsMargins(24, 24, 24, 24)
    grid.setSpacing(16)
    widgets = _widgets(window)
    for n, widget in enumerate(widgets.values()):
        widget.setMaximumHeight(120)
        grid.addWidget(widget, n // 3, n % 3)
    elsewhere = QPushButton("elsewhere", window)  # where the focus waits while unfocused
    grid.addWidget(elsewhere, 9, 2)
    window.resize(1000, 760)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    focus_ring.install()
    problems = {}
    for name, widget in widgets.items():
        elsewhere.setFocus()
        plain = _grab(window)
        widget.setFocus()
        assert QApplication.focusWidget() is widget, name
        focused = _grab(window)
        failures = _side_failures(widget, window, focused, plain)
        if failures:
            problems[name] = failures
    assert not problems, f"{palette}: no visible ring around {problems}"


def test_the_ring_follows_tab_through_the_real_window(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    palette: str,
) -> None:
    """On the real window: the unlock page, then the case list, Tab by Tab."""
    window = open_window(qtbot, store_path, ini_settings)
    window.finish_setup()
    person.type_keys(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.unlocked)
    checked = 0
    for _ in range(8):
        widget = person.focused()
        if widget.window() is window and widget.isVisible():
            # The same widget with the focus parked on the window itself.
            focused = _grab(window)
            window.setFocus()
            plain = _grab(window)
            widget.setFocus()
            clipped = widget.visibleRegion().boundingRect() != widget.rect()
            if not clipped:
                failures = _side_failures(widget, window, focused, plain)
                where = widget.mapTo(window, widget.rect().topLeft())
                assert not failures, (
                    f"{palette}: {type(widget).__name__} {widget.objectName()} at "
                    f"{where.x()},{where.y()} {widget.size().toTuple()} {failures}"
                )
                checked += 1
        person.press(qtbot, Qt.Key.Key_Tab)
    assert checked >= 3
    window.close()
