"""The side navigator: every panel with its progress, and each question page
with its state (answered, skipped, not yet), so skipping stays visible."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ui.panels.base import PanelContext
from ui.panels.declared import Declared, PageInfo

ROLE_LOCATION = Qt.ItemDataRole.UserRole + 1
MARKS = {"answered": "✓", "skipped": "–", "pending": "○", "info": "ℹ"}


class Navigator(QTreeWidget):
    # "panel_id" or "panel_id/page_key"; the flag is True when the CSW activated the
    # entry (Enter, double click) and False while they merely move through the list,
    # so arrow keys keep working in the navigator.
    location_chosen = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setAccessibleName(self.tr("Interview sections"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._updating = False
        self._shape: list[tuple[str, list[str]]] = []
        # A location clicked: chosen once the click is over (see mousePressEvent).
        self._clicking = False
        self._clicked = ""
        self.itemActivated.connect(self._activated)
        self.currentItemChanged.connect(self._current_changed)

    def _status_words(self) -> dict[str, str]:
        return {
            "answered": self.tr("answered"),
            "skipped": self.tr("skipped"),
            "pending": self.tr("not yet asked"),
            "info": self.tr("guidance"),
        }

    def update_panels(self, panels: list[type[Declared]], ctx: PanelContext, current: str) -> None:
        """Refresh texts; rebuild only when the set of panels or pages changed."""
        self._updating = True
        try:
            infos = [(p, p.pages_for(ctx)) for p in panels]
            shape = [(p.panel_id, [i.key for i in pages]) for p, pages in infos]
            if shape != self._shape:
                self.clear()
                for panel, pages in infos:
                    top = QTreeWidgetItem(self)
                    top.setData(0, ROLE_LOCATION, panel.panel_id)
                    for info in pages:
                        child = QTreeWidgetItem(top)
                        child.setData(0, ROLE_LOCATION, f"{panel.panel_id}/{info.key}")
                self._shape = shape
            words = self._status_words()
            for n, (panel, pages) in enumerate(infos):
                top = self.topLevelItem(n)
                done, total = panel.progress_for(ctx)
                title = panel.display_title()
                if total:
                    top.setText(0, f"{title}  {done}/{total}")
                else:
                    top.setText(0, f"{title}  ({done})" if done else title)
                top.setToolTip(0, top.text(0))
                for m, info in enumerate(pages):
                    self._set_page(top.child(m), info, words)
            self.select_location(current)
        finally:
            self._updating = False

    @staticmethod
    def _set_page(item: QTreeWidgetItem, info: PageInfo, words: dict[str, str]) -> None:
        item.setText(0, f"{MARKS.get(info.status, '')} {info.title}")
        item.setToolTip(0, f"{info.title} ({words.get(info.status, '')})")
        item.setData(
            0, Qt.ItemDataRole.AccessibleTextRole, f"{info.title}, {words.get(info.status, '')}"
        )

    def select_location(self, location: str) -> None:
        panel_id, _, page = location.partition("/")
        for n in range(self.topLevelItemCount()):
            top = self.topLevelItem(n)
            # Only the current panel's pages are unfolded, so every panel stays in view.
            top.setExpanded(top.data(0, ROLE_LOCATION) == panel_id)
        for n in range(self.topLevelItemCount()):
            top = self.topLevelItem(n)
            if top.data(0, ROLE_LOCATION) != panel_id:
                continue
            target = top
            for m in range(top.childCount()):
                if top.child(m).data(0, ROLE_LOCATION) == location:
                    target = top.child(m)
            was = self._updating
            self._updating = True
            self.setCurrentItem(target)
            self._updating = was
            return

    def _activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        self.location_chosen.emit(item.data(0, ROLE_LOCATION), True)

    def _current_changed(self, item: QTreeWidgetItem | None, previous: object) -> None:
        if item is not None and not self._updating:
            if self._clicking:
                self._clicked = item.data(0, ROLE_LOCATION)
            else:
                self.location_chosen.emit(item.data(0, ROLE_LOCATION), False)

    # Opening a panel folds the other panels' pages, so the rows move. Done inside the
    # mouse press, Qt's own handling of that press then ran on a changed tree and the
    # navigator lost its current row (nothing highlighted, Enter did nothing): the
    # location clicked is opened once the press and release are over (issue 14).
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        self._clicking = True
        try:
            super().mousePressEvent(event)
        finally:
            self._clicking = False

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        super().mouseReleaseEvent(event)
        location, self._clicked = self._clicked, ""
        if location:
            self.location_chosen.emit(location, False)
