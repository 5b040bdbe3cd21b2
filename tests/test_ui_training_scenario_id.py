"""The training window matches a practice case to its scenario by the case's
scenario_id (issue 6), whatever the trainee types into the youth's name and the
contact's purpose; old cases (no id) still match the former way.

Real parts: a real SQLCipher training store in tmp_path and the real window, the
edits typed with keys into the contact panel.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app import training as T
from app.training import TRAINING_MARK
from tests.helpers.training import open_training
from ui import dialogs
from ui.training.window import scenario_for


@pytest.fixture
def window(qtbot, tmp_path: Path, seen_tour_settings):  # noqa: ANN001, ANN201
    return open_training(qtbot, seen_tour_settings, tmp_path / "training" / "training.cec")


def retype(qtbot, edit: QLineEdit, text: str, keep: str = "") -> None:  # noqa: ANN001
    """Type ``text`` over everything after ``keep``, as a trainee would (QTest types
    ASCII only, so the training mark's dash is kept rather than typed)."""
    assert edit.text().startswith(keep)
    edit.setFocus()
    edit.setCursorPosition(len(keep))
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, text)
    assert edit.text() == keep + text


def open_first_case(qtbot, window) -> None:  # noqa: ANN001
    window.picker.cases.setCurrentRow(0)
    qtbot.mouseClick(window.picker.open, Qt.MouseButton.LeftButton)


def test_editing_both_the_name_and_the_purpose_keeps_the_case_on_its_scenario(
    qtbot,
    window,  # noqa: ANN001
) -> None:
    own = T.scenario_by_id(window.scenarios, "boyfriend-sales")
    # The other case's name and purpose, so the old matching would pick the wrong key.
    other = T.scenario_by_id(window.scenarios, "runaway-return")
    window.picker.select_scenario(own.id)
    qtbot.mouseClick(window.picker.start, Qt.MouseButton.LeftButton)
    session = window.session
    assert window.page() == "session" and session.scenario.id == own.id
    iid = session.interview_id
    session.view.open_panel("contact")
    form = session.view.panel("contact").form
    retype(qtbot, form.youth_name, other.youth_name)
    retype(qtbot, form.purpose, other.contact["purpose"], keep=f"{TRAINING_MARK}: ")

    window.cases_action.trigger()  # back to the list: the session saves everything
    assert window.page() == "picker"
    stored = window.store.load(iid)
    assert stored.youth.name == other.youth_name
    assert stored.contact.purpose == f"{TRAINING_MARK}: {other.contact['purpose']}"
    assert stored.scenario_id == own.id
    row = window.picker.cases.item(0).text()
    assert own.title in row and other.title not in row and other.youth_name in row

    open_first_case(qtbot, window)
    assert window.page() == "session" and window.session.interview_id == iid
    assert window.session.scenario.id == own.id  # its own replies and answer key
    window.finish_action.trigger()
    assert window.debrief_page.result.scenario_id == own.id


def test_a_case_made_before_scenario_id_still_matches_by_its_purpose(
    qtbot,
    window,  # noqa: ANN001
) -> None:
    scenario = T.scenario_by_id(window.scenarios, "domestic-debt")
    old = T.start_interview(scenario, window.bank)
    old.scenario_id = ""  # as stored before migration 0004
    old.youth.name = "Renamed by the trainee"
    window.store.create_interview(old)
    window.show_cases()
    assert scenario.title in window.picker.cases.item(0).text()
    open_first_case(qtbot, window)
    assert window.page() == "session" and window.session.scenario.id == scenario.id


def test_an_id_no_scenario_has_is_not_guessed_from_the_name(qtbot, window) -> None:  # noqa: ANN001
    scenario = T.scenario_by_id(window.scenarios, "edge-not-at-risk")
    case = T.start_interview(scenario, window.bank)
    case.scenario_id = "a-retired-scenario"  # purpose and name still those of a live one
    assert scenario_for(case, window.scenarios) is None
    window.store.create_interview(case)
    window.show_cases()
    assert "unknown scenario" in window.picker.cases.item(0).text()
    dialogs.record_messages = True
    open_first_case(qtbot, window)
    assert window.page() == "picker"
    assert "no longer matches any of the scenarios" in dialogs.shown[-1][1]
