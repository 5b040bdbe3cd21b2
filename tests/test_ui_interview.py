"""The guided interview, driven with keys and clicks on a real SQLCipher store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from app.model import (
    BodySide,
    IntervieweeType,
    Response,
    Source,
    StepStatus,
    YesNoUnknown,
)
from app.store import Store
from tests.helpers.interview import make_interview, open_view, reopen
from ui.dialogs_new_interview import NewInterviewDialog
from ui.interview import InterviewView

# The offscreen platform says this when a top-level window is shown; nothing else is ignored.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def next_page(qtbot, view: InterviewView, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(
            view.focusWidget() or view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )


def click_box(qtbot, box) -> None:
    """Click a check box on its indicator (its middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def answer_current(qtbot, view: InterviewView, response: Response, words: str = "") -> None:
    panel = view.shown_panel()
    card = panel.card
    qtbot.mouseClick(card.buttons[response], Qt.MouseButton.LeftButton)
    if words:
        card.own_words.setFocus()
        qtbot.keyClicks(card.own_words, words)


def new_interview_via_dialog(qtbot, store: Store, bank, kind_index: int) -> str:
    dialog = NewInterviewDialog(store, bank)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.youth_name, "M.Q.")
    qtbot.keyClicks(dialog.form.akas, "Lil M, Mimi")
    dialog.form.interviewee_type.setCurrentIndex(kind_index)
    qtbot.keyClicks(dialog.form.interviewee_name, "Fictional Name")
    qtbot.keyClicks(dialog.form.location, "Placement office")
    qtbot.keyClicks(dialog.form.csw, "CSW Example")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.interview_id
    return dialog.interview_id


def test_new_interview_dialog_needs_a_name(qtbot, store, bank) -> None:
    dialog = NewInterviewDialog(store, bank)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.interview_id is None
    assert dialog.problem.isVisible()
    assert store.list_interviews() == []


