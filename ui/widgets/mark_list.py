"""A tickable list of content items with a detail pane for the current one.

Used for red flags (with sources), at-risk indicators, labor-trafficking
factors, needs and services. Space ticks, arrows move, Tab goes to the detail.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_BASE = Qt.ItemDataRole.UserRole + 2  # the item's own text, without its source
ROLE_SOURCE = Qt.ItemDataRole.UserRole + 3  # where a ticked item was learned (issue 14)


class MarkList(QWidget):
    toggled = Signal(str, bool)
    note_edited = Signal(str, str)
    current_changed = Signal(str)

    def __init__(
        self,
        name: str,
        entries: list[tuple[str, str]],
        parent: QWidget | None = None,
        note_label: str = "",
        extra: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self._settled = False  # see set_source
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        for item_id, text in entries:
            item = QListWidgetItem(text, self.list)
            item.setData(ROLE_ID, item_id)
            item.setData(ROLE_BASE, text)
            item.setData(ROLE_SOURCE, "")
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        layout.addWidget(self.list, 3)

        self.detail = QGroupBox(self.tr("Details"), self)
        detail = QVBoxLayout(self.detail)
        self.heading = QLabel(self.detail)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAccessibleName(self.tr("Selected item"))
        detail.addWidget(self.heading)
        if extra is not None:
            detail.addWidget(extra)
        note_title = note_label or self.tr("Note")
        label = QLabel(note_title, self.detail)
        self.note = QPlainTextEdit(self.detail)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(note_title)
        # Two lists on one panel each have a Note: a screen reader tells them apart.
        self.note.setAccessibleDescription(
            self.tr("About the item chosen in {list}").format(list=name)
        )
        label.setBuddy(self.note)
        detail.addWidget(label)
        detail.addWidget(self.note, 1)
        layout.addWidget(self.detail, 2)

        if extra is not None:
            # Tab in reading order (issue 16): the list, what sits under the chosen item
            # (red flags' "learned from", a service's date), then the note; the extra
            # widgets were made before this list, so Tab would pass them by.
            # A field made of parts (a date field) counts once, as the field itself.
            inside = [
                w
                for w in extra.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not (w.parentWidget() and w.parentWidget().focusProxy() is w)
            ]
            chain = [self.list, *inside, self.note]
            for before, after in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(before, after)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._current)
        self.note.textChanged.connect(self._note)
        if self.list.count():
            self.list.setCurrentRow(0)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(n) for n in range(self.list.count())]

    def item_for(self, item_id: str) -> QListWidgetItem | None:
        return next((i for i in self.items() if i.data(ROLE_ID) == item_id), None)

    @staticmethod
    def item_id(item: QListWidgetItem) -> str:
        return item.data(ROLE_ID)

    def current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(ROLE_ID) if item is not None else ""

    def set_checked(self, item_id: str, checked: bool) -> None:
        item = self.item_for(item_id)
        if item is not None:
            self._loading = True
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._loading = False

    def is_checked(self, item_id: str) -> bool:
        item = self.item_for(item_id)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def select(self, item_id: str) -> None:
        item = self.item_for(item_id)
        if item is not None:
            self.list.setCurrentItem(item)

    def set_note(self, text: str) -> None:
        self._loading = True
        self.note.setPlainText(text)
        self._loading = False

    def set_source(self, item_id: str, source: str, elsewhere: bool = False) -> None:
        """Where a ticked item was learned ("caregiver, 11/14", "this contact"; "" for an
        unticked one): in its tooltip and the detail heading, and under its text for a
        finding learned in another contact (``elsewhere``).

        Issue 13: a tick never moves the list under the mouse. So a line under an item
        is added only before the list is first shown to the person (findings loaded
        from other contacts); afterwards an item keeps its height: a line already
        there changes its words ("no longer ticked"), none is added.
        """
        item = self.item_for(item_id)
        if item is None:
            return
        base = item.data(ROLE_BASE)
        has_line = item.text() != base
        line = ""
        if has_line or (elsewhere and source and not self._settled):
            line = (
                self.tr("    ↳ from {source}").format(source=source)
                if source
                else self.tr("    ↳ no longer ticked")
            )
        text = f"{base}\n{line}" if line else base
        tip = self.tr("Learned in: {source}").format(source=source) if source else ""
        if item.data(ROLE_SOURCE) == source and item.text() == text:
            return
        self._loading = True
        item.setData(ROLE_SOURCE, source)
        item.setText(text)
        item.setToolTip(tip)
        self._loading = False
        if item is self.list.currentItem():
            self._show_heading(item)

    def settle(self) -> None:
        """From now on items keep their height (see ``set_source``)."""
        self._settled = True

    def source(self, item_id: str) -> str:
        item = self.item_for(item_id)
        return item.data(ROLE_SOURCE) if item is not None else ""

    def filter(self, keep: Callable[[str], bool]) -> None:
        for item in self.items():
            item.setHidden(not keep(item.data(ROLE_ID)))

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        # Ticking an item makes it the current one, so the detail pane (sources, note)
        # belongs to what was just ticked, not to the row selected before (issue 13).
        if item is not self.list.currentItem():
            auto = self.list.hasAutoScroll()
            self.list.setAutoScroll(False)  # the rows stay where the mouse left them
            self.list.setCurrentItem(item)
            self.list.setAutoScroll(auto)
        self.toggled.emit(item.data(ROLE_ID), item.checkState() == Qt.CheckState.Checked)

    def _show_heading(self, item: QListWidgetItem) -> None:
        source = item.data(ROLE_SOURCE)
        base = item.data(ROLE_BASE)
        self.heading.setText(
            self.tr("{text}\nLearned in: {source}").format(text=base, source=source)
            if source
            else base
        )

    def _current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        self._show_heading(item)
        self.current_changed.emit(item.data(ROLE_ID))

    def _note(self) -> None:
        if not self._loading and self.current_id():
            self.note_edited.emit(self.current_id(), self.note.toPlainText())
