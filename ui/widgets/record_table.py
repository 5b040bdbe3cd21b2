"""An editable table of records (online accounts, associates, contacts, ...).

Insert adds a row, Delete removes the current one (with the keyboard, as the
issue asks); cells edit in place. The model edits the dataclass records it is
given and reports each changed record, so the panel can call the store.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.dates import NotUnderstood, parse_date
from ui import dialogs

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    kind: str = "text"  # text, list (comma separated), bool, choice, date, source
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for "choice"; for "list",
    # content ids shown as their text (typing the text stores the id)
    width: int = 0  # 0: stretch
    convert: Callable[[str], Any] | None = None  # "choice": item data -> stored value
    # "source": read-only, shows show(value) (where a finding was learned, issue 14);
    # Tab passes over it.
    show: Callable[[Any], str] | None = None


class RecordModel(QAbstractTableModel):
    record_edited = Signal(object)

    def __init__(self, columns: list[Column], records: list[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.records = records

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt idiom
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if self.columns[index.column()].kind == "source":
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        value = getattr(self.records[index.row()], col.field)
        if col.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if col.kind == "source":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return col.show(value) if col.show is not None else str(value)
            return None
        if col.kind == "list" and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            labels = dict(col.choices)
            return ", ".join(labels.get(v, v) for v in value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col.kind == "choice":
                return dict(col.choices).get(str(value) if value is not None else "", "")
            if col.kind == "date":
                return value.isoformat() if value else ""
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        col = self.columns[index.column()]
        record = self.records[index.row()]
        if col.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or col.kind == "source":
            return False
        elif col.kind == "list" and isinstance(value, str):
            ids = {label.casefold(): v for v, label in col.choices}
            value = [
                ids.get(part.strip().casefold(), part.strip())
                for part in value.split(",")
                if part.strip()
            ]
        elif col.kind == "choice" and col.convert is not None:
            value = col.convert(value or "")
        setattr(record, col.field, value)
        self.dataChanged.emit(index, index)
        self.record_edited.emit(record)
        return True

    def append(self, record: Any) -> None:
        self.beginInsertRows(QModelIndex(), len(self.records), len(self.records))
        self.records.append(record)
        self.endInsertRows()

    def remove(self, row: int) -> Any:
        self.beginRemoveRows(QModelIndex(), row, row)
        record = self.records.pop(row)
        self.endRemoveRows()
        return record


def _read_date(text: str) -> date | None:
    """The one date parser of the window (app/dates.py); None when it is not a date."""
    try:
        return parse_date(text)
    except NotUnderstood:
        return None


class _DateValidator(QValidator):
    """Empty or a date it can read is accepted; anything else keeps the editor open
    (the delegate does not close an editor whose text is not acceptable), so what was
    typed stays on screen to be corrected instead of being dropped."""

    def validate(self, text: str, pos: int) -> object:
        ok = not text.strip() or _read_date(text) is not None
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate, text, pos)


class ChoiceEditor(QComboBox):
    """A drop-down cell that takes what is typed as a whole: "In person", "Law Enforcement".

    Qt's own type-ahead forgets after a pause and opens the list on a space, after
    which the next cell's text went into the list's search (issue 13). Here every
    printable key (space included) adds to the typed text, which chooses the first
    choice starting with it (else containing it); Backspace takes a key back; the
    list opens only on F4 or Alt+Down. Tab is left to the table: it moves on.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        text = event.text()
        if event.key() == Qt.Key.Key_Backspace and not mods:
            self.typed = self.typed[:-1]
            self._choose()
            event.accept()
            return
        if text and text.isprintable() and not mods:
            self.typed += text
            self._choose()
            event.accept()
            return
        super().keyPressEvent(event)

    def _choose(self) -> None:
        want = self.typed.strip().casefold()
        if not want:
            return
        labels = [self.itemText(n).casefold() for n in range(self.count())]
        found = next((n for n, t in enumerate(labels) if t.startswith(want)), -1)
        if found < 0:
            found = next((n for n, t in enumerate(labels) if want in t), -1)
        if found >= 0:
            self.setCurrentIndex(found)


