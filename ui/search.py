"""Search everything typed, in every case, as you type (issue 14; Ctrl+F).

``SearchDialog(store, parent)`` asks ``store.search_all`` (SQLite FTS5 inside the
encrypted store: nothing is indexed anywhere else) 200 ms after the last keystroke and
lists each hit as: the case (youth), the contact ("caregiver, 11/14", or "the case"
for what belongs to the case as a whole), where (the panel) and what was typed
around the match. Down goes from the box into the results; Enter (in the box: the
first result) opens that contact at that panel through ``open_requested(case id,
contact id, location)``; the window opens the case's latest contact when the hit has
no contact. Nothing typed here is kept: the box is emptied when the dialog closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

import ui.panels  # noqa: F401 - registers every panel (location_of asks them)
from app.model import IntervieweeType
from app.store import Store
from ui.panels.base import location_of, registered_panels
from ui.panels.provenance import who

ROLE_HIT = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 200


def _field_labels() -> dict[str, str]:
    """The index's column names as the panels label those fields (a CSW never sees
    "exploiter_moniker" or "youth_referral_number")."""
    # Written out whole: lupdate reads only QCoreApplication.translate("Context", "text").
    return {
        "own_words": QCoreApplication.translate("SearchDialog", "Own words"),
        "english_rendering": QCoreApplication.translate("SearchDialog", "English rendering"),
        "notes": QCoreApplication.translate("SearchDialog", "Notes"),
        "note": QCoreApplication.translate("SearchDialog", "Note"),
        "narrative": QCoreApplication.translate("SearchDialog", "Narrative"),
        "description": QCoreApplication.translate("SearchDialog", "Description"),
        "youth_description": QCoreApplication.translate("SearchDialog", "The youth's own words"),
        "how_obtained": QCoreApplication.translate("SearchDialog", "How obtained"),
        "where_obtained": QCoreApplication.translate("SearchDialog", "Where obtained"),
        "where": QCoreApplication.translate("SearchDialog", "Where"),
        "exploiter_moniker": QCoreApplication.translate("SearchDialog", "Name or moniker"),
        "handle": QCoreApplication.translate("SearchDialog", "Handle"),
        "nicknames": QCoreApplication.translate("SearchDialog", "Nicknames"),
        "phone_numbers": QCoreApplication.translate("SearchDialog", "Phone numbers"),
        "name": QCoreApplication.translate("SearchDialog", "Name"),
        "relationship": QCoreApplication.translate("SearchDialog", "Relationship"),
        "youth_name": QCoreApplication.translate("SearchDialog", "Youth's name"),
        "youth_akas": QCoreApplication.translate("SearchDialog", "Also known as"),
        "youth_client_id": QCoreApplication.translate("SearchDialog", "Client ID"),
        "youth_referral_number": QCoreApplication.translate("SearchDialog", "Referral number"),
    }


def field_label(field: str) -> str:
    """What the results list calls a field; an unknown one reads as words, not code."""
    return _field_labels().get(field) or field.replace("_", " ").capitalize()


class _SearchBox(QLineEdit):
    """Down goes into the results, Enter opens the first one."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    open_requested = Signal(str, str, str)  # case id, contact id ("" = the case), location

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Search everything typed"))
        self.setObjectName("searchDialog")
        self.resize(1000, 520)
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "&Search names, monikers, handles, phone numbers, tattoos, notes and "
                "own words in every case:"
            ),
            self,
        )
        label.setWordWrap(True)
        self.box = _SearchBox(self)
        self.box.setAccessibleName(self.tr("Search everything typed"))
        self.box.setPlaceholderText(self.tr("Type a name, moniker, handle or number"))
        self.box.setClearButtonEnabled(True)
        label.setBuddy(self.box)
        layout.addWidget(label)
        layout.addWidget(self.box)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Search result count"))
        layout.addWidget(self.status)
        self.results = QTreeWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setHeaderLabels(
            [self.tr("Case"), self.tr("Contact"), self.tr("Where"), self.tr("What was typed")]
        )
        for column, width in enumerate((150, 120, 300)):
            self.results.setColumnWidth(column, width)
        layout.addWidget(self.results, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.rejected.connect(self.reject)
        # Enter belongs to the box and the list (it opens a result), never to a button.
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        self.box.textEdited.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self._open_first)
        self.box.down.connect(self._into_results)
        self.results.itemActivated.connect(lambda item, _c: self._open(item))
        self.open_button.clicked.connect(self._open_current)
        self.open_button.setAutoDefault(False)
        self._cases: dict[str, str] | None = None  # case id -> youth name
        self._contacts: dict[str, str] = {}  # contact id -> "caregiver, 11/14"
        self.finished.connect(lambda _r: self.box.clear())
        self._show_count(None)

    # -- searching -------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Put ``text`` in the box and search now (the echo pointer's "Open" does)."""
        self.box.setText(text)
        self.run()

    def run(self) -> None:
        self._timer.stop()
        text = self.box.text()
        self.results.clear()
        if not text.strip():
            self._show_count(None)
            return
        hits = self.store.search_all(text)
        self._names()
        for hit in hits:
            item = QTreeWidgetItem(
                [
                    self._cases.get(hit.case_id, "") or self.tr("(no name)"),
                    self._contacts.get(hit.contact_id, "")
                    if hit.contact_id
                    else self.tr("the case"),
                    self._where(hit.part),
                    self.tr("{field}: {text}").format(
                        field=field_label(hit.field), text=_plain(hit.snippet)
                    )
                    if hit.field
                    else _plain(hit.snippet),
                ]
            )
            item.setData(0, ROLE_HIT, (hit.case_id, hit.contact_id, location_of(hit.part, hit.key)))
            item.setToolTip(3, _plain(hit.snippet))
            self.results.addTopLevelItem(item)
        if hits:
            self.results.setCurrentItem(self.results.topLevelItem(0))
        self._show_count(len(hits))

    def hits(self) -> list[tuple[str, str, str, str]]:
        """What the results list shows, row by row (case, contact, where, text)."""
        rows = []
        for n in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(n)
            rows.append(tuple(item.text(c) for c in range(4)))
        return rows

    def _show_count(self, count: int | None) -> None:
        if count is None:
            self.status.setText(self.tr("Results appear as you type."))
        elif count == 0:
            self.status.setText(self.tr("Nothing found."))
        else:
            self.status.setText(
                self.tr("{n} found. Enter opens the first; Down goes to the list.").format(n=count)
            )

    def _names(self) -> None:
        """Youth names per case and labels per contact, read once per dialog."""
        if self._cases is not None:
            return
        self._cases = {c.id: c.youth_name for c in self.store.list_cases()}
        for row in self.store.list_interviews():
            kind = who(IntervieweeType(row.interviewee_type))
            day = row.contact_date
            self._contacts[row.id] = (
                self.tr("{who}, {month}/{day}").format(who=kind, month=day.month, day=day.day)
                if day
                else kind
            )

    def _where(self, part: str) -> str:
        location = location_of(part)
        panel_id = location.partition("/")[0]
        for cls in registered_panels():
            if cls.panel_id == panel_id:
                return cls.display_title()
        if part == "answers":
            return self.tr("Questions")
        return part.replace("_", " ")

    # -- opening ---------------------------------------------------------------------------
    def _into_results(self) -> None:
        if self.results.topLevelItemCount():
            self.results.setFocus()
            if self.results.currentItem() is None:
                self.results.setCurrentItem(self.results.topLevelItem(0))

    def _open_first(self) -> None:
        self._timer.stop()
        if self.box.text().strip() and not self.results.topLevelItemCount():
            self.run()
        if self.results.topLevelItemCount():
            self._open(self.results.topLevelItem(0))

    def _open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        case_id, contact_id, location = item.data(0, ROLE_HIT)
        self.accept()
        self.open_requested.emit(case_id, contact_id, location)


def _plain(snippet: str) -> str:
    """The snippet on one line (FTS snippets may carry line breaks)."""
    return " ".join(snippet.split())
