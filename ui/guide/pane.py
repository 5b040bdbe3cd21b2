"""The Guide pane: the guide's definitions, tactics, examples, reference tools and
statutes, searchable as you type (entries from ``app.content.guide``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.content.bank import ContentBank
from app.content.guide import GuideEntry, guide_entries, search

ROLE_ENTRY = Qt.ItemDataRole.UserRole + 7


def _tr(text: str) -> str:
    return QCoreApplication.translate("Guide", text)


class GuidePane(QWidget):
    closed = Signal()  # Esc: hand the keyboard back

    def __init__(self, bank: ContentBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Guide"))
        self.entries = guide_entries(bank)
        self._by_id = {e.id: e for e in self.entries}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the guide (just type)"))
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        # What F1 was pressed on, so the CSW sees why this entry opened.
        self.context = QLabel(self)
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.PlainText)
        self.context.setAccessibleName(self.tr("Opened for"))
        self.context.hide()
        layout.addWidget(self.context)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Entries found"))
        layout.addWidget(self.count)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Guide entries"))
        self.text = QTextBrowser(splitter)
        self.text.setAccessibleName(self.tr("Guide entry"))
        self.text.setOpenLinks(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([220, 420])
        layout.addWidget(splitter, 1)
        note = QLabel(
            self.tr("The text is the county's policy guide; the headings were written for "
                    "this tool."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)

        self._items: dict[str, QTreeWidgetItem] = {}
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            group = groups.get(entry.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [_tr(entry.group)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[entry.group] = group
            item = QTreeWidgetItem(group, [entry.title])
            item.setData(0, ROLE_ENTRY, entry.id)
            item.setToolTip(0, entry.title)
            self._items[entry.id] = item
        self._groups = groups
        self.tree.expandAll()

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._first_match)
        self.tree.currentItemChanged.connect(lambda item, _prev: self._show(item))
        for widget in (self.search, self.tree, self.text):
            widget.installEventFilter(self)
        self._filter("")

    # Public API.
    def open_at(self, entry_id: str) -> bool:
        """Show one entry (clearing the search); False when there is no such entry."""
        self.search.clear()
        item = self._items.get(entry_id)
        if item is None:
            self.tree.setCurrentItem(self._items[self.entries[0].id] if self.entries else None)
            return False
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item, QTreeWidget.ScrollHint.PositionAtTop)
        return True

    def set_context(self, item_words: str, found: bool) -> None:
        """Say which item F1 was pressed on, and whether the guide defines it."""
        if not item_words:
            self.context.hide()
            return
        short = item_words if len(item_words) <= 90 else item_words[:87].rstrip() + "…"
        self.context.setText(
            (self.tr("For “{item}”:") if found
             else self.tr("The guide has no definition for “{item}”; search below."))
            .format(item=short)
        )  # fmt: skip
        self.context.show()

    def current_entry(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, ROLE_ENTRY) or "") if item is not None else ""

    def shown_entries(self) -> list[str]:
        return [eid for eid, item in self._items.items() if not item.isHidden()]

    # Inner workings.
    def _filter(self, text: str) -> None:
        found = {e.id for e in search(self.entries, text)}
        for eid, item in self._items.items():
            item.setHidden(eid not in found)
        for group in self._groups.values():
            group.setHidden(all(group.child(n).isHidden() for n in range(group.childCount())))
        self.count.setText(
            self.tr("{n} of {total} entries").format(n=len(found), total=len(self.entries))
            if text.strip()
            else self.tr("{total} entries").format(total=len(self.entries))
        )
        current = self.current_entry()
        if text.strip() and (not current or current not in found):
            self._first_match(focus=False)
        elif not found:
            self.text.setPlainText(self.tr("Nothing in the guide matches “{text}”.").format(
                text=text.strip()))  # fmt: skip

    def _first_match(self, focus: bool = True) -> None:
        shown = self.shown_entries()
        if not shown:
            self.tree.setCurrentItem(None)
            self.text.setPlainText(
                self.tr("Nothing in the guide matches “{text}”.").format(
                    text=self.search.text().strip()
                )
            )
            return
        self.tree.setCurrentItem(self._items[shown[0]])
        if focus:
            self.tree.setFocus()

    def _show(self, item: QTreeWidgetItem | None) -> None:
        entry = self._by_id.get(str(item.data(0, ROLE_ENTRY) or "")) if item is not None else None
        if entry is None:
            return
        self.text.setHtml(_entry_html(entry))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
            # Type to search: letters typed in the list or the text go to the search field.
            if (
                watched is not self.search
                and event.text().isprintable()
                and event.text()
                and (not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier)
                and event.text() != " "
            ):
                self.search.setFocus()
                self.search.insert(event.text())
                return True
        return super().eventFilter(watched, event)


def _entry_html(entry: GuideEntry) -> str:
    parts = [f"<h3>{html.escape(entry.title)}</h3>"]
    parts += [f"<p>{html.escape(p)}</p>" for p in entry.paragraphs]
    return "".join(parts)
