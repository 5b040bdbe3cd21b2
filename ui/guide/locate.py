"""Which content item the CSW is on, for F1: read from the focused widget and the
interview view's location, without the panels having to report it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

ROLE_ID = Qt.ItemDataRole.UserRole + 1  # the id role of mark lists and the determinations tree


def current_item(view) -> tuple[str, str]:  # noqa: ANN001 - ui.interview.InterviewView
    """(content id or "", panel id) for the place the keyboard is in the interview.

    In order: a widget (or its parent) with a ``content_id`` property; the current
    row of a list or tree that holds content ids (red flags, indicators,
    determinations); the row the panel says holds it (``Panel.item_at``); the question page.
    """
    location = view.current_panel()
    panel_id, _, page = location.partition("/")
    focus = QApplication.focusWidget()
    widget: QWidget | None = focus if focus is not None and view.isAncestorOf(focus) else None
    while widget is not None and widget is not view:
        value = widget.property("content_id")
        if isinstance(value, str) and value:
            return value, panel_id
        if isinstance(widget, QAbstractItemView):
            index = widget.currentIndex()
            data = index.data(ROLE_ID) if index.isValid() else None
            if isinstance(data, str) and data:
                return data, panel_id
        widget = widget.parentWidget()
    panel = view.shown_panel()
    if panel is not None and focus is not None and (item := panel.item_at(focus)):
        return item, panel_id
    if page and not page.startswith("guide."):
        return page, panel_id
    # The keyboard is elsewhere in the panel (its filter, a note): the one list whose
    # current row is an item (the flag shown in Details) is what the CSW is on.
    if panel is not None:
        current = {
            data
            for v in panel.findChildren(QAbstractItemView)
            if v.isVisible() and v.currentIndex().isValid()
            and isinstance(data := v.currentIndex().data(ROLE_ID), str) and data
        }  # fmt: skip
        if len(current) == 1:
            return current.pop(), panel_id
    return "", panel_id