class _Delegate(QStyledItemDelegate):
    def __init__(self, columns: list[Column], parent: QWidget) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = self.columns[index.column()]
        if col.kind == "choice":
            combo = ChoiceEditor(parent)
            combo.setAccessibleName(col.title)
            for value, label in col.choices:
                combo.addItem(label, value)
            return combo
        if col.kind == "date":  # typed as people type dates; empty stays empty (issue 13)
            edit = QLineEdit(parent)
            edit.setValidator(_DateValidator(edit))
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setToolTip(self.tr("A date such as 2026-11-20 or 11/20/2026"))
            edit.setAccessibleName(col.title)
            return edit
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(col.title)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(str(value) if value is not None else "")
            editor.setCurrentIndex(max(0, found))
        elif isinstance(editor, QLineEdit) and isinstance(editor.validator(), _DateValidator):
            editor.setText(value.isoformat() if value else "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit) and isinstance(editor.validator(), _DateValidator):
            text = editor.text().strip()
            parsed = _read_date(text)
            if parsed is not None or not text:
                model.setData(index, parsed)
        else:
            super().setModelData(editor, model, index)


def has_content(record: Any) -> bool:
    """Any field the CSW filled in (text, lists, ticks); the id does not count, nor
    the contact the store filed it under (issue 14: ``contact_id``)."""
    for f in dataclasses.fields(record):
        if f.name in ("id", "contact_id"):
            continue
        value = getattr(record, f.name)
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        if value != default and value not in ("", None, [], False):
            return True
    return False


class RecordTableView(QTableView):
    """Tab and Shift+Tab move cell to cell, row after row, with or without an editor
    open (issue 13: a Tab that left the table sent the next cell's text elsewhere);
    after the last cell Tab goes on to what follows the table, before the first
    Shift+Tab goes back to what precedes it."""

    insert_pressed = Signal()
    delete_pressed = Signal()

    def neighbour(self, index: QModelIndex, forward: bool) -> QModelIndex:
        """The next (previous) visible cell in reading order; invalid past either end."""
        model = self.model()
        rows, cols = model.rowCount(), model.columnCount()
        kinds = (
            [model.columns[c].kind for c in range(cols)] if isinstance(model, RecordModel) else []
        )
        shown = [
            c
            for c in range(cols)
            if not self.isColumnHidden(c) and not (kinds and kinds[c] == "source")
        ]
        if not rows or not shown:
            return QModelIndex()
        cells = [(r, c) for r in range(rows) for c in shown]
        if not index.isValid():
            r, c = cells[0] if forward else cells[-1]
            return model.index(r, c)
        try:
            here = cells.index((index.row(), index.column()))
        except ValueError:
            return QModelIndex()
        there = here + (1 if forward else -1)
        if not 0 <= there < len(cells):
            return QModelIndex()
        return model.index(*cells[there])

    def moveCursor(  # noqa: N802 (Qt name)
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action == QAbstractItemView.CursorAction.MoveNext:
            return self.neighbour(self.currentIndex(), True)
        if action == QAbstractItemView.CursorAction.MovePrevious:
            return self.neighbour(self.currentIndex(), False)
        return super().moveCursor(action, modifiers)

    def closeEditor(  # noqa: N802 (Qt name)
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        # Tab in an editor: the delegate commits, then asks for the next cell. Past the
        # last cell (or before the first) the keyboard leaves the table.
        leave: bool | None = None
        if hint in (
            QAbstractItemDelegate.EndEditHint.EditNextItem,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem,
        ):
            forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
            if not self.neighbour(self.currentIndex(), forward).isValid():
                leave = forward
        super().closeEditor(editor, hint)
        if leave is not None:
            QWidget.focusNextPrevChild(self, leave)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key == Qt.Key.Key_Insert:
                self.insert_pressed.emit()
                return
            if key == Qt.Key.Key_Delete:
                self.delete_pressed.emit()
                return
        mods = event.modifiers()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            target = self.neighbour(self.currentIndex(), forward)
            if target.isValid():
                self.setCurrentIndex(target)
                event.accept()
            else:
                event.ignore()  # focusNextPrevChild then leaves the table
            return
        super().keyPressEvent(event)


class RecordTable(QWidget):
    """Table + Add/Remove buttons; ``factory`` makes a new record."""

    added = Signal(object)
    removed = Signal(object)
    edited = Signal(object)

    def __init__(
        self,
        name: str,
        columns: list[Column],
        records: list[Any],
        factory: Callable[[], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.factory = factory
        self.model = RecordModel(columns, records, self)
        self.model.record_edited.connect(self.edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = RecordTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_Delegate(columns, self.view))
        self.view.setAccessibleName(name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Not on "current changed": the table must be able to take Insert/Delete
        # (and arrows) without an editor open; typing or F2 starts editing.
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(
            triggers.DoubleClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
            | triggers.SelectedClicked
        )
        # Tab and Shift+Tab move cell to cell; past the last cell Tab leaves the table.
        self.view.setTabKeyNavigation(True)
        self.view.setWordWrap(True)
        # Rows as tall as their text: a long entry wraps instead of ending in "…".
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        # Widths are shared out on each resize (fit_columns): beside training's pane a
        # Stretch column was squeezed to nothing by the fixed ones and its text vanished.
        for n, col in enumerate(columns):
            header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(n, col.width or self.MIN_STRETCH)
        # A narrowed column's title wraps onto two lines rather than losing letters.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.view.viewport().installEventFilter(self)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add (Insert)"), self)
        self.add_button.setAccessibleName(self.tr("Add a row to {name}").format(name=name))
        self.remove_button = QPushButton(self.tr("Remove (Delete)"), self)
        self.remove_button.setAccessibleName(
            self.tr("Remove the current row from {name}").format(name=name)
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.view.insert_pressed.connect(self.add_row)
        self.view.delete_pressed.connect(self.remove_row)

    MIN_STRETCH = 140  # room kept for a free-text column (never under 120)

    def eventFilter(self, obj: object, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if obj is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(obj, event)

    def fit_columns(self) -> None:
        """Fixed columns at their widths (scaled down to 60 % when room is short), the
        free-text ones sharing the rest, none under ``MIN_STRETCH``; past that the
        table scrolls sideways rather than hide a column's text."""
        columns = self.model.columns
        avail = self.view.viewport().width()
        fixed = [c.width for c in columns if c.width]
        stretch = sum(1 for c in columns if not c.width)
        total = sum(fixed)
        scale = 1.0
        if total and avail < total + stretch * self.MIN_STRETCH:
            scale = max(0.6, (avail - stretch * self.MIN_STRETCH) / total)
        metrics = self.view.horizontalHeader().fontMetrics()

        def narrowed(col: Column) -> int:
            # Never under the title's longest word (the title wraps between words).
            word = max((metrics.horizontalAdvance(w) for w in col.title.split()), default=0)
            return max(int(col.width * scale), min(col.width, word + 16))

        used = sum(narrowed(c) for c in columns if c.width)
        share = max(self.MIN_STRETCH - 20, (avail - used) // stretch) if stretch else 0
        for n, col in enumerate(columns):
            self.view.setColumnWidth(n, narrowed(col) if col.width else share)
        # Titles that no longer fit on one line wrap: the header takes two lines then.
        header = self.view.horizontalHeader()
        one_line = all(
            metrics.horizontalAdvance(col.title) + 16 <= self.view.columnWidth(n)
            for n, col in enumerate(columns)
        )
        header.setMinimumHeight(0 if one_line else metrics.lineSpacing() * 2 + 8)

    def add_row(self) -> None:
        record = self.factory()
        self.model.append(record)
        self.added.emit(record)
        index = self.model.index(len(self.model.records) - 1, 0)
        self.view.setFocus()
        self.view.setCurrentIndex(index)

    def remove_row(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        record = self.model.records[index.row()]
        # Nothing may be lost by a stray Delete: a row holding anything is confirmed
        # (Cancel is the default); an empty row just goes.
        if has_content(record) and not dialogs.confirm(
            self,
            self.tr("Remove row"),
            self.tr("Remove this row? What it holds will be gone from the interview."),
            self.tr("Remove"),
        ):
            return
        record = self.model.remove(index.row())
        self.removed.emit(record)
        if self.model.records:
            row = min(index.row(), len(self.model.records) - 1)
            self.view.setCurrentIndex(self.model.index(row, 0))
