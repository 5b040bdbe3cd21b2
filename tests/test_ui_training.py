"""The training window (issue 6): banner and title, the scenario's replies beside the
questions, coaching as the trainee types, the debrief and its PDF, the tour.

Real parts: a real SQLCipher training store in tmp_path, the real window driven by
keys and clicks, the PDF read back with pypdf.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

from app import training as T
from app.model import Response
from app.training import TRAINING_MARK
from app.training.debrief import half_up
from tests.helpers.training import open_training
from ui import dialogs
from ui.panels.base import flow_for
from ui.settings import TOUR_SHOWN, Settings
from ui.training.debrief_page import next_save_path
from ui.training.tour import TourDialog


@pytest.fixture
def window(qtbot, tmp_path: Path, seen_tour_settings: Settings):  # noqa: ANN001, ANN201
    return open_training(qtbot, seen_tour_settings, tmp_path / "training" / "training.cec")


def start(qtbot, window, scenario_id: str):  # noqa: ANN001, ANN201
    """Choose the scenario in the picker and press Start, as a trainee would."""
    picker = window.picker
    picker.select_scenario(scenario_id)
    assert picker.selected_scenario() == scenario_id
    qtbot.mouseClick(picker.start, Qt.MouseButton.LeftButton)
    assert window.page() == "session"
    return window.session


def banner_shown_above(window) -> bool:  # noqa: ANN001
    banner = window.banner
    top = banner.mapTo(window, QPoint(0, 0)).y()
    page_top = window.stack.mapTo(window, QPoint(0, 0)).y()
    return (
        banner.isVisible()
        and TRAINING_MARK in banner.text()
        and top < page_top
        and banner.height() > 10
        and banner.width() >= window.stack.width()
    )


def test_title_says_training_and_banner_stays_on_every_page(qtbot, window) -> None:  # noqa: ANN001
    assert "TRAINING" in window.windowTitle()
    assert window.page() == "picker" and banner_shown_above(window)
    session = start(qtbot, window, "caregiver-denies")
    view = session.view
    panels = [c.panel_id for c in flow_for(view.ctx.interview, view.bank)]
    assert "caregiver" in panels and "review" in panels and len(panels) >= 14
    for pid in panels:
        view.open_panel(pid)
        QApplication.processEvents()
        assert view.current_panel().partition("/")[0] == pid
        assert banner_shown_above(window), pid
        assert "TRAINING" in window.windowTitle()
    window.finish_action.trigger()
    assert window.page() == "debrief" and banner_shown_above(window)


def test_the_scenario_reply_is_shown_under_the_question_and_recorded_as_in_the_field(
    qtbot,
    window,  # noqa: ANN001
) -> None:
    session = start(qtbot, window, "runaway-return")
    view, scenario = session.view, session.scenario
    qid = "youth.open_ended.q02"
    view.open_panel(f"youth/{qid}")
    panel = view.panel("youth")
    said = panel.said
    assert said is not None and said.isVisible()
    assert said.parent() is panel.card  # beside the question, in the card
    words = scenario.response_for(qid).words
    assert words and words in said.words.text()
    assert "youth says" in said.title()
    # The category is the trainee's call: it is never shown.
    assert "declined" not in said.words.text().lower()

    qtbot.mouseClick(panel.card.buttons[Response.DECLINED], Qt.MouseButton.LeftButton)
    panel.card.own_words.setFocus()
    qtbot.keyClicks(panel.card.own_words, "Around. With friends.")
    assert view.flush()
    saved = window.store.load(session.interview_id).answers[qid]
    assert saved.response == Response.DECLINED and saved.own_words == "Around. With friends."

    # The next question shows its own reply; a question with none would hide the box.
    view.go(True)
    nxt = view.current_panel().partition("/")[2]
    assert scenario.response_for(nxt).words in said.words.text()


def test_a_coaching_note_appears_after_a_labelling_term_in_a_note(qtbot, window) -> None:  # noqa: ANN001
    session = start(qtbot, window, "boyfriend-sales")
    view = session.view
    view.open_panel("youth/guide.youth.rapport")  # rapport first: no opening note
    view.open_panel("youth/youth.open_ended.q01")
    qtbot.wait(400)
    before = [n.kind for n in session.side.coaching.notes]
    assert "language" not in before
    card = view.panel("youth").card
    card.notes.setFocus()
    qtbot.keyClicks(card.notes, "Acts like a delinquent")
    qtbot.waitUntil(
        lambda: any(n.kind == "language" for n in session.side.coaching.notes), timeout=3000
    )
    note = next(n for n in session.side.coaching.notes if n.kind == "language")
    assert "delinquent" in note.message and note.guide
    assert session.side.coaching.isVisible()
    shown = [w.text() for w in session.side.coaching.findChildren(type(window.banner).__base__)]
    assert any("delinquent" in t for t in shown)
    # Non-blocking: the trainee is still typing in the note.
    assert QApplication.focusWidget() is card.notes


def test_a_scripted_key_run_scores_full_marks_in_the_debrief(qtbot, window) -> None:  # noqa: ANN001
    scenario = T.scenario_by_id(window.scenarios, "restaurant-otip")
    iid = window.store.create_interview(T.scripted_interview(scenario, window.bank))
    window.show_cases()
    assert window.picker.cases.count() == 1
    assert scenario.title in window.picker.cases.item(0).text()
    qtbot.mouseClick(window.picker.open, Qt.MouseButton.LeftButton)
    assert window.page() == "session" and window.session.interview_id == iid
    window.finish_action.trigger()
    result = window.debrief_page.result
    assert result is not None and result.overall == 100
    assert all(area.score == 100 for area in result.areas)
    assert "overall 100 of 100" in window.debrief_page.heading.text()
    text = window.debrief_page.body.toPlainText()
    assert TRAINING_MARK in text and "Missed" not in text and "Found" in text


def test_a_partial_run_by_clicks_gets_exactly_the_expected_misses(qtbot, window) -> None:  # noqa: ANN001
    session = start(qtbot, window, "runaway-return")
    key_flags = list(session.scenario.key.red_flags)
    view = session.view
    view.open_panel("red_flags")
    marks = view.panel("red_flags").marks
    for flag_id in key_flags[:2]:
        marks.select(flag_id)
        marks.list.setFocus()
        qtbot.keyClick(marks.list, Qt.Key.Key_Space)  # Space ticks, as in the field
        assert marks.is_checked(flag_id)
    window.finish_action.trigger()
    area = window.debrief_page.result.area("red_flags")
    assert area.ids("found") == tuple(key_flags[:2])
    assert area.ids("missed") == tuple(key_flags[2:])
    assert area.score == half_up(100 * 2 / len(key_flags))
    assert f"score {area.score}" in window.debrief_page.body.toPlainText()
    # Back to the interview keeps the same practice case open.
    qtbot.mouseClick(window.debrief_page.back, Qt.MouseButton.LeftButton)
    assert window.page() == "session" and window.session is session


def test_debrief_pdf_is_saved_and_marked_on_every_page(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    start(qtbot, window, "domestic-debt")
    window.finish_action.trigger()
    target = tmp_path / "out" / "debrief"
    target.parent.mkdir()
    next_save_path.append(target)
    qtbot.mouseClick(window.debrief_page.save_pdf, Qt.MouseButton.LeftButton)
    pdf = target.with_name("debrief.pdf")
    assert pdf.exists() and str(pdf) in window.debrief_page.status.text()
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages]
    assert pages and all(TRAINING_MARK in page for page in pages)
    assert any("Missed" in page for page in pages)
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["debrief.pdf"]  # no leftovers


def test_deleting_a_practice_case_asks_first(qtbot, window) -> None:  # noqa: ANN001
    start(qtbot, window, "edge-not-at-risk")
    window.cases_action.trigger()
    assert window.picker.cases.count() == 1 and window.picker.delete.isEnabled()
    dialogs.answer_next(False)
    qtbot.mouseClick(window.picker.delete, Qt.MouseButton.LeftButton)
    assert len(window.store.list_interviews()) == 1
    dialogs.answer_next(True)
    qtbot.mouseClick(window.picker.delete, Qt.MouseButton.LeftButton)
    assert window.store.list_interviews() == [] and not window.picker.open.isEnabled()
    assert "practice case" in dialogs.shown[-1][1]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # a real dialog is shown; offscreen warns
def test_the_tour_shows_once_and_reopens_from_help(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    ini = tmp_path / "fresh.ini"
    fresh = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    path = tmp_path / "training" / "training.cec"

    def tours() -> list[TourDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, TourDialog)
                and w.isVisible()]  # fmt: skip

    first = open_training(qtbot, fresh, path)
    qtbot.waitUntil(lambda: len(tours()) == 1, timeout=2000)
    tour = tours()[0]
    assert fresh.get(TOUR_SHOWN) is True
    assert tour.findChildren(type(first.banner))  # the training band in the dialog too
    titles = [tour.pages.currentWidget().findChildren(type(tour.where))[0].text()]
    while tour.next.isEnabled():
        qtbot.mouseClick(tour.next, Qt.MouseButton.LeftButton)
        titles.append(tour.pages.currentWidget().findChildren(type(tour.where))[0].text())
    assert {"Autosave", "Locking", "Training mode"} <= set(titles)
    assert tour.where.text() == f"{len(titles)} of {len(titles)}"
    body = " ".join(label.text() for label in tour.findChildren(type(tour.where)))
    assert "Ctrl+L" in body and "saved" in body and "Red flags" in body
    qtbot.mouseClick(tour.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tours(), timeout=2000)
    first.close()

    again = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    second = open_training(qtbot, again, path)
    qtbot.wait(200)
    assert not tours()  # shown once
    second.tour_action.trigger()
    qtbot.waitUntil(lambda: len(tours()) == 1, timeout=2000)
    tours()[0].reject()
