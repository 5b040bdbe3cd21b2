"""The audit log in the window: a read-only table of times and events, never content.

Entries come from ``store.audit_log()`` (times in UTC, shown in local time);
the detail column holds at most an interview id, an export format or a count.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.localtime import format_local
from ui.dialogs import RememberedDialog
from ui.widgets.fitting import screen_room


def _tr(text: str) -> str:
    return QCoreApplication.translate("Audit", text)


def event_label(event: str, detail: str) -> str:
    """The plain label; the window's own lock entry ("locked" + reason) gets words too."""
    if event == "locked":
        reason = {
            "manual": _tr("by hand"),
            "idle": _tr("after idle time"),
            "quit": _tr("on quit"),
            "restore": _tr("to restore a backup"),
        }
        return _tr("Window locked ({reason})").format(reason=reason.get(detail, detail))
    from app.store.audit import describe  # noqa: PLC0415 - on first use

    return QCoreApplication.translate("Audit", describe(event))


def local_time(at: datetime) -> str:
    """The store keeps UTC; a naive value from it is UTC too, never local."""
    return format_local(at, "%Y-%m-%d %H:%M:%S")  # with the zone named


class AuditDialog(RememberedDialog):
    geometry_name = "audit"
    COLUMNS = 3

    def __init__(self, entries: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What happened to the notes and when, newest first. The log is kept inside the "
                "encrypted notes and never holds what was written."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("auditTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Event"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        self.set_entries(entries)
        # Wide enough for every column's text at the text size in use (200 %: issue 16),
        # within the screen; the events column stretches into what is left.
        self.table.resizeColumnToContents(1)
        need = sum(header.sectionSize(c) for c in range(self.COLUMNS)) + 64
        room = screen_room(self)
        self.resize(min(max(760, need), room.width()), min(max(480, self.height()), room.height()))

    def set_entries(self, entries: Sequence[Any]) -> None:
        rows = sorted(entries, key=lambda e: e.seq, reverse=True)
        self.table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            when = local_time(entry.at)
            detail = "" if entry.event == "locked" else entry.detail
            for col, text in enumerate((when, event_label(entry.event, entry.detail), detail)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def rows(self) -> list[tuple[str, ...]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(self.COLUMNS))
            for r in range(self.table.rowCount())
        ]
