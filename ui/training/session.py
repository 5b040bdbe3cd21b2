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
from app.training import Debrief, Scenario
from ui.interview import InterviewView
from ui.training.said import said_factory
from ui.training.side import SideColumn


class PracticeSession(QWidget):
    def __init__(
        self,
        store: T.TrainingStore,
        bank: ContentBank,
        scenario: Scenario,
        interview_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingSession")
        self.store = store
        self.bank = bank
        self.scenario = scenario
        self.interview_id = interview_id
        self.visited: list[str] = []

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.view = InterviewView(
            store, bank, interview_id, splitter, said_factory=said_factory(scenario)
        )
        self.side = SideColumn(scenario, bank, splitter)
        splitter.addWidget(self.view)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1000, 300])
        self.side.setMinimumWidth(240)
        layout.addWidget(splitter)

        self._coach_timer = QTimer(self)
        self._coach_timer.setSingleShot(True)
        self._coach_timer.setInterval(250)
        self._coach_timer.timeout.connect(self.update_coaching)
        self.view.location_changed.connect(self._moved)
        self._unsubscribe = store.on_change(self._store_changed)
        self._moved(self.view.current_panel())  # the first page was shown while building
        self.update_coaching()

    def _moved(self, location: str) -> None:
        if location and (not self.visited or self.visited[-1] != location):
            self.visited.append(location)
            self._coach_timer.start()

    def _store_changed(self, interview_id: str, what: str) -> None:
        if interview_id == self.interview_id:
            self._coach_timer.start()

    def update_coaching(self) -> None:
        # The interview on screen (the panels keep it current), so a note follows the
        # text the trainee sees; the debrief reads the store itself.
        notes = T.coach(self.view.ctx.interview, self.scenario, self.bank, self.visited)
        self.side.coaching.set_notes(notes)

    def flush(self) -> bool:
        return self.view.flush()

    def current_location(self) -> str:
        return self.view.current_panel()

    def debrief(self) -> Debrief:
        """Save everything, then score what the store holds against the key."""
        self.view.flush()
        interview = self.store.load(self.interview_id)
        return T.debrief(interview, self.scenario, self.bank, visited_panels=self.visited)

    def close_session(self) -> bool:
        """Save and stop listening; False if an edit could not be saved."""
        saved = self.view.flush()
        self._coach_timer.stop()
        self._unsubscribe()
        return saved