def test_full_youth_interview(qtbot, store, bank) -> None:
    interview_id = new_interview_via_dialog(qtbot, store, bank, kind_index=0)
    loaded = store.load(interview_id)
    assert loaded.content_version == bank.version
    assert loaded.youth.akas == ["Lil M", "Mimi"]
    view = open_view(qtbot, store, bank, interview_id)
    assert view.current_panel() == "contact"
    assert view.flow()[:3] == ["contact", "youth", "investigative"]
    assert "caregiver" not in view.flow()
    contact = view.panel("contact")
    contact.form.language.setFocus()
    qtbot.keyClicks(contact.form.language, "Spanish")

    # Youth interview: guidance pages (rapport, notes, techniques), then one question a page.
    next_page(qtbot, view)
    assert view.current_panel() == "youth/guide.youth.rapport"
    next_page(qtbot, view, 3)
    first_q = bank.section("youth.open_ended").items[0].id
    assert view.current_panel() == f"youth/{first_q}"
    # An open question: answered in words (issue 13: no Yes/No offered there).
    answer_current(qtbot, view, Response.ANSWERED, "I'm tired, I stay at my cousin's")
    next_page(qtbot, view)  # second question skipped
    next_page(qtbot, view)
    third_q = bank.section("youth.open_ended").items[2].id
    answer_current(qtbot, view, Response.DECLINED)
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_panel() == f"youth/{third_q}"
    # The skipped question shows as skipped in the navigator.
    second_q = bank.section("youth.open_ended").items[1].id
    statuses = {p.key: p.status for p in view.panel("youth").pages()}
    assert statuses[second_q] == "skipped" and statuses[third_q] == "answered"
    view.open_panel("investigative")
    answer_current(qtbot, view, Response.UNSURE, "a man called Dre")

    # Red flags: tick with Space, add a source.
    view.open_panel("red_flags")
    panel = view.panel("red_flags")
    flag = "rf.spends_time_cse_area"
    panel.marks.select(flag)
    qtbot.keyClick(panel.marks.list, Qt.Key.Key_Space)
    click_box(qtbot, panel.sources[Source.OBSERVED])
    assert panel.sources[Source.OBSERVED].isChecked()
    assert view.ctx.interview.red_flags[flag].sources == [Source.OBSERVED]
    assert "Child Sex Trafficking (CSEC): 1" in panel.tallies.text()

    # At-risk: A is enough.
    view.open_panel("at_risk")
    panel = view.panel("at_risk")
    panel.indicators.select("A")
    qtbot.keyClick(panel.indicators.list, Qt.Key.Key_Space)
    assert panel.determination.text().startswith("Meets")

    # Tattoos: click on the chest, fill the details.
    view.open_panel("tattoos")
    panel = view.panel("tattoos")
    box = panel.map.figure_rect("front")
    qtbot.mouseClick(
        panel.map,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(box.left() + 0.5 * box.width()), int(box.top() + 0.25 * box.height())),
    )
    assert len(view.ctx.interview.tattoos) == 1
    qtbot.keyClicks(panel.fields["description"], "a small crown")
    assert "a small crown" in panel.list.item(0).text()

    # Online accounts: Insert adds a row, type into it.
    view.open_panel("online")
    panel = view.panel("online")
    panel.table.view.setFocus()
    qtbot.keyClick(panel.table.view, Qt.Key.Key_Insert)
    table = panel.table.view
    table.setCurrentIndex(panel.table.model.index(0, 1))
    qtbot.keyClick(table, "m")  # typing opens the cell's editor, which takes the rest
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClicks(editor, "imi_304")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # a person's pace: the closed editor is deleted before focus moves on

    view.open_panel("associates")
    panel = view.panel("associates")
    qtbot.keyClick(panel.associates.view, Qt.Key.Key_Insert)
    panel.associates.model.setData(panel.associates.model.index(0, 2), "boyfriend")
    qtbot.keyClick(panel.victims.view, Qt.Key.Key_Insert)
    qtbot.keyClick(panel.victims.view, Qt.Key.Key_Insert)
    qtbot.keyClick(panel.victims.view, Qt.Key.Key_Delete)
    assert len(view.ctx.interview.other_victims) == 1

    # Special: a foreign national minor with a suspicion -> the OTIP banner.
    view.open_panel("special")
    panel = view.panel("special")
    panel.foreign.setCurrentIndex(panel.foreign.findData(YesNoUnknown.YES.value))
    qtbot.mouseClick(panel.suspicion.now_button, Qt.MouseButton.LeftButton)
    click_box(qtbot, panel.runaway)
    qtbot.waitUntil(lambda: view.otip_banner.isVisible() and view.runaway_banner.isVisible())
    assert "OTIP" in view.otip_banner.label.text()

    # Responsibilities: steps became due; mark the hotline call done.
    view.open_panel("responsibilities")
    panel = view.panel("responsibilities")
    assert "proc.cse.s2" in panel.step_ids()
    status, when, _note = panel.step_row("proc.cse.s2")
    status.setCurrentIndex(status.findData(StepStatus.DONE.value))
    assert when.value() is not None

    view.open_panel("collateral")
    panel = view.panel("collateral")
    qtbot.keyClick(panel.table.view, Qt.Key.Key_Insert)
    panel.table.model.setData(panel.table.model.index(0, 1), "Officer Example")

    view.open_panel("allegations")
    panel = view.panel("allegations")
    # The suggested CSE allegation's "Add this allegation" button, found by its name.
    cse = next(s.cwscms_name for s in view.ctx.bank.subcategories if s.id == "cse")
    add = next(
        b for b in panel.findChildren(QPushButton) if b.accessibleName() == f"Add allegation: {cse}"
    )
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert view.ctx.interview.allegations[0].proposed_conclusion is None

    view.open_panel("needs")
    panel = view.panel("needs")
    panel.needs.select("need.housing")
    qtbot.keyClick(panel.needs.list, Qt.Key.Key_Space)
    panel.services.select("svc.basic_needs")
    qtbot.keyClick(panel.services.list, Qt.Key.Key_Space)

    view.open_panel("review")
    panel = view.panel("review")
    qtbot.keyClicks(panel.narrative, "Met the youth at the placement office.")
    assert "skipped" in panel.questions.text()
    assert view.flush()

    saved = reopen(store, bank, interview_id)
    assert saved.contact.language == "Spanish"
    assert saved.answers[first_q].response == Response.ANSWERED
    assert saved.answers[first_q].own_words == "I'm tired, I stay at my cousin's"
    assert saved.answers[third_q].response == Response.DECLINED
    assert second_q not in saved.answers
    assert saved.red_flags[flag].sources == [Source.OBSERVED]
    assert set(saved.at_risk_indicators) == {"A"}
    tattoo = saved.tattoos[0]
    assert tattoo.number == 1 and tattoo.side == BodySide.FRONT
    assert tattoo.description == "a small crown" and tattoo.location == "tattoo.loc.chest"
    assert saved.online_accounts[0].handle == "mimi_304"
    assert saved.associates[0].relationship == "boyfriend"
    assert len(saved.other_victims) == 1
    assert saved.special.foreign_national == YesNoUnknown.YES
    assert saved.special.suspicion_at is not None and saved.special.runaway_return
    assert saved.responsibilities["proc.cse.s2"].status == StepStatus.DONE
    assert saved.collateral_contacts[0].name == "Officer Example"
    assert saved.allegations[0].subcategory == "cse"
    assert saved.allegations[0].proposed_conclusion is None
    assert "need.housing" in saved.needs and "svc.basic_needs" in saved.services
    assert saved.narrative == "Met the youth at the placement office."
    assert saved.last_panel == "review"


