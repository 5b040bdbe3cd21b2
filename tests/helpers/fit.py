"""Does a window fit? (issue 16, WCAG 1.4.4/1.4.10 at 200 % text; issue 15, longer
Spanish text): ``misfits(top)`` lists every place where a person would see text cut
off, a control squeezed, two controls on top of each other or a part of the window
out of reach, on a top-level window or dialog after it was shown and laid out.

What counts (scrolling is allowed: a scroll area's contents may be larger than its
viewport, and whatever is inside them is reachable):

- a QLabel without word wrap narrower than its text (``sizeHint``), a word-wrapped
  one lower than the height its text needs at its width;
- a button, check box, radio button, tab, group box title or combo box whose text
  is wider than the room the style leaves it (the font's ``horizontalAdvance`` of
  the text plus the style's margins against the widget's width): Qt elides or
  cuts such a text;
- a widget (or a widget's layout) given less than its minimum size;
- text drawn well below the window's text size (a font that does not follow it);
- a widget outside its parent's rectangle where no scroll area reaches it;
- a scroll area whose contents are wider than it (text that scrolls sideways:
  WCAG 1.4.10; a table's columns may, and are not scroll areas of this kind);
- two sibling widgets that overlap;
- a top level larger than the screen's available area.

The pseudo-translator (``Lengthener``) stands in for a longer language: every text
~40 % longer, with accents, placeholders and mnemonics kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QRect, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFocusFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QRubberBand,
    QScrollArea,
    QScrollBar,
    QSizeGrip,
    QSplitterHandle,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from ui.focus_ring import FocusRing

_WRAP = 0x1000  # Qt.TextFlag.TextWordWrap (an int: no Qt enum walk for one flag)
SLACK = 1  # pixels of rounding a layout may lose
# Widgets drawn over others on purpose (they take no room in a layout).
_OVERLAYS = (FocusRing, QFocusFrame, QRubberBand, QSizeGrip, QMenu)


def _name(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "currentText", "accessibleName"):
        value = getattr(widget, getter, None)
        if callable(value) and value():
            text = str(value())
            break
    text = text.replace("\n", " ")
    return f"{type(widget).__name__}({widget.objectName() or ''}) {text[:50]!r}"


def _plain(text: str) -> str:
    """The text as drawn: without the mnemonic's ampersand (``&&`` is one ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _longest_line(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in _plain(text).split("\n")), default=0)


def _internal(widget: QWidget) -> bool:
    """Qt's own parts of a compound widget (a scroll area's bars, a combo's view...)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView | QAbstractSpinBox | QComboBox | QTabBar):
            return True  # their cells, editors, line edits and scroll buttons
        if parent.isWindow():
            return False
        parent = parent.parentWidget()
    return False


def _text_cut(widget: QWidget) -> str:
    """Why the widget's own text does not fit in it, or ''."""
    style = widget.style()
    width = widget.width()
    if isinstance(widget, QLabel):
        if not widget.text():
            return ""
        if widget.wordWrap():
            word = widget.minimumSizeHint().width()  # the longest word (or image)
            if word > width + SLACK:
                return f"narrower ({width}) than its longest word ({word})"
            need = widget.heightForWidth(width)
            if need > widget.height() + SLACK:
                return f"wrapped text needs height {need}, has {widget.height()}"
            return ""
        need = widget.sizeHint().width()
        return f"text needs width {need}, has {width}" if need > width + SLACK else ""
    if isinstance(widget, QCheckBox | QRadioButton):
        need = widget.sizeHint().width()
        return f"text needs width {need}, has {width}" if need > width + SLACK else ""
    if isinstance(widget, QPushButton) and widget.text():
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, widget)
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        menu = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator) if widget.menu() else 0
        need = _longest_line(widget, widget.text()) + margin + 2 * frame + icon + menu
        return f"text needs width {need}, has {width}" if need > width + SLACK else ""
    if isinstance(widget, QToolButton) and widget.text():
        if widget.toolButtonStyle() == widget.toolButtonStyle().ToolButtonIconOnly:
            return ""
        need = widget.sizeHint().width()
        return f"text needs width {need}, has {width}" if need > width + SLACK else ""
    if isinstance(widget, QGroupBox) and widget.title():
        indicator = (
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
            if widget.isCheckable()
            else 0
        )
        need = _longest_line(widget, widget.title()) + indicator + 12
        return f"title needs width {need}, has {width}" if need > width + SLACK else ""
    if isinstance(widget, QComboBox) and widget.count():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        room = field.width()
        if widget.isEditable():
            return ""  # a line edit scrolls its text
        texts = [widget.itemText(i) for i in range(widget.count())]
        metrics = widget.fontMetrics()
        icon = widget.iconSize().width() + 4 if not widget.itemIcon(0).isNull() else 0
        worst = max(texts, key=metrics.horizontalAdvance)
        need = metrics.horizontalAdvance(worst) + icon
        if need > room + SLACK:
            return f"choice {worst[:40]!r} needs width {need}, has {room}"
        return ""
    if isinstance(widget, QTabBar):
        cut = []
        space = style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, widget)
        for i in range(widget.count()):
            if not widget.isTabVisible(i):
                continue
            need = _longest_line(widget, widget.tabText(i)) + space
            if not widget.tabIcon(i).isNull():
                need += widget.iconSize().width() + 4
            if widget.tabRect(i).width() + SLACK < need:
                cut.append(
                    f"tab {widget.tabText(i)!r} needs {need}, has {widget.tabRect(i).width()}"
                )
        return "; ".join(cut)
    return ""


