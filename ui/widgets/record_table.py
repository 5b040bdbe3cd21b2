"""An editable table of records (online accounts, associates, contacts, ...).

Insert adds a row, Delete removes the current one (with the keyboard, as the
issue asks); cells edit in place. The model edits the dataclass records it is
given and reports each changed record, so the panel can call the store.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.widgets.date_field import DateField

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    kind: str = "text"  # text, list (comma separated), bool, choice, date
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for "choice"; for "list",
    # content ids shown as their text (typing the text stores the id)
    width: int = 0  # 0: stretch
    convert: Callable[[str], Any] | None = None  # "choice": item data -> stored value


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
        elif role != Qt.ItemDataRole.EditRole:
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


class _Delegate(QStyledItemDelegate):
    def __init__(self, columns: list[Column], parent: QWidget) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = self.columns[index.column()]
        if col.kind == "choice":
            combo = QComboBox(parent)
            combo.setAccessibleName(col.title)
            for value, label in col.choices:
                combo.addItem(label, value)
            return combo
        if col.kind == "date":  # typed, empty stays empty (issue 13)
            return DateField(col.title, parent, compact=True)
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(col.title)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(str(value) if value is not None else "")
            editor.setCurrentIndex(max(0, found))
        elif isinstance(editor, DateField):
            editor.set_value(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DateField):
            editor.commit()  # text that is not a date keeps the cell as it was
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


def has_content(record: Any) -> bool:
    """Any field the CSW filled in (text, lists, ticks); the id does not count."""
    for f in dataclasses.fields(record):
        if f.name == "id":
            continue
        value = getattr(record, f.name)
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        if value != default and value not in ("", None, [], False):
            return True
    return False


class RecordTableView(QTableView):
    insert_pressed = Signal()
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Insert:
                self.insert_pressed.emit()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.delete_pressed.emit()
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
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        for n, col in enumerate(columns):
            if col.width:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(n, col.width)
            else:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
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