def test_full_caregiver_interview(qtbot, store, bank) -> None:
    interview_id = new_interview_via_dialog(qtbot, store, bank, kind_index=1)
    view = open_view(qtbot, store, bank, interview_id)
    assert "caregiver" in view.flow() and "youth" not in view.flow()
    next_page(qtbot, view)
    assert view.current_panel() == "caregiver/guide.caregiver.opening"
    questions = bank.section("caregiver.questions").items
    for n, item in enumerate(questions):
        next_page(qtbot, view)
        assert view.current_panel() == f"caregiver/{item.id}"
        if n % 2 == 0:
            # Keyboard only: Alt+N chooses "No"; focus stays in their words (issue 13).
            qtbot.keyClick(
                QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier
            )
            qtbot.wait(150)  # a mnemonic "clicks" after a short animation
            qtbot.keyClicks(QApplication.focusWidget(), f"caregiver said {n}")
    next_page(qtbot, view)
    assert view.current_panel().startswith("investigative/")
    # Walk to the end with Alt+Right: every panel is reachable by keyboard.
    seen = set()
    for _ in range(60):
        seen.add(view.current_panel().partition("/")[0])
        qtbot.keyClick(
            view.focusWidget() or view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
        )
    assert view.current_panel() == "review"
    assert seen | {"review"} == set(view.flow()) - {"contact", "caregiver"} | {"review"}
    review = view.panel("review")
    qtbot.keyClicks(review.narrative, "Caregiver interviewed at home.")
    assert view.flush()
    saved = reopen(store, bank, interview_id)
    assert saved.interviewee.type == IntervieweeType.CAREGIVER
    for n, item in enumerate(questions):
        if n % 2 == 0:
            assert saved.answers[item.id].response == Response.NO
            assert saved.answers[item.id].own_words == f"caregiver said {n}"
        else:
            assert item.id not in saved.answers
    assert saved.narrative == "Caregiver interviewed at home."


def test_reopening_returns_to_the_same_page(qtbot, store, bank) -> None:
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    target = bank.section("youth.specific").items[3].id
    view.open_panel(f"youth/{target}")
    answer_current(qtbot, view, Response.UNSURE, "not sure")
    assert view.flush()
    view.close()
    again = open_view(qtbot, store, bank, interview_id)
    assert again.current_panel() == f"youth/{target}"
    card = again.panel("youth").card
    assert card.own_words.toPlainText() == "not sure"
    assert card.buttons[Response.UNSURE].isChecked()


def test_changing_the_interviewee_type_changes_the_flow(qtbot, store, bank) -> None:
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    form = view.panel("contact").form
    form.interviewee_type.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "caregiver" in view.flow())
    assert "youth" not in view.flow()
    assert view.flush()
    assert store.load(interview_id).interviewee.type == IntervieweeType.CAREGIVER


def test_close_flushes_and_signals(qtbot, store, bank) -> None:
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    qtbot.keyClicks(view.panel("contact").form.location, "School")
    with qtbot.waitSignal(view.closed, timeout=1000):
        qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    assert store.load(interview_id).contact.location == "School"


