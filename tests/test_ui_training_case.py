"""Issue 14 in the training window: a practice case with a youth and a caregiver contact.

A trainee starts the two-contact scenario, records on the youth's contact, adds the
caregiver's contact from the case (toolbar), hears the grandmother's replies, sees
the youth's findings already there, records hers, and the debrief scores the case
and says which contact each finding came from. Keys go to the focused widget, clicks
to whatever is on the screen; then the store is locked, reopened and read back, and
the debrief PDF read with pypdf. Set CEC_TRAINING_SHOTS=/folder to keep the
1366x768 pictures of the second contact.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import training as T
from app.model import IntervieweeType, Response
from tests.helpers.training import open_training
from tests.person import click, click_at, focused, press, screen_point, type_keys
from ui.settings import Settings
from ui.training.debrief_page import next_save_path
from ui.training.picker import ID_ROLE

CASE = "grandmother-and-youth"


@pytest.fixture
def window(qtbot, tmp_path: Path, seen_tour_settings: Settings):  # noqa: ANN001, ANN201
    return open_training(qtbot, seen_tour_settings, tmp_path / "training" / "training.cec")


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CEC_TRAINING_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _pick_and_start(qtbot, window, scenario_id: str, shots: Path | None = None) -> None:  # noqa: ANN001
    picker = window.picker
    row = next(
        r for r in range(picker.list.count()) if picker.list.item(r).data(ID_ROLE) == scenario_id
    )
    rect = picker.list.visualItemRect(picker.list.item(row))
    click_at(qtbot, screen_point(picker.list.viewport(), rect.center()))
    assert picker.selected_scenario() == scenario_id
    if scenario_id == CASE:  # the case's brief, and how its contacts come
        assert "One case, 2 contacts: you start with the youth, Marcus D." in picker.brief.text()
        assert "Add the caregiver contact" in picker.brief.text()
        assert "brings in the caregiver, Loretta D." in picker.brief.text()
        if shots is not None:
            window.grab().save(str(shots / "case-00-picker.png"))
    click(qtbot, picker.start)
    assert window.page() == "session"


def _tick(qtbot, view, flag_id: str) -> None:  # noqa: ANN001
    """Find the flag in the red flags list and tick it with Space, as in the field."""
    view.open_panel("red_flags")
    marks = view.panel("red_flags").marks
    marks.select(flag_id)
    marks.list.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert marks.is_checked(flag_id)


def _answer(qtbot, view, panel_id: str, qid: str, response: Response, words: str) -> None:  # noqa: ANN001
    view.open_panel(f"{panel_id}/{qid}")
    panel = view.panel(panel_id)
    click(qtbot, panel.card.buttons[response])
    click(qtbot, panel.card.own_words)
    assert focused() is panel.card.own_words
    type_keys(qtbot, words)


def _toolbar_button(window, action):  # noqa: ANN001, ANN202
    button = window.toolbar.widgetForAction(action)
    assert button is not None and button.isVisible(), action.text()
    return button


def test_a_trainee_walks_both_contacts_and_the_debrief_scores_the_case(
    qtbot,
    window,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    shots = _shots(tmp_path)
    _pick_and_start(qtbot, window, CASE, shots)
    session = window.session
    youth_id = session.interview_id
    assert session.scenario.interviewee_type == IntervieweeType.YOUTH
    view = session.view
    # The youth's contact: his reply under the question, a tattoo flag and money held.
    _answer(qtbot, view, "youth", "youth.specific.q06", Response.YES, "He keeps what I bring back.")
    assert "He keeps what I bring back" in view.panel("youth").said.words.text()
    _tick(qtbot, view, "rf.tattoos_branding")
    _tick(qtbot, view, "rf.money_controlled")

    # Add the caregiver's contact from the case: one click, nothing retyped.
    add = _toolbar_button(window, window.add_contact_action)
    window.grab().save(str(shots / "case-01-youth-add-contact.png"))
    assert "caregiver" in window.add_contact_action.text()
    click(qtbot, add)
    assert window.page() == "session" and window.session is not session
    session = window.session
    view = session.view
    care_id = session.interview_id
    assert care_id != youth_id
    assert view.ctx.interview.interviewee.type == IntervieweeType.CAREGIVER
    assert view.ctx.interview.youth.name == "Marcus D."  # from the case
    assert not window.add_contact_action.isVisible()  # both contacts made
    # The scenario's responses are now the grandmother's.
    _answer(qtbot, view, "caregiver", "caregiver.q08", Response.YES, "Gone four days.")
    said = view.panel("caregiver").said
    assert said.isVisible() and "caregiver says" in said.title()
    assert "Last month he was gone four days" in said.words.text()
    assert "Contact 2 of 2 in this case" in session.side.case.text.text()
    QApplication.processEvents()
    window.grab().save(str(shots / "case-02-caregiver-question.png"))
    # The youth's findings are the case's: already ticked on her contact.
    view.open_panel("red_flags")
    marks = view.panel("red_flags").marks
    assert marks.is_checked("rf.tattoos_branding") and marks.is_checked("rf.money_controlled")
    _tick(qtbot, view, "rf.chronic_runaway")
    window.grab().save(str(shots / "case-03-caregiver-red-flags.png"))

    click(qtbot, _toolbar_button(window, window.finish_action))
    assert window.page() == "debrief"
    window.grab().save(str(shots / "case-04-debrief.png"))
    result = window.debrief_page.result
    flags = {i.id: i for i in result.area("red_flags").items}
    assert {k for k, i in flags.items() if i.status == "found"} == {
        "rf.tattoos_branding",
        "rf.money_controlled",
        "rf.chronic_runaway",
    }
    assert flags["rf.tattoos_branding"].contact.startswith("youth, ")
    assert flags["rf.chronic_runaway"].contact.startswith("caregiver, ")
    assert flags["rf.unexplained_injuries"].comes_out_in == "the caregiver\u2019s contact"
    body = window.debrief_page.body.toPlainText()
    assert "Recorded in the contact: caregiver" in body
    assert "Recorded in the contact: youth" in body

    # The trainer's PDF says which contact each came from.
    target = tmp_path / "out" / "debrief.pdf"
    target.parent.mkdir()
    next_save_path.append(target)
    click(qtbot, window.debrief_page.save_pdf)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Recorded in the contact: caregiver" in text
    assert "Where it comes out: the caregiver\u2019s contact" in text

    # Read back from the store: one case, two contacts, each finding with its contact.
    path = window.store.path
    window.close()
    store = T.open_training_store(path)
    try:
        listed = store.list_interviews()
        assert {s.id for s in listed} == {youth_id, care_id}
        case_id = store.load(care_id).case_id
        assert case_id and store.load(youth_id).case_id == case_id
        case = store.load_case(case_id)
        assert [c.interviewee.type for c in case.contacts] == [
            IntervieweeType.YOUTH,
            IntervieweeType.CAREGIVER,
        ]
        view_ = store.case_view(case_id)
        assert view_.red_flags["rf.tattoos_branding"].contact_id == youth_id
        assert view_.red_flags["rf.chronic_runaway"].contact_id == care_id
        assert store.load(care_id).answers["caregiver.q08"].own_words == "Gone four days."
        assert "caregiver.q08" not in store.load(youth_id).answers
    finally:
        store.lock()


def test_a_one_contact_scenario_offers_no_second_contact(qtbot, window) -> None:  # noqa: ANN001
    _pick_and_start(qtbot, window, "caregiver-denies")
    assert not window.add_contact_action.isVisible()
    assert "Contact 1" not in window.session.side.case.text.text()


def test_reopening_the_caregiver_contact_keeps_her_replies(qtbot, window) -> None:  # noqa: ANN001
    sc = T.scenario_by_id(window.scenarios, CASE)
    youth, caregiver = T.scripted_case(sc, window.bank)
    window.store.create_interview(youth)
    caregiver.case_id = youth.case_id
    care_id = window.store.create_interview(caregiver)
    window.show_cases()
    rows = [window.picker.cases.item(r).text() for r in range(window.picker.cases.count())]
    assert len(rows) == 2 and any("caregiver contact" in r for r in rows)
    window.open_case(care_id)
    session = window.session
    assert session.scenario.interviewee_type == IntervieweeType.CAREGIVER
    assert session.scenario.response_for("caregiver.q01") is not None
    # The whole worked case, entered over its two contacts, scores 100.
    window.finish_action.trigger()
    result = window.debrief_page.result
    assert result.overall == 100, [(a.area, a.score) for a in result.areas]
    assert len(result.contacts) == 2
