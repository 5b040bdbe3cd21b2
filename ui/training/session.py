"""A practice interview: the real interview view, the scenario's replies, coaching beside it.

The trainee works on exactly the panels of a real interview
(``ui.interview.InterviewView``) over the training store. Each location the view
shows is kept, in order, as the "visited" list coaching and the debrief read
(memory only: reopening a case starts a new list). Coaching is recomputed from
the interview on screen a moment after each save or move, never on a keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from app import training as T
from app.content.bank import ContentBank
from app.store import Changed
from app.training import Debrief, Scenario
from ui import settings
from ui.interview import InterviewView
from ui.panels import registered_panels
from ui.settings import Setting
from ui.training.said import said_factory
from ui.training.side import SideColumn

# Issue 13: at 1366x768 the pane beside the interview can be narrowed (the splitter)
# or hidden (the window's toggle, F9); both are remembered for the next session.
SIDE_WIDTH: Setting[int] = Setting(
    "training/side_width", int, 260, "Width of the coaching and case pane.", 180, 900
)
SIDE_SHOWN: Setting[bool] = Setting(
    "training/side_shown", bool, True, "The coaching and case pane is shown."
)


def panel_order() -> T.PanelOrder:
    """The window's panels in the order a CSW works, and which panel first holds each
    part of the record, from the panel registry: what coaching needs to know of the
    window (the core never hard-codes panel ids)."""
    panels = registered_panels()
    holds: dict[str, str] = {}
    for cls in panels:
        for part in cls.record_parts:
            holds.setdefault(part, cls.panel_id)
    return T.PanelOrder(tuple(cls.panel_id for cls in panels), holds)


class PracticeSession(QWidget):
    def __init__(
        self,
        store: T.TrainingStore,
        bank: ContentBank,
        scenario: Scenario,
        interview_id: str,
        parent: QWidget | None = None,
        app_settings: settings.Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingSession")
        self.settings = app_settings or settings.current()
        self.store = store
        self.bank = bank
        # Issue 14: the case's scenario, and its part for the contact open (the replies,
        # the brief, what can be seen, coaching); the key is the case's in both.
        self.case_scenario = scenario
        self.interview_id = interview_id
        self.interview_type = store.load(interview_id).interviewee.type
        self.scenario = scenario = scenario.for_interviewee(self.interview_type)
        self.visited: list[str] = []
        self.panels = panel_order()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("trainingSplitter")
        self.view = InterviewView(
            store, bank, interview_id, splitter, said_factory=said_factory(scenario)
        )
        self.side = SideColumn(scenario, bank, splitter)
        splitter.addWidget(self.view)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        self.side.setMinimumWidth(SIDE_WIDTH.minimum or 180)
        self._side_width = self.settings.get(SIDE_WIDTH)
        splitter.setSizes([1000, self._side_width])
        self.side.setVisible(self.settings.get(SIDE_SHOWN))
        splitter.splitterMoved.connect(self._side_moved)
        layout.addWidget(splitter)

        self._coach_timer = QTimer(self)
        self._coach_timer.setSingleShot(True)
        self._coach_timer.setInterval(250)
        self._coach_timer.timeout.connect(self.update_coaching)
        self.view.location_changed.connect(self._moved)
        self._unsubscribe = store.on_change(self._store_changed)
        self._moved(self.view.current_panel())  # the first page was shown while building
        self.view.keep_tab_order()  # Tab: the view's bottom row, then this side (issue 16)
        self.update_coaching()

    # The coaching and case pane.
    def side_shown(self) -> bool:
        return not self.side.isHidden()

    def set_side_shown(self, shown: bool) -> None:
        if shown == self.side_shown():
            return
        self.side.setVisible(shown)
        if shown:
            total = sum(self.splitter.sizes()) or self.splitter.width()
            self.splitter.setSizes([max(1, total - self._side_width), self._side_width])
        self.settings.set(SIDE_SHOWN, shown)
        self.settings.sync()

    def _side_moved(self, _pos: int, _index: int) -> None:
        width = self.splitter.sizes()[1]
        if width > 0:
            self._side_width = width
            self.settings.set(SIDE_WIDTH, width)
            self.settings.sync()

    def focus_interview(self) -> None:
        """Give the keyboard to the interview's current page (its first field)."""
        self.view.open_panel(self.view.current_panel(), focus=True)

    def _moved(self, location: str) -> None:
        if location and (not self.visited or self.visited[-1] != location):
            self.visited.append(location)
            self._coach_timer.start()

    def _store_changed(self, changed: Changed) -> None:
        if changed.interview_id == self.interview_id:
            self._coach_timer.start()

    def update_coaching(self) -> None:
        # The interview on screen (the panels keep it current), so a note follows the
        # text the trainee sees; the debrief reads the store itself.
        notes = T.coach(
            self.view.ctx.interview, self.scenario, self.bank, self.visited, self.panels
        )
        self.side.coaching.set_notes(notes)

    def flush(self) -> bool:
        return self.view.flush()

    def current_location(self) -> str:
        return self.view.current_panel()

    def case_id(self) -> str:
        return self.view.ctx.interview.case_id

    def next_contact(self) -> T.ScenarioContact | None:
        """The scenario's contact this practice case does not have yet (None: all made)."""
        case_id = self.case_id()
        if not case_id or len(self.case_scenario.contacts) < 2:
            return None
        return T.next_contact(self.case_scenario, self.store.load_case(case_id))

    def debrief(self) -> Debrief:
        """Save everything, then score what the store holds against the key: the case's
        findings from every contact, each item saying which contact it came from."""
        self.view.flush()
        interview = self.store.load(self.interview_id)
        labels = {}
        if len(self.case_scenario.contacts) > 1:  # a case scenario: say which contact
            labels = T.contact_labels(self.store.load_case(interview.case_id))
        return T.debrief(
            interview,
            self.scenario,
            self.bank,
            visited_panels=self.visited,
            panels=self.panels,
            contacts=labels if len(labels) > 1 else None,
        )

    def close_session(self) -> bool:
        """Save and stop listening; False if an edit could not be saved."""
        saved = self.view.flush()
        self._coach_timer.stop()
        self._unsubscribe()
        return saved
