"""The first training page: the scenarios with their briefs, and the practice cases."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.localtime import format_local
from app.model import IntervieweeType
from app.store.types import InterviewSummary
from app.training import Scenario

ID_ROLE = Qt.ItemDataRole.UserRole


def _plain(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setAccessibleName(name)
    return label


class ScenarioPicker(QWidget):
    start_requested = Signal(str)  # scenario id
    open_requested = Signal(str)  # interview id
    delete_requested = Signal(str)  # interview id

    def __init__(self, scenarios: Sequence[Scenario], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPicker")
        self.scenarios = {s.id: s for s in scenarios}
        layout = QVBoxLayout(self)
        heading = _plain(self.tr("Choose a practice case"), self, self.tr("Choose a practice case"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(
            _plain(
                self.tr(
                    "Each case is made up. You interview on the same screens as in the field; "
                    "the person's replies appear beside each question, notes from the guide "
                    "appear at the side, and at the end you get a debrief against the "
                    "case's answer key."
                ),
                self,
                self.tr("About practice cases"),
            )
        )

        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Practice scenarios"))
        for n, sc in enumerate(scenarios, start=1):
            item = QListWidgetItem(f"{n}. {sc.title}", self.list)
            item.setData(ID_ROLE, sc.id)
            item.setToolTip(sc.summary)
        row.addWidget(self.list, 2)

        self.brief_box = QGroupBox(self.tr("The brief"), self)
        self.brief_box.setAccessibleName(self.tr("The brief"))
        brief_layout = QVBoxLayout(self.brief_box)
        self.brief = _plain("", self.brief_box, self.tr("The brief"))
        self.brief.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        brief_layout.addWidget(self.brief, 1)
        self.start = QPushButton(self.tr("&Start this practice interview"), self.brief_box)
        self.start.setAccessibleName(self.tr("Start this practice interview"))
        self.start.setDefault(True)
        brief_layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.brief_box, 3)
        layout.addLayout(row, 4)

        cases = QGroupBox(self.tr("Your practice cases"), self)
        cases.setAccessibleName(self.tr("Your practice cases"))
        cases_layout = QHBoxLayout(cases)
        self.cases = QListWidget(cases)
        self.cases.setAccessibleName(self.tr("Your practice cases"))
        cases_layout.addWidget(self.cases, 1)
        buttons = QVBoxLayout()
        self.open = QPushButton(self.tr("&Open"), cases)
        self.open.setAccessibleName(self.tr("Open practice case"))
        self.delete = QPushButton(self.tr("&Delete"), cases)
        self.delete.setAccessibleName(self.tr("Delete practice case"))
        buttons.addWidget(self.open)
        buttons.addWidget(self.delete)
        buttons.addStretch(1)
        cases_layout.addLayout(buttons)
        layout.addWidget(cases, 1)

        self.list.currentItemChanged.connect(self._show_brief)
        self.list.itemActivated.connect(lambda _item: self._start())
        self.start.clicked.connect(self._start)
        self.cases.itemActivated.connect(lambda _item: self._open())
        self.open.clicked.connect(self._open)
        self.delete.clicked.connect(self._delete)
        self.list.setCurrentRow(0)
        self.set_cases([])
        self.setFocusProxy(self.list)

    def selected_scenario(self) -> str:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def select_scenario(self, scenario_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == scenario_id:
                self.list.setCurrentRow(row)

    def _show_brief(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        sc = self.scenarios.get(str(item.data(ID_ROLE))) if item is not None else None
        if sc is None:
            self.brief.setText("")
            return
        who = (
            self.tr("You interview the caregiver, {name} ({relationship}).")
            if sc.interviewee_type == IntervieweeType.CAREGIVER
            else self.tr("You interview the youth.")
        ).format(name=sc.interviewee_name, relationship=sc.relationship)
        brief = sc.brief
        if len(sc.contacts) > 1 and sc.case_brief is not None:  # issue 14: one case
            brief = sc.case_brief
            who = self.tr(
                "One case, {n} contacts: you start with {first}; then \u201cAdd the {kind} "
                "contact\u201d on the toolbar (Ctrl+Shift+N) brings in {second}, in the same "
                "case: nothing typed again."
            ).format(
                n=len(sc.contacts),
                first=sc.contacts[0].label,
                kind=sc.contacts[1].interviewee_type.value,
                second=sc.contacts[1].label,
            )
        self.brief.setText(
            "\n\n".join(
                (
                    sc.summary,
                    self.tr("Who: {text}").format(text=brief.who),
                    self.tr("Where: {text}").format(text=brief.where),
                    self.tr("Why you are there: {text}").format(text=brief.why),
                    who,
                )
            )
        )

    def set_cases(self, rows: Sequence[tuple[InterviewSummary, str]]) -> None:
        """``rows``: each practice case with its scenario's title ("" when unknown)."""
        self.cases.clear()
        for summary, title in rows:
            when = format_local(summary.updated_at)
            text = self.tr("{youth} · {case} · {who} contact · last worked on {when}").format(
                youth=summary.youth_name or self.tr("(no name)"),
                case=title or self.tr("unknown scenario"),
                who=summary.interviewee_type.value,
                when=when,
            )
            item = QListWidgetItem(text, self.cases)
            item.setData(ID_ROLE, summary.id)
        if not rows:
            QListWidgetItem(self.tr("None yet: choose a case above and start."), self.cases)
        for button in (self.open, self.delete):
            button.setEnabled(bool(rows))
        if rows:
            self.cases.setCurrentRow(0)

    def _start(self) -> None:
        if self.selected_scenario():
            self.start_requested.emit(self.selected_scenario())

    def _current_case(self) -> str:
        item = self.cases.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return str(value) if value else ""

    def _open(self) -> None:
        if self._current_case():
            self.open_requested.emit(self._current_case())

    def _delete(self) -> None:
        if self._current_case():
            self.delete_requested.emit(self._current_case())
