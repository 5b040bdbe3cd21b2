"""Retention at unlock: offer to delete interviews whose summary went to CWS/CMS long ago.

``app.store.retention.due_for_deletion`` finds them (exported more than the
``retention/days`` setting ago); this dialog lists them (youth, referral, when
exported, and a warning when edited after that export), the CSW ticks which to
delete, and ``delete_securely`` removes them and rebuilds the file. Nothing is
deleted without the CSW's choice; "Keep for now" asks again at the next unlock.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.localtime import format_local
from ui.dialogs import RememberedDialog


class RetentionDialog(RememberedDialog):
    """Lists the candidates with a tick each; ``delete_requested(ids)`` on "Delete"."""

    geometry_name = "retention"
    delete_requested = Signal(list)

    def __init__(self, candidates: Sequence[Any], days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Interviews already sent to CWS/CMS"))
        self.resize(760, 440)
        self._ids: list[str] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The summaries of these interviews were exported more than {days} days ago. "
                "CWS/CMS is the record; keeping the notes on this laptop only adds risk if it "
                "is lost. Tick the ones to delete from this computer. Deleted notes cannot be "
                "brought back."
            ).format(days=days),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("retentionTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.setAccessibleName(self.tr("Interviews that can be deleted"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Youth"), self.tr("Referral"), self.tr("Summary exported"), self.tr("Note")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.edited_note = QLabel(
            self.tr(
                "Interviews edited after their summary was exported are not ticked: those edits "
                "may not be in CWS/CMS yet. Check before deleting them."
            ),
            self,
        )
        self.edited_note.setWordWrap(True)
        layout.addWidget(self.edited_note)
        buttons = QDialogButtonBox(self)
        self.delete_button = QPushButton(self.tr("&Delete the ticked interviews"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the ticked interviews"))
        self.keep_button = QPushButton(self.tr("&Keep them for now"), self)
        self.keep_button.setAccessibleName(self.tr("Keep them for now"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)  # the safe choice
        self.delete_button.clicked.connect(self._delete)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemChanged.connect(self._update_button)
        self.finished.connect(self.clear)  # no names left behind in a closed dialog
        self._fill(candidates)

    def _fill(self, candidates: Sequence[Any]) -> None:
        self.table.blockSignals(True)  # no itemChanged while rows are half built
        self.table.setRowCount(len(candidates))
        for row, c in enumerate(candidates):
            s = c.summary
            name = QTableWidgetItem(s.youth_name or self.tr("(no name)"))
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Edited after the export: those edits may not be in CWS/CMS; not ticked.
            name.setCheckState(
                Qt.CheckState.Unchecked if c.changed_after_export else Qt.CheckState.Checked
            )
            note = QTableWidgetItem(
                self.tr("Edited after the export") if c.changed_after_export else ""
            )
            cells = (
                name,
                QTableWidgetItem(s.referral_number),
                QTableWidgetItem(format_local(c.exported_at)),
                note,
            )
            for col, item in enumerate(cells):
                self.table.setItem(row, col, item)
            self._ids.append(s.id)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        self.edited_note.setVisible(any(c.changed_after_export for c in candidates))
        self._update_button()

    def ticked(self) -> list[str]:
        rows = range(min(self.table.rowCount(), len(self._ids)))
        return [
            self._ids[r]
            for r in rows
            if (item := self.table.item(r, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def set_ticked(self, interview_id: str, ticked: bool) -> None:
        row = self._ids.index(interview_id)
        self.table.item(row, 0).setCheckState(
            Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        )

    def _update_button(self, *_: object) -> None:
        self.delete_button.setEnabled(bool(self.ticked()) if self._ids else False)

    def _delete(self) -> None:
        ids = self.ticked()
        if ids:
            self.delete_requested.emit(ids)
        self.accept()

    def clear(self) -> None:
        self.table.setRowCount(0)
        self._ids.clear()
