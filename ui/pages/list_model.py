"""The interview list as a Qt model: a table model over summaries and a filter proxy.

5,000 interviews must open and filter without a visible pause, so rows keep a
precomputed search key and sort keys, filtering is one cheap check per row, and
sorting happens in the source model with Python's sort (far fewer calls across
the Qt boundary than QSortFilterProxyModel comparing through data()).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ui import rule_words

YOUTH, REFERRAL, TYPE, DATE, STATUS, DEADLINE = range(6)
URGENT = timedelta(hours=6)  # an OTIP notification due sooner than this is shown red
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _value(x: Any) -> str:
    return str(getattr(x, "value", x) or "")


@dataclass(slots=True)  # one per listed case: 5,000 without a __dict__ each (issue 17)
class _Row:
    summary: Any  # app.store.InterviewSummary (duck-typed: the list needs only its fields)
    search_key: str
    sort_keys: tuple[Any, ...]


class _SummaryModel(QAbstractTableModel):
    """What the interview and the case tables share: the rows (summaries with their
    precomputed search and sort keys), headers, lookup, clearing and the sort in the
    source model. Each table declares its ``_headers`` and fills its rows itself
    (``set_summaries``: the load path)."""

    _headers: tuple[str, ...] = ()

    def __init__(
        self, now: Callable[[], datetime] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._now = now or (lambda: datetime.now(UTC))
        self._urgent_colour = QColor("#b3261e")

    def set_urgent_colour(self, colour: QColor) -> None:
        self._urgent_colour = colour

    def clear(self) -> None:
        """Drop every row (on lock: nothing from the store stays in memory here)."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def summary(self, row: int) -> Any:
        return self._rows[row].summary

    def row_of(self, summary_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.summary.id == summary_id:
                return i
        return -1

    def matches(self, row: int, needle: str) -> bool:
        return needle in self._rows[row].search_key

    # -- Qt model API -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        old = {id(r): i for i, r in enumerate(self._rows)}
        self._rows.sort(
            key=lambda r: r.sort_keys[column], reverse=order == Qt.SortOrder.DescendingOrder
        )
        moved_from = [old[id(r)] for r in self._rows]
        persistent = self.persistentIndexList()
        if persistent:
            new_row = {src: dst for dst, src in enumerate(moved_from)}
            self.changePersistentIndexList(
                persistent, [self.index(new_row[p.row()], p.column()) for p in persistent]
            )
        self.layoutChanged.emit()


class InterviewTableModel(_SummaryModel):
    def __init__(
        self, now: Callable[[], datetime] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(now, parent)
        self._headers = (
            self.tr("Youth"),
            self.tr("Referral"),
            self.tr("Interviewee"),
            self.tr("Contact date"),
            self.tr("Status"),
            self.tr("Pending deadlines"),
        )
        self._types = {
            "youth": self.tr("Youth"),
            "caregiver": self.tr("Caregiver"),
            "collateral": self.tr("Collateral"),
        }
        self._statuses = {
            "in_progress": self.tr("In progress"),
            "summary_exported": self.tr("Summary exported"),
        }

    # -- contents ---------------------------------------------------------------
    def set_summaries(self, summaries: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = [self._row(s) for s in summaries]
        self.endResetModel()

    def _row(self, s: Any) -> _Row:
        akas = " ".join(s.akas or ())
        key = f"{s.youth_name}\n{akas}\n{s.referral_number}".casefold()
        due = self._pending_due(s)
        sort_keys = (
            (s.youth_name or "").casefold(),
            (s.referral_number or "").casefold(),
            _value(s.interviewee_type),
            s.contact_date.toordinal() if isinstance(s.contact_date, date) else 0,
            _value(s.status),
            due.timestamp() if due else float("inf"),  # no deadline sorts last
        )
        return _Row(s, key, sort_keys)

    @staticmethod
    def _pending_due(s: Any) -> datetime | None:
        # An OTIP notice not yet given, or given without the Request for Assistance
        # (the mandated report): either way the same 24 hours run.
        if s.otip_due is None or (s.otip_met and not getattr(s, "otip_rfa_pending", False)):
            return None
        return s.otip_due

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        s, col = row.summary, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(s, col)
        if role == ID_ROLE:
            return s.id
        if role == NAME_ROLE:
            return s.youth_name
        if col == DEADLINE and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            due = self._pending_due(s)
            if due is not None and due - self._now() < URGENT:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return self._urgent_colour
                font = QFont()
                font.setBold(True)  # not colour alone: bold too, for colour-blind readers
                return font
        if role == Qt.ItemDataRole.ToolTipRole and col == DEADLINE and self._pending_due(s):
            tip = self.tr(
                "Notify the federal Office on Trafficking in Persons (OTIP) within 24 hours "
                "of suspicion, by a Request for Assistance."
            )
            basis = self._bases().get(getattr(s, "otip_basis", ""), "")
            return f"{tip} {basis}".strip()
        return None

    def _bases(self) -> dict[str, str]:
        # app.rules.deadlines.BASES, worded for the list (the same keys).
        ask = self.tr("Open the interview and enter when exploitation was first suspected.")
        return {
            "contact_start": self.tr(
                "No time of suspicion entered: counted from the contact's start."
            )
            + " "
            + ask,
            "contact_date": self.tr(
                "No time of suspicion entered: counted from the start of the contact date."
            )
            + " "
            + ask,
            "created": self.tr(
                "No time of suspicion entered: counted from when the interview was started."
            )
            + " "
            + ask,
        }

    def _display(self, s: Any, col: int) -> str:
        if col == YOUTH:
            name = s.youth_name or self.tr("(no name yet)")
            return name + (self.tr(" (training)") if s.training else "")
        if col == REFERRAL:
            return s.referral_number or ""
        if col == TYPE:
            kind = _value(s.interviewee_type)
            return self._types.get(kind, kind)
        if col == DATE:
            return s.contact_date.isoformat() if isinstance(s.contact_date, date) else ""
        if col == STATUS:
            status = _value(s.status)
            return self._statuses.get(status, status)
        if col == DEADLINE:
            return self.deadline_text(s)
        return ""

    def deadline_text(self, s: Any) -> str:
        due = self._pending_due(s)
        if due is None:
            return self.tr("None running")  # an empty cell reads as "blank", or as not loaded yet
        when = rule_words.when_words(due, "%a %d %b %H:%M")
        if s.otip_met and due <= self._now():
            text = self.tr("OTIP notified; RFA still due (was due {when})").format(when=when)
        elif s.otip_met:
            text = self.tr("OTIP notified; RFA still due (by {when})").format(when=when)
        elif due <= self._now():
            text = self.tr("OTIP notice overdue (was due {when})").format(when=when)
        else:
            text = self.tr("OTIP notice due {when}").format(when=when)
        if getattr(s, "otip_basis", "suspicion") not in ("suspicion", ""):
            text += self.tr(" — suspicion time not entered")
        return text

    def refresh_deadlines(self) -> None:
        """Time passes: redraw the deadline column (what is red changes)."""
        if self._rows:
            top, bottom = self.index(0, DEADLINE), self.index(len(self._rows) - 1, DEADLINE)
            self.dataChanged.emit(top, bottom)


class InterviewFilterModel(QSortFilterProxyModel):
    """Filters as the CSW types (name, AKAs, referral number); sorting is the source's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        model = self.sourceModel()
        return isinstance(model, InterviewTableModel) and model.matches(source_row, self._needle)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


# -- the case list (issue 14) ------------------------------------------------------------
CASE_YOUTH, CASE_REFERRAL, CASE_LAST, CASE_CONTACTS, CASE_STATUS, CASE_DEADLINE = range(6)

# The deadline filter's choices (the proxy's values; the page words them).
DEADLINE_ANY, DEADLINE_OPEN, DEADLINE_OVERDUE, DEADLINE_NONE = "", "open", "overdue", "none"


class CaseTableModel(_SummaryModel):
    """One row per case (``app.store.CaseSummary``, duck-typed): youth, referral, last
    contact, number of contacts, status, next deadline ("overdue" in words). Sorted
    here on precomputed keys, as the interview list was: 5,000 rows stay quick."""

    def __init__(
        self, now: Callable[[], datetime] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(now, parent)
        self._headers = (
            self.tr("Youth"),
            self.tr("Referral"),
            self.tr("Last contact"),
            self.tr("Contacts"),
            self.tr("Status"),
            self.tr("Next deadline"),
        )
        self._statuses = {"open": self.tr("Open"), "closed": self.tr("Closed")}

    # -- contents ---------------------------------------------------------------
    def set_summaries(self, summaries: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = [self._row(s) for s in summaries]
        self.endResetModel()

    def sort_key(self, row: int, column: int) -> Any:
        """What row ``row`` sorts by in ``column`` (a date for the date columns, say)."""
        return self._rows[row].sort_keys[column]

    def _row(self, s: Any) -> _Row:
        akas = " ".join(s.akas or ())
        key = f"{s.youth_name}\n{akas}\n{s.referral_number}".casefold()
        last = s.last_contact
        sort_keys = (
            (s.youth_name or "").casefold(),
            (s.referral_number or "").casefold(),
            last.toordinal() if isinstance(last, date) else 0,
            int(s.contacts or 0),
            _value(s.status),
            s.next_due.timestamp() if s.next_due else float("inf"),  # none sorts last
        )
        return _Row(s, key, sort_keys)

    def overdue(self, s: Any) -> bool:
        return bool(s.overdue) or (s.next_due is not None and s.next_due <= self._now())

    def deadline_kind(self, row: int) -> str:
        """DEADLINE_OVERDUE, DEADLINE_OPEN (due, not yet past) or DEADLINE_NONE."""
        s = self._rows[row].summary
        if s.next_due is None:
            return DEADLINE_NONE
        return DEADLINE_OVERDUE if self.overdue(s) else DEADLINE_OPEN

    def status_of(self, row: int) -> str:
        return _value(self._rows[row].summary.status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s, col = self._rows[index.row()].summary, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(s, col)
        if role == ID_ROLE:
            return s.id
        if role == NAME_ROLE:
            return s.youth_name
        if col == CASE_CONTACTS and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if col == CASE_DEADLINE and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ):
            if s.next_due is not None and s.next_due - self._now() < URGENT:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return self._urgent_colour
                font = QFont()
                font.setBold(True)  # not colour alone: bold too, for colour-blind readers
                return font
        return None

    def _display(self, s: Any, col: int) -> str:
        if col == CASE_YOUTH:
            name = s.youth_name or self.tr("(no name yet)")
            return name + (self.tr(" (training)") if s.training else "")
        if col == CASE_REFERRAL:
            return s.referral_number or ""
        if col == CASE_LAST:
            return s.last_contact.isoformat() if isinstance(s.last_contact, date) else ""
        if col == CASE_CONTACTS:
            return str(int(s.contacts or 0))
        if col == CASE_STATUS:
            status = _value(s.status)
            text = self._statuses.get(status, status)
            if getattr(s, "exported", False):
                text += self.tr(", summary exported")
            return text
        if col == CASE_DEADLINE:
            return self.deadline_text(s)
        return ""

    def deadline_text(self, s: Any) -> str:
        if s.next_due is None:
            return self.tr("None running")  # an empty cell reads as "blank", or as not loaded yet
        when = rule_words.when_words(s.next_due, "%a %d %b %H:%M")
        # The rules' only deadline is the OTIP notice (app.rules.deadlines); name it.
        if self.overdue(s):
            return self.tr("OTIP notice overdue (was due {when})").format(when=when)
        return self.tr("OTIP notice due {when}").format(when=when)

    def refresh_deadlines(self) -> None:
        """Time passes: redraw the deadline column (what is red changes)."""
        if self._rows:
            top = self.index(0, CASE_DEADLINE)
            bottom = self.index(len(self._rows) - 1, CASE_DEADLINE)
            self.dataChanged.emit(top, bottom)


class CaseFilterModel(QSortFilterProxyModel):
    """Filters the cases as the CSW types (name, AKAs, referral number), by status
    ("" all, "open", "closed") and by deadline (DEADLINE_*); sorting is the source's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._status = ""
        self._deadline = DEADLINE_ANY

    def _change(self, apply: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateRowsFilter()

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._change(lambda: setattr(self, "_needle", needle))

    def set_status(self, status: str) -> None:
        if status != self._status:
            self._change(lambda: setattr(self, "_status", status))

    def set_deadline(self, kind: str) -> None:
        if kind != self._deadline:
            self._change(lambda: setattr(self, "_deadline", kind))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, CaseTableModel):
            return False
        if self._status and model.status_of(source_row) != self._status:
            return False
        if self._deadline:
            kind = model.deadline_kind(source_row)
            if self._deadline == DEADLINE_OPEN:
                if kind == DEADLINE_NONE:  # "with an open deadline": overdue ones too
                    return False
            elif kind != self._deadline:
                return False
        return not self._needle or model.matches(source_row, self._needle)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
