"""Move a contact to another case (issue 14): pick the case by typing its youth's name,
an AKA or its referral number. The dialog only chooses; ``Interviews.move_contact``
asks the store to move (``Store.move_contact``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import RememberedDialog

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MoveContactDialog(RememberedDialog):
    """``exec()``, then ``case_id`` is the case chosen ("" if cancelled)."""

    geometry_name = "move_contact"

    def __init__(
        self, cases: Sequence[Any], contact_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.case_id = ""
        self.setWindowTitle(self.tr("Move contact to another case"))
        # Wide enough for "name · referral · n contacts" on one line.
        self.setMinimumWidth(64 * self.fontMetrics().averageCharWidth())
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Move the contact ({contact}) and what was learned in it to another "
                "youth's case. Where that case already holds the same finding, its record "
                "stays and this contact's note is added to it."
            ).format(contact=contact_text),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type the youth's name, an AKA or the referral"))
        self.search.setAccessibleName(self.tr("Find the case"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(self.tr("Cases"))
        layout.addWidget(self.cases, 1)
        self._keys: list[str] = []
        for s in cases:
            name = s.youth_name or self.tr("(no name yet)")
            referral = s.referral_number or self.tr("no referral number")
            contacts = int(s.contacts or 0)
            count = (
                self.tr("1 contact")
                if contacts == 1
                else self.tr("{n} contacts").format(n=contacts)
            )
            text = f"{name} · {referral} · {count}"
            if s.training:
                text += self.tr(" (training)")
            item = QListWidgetItem(text, self.cases)
            item.setData(CASE_ID_ROLE, s.id)
            akas = " ".join(s.akas or ())
            self._keys.append(f"{s.youth_name}\n{akas}\n{s.referral_number}".casefold())
        self.none = QLabel(self.tr("No other case matches."), self)
        self.none.hide()
        layout.addWidget(self.none)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Move contact"))
        self.ok.setAccessibleName(self.tr("Move contact"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._enter)
        self.cases.itemActivated.connect(lambda _item: self.accept())
        self.cases.currentRowChanged.connect(lambda _row: self._update())
        self._filter("")
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first = -1
        for row, key in enumerate(self._keys):
            hidden = bool(needle) and needle not in key
            self.cases.item(row).setHidden(hidden)
            if not hidden and first < 0:
                first = row
        current = self.cases.currentItem()
        if current is None or current.isHidden():
            self.cases.setCurrentRow(first)
        self.none.setVisible(first < 0)
        self._update()

    def _chosen(self) -> str:
        item = self.cases.currentItem()
        if item is None or item.isHidden():
            return ""
        return str(item.data(CASE_ID_ROLE) or "")

    def _update(self) -> None:
        self.ok.setEnabled(bool(self._chosen()))

    def _enter(self) -> None:
        # Enter in the search: with one case left it is the one; otherwise go choose.
        shown = [r for r in range(self.cases.count()) if not self.cases.item(r).isHidden()]
        if len(shown) == 1:
            self.cases.setCurrentRow(shown[0])
            self.accept()
        elif shown:
            self.cases.setFocus()

    def accept(self) -> None:
        self.case_id = self._chosen()
        if self.case_id:
            super().accept()
