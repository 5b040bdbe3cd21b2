"""The "Restore from a backup…" offer on the unlock page when the notes cannot be opened.

A flipped byte on the first page makes the key look wrong (the cipher cannot tell
the two apart), anywhere else the store says it is damaged; either way the page
offers a restore right there. Nothing here reads or writes the notes file: it
is left exactly as it was until the CSW picks a backup and agrees to replace it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget


def _layout_holding(layout: QLayout, widget: QWidget) -> tuple[QBoxLayout, int] | None:
    """The box layout that holds ``widget`` (the page's column is nested), and where."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget and isinstance(layout, QBoxLayout):
            return layout, i
        child = item.layout() or (item.widget().layout() if item.widget() else None)
        if child is not None:
            found = _layout_holding(child, widget)
            if found:
                return found
    return None


def _stops_before(layout: QLayout, index: int) -> list[QWidget]:
    """The Tab stops laid out before ``index`` in ``layout`` and in the layouts that
    hold it, in layout order (so the offer is put after the last of them)."""
    stops: list[QWidget] = []

    def collect(item_layout: QLayout, upto: int) -> None:
        for i in range(min(upto, item_layout.count())):
            item = item_layout.itemAt(i)
            widget = item.widget()
            if widget is not None:
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    stops.append(widget)
                stops.extend(
                    w
                    for w in widget.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                )
            elif item.layout() is not None:
                collect(item.layout(), item.layout().count())

    outer = layout.parent()
    chain: list[tuple[QLayout, int]] = [(layout, index)]
    while isinstance(outer, QLayout):  # the layouts holding this one, innermost first
        for i in range(outer.count()):
            if outer.itemAt(i).layout() is chain[-1][0]:
                chain.append((outer, i))
                break
        outer = outer.parent()
    for holder, upto in reversed(chain):  # outermost first: what is above comes first
        collect(holder, upto)
    return stops


class RestoreOffer(QObject):
    """The offer under one unlock page's error text; hidden until an unlock fails."""

    def __init__(
        self, page: QWidget, restore: Callable[[], None], is_unlocked: Callable[[], bool]
    ) -> None:
        super().__init__(page)
        self.page = page
        self._is_unlocked = is_unlocked
        self.box = QWidget(page)
        self.box.setObjectName("restoreOffer")
        column = QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(
            self.tr(
                "If the notes file is damaged, you can put back a backup you made earlier. "
                "The file is left exactly as it is unless you choose a backup and agree to "
                "replace it."
            ),
            self.box,
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("&Restore from a backup…"), self.box)
        self.button.setObjectName("restoreFromBackup")
        self.button.setAccessibleName(self.tr("Restore from a backup"))
        column.addWidget(self.text)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.box.setVisible(False)
        error = getattr(page, "error", None)
        found = _layout_holding(page.layout(), error) if error is not None else None
        if found:
            layout, index = found
            layout.insertWidget(index + 1, self.box)
            # Tab reaches it where it is read: after the stop above it (issue 16).
            above = _stops_before(layout, index + 1)
            if above:
                QWidget.setTabOrder(above[-1], self.button)
        else:
            page.layout().addWidget(self.box)
        self.button.clicked.connect(restore)

    def after_failed_try(self, *_failure: object) -> None:
        """Connected to ``Session.unlock_failed`` after the window's own slot (which
        shows the reason on the page used): offered on that page while its error shows."""
        error = getattr(self.page, "error", None)
        failed = not self._is_unlocked() and error is not None and bool(error.text())
        self.box.setVisible(failed)

    def hide(self) -> None:
        self.box.setVisible(False)

    def show(self) -> None:
        """Offered without a failed try: the window locked because part of the file
        turned out damaged (ui/integrity.py)."""
        self.box.setVisible(True)