def test_tattoo_marks_placed_moved_removed_stay_in_sync(qtbot, store, bank) -> None:
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("tattoos")
    panel = view.panel("tattoos")
    front, back = panel.map.figure_rect("front"), panel.map.figure_rect("back")

    def at(box, x, y) -> QPoint:  # noqa: ANN001
        return QPoint(int(box.left() + x * box.width()), int(box.top() + y * box.height()))

    qtbot.mouseClick(panel.map, Qt.MouseButton.LeftButton, pos=at(front, 0.5, 0.16))
    qtbot.mouseClick(panel.map, Qt.MouseButton.LeftButton, pos=at(back, 0.5, 0.3))
    qtbot.mouseClick(panel.map, Qt.MouseButton.LeftButton, pos=at(front, 0.02, 0.02))  # off body
    tattoos = view.ctx.interview.tattoos
    assert [t.number for t in tattoos] == [1, 2] and panel.list.count() == 2
    assert tattoos[1].side == BodySide.BACK
    # Drag mark 1 down to the chest.
    first = tattoos[0]
    qtbot.mousePress(panel.map, Qt.MouseButton.LeftButton, pos=at(front, 0.5, 0.16))
    qtbot.mouseMove(panel.map, at(front, 0.5, 0.22))
    qtbot.mouseMove(panel.map, at(front, 0.5, 0.25))
    qtbot.mouseRelease(panel.map, Qt.MouseButton.LeftButton, pos=at(front, 0.5, 0.25))
    assert abs(first.y - 0.25) < 0.01 and first.location == "tattoo.loc.chest"
    assert panel.list.item(0).text().startswith("1. Chest")
    # Select mark 2 with the arrow keys and remove it with Delete.
    panel.map.setFocus()
    qtbot.keyClick(panel.map, Qt.Key.Key_Right)
    assert panel.map.current == tattoos[1].id
    removed = tattoos[1].id
    qtbot.keyClick(panel.map, Qt.Key.Key_Delete)
    assert panel.list.count() == 1 and len(panel.map.marks) == 1
    assert view.flush()
    saved = store.load(interview_id).tattoos
    assert [t.id for t in saved] == [first.id] and removed not in {t.id for t in saved}
    assert abs(saved[0].y - 0.25) < 0.01 and saved[0].location == "tattoo.loc.chest"


def test_navigator_by_keyboard_shows_panels_and_enter_goes_in(qtbot, store, bank) -> None:
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    nav = view.navigator
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)  # onto "Youth interview"
    assert view.current_panel().startswith("youth")
    assert QApplication.focusWidget() is nav  # arrows keep working in the list
    for _ in range(3):
        qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is nav
    here = view.current_panel()
    qtbot.keyClick(nav, Qt.Key.Key_Return)
    assert view.current_panel() == here
    assert view.isAncestorOf(QApplication.focusWidget()) and QApplication.focusWidget() is not nav


def test_red_flags_filter_by_category(qtbot, store, bank) -> None:
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("red_flags")
    panel = view.panel("red_flags")
    panel.filter.setCurrentIndex(panel.filter.findData("labor"))
    shown = {i.data(Qt.ItemDataRole.UserRole + 1) for i in panel.marks.items() if not i.isHidden()}
    assert shown == {f.id for f in bank.red_flags if "labor" in f.categories}
    assert "rf.spends_time_cse_area" not in shown
    panel.filter.setCurrentIndex(panel.filter.findData("ticked"))
    assert all(i.isHidden() for i in panel.marks.items())


def test_otip_banner_shows_the_due_time_and_turns_red_near_it(qtbot, store, bank) -> None:
    from datetime import UTC, datetime, timedelta

    from app.model import RedFlagObservation, SpecialConsiderations

    interview_id = make_interview(store, bank)
    store.set_red_flag(interview_id, "rf.owes_debt_employer", RedFlagObservation())
    suspected = datetime.now(UTC) - timedelta(hours=20)
    store.update_special(
        interview_id,
        SpecialConsiderations(foreign_national=YesNoUnknown.YES, suspicion_at=suspected),
    )
    view = open_view(qtbot, store, bank, interview_id)
    due = (suspected + timedelta(hours=24)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert view.otip_banner.isVisible() and due in view.otip_banner.label.text()
    assert view.otip_banner.kind == "error"  # 4 hours left
    view.open_panel("special")
    panel = view.panel("special")
    qtbot.mouseClick(panel.otip.now_button, Qt.MouseButton.LeftButton)
    # Issue 12: notified without the Request for Assistance, the RFA is still due.
    qtbot.waitUntil(lambda: "RFA still due" in view.otip_banner.label.text())
    click_box(qtbot, panel.rfa)
    qtbot.waitUntil(lambda: not view.otip_banner.isVisible())
    assert view.flush()
    assert store.load(interview_id).special.otip_notified_at is not None


def test_deleting_a_filled_row_asks_first(qtbot, store, bank) -> None:
    from ui import dialogs

    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("associates")
    table = view.panel("associates").associates
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    table.view.setCurrentIndex(table.model.index(0, 0))
    qtbot.keyClick(table.view, "D")
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "re")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    try:
        dialogs.answer_next(False)
        qtbot.keyClick(table.view, Qt.Key.Key_Delete)
        assert dialogs.shown and len(view.ctx.interview.associates) == 1  # asked, kept
        dialogs.answer_next(True)
        qtbot.keyClick(table.view, Qt.Key.Key_Delete)
        assert view.ctx.interview.associates == []
    finally:
        dialogs.reset_hooks()
    assert view.flush()
    assert store.load(interview_id).associates == []