def _cells_cut(view: QAbstractItemView) -> list[str]:
    """Cells of a table, list or tree whose text the view elides ("Referral 0000-…")."""
    model = view.model()
    if model is None or view.textElideMode() == view.textElideMode().ElideNone:
        return []
    viewport = view.viewport().rect()
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    cut = []
    for index in _shown_indexes(view, model):
        text = model.data(index)
        rect = view.visualRect(index)
        if not isinstance(text, str) or not text or not rect.intersects(viewport):
            continue
        tip = model.data(index, 3)  # Qt.ItemDataRole.ToolTipRole
        symbol = not (text[:1].isascii() and text[:1].isalnum())  # "○ question", "ℹ guidance"
        words = text.split(" ", 1)[-1] if symbol else text
        if isinstance(tip, str) and words.strip() in tip:
            continue  # elided, with the whole text in its tooltip and shown when chosen
        icon = model.data(index, 1)  # Qt.ItemDataRole.DecorationRole
        check = model.data(index, 10) is not None  # Qt.ItemDataRole.CheckStateRole
        room = rect.width() - margin - (view.iconSize().width() + 4 if icon else 0)
        room -= view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6 if check else 0
        if view.wordWrap():
            box = metrics.boundingRect(QRect(0, 0, max(room, 1), 100000), _WRAP, text)
            if box.height() > rect.height() + SLACK:
                cut.append(f"cell {text[:40]!r} needs height {box.height()}, has {rect.height()}")
        elif "\n" not in text and metrics.horizontalAdvance(text) > room + SLACK:
            cut.append(f"cell {text[:40]!r} needs {metrics.horizontalAdvance(text)}, has {room}")
    return cut[:5]


def _count(counter, parent: QModelIndex, otherwise: int) -> int:  # noqa: ANN001
    try:
        return counter(parent)
    except TypeError:  # a list model's columnCount, a flat model's children: private
        return otherwise


def _shown_indexes(view: QAbstractItemView, model) -> Iterator:  # noqa: ANN001
    expanded = getattr(view, "isExpanded", None)

    def walk(parent: QModelIndex, depth: int) -> Iterator:
        columns = _count(model.columnCount, parent, 1)
        for row in range(min(_count(model.rowCount, parent, 0), 200)):
            for col in range(columns):
                index = model.index(row, col, parent)
                yield index
                if col == 0 and depth < 3 and expanded is not None and expanded(index):
                    yield from walk(index, depth + 1)

    return walk(QModelIndex(), 0)


_TEXT = (
    QLabel,
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
)


def _small(widget: QWidget) -> str:
    """Text drawn well below the window's text size: it would not follow 200 % text."""
    if not isinstance(widget, _TEXT):
        return ""
    size, base = widget.font().pointSizeF(), QApplication.font().pointSizeF()
    if 0 < size < 0.8 * base:
        return f"text at {size:g} pt, the window's is {base:g} pt"
    return ""


