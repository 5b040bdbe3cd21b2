"""Side-by-side columns that go one above the other when the room is too narrow.

Issue 13, finding 7: beside training's coaching pane at 1366x768 the contact form's
two columns squeezed their fields until dates and names were cut. ``reflow_columns``
watches a widget whose layout is a horizontal ``QBoxLayout`` of columns: when the
widget is narrower than the columns need side by side, they stack top to bottom;
when there is room again, they go back. Forms inside wrap a long row's field under
its label rather than squeeze it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)


class _Reflow(QObject):
    def __init__(self, widget: QWidget, layout: QBoxLayout, at_minimum: bool = False) -> None:
        super().__init__(widget)
        self.widget = widget
        self.layout = layout
        self.at_minimum = at_minimum
        self.port: QWidget | None = None  # the viewport of a scroll area it is in
        widget.installEventFilter(self)

    def needed_width(self) -> int:
        """The width the columns take side by side at their preferred sizes."""
        lay = self.layout
        items = [lay.itemAt(n) for n in range(lay.count())]
        shown = [i for i in items if not i.isEmpty()]
        m = lay.contentsMargins()
        spacing = max(0, lay.spacing()) * max(0, len(shown) - 1)
        if self.at_minimum:  # stack only when the columns cannot fit even squeezed
            return sum(i.minimumSize().width() for i in shown) + spacing + m.left() + m.right()
        return sum(i.sizeHint().width() for i in shown) + spacing + m.left() + m.right()

    def room(self) -> int:
        """The widget's width, or, in a scroll area, the width it is seen in (the
        contents of a scroll area are never narrower than their minimum)."""
        width = self.widget.width()
        parent = self.widget.parentWidget()
        while parent is not None and not parent.isWindow():
            if isinstance(parent, QAbstractScrollArea) and parent.viewport() is not self.port:
                self.port = parent.viewport()
                self.port.installEventFilter(self)
            if isinstance(parent, QAbstractScrollArea):
                return min(width, parent.viewport().width())
            parent = parent.parentWidget()
        return width

    def apply(self) -> None:
        wide = self.room() >= self.needed_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.layout.direction() != direction:
            self.layout.setDirection(direction)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        watched = obj is self.widget or (self.port is not None and obj is self.port)
        if watched and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False


def reflow_columns(widget: QWidget, at_minimum: bool = False) -> None:
    """Make ``widget``'s columns (its top ``QBoxLayout``) stack when they do not fit.

    ``at_minimum``: stack only when they do not fit at their minimum widths (200 % text,
    a longer language), and leave the forms and fields inside as they are."""
    layout = widget.layout()
    if not isinstance(layout, QBoxLayout):
        return
    if at_minimum:
        _Reflow(widget, layout, at_minimum=True).apply()
        return
    for form in widget.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    # A text field keeps room for about twenty characters: narrower, a name or a
    # number scrolls out of sight while it is typed. The columns' widths follow.
    for edit in widget.findChildren(QLineEdit):
        if isinstance(edit.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        edit.setMinimumWidth(max(edit.minimumWidth(), edit.fontMetrics().averageCharWidth() * 20))
    reflow = _Reflow(widget, layout)  # a child of the widget: it lives as long as the widget
    reflow.apply()
