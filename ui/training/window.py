"""The training window: its own store, a banner above every page, picker → practice → debrief.

A separate window rather than a mode of the real one: it never holds the real
store, so nothing in it can reach a real record (``app.training`` refuses the
crossing underneath as well). Fictional data only, so there is no lock and no
passphrase; closing it locks the training store and hands back.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app import training as T
from app.content.bank import ContentBank
from app.model import Interview
from app.store import StoreError
from app.store.types import InterviewSummary
from app.training import TRAINING_MARK, Scenario
from ui import dialogs, focus_ring, settings
from ui.pages.common import app_icon
from ui.training.banner import TrainingBanner
from ui.training.debrief_page import DebriefPage
from ui.training.picker import ScenarioPicker
from ui.training.session import PracticeSession
from ui.window_support import user_message


def scenario_for(interview: Interview, scenarios: tuple[Scenario, ...]) -> Scenario | None:
    """The scenario a practice case was started from, by the ``scenario_id`` it keeps.

    A case whose id names no loaded scenario has none (no guessing by name: the
    wrong answer key would mark the trainee against the wrong case).
    """
    if interview.scenario_id:
        return next((sc for sc in scenarios if sc.id == interview.scenario_id), None)
    # Fallback only for practice cases made before the model had scenario_id (their
    # stored scenario_id is ''): the contact purpose start_interview wrote, else the
    # youth's name. Both are editable, which is why new cases no longer rely on them.
    for sc in scenarios:
        if interview.contact.purpose == f"{TRAINING_MARK}: {sc.contact['purpose']}":
            return sc
    return next((sc for sc in scenarios if sc.youth_name == interview.youth.name), None)


class TrainingWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self,
        store: T.TrainingStore,
        bank: ContentBank,
        scenarios: tuple[Scenario, ...],
        app_settings: settings.Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingWindow")
        self.store: T.TrainingStore | None = store
        self.bank = bank
        self.scenarios = scenarios
        self.settings = app_settings or settings.current()
        self.session: PracticeSession | None = None
        self._first_show = True
        self.setWindowTitle(self.tr("{app} — TRAINING").format(app=APP_NAME))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(640, 480)  # explicit: page switches must not re-derive it
        focus_ring.install()  # a focus ring that can be seen (issue 16)
        self.resize(1280, 760)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = TrainingBanner(central)
        column.addWidget(self.banner)
        self.stack = QStackedWidget(central)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.picker = ScenarioPicker(scenarios, self.stack)
        self.debrief_page = DebriefPage(self.stack)
        self.stack.addWidget(self.picker)
        self.stack.addWidget(self.debrief_page)
        self.picker.start_requested.connect(self.start_scenario)
        self.picker.open_requested.connect(self.open_case)
        self.picker.delete_requested.connect(self.delete_case)
        self.debrief_page.back_requested.connect(self.back_to_session)
        self.debrief_page.cases_requested.connect(self.show_cases)
        self._build_actions()
        self.statusBar().setSizeGripEnabled(False)
        self.show_cases()

    def _build_actions(self) -> None:
        def action(text: str, keys: QKeySequence | str | None, slot, name: str) -> QAction:  # noqa: ANN001
            act = QAction(text, self)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))
            act.setObjectName(name)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.cases_action = action(
            self.tr("Practice &cases"), "Ctrl+Shift+L", self.show_cases, "casesAction"
        )
        self.finish_action = action(
            self.tr("&Finish and debrief"), "Ctrl+D", self.finish, "finishAction"
        )
        self.finish_action.setToolTip(
            self.tr("Compare what you recorded with the case's answer key (Ctrl+D)")
        )
        self.leave_action = action(
            self.tr("&Leave training mode"),
            QKeySequence.StandardKey.Quit,
            self.close,
            "leaveAction",
        )
        # Issue 14: a case scenario's next contact (the caregiver after the youth), made
        # from the case: the youth and the findings so far come with it.
        self.add_contact_action = action(
            self.tr("&Add the next contact to this case"),
            "Ctrl+Shift+N",
            self.add_contact,
            "addContactAction",
        )
        self.side_action = action(
            self.tr("Coaching and case &pane"), "F9", lambda: None, "sidePaneAction"
        )
        self.side_action.setCheckable(True)
        self.side_action.setChecked(True)
        self.side_action.setToolTip(self.tr("Show or hide the coaching and case pane (F9)"))
        self.side_action.toggled.connect(self.toggle_side)
        self.tour_action = action(
            self.tr("&Tour of the window"), None, self.show_tour, "tourAction"
        )
        menu = self.menuBar().addMenu(self.tr("Trainin&g"))
        for act in (self.cases_action, self.add_contact_action, self.finish_action,
                    self.side_action):  # fmt: skip
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.leave_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        # The guide's reference, at the entry for the current item (ui/guide, issue 12).
        self.guide_action = action(self.tr("The &guide"), "F1", self.show_guide, "guideAction")
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.tour_action)
        toolbar = QToolBar(self.tr("Training toolbar"), self)
        toolbar.setObjectName("trainingToolbar")
        toolbar.setAccessibleName(self.tr("Training toolbar"))
        toolbar.setMovable(False)
        toolbar.addAction(self.cases_action)
        toolbar.addAction(self.add_contact_action)
        toolbar.addAction(self.finish_action)
        toolbar.addAction(self.side_action)
        self.toolbar = toolbar
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.leave_action)
        self.addToolBar(toolbar)

    # -- pages ----------------------------------------------------------------------
    def page(self) -> str:
        widget = self.stack.currentWidget()
        if widget is self.picker:
            return "picker"
        if widget is self.debrief_page:
            return "debrief"
        return "session" if widget is not None and widget is self.session else ""

    def _show_page(self, widget: QWidget) -> None:
        self.stack.setCurrentWidget(widget)
        in_session = self.session is not None and widget is self.session
        self.finish_action.setEnabled(in_session)
        self.side_action.setEnabled(in_session)
        self.side_action.setVisible(in_session)  # only a practice interview has the pane
        self._update_add_contact()
        if in_session:
            self.side_action.setChecked(self.session.side_shown())
            # Issue 13: the keys go to the interview's first field, no click needed.
            self.session.focus_interview()
        else:
            widget.setFocus()

    def _update_add_contact(self) -> None:
        """Shown only in a case scenario's session, named for the contact it adds."""
        session = self.session if self.page() == "session" else None
        following = session.next_contact() if session is not None else None
        self.add_contact_action.setVisible(following is not None)
        self.add_contact_action.setEnabled(following is not None)
        if following is not None:
            self.add_contact_action.setText(
                self.tr("&Add the {who} contact").format(who=following.interviewee_type.value)
            )
            self.add_contact_action.setToolTip(
                self.tr(
                    "Interview {who} next, in the same case: the youth and what you have "
                    "recorded so far come with it (Ctrl+Shift+N)"
                ).format(who=following.label)
            )

    def add_contact(self) -> None:
        """Add the scenario's next contact to the practice case and open it."""
        session = self.session
        if self.store is None or session is None:
            return
        following = session.next_contact()
        if following is None:
            return
        if not session.flush():
            self.statusBar().showMessage(self.tr("Some edits are not saved yet."), 8000)
            return
        interviewee, contact = T.contact_facts(following)
        try:
            new_id = self.store.new_contact(
                session.case_id(), interviewee, contact, self.bank.version
            )
        except StoreError as exc:
            dialogs.inform(self, self.tr("Add a contact"), user_message(exc))
            return
        self.open_case(new_id)
        self.statusBar().showMessage(
            self.tr("Now interviewing {who}, in the same case.").format(who=following.label),
            8000,
        )

    def toggle_side(self, shown: bool) -> None:
        if self.session is not None:
            self.session.set_side_shown(shown)

    def _case_rows(self) -> list[tuple[InterviewSummary, str]]:
        if self.store is None:
            return []
        rows = []
        for summary in self.store.list_interviews():
            # The summary has no scenario_id, so each case is loaded: a training store
            # holds a handful of fictional cases, and the list then names the same
            # scenario that opening the case will use.
            match = scenario_for(self.store.load(summary.id), self.scenarios)
            rows.append((summary, match.title if match else ""))
        return rows

    def show_cases(self) -> None:
        if not self._close_session():
            self.statusBar().showMessage(self.tr("Some edits are not saved yet."), 8000)
            return
        try:
            self.picker.set_cases(self._case_rows())
        except StoreError as exc:
            dialogs.inform(self, self.tr("Practice cases"), user_message(exc))
        self._show_page(self.picker)

    def start_scenario(self, scenario_id: str) -> None:
        if self.store is None:
            return
        scenario = T.scenario_by_id(self.scenarios, scenario_id)
        try:
            interview_id = self.store.create_interview(T.start_interview(scenario, self.bank))
        except StoreError as exc:
            dialogs.inform(self, self.tr("Start practice interview"), user_message(exc))
            return
        self.open_case(interview_id)

    def open_case(self, interview_id: str) -> None:
        if self.store is None or not self._close_session():
            return
        try:
            interview = self.store.load(interview_id)
        except StoreError as exc:
            dialogs.inform(self, self.tr("Open practice case"), user_message(exc))
            return
        scenario = scenario_for(interview, self.scenarios)
        if scenario is None:
            dialogs.inform(
                self,
                self.tr("Open practice case"),
                self.tr(
                    "This practice case no longer matches any of the scenarios. "
                    "Start the scenario again from the list."
                ),
            )
            return
        self.session = PracticeSession(
            self.store, self.bank, scenario, interview_id, self.stack, self.settings
        )
        self.session.view.closed.connect(self.show_cases)
        self.stack.addWidget(self.session)
        self._show_page(self.session)

    def delete_case(self, interview_id: str) -> None:
        if self.store is None:
            return
        question = self.tr("Delete this practice case? Its answers and debrief will be gone.")
        if not dialogs.confirm(
            self, self.tr("Delete practice case"), question, self.tr("Delete practice case")
        ):
            return
        try:
            self.store.delete_interview(interview_id)
        except StoreError as exc:
            dialogs.inform(self, self.tr("Delete practice case"), user_message(exc))
        self.show_cases()

    def finish(self) -> None:
        if self.session is None:
            return
        self.debrief_page.show_debrief(self.session.debrief())
        self._show_page(self.debrief_page)

    def back_to_session(self) -> None:
        if self.session is not None:
            self._show_page(self.session)

    def _close_session(self) -> bool:
        session, self.session = self.session, None
        if session is None:
            return True
        saved = session.close_session()
        self.stack.removeWidget(session)
        session.hide()
        session.deleteLater()
        return saved

    # -- help, first run, closing ------------------------------------------------------
    def show_guide(self) -> None:
        from ui.guide import show_guide  # noqa: PLC0415 - on first use

        show_guide(self)

    def show_tour(self) -> None:
        from ui.training.tour import show_tour  # noqa: PLC0415 - on first use

        show_tour(self, training=True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            from ui.training.tour import show_first_run  # noqa: PLC0415 - on first use

            # After the window is up, so the tour sits over it.
            QTimer.singleShot(0, lambda: show_first_run(self, self.settings, training=True))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self._close_session()
        if self.store is not None:
            store, self.store = self.store, None
            store.lock()
        self.closed.emit()
        super().closeEvent(event)
