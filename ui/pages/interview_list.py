"""The case list page (issue 14): one row per case (youth, referral, last contact,
contacts, status, next deadline); search as you type, filter by status and by deadline,
sort by any column, new (a new case with its first contact) / open (the case page) /
delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.pages import common
from ui.pages.list_model import (
    CASE_DEADLINE,
    CASE_YOUTH,
    DEADLINE_ANY,
    DEADLINE_NONE,
    DEADLINE_OPEN,
    DEADLINE_OVERDUE,
    ID_ROLE,
    NAME_ROLE,
    CaseFilterModel,
    CaseTableModel,
)

YOUTH = CASE_YOUTH


class InterviewListPage(QWidget):
    new_requested = Signal()
    open_requested = Signal(str)  # case id
    delete_requested = Signal(str, str)  # case id, youth name (for the confirmation)

    def __init__(self, parent: QWidget | None = None, now: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("listPage")
        self.model = CaseTableModel(now=now, parent=self)
        self.model.set_urgent_colour(QColor(common.alert_color(self)))
        self.proxy = CaseFilterModel(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.addWidget(common.title_label(self.tr("Cases"), self))

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, AKA or referral number"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show cases by status"))
        for label, value in (
            (self.tr("All cases"), ""),
            (self.tr("Open cases"), "open"),
            (self.tr("Closed cases"), "closed"),
        ):
            self.status_filter.addItem(label, value)
        self.deadline_filter = QComboBox(self)
        self.deadline_filter.setAccessibleName(self.tr("Show cases by deadline"))
        for label, value in (
            (self.tr("Any deadline"), DEADLINE_ANY),
            (self.tr("A deadline is open"), DEADLINE_OPEN),
            (self.tr("A deadline is overdue"), DEADLINE_OVERDUE),
            (self.tr("No open deadline"), DEADLINE_NONE),
        ):
            self.deadline_filter.addItem(label, value)
        self.new_button = QPushButton(self.tr("&New interview"), self)
        self.new_button.setAccessibleName(self.tr("New interview"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open case"))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete case"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.deadline_filter)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: no per-row measuring, which is what makes 5,000 rows fast.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # _fit_deadline fills the row
        header.setSortIndicatorShown(True)
        header.setSortIndicator(YOUTH, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)

        self.empty = common.body_label(
            self.tr("No cases yet. Choose New interview to start one."), self
        )
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of cases shown"))
        layout.addWidget(self.empty)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._focus_table)
        self.status_filter.currentIndexChanged.connect(self._filter_status)
        self.deadline_filter.currentIndexChanged.connect(self._filter_deadline)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self._open_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self._delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        QWidget.setTabOrder(self.search, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.deadline_filter)
        QWidget.setTabOrder(self.deadline_filter, self.new_button)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.table)
        self.setFocusProxy(self.search)

        # Deadlines turn red as time passes; redraw that column once a minute.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)  # runs only while the page is shown
        self._update_counts()

    def _size_columns(self) -> None:
        """Widths in characters of the current font, never narrower than the header's
        title, so a large system font size does not clip them."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        # A referral is 19 digits and 3 dashes: measured as digits (wider than the average
        # character), so it is not cut at 200 % text (issue 16).
        samples = ("", "0000-0000-0000-0000000", "2026-10-15", "", "")
        for column, chars in enumerate((22, 0, 12, 9, 14)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            needed = metrics.horizontalAdvance(title) + 3 * metrics.averageCharWidth() + 16
            sample = metrics.horizontalAdvance(samples[column]) + 2 * metrics.averageCharWidth()
            header.resizeSection(column, max(needed, sample, chars * metrics.averageCharWidth()))
        self._fit_deadline()

    def _fit_deadline(self) -> None:
        """The deadline column fills the rest of the row but is never narrower than an
        overdue notice ("OTIP notice overdue (was due …)"): at 200 % text the table
        scrolls sideways rather than cut it (a data table may, WCAG 1.4.10)."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        notice = self.tr("OTIP notice overdue (was due {when})").format(when="Wed 30 Sep 12:00 PDT")
        need = metrics.horizontalAdvance(notice) + 2 * metrics.averageCharWidth() + 8
        used = sum(header.sectionSize(column) for column in range(CASE_DEADLINE))
        header.resizeSection(CASE_DEADLINE, max(need, self.table.viewport().width() - used))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit_deadline()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.model.refresh_deadlines()
        self._clock.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt name)
        self._clock.stop()
        super().hideEvent(event)

    def _tick(self) -> None:
        self.model.refresh_deadlines()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()
        if event.type() == QEvent.Type.PaletteChange:  # the system switched dark/light
            self.model.set_urgent_colour(QColor(common.alert_color(self)))
            self.model.refresh_deadlines()
        super().changeEvent(event)

    # -- contents ---------------------------------------------------------------
    def set_summaries(self, summaries: Sequence[Any]) -> None:
        current = self.current_id()
        self.model.set_summaries(summaries)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_counts()
        if current:
            self.select(current)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def clear(self) -> None:
        """On lock: drop every row and the search text (it may be a youth's name)."""
        self.model.clear()
        # setText, not clear(): QLineEdit.clear() keeps the text in its undo history,
        # so Ctrl+Z after the next unlock would bring the name back.
        self.search.setText("")
        self._update_counts()

    def set_status_filter(self, status: str) -> None:
        """Show only "open" or "closed" cases ("" all), as choosing it in the box does."""
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))

    def set_deadline_filter(self, kind: str) -> None:
        self.deadline_filter.setCurrentIndex(max(0, self.deadline_filter.findData(kind)))

    def select(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, YOUTH))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def current_id(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return ""
        return str(index.siblingAtColumn(YOUTH).data(ID_ROLE) or "")

    # -- reactions --------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_counts()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def _filter_status(self, _index: int) -> None:
        self.proxy.set_status(str(self.status_filter.currentData() or ""))
        self._after_filter()

    def _filter_deadline(self, _index: int) -> None:
        self.proxy.set_deadline(str(self.deadline_filter.currentData() or ""))
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_counts()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    def _focus_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        case_id = index.siblingAtColumn(YOUTH).data(ID_ROLE)
        if case_id:
            self.open_requested.emit(str(case_id))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().hasSelection():
            self._open_index(index)

    def _delete_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().hasSelection():
            youth = index.siblingAtColumn(YOUTH)
            self.delete_requested.emit(str(youth.data(ID_ROLE)), str(youth.data(NAME_ROLE) or ""))

    def _update_buttons(self) -> None:
        chosen = self.table.selectionModel().hasSelection()
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _update_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.empty.setVisible(total == 0)
        self.table.setVisible(total > 0)
        if total == 0:
            self.count.setText("")
        elif shown == total:
            self.count.setText(
                self.tr("1 case") if total == 1 else self.tr("{total} cases").format(total=total)
            )
        else:
            self.count.setText(self.tr("{shown} of {total} shown").format(shown=shown, total=total))