def _squeezed(widget: QWidget) -> str:
    """A widget laid out smaller than its minimum (the layout ran out of room)."""
    if isinstance(widget, QLabel | QAbstractScrollArea | QScrollBar | QSplitterHandle):
        return ""  # labels are checked by their text; a scroll area scrolls
    if isinstance(widget, QStackedWidget):
        return ""  # the pages are checked one by one
    if isinstance(widget, QProgressBar) and not widget.isTextVisible():
        return ""  # a meter without text (the passphrase's strength) may be thin
    hint = widget.minimumSizeHint()
    minimum = widget.minimumSize()
    need_w = max(minimum.width(), hint.width() if hint.isValid() else 0)
    need_h = max(minimum.height(), hint.height() if hint.isValid() else 0)
    if widget.layout() is not None and widget.layout().hasHeightForWidth():
        # Wrapped text inside: its height at this width is checked on each label.
        need_h = minimum.height()
    elif widget.hasHeightForWidth():
        need_h = max(minimum.height(), widget.heightForWidth(widget.width()))
        need_w = minimum.width()
    if widget.sizePolicy().horizontalPolicy() == widget.sizePolicy().Policy.Ignored:
        need_w = minimum.width()
    if widget.sizePolicy().verticalPolicy() == widget.sizePolicy().Policy.Ignored:
        need_h = minimum.height()
    short = []
    if need_w > widget.width() + SLACK:
        short.append(f"width {widget.width()} < {need_w}")
    if need_h > widget.height() + SLACK:
        short.append(f"height {widget.height()} < {need_h}")
    return ", ".join(short)


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def misfits(top: QWidget) -> list[str]:
    """Every way ``top`` (a shown, laid-out window or dialog) does not fit; [] if it does."""
    QApplication.processEvents()
    problems: list[str] = []
    screen = (top.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = top.geometry()  # the window's own area: frames depend on the window manager
    if frame.width() > screen.width() or frame.height() > screen.height():
        problems.append(f"{_name(top)}: {frame.width()}x{frame.height()} is larger than the screen")
    widgets = [
        w
        for w in top.findChildren(QWidget)
        if w.window() is top and _shown(w, top) and not _internal(w)
    ]
    for widget in widgets:
        if isinstance(widget, _OVERLAYS):
            continue
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            inner, port = widget.widget().width(), widget.viewport().width()
            if widget.widget().isVisible() and inner > port + SLACK:
                problems.append(f"{_name(widget)}: scrolls sideways ({inner} in {port})")
        why = _text_cut(widget) or _squeezed(widget) or _small(widget)
        if isinstance(widget, QAbstractItemView):
            why = "; ".join(filter(None, [why, *_cells_cut(widget)]))
        if why:
            problems.append(f"{_name(widget)}: {why}")
        parent = widget.parentWidget()
        if parent is None or isinstance(parent, QAbstractScrollArea) or _reachable(parent):
            continue  # a scroll area's own parts, or its contents: reached by scrolling
        inside = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
        if not inside.contains(widget.geometry()):
            problems.append(
                f"{_name(widget)}: at {_rect(widget.geometry())}, outside its parent "
                f"{_name(parent)} {_rect(parent.rect())}"
            )
    problems += _overlaps(widgets)
    return problems


def _viewport_child(widget: QWidget) -> QWidget | None:
    grand = widget.parentWidget()
    if isinstance(grand, QAbstractScrollArea) and widget is grand.viewport():
        return widget
    return None


def _reachable(parent: QWidget) -> bool:
    """A parent whose children may lie beyond its edge: a scroll area's viewport."""
    return _viewport_child(parent) is not None


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def _overlaps(widgets: list[QWidget]) -> list[str]:
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        if isinstance(widget, _OVERLAYS) or widget.parentWidget() is None:
            continue
        by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    problems = []
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            for second in siblings[i + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > SLACK and shared.height() > SLACK:
                    problems.append(
                        f"{_name(first)} at {_rect(first.geometry())} overlaps "
                        f"{_name(second)} at {_rect(second.geometry())}"
                    )
    return problems


# -- a longer language -----------------------------------------------------------------
_ACCENTS = str.maketrans("aeiouncAEIOUNC", "áéíóúñçÁÉÍÓÚÑÇ")
# Kept as they are: placeholders ({n}, %1, %n), tags (<b>), entities (&amp;), mnemonics.
# "&{n}": a mnemonic on a placeholder ("Panel &{n}") keeps the placeholder whole.
_KEEP = re.compile(r"(\{[^{}]*\}|%L?\d|%n|<[^<>]*>|&[a-zA-Z]+;|&(?:\{[^{}]*\}|.))")


def lengthen(text: str) -> str:
    """``text`` as a longer language might render it: accents, ~40 % more characters."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    out = "".join(part if i % 2 else part.translate(_ACCENTS) for i, part in enumerate(parts))
    visible = len(_KEEP.sub("", text))
    pad = max(2, round(visible * 0.4))
    # Padding as words of at most six characters: a language has spaces to wrap at.
    words = []
    while pad > 1:
        size = min(6, pad - 1)
        words.append("~" * size)
        pad -= size + 1
    lines = out.split("\n")
    lines[0] = " ".join([lines[0], *words])
    return "\n".join(lines)


class Lengthener(QTranslator):
    """A translator that returns every English text lengthened (``lengthen``)."""

    def translate(  # noqa: D102
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return lengthen(source)

    def isEmpty(self) -> bool:  # noqa: N802, D102
        return False


@contextmanager
def translated(translator: QTranslator | None) -> Iterator[None]:
    """``translator`` installed for the ``with`` block (None: English)."""
    app = QApplication.instance()
    if translator is not None:
        app.installTranslator(translator)
    try:
        yield
    finally:
        if translator is not None:
            app.removeTranslator(translator)
