"""Issue 14: inside a contact, the panels show the case's findings and where each was
learned ("youth, 11/12"; "this contact" for the open one), keep that source when the
CSW edits a finding learned elsewhere, and the question panels show only this
contact's answers.

A person works the youth contact with the keyboard, then the caregiver contact of the
same case is opened; the record is read back from the store after locking it.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.model import (
    Answer,
    Contact,
    Interview,
    Interviewee,
    IntervieweeType,
    Response,
    Youth,
)
from tests.helpers.interview import open_view, reopen
from tests.person import click_at, focused, press, type_keys
from ui.panels.provenance import Provenance

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

YOUTH_DAY = date(2026, 11, 12)
CAREGIVER_DAY = date(2026, 11, 14)


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):  # noqa: ANN001, ANN201
    asked: list[str] = []

    def confirm(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return False

    monkeypatch.setattr("ui.dialogs.confirm", confirm)
    yield asked
    assert asked == [], f"typing brought up a question: {asked}"


def _youth_contact(store, bank) -> str:  # noqa: ANN001
    return store.create_interview(
        Interview(
            content_version=bank.version,
            youth=Youth(name="T.R.", referral_number="0100-2222-3333"),
            interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
            contact=Contact(date=YOUTH_DAY),
        )
    )


def _caregiver_contact(store, bank, youth_id: str) -> str:  # noqa: ANN001
    case_id = store.load(youth_id).case_id
    return store.new_contact(
        case_id,
        Interviewee(type=IntervieweeType.CAREGIVER, name="Ms. Fictional", relationship="aunt"),
        Contact(date=CAREGIVER_DAY),
        bank.version,
    )


def _column(table, title: str) -> int:  # noqa: ANN001
    model = table.model
    for n in range(model.columnCount()):
        if model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == title:
            return n
    raise AssertionError(f"no column {title!r}")


def _shown(table, row: int, title: str) -> str:  # noqa: ANN001
    """What a person reads in a cell."""
    return table.model.index(row, _column(table, title)).data(Qt.ItemDataRole.DisplayRole)


def test_findings_typed_in_the_youth_contact_show_in_the_caregiver_contact_with_their_source(
    qtbot, store, bank
) -> None:  # noqa: ANN001
    youth_id = _youth_contact(store, bank)
    view = open_view(qtbot, store, bank, youth_id)
    first_flag = bank.red_flags[0].id
    view.open_panel("red_flags")  # the keyboard is in the list, on the first flag
    press(qtbot, Qt.Key.Key_Space)
    view.open_panel("associates")
    qtbot.wait(20)
    press(qtbot, Qt.Key.Key_Insert)
    type_keys(qtbot, "Dre\tD\tboyfriend\t \tYes\tdrives her places\n")
    view.open_panel("at_risk")
    press(qtbot, Qt.Key.Key_Space)  # indicator A
    assert view.flush()
    view.close()

    caregiver_id = _caregiver_contact(store, bank, youth_id)
    view = open_view(qtbot, store, bank, caregiver_id)
    flags = view.panel("red_flags")
    view.open_panel("red_flags")
    item = flags.marks.item_for(first_flag)
    assert item.checkState() == Qt.CheckState.Checked  # the case's flag, not 0 of 39
    assert "from youth, 11/12" in item.text()
    view.open_panel("at_risk")
    assert "from youth, 11/12" in view.panel("at_risk").indicators.item_for("A").text()
    view.open_panel("associates")
    table = view.panel("associates").associates
    assert _shown(table, 0, "Name") == "Dre"
    assert _shown(table, 0, "Learned in") == "youth, 11/12"

    # The caregiver adds to what the youth said: the associate keeps its source.
    rect = table.view.visualRect(table.model.index(0, _column(table, "Notes")))
    click_at(qtbot, table.view.viewport().mapToGlobal(rect.center()))
    type_keys(qtbot, "aunt has seen his car\n")
    # A flag the caregiver tells of is this contact's.
    view.open_panel("red_flags")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    second_flag = bank.red_flags[1].id
    assert flags.marks.source(second_flag) == "this contact"
    # Ticking makes it the current item: the detail pane says where it was learned, and
    # the list keeps its layout (issue 13: nothing moves under the mouse).
    assert "Learned in: this contact" in flags.marks.heading.text()
    assert "↳" not in flags.marks.item_for(second_flag).text()
    assert view.flush()
    view.close()

    loaded = reopen(store, bank, caregiver_id)
    (dre,) = loaded.associates
    assert dre.notes == "aunt has seen his car"
    assert dre.contact_id == youth_id  # learned from the youth, edited in the caregiver's
    assert loaded.red_flags[first_flag].contact_id == youth_id
    assert loaded.red_flags[second_flag].contact_id == caregiver_id
    assert loaded.at_risk_indicators["A"].contact_id == youth_id


def test_every_findings_table_shows_the_source(qtbot, store, bank) -> None:  # noqa: ANN001
    youth_id = _youth_contact(store, bank)
    view = open_view(qtbot, store, bank, youth_id)
    for panel_id, row in (
        ("online", "Instagram\tfictional_handle\n"),
        ("collateral", "School\tMs. Example\n"),
        ("allegations", "Commercial\t\tDre\n"),
    ):
        view.open_panel(panel_id)
        qtbot.wait(20)
        press(qtbot, Qt.Key.Key_Insert)
        type_keys(qtbot, row)
    assert view.flush()
    view.close()
    caregiver_id = _caregiver_contact(store, bank, youth_id)
    view = open_view(qtbot, store, bank, caregiver_id)
    for panel_id, attr in (
        ("online", "table"),
        ("collateral", "table"),
        ("allegations", "table"),
    ):
        view.open_panel(panel_id)
        table = getattr(view.panel(panel_id), attr)
        assert _shown(table, 0, "Learned in") == "youth, 11/12", panel_id


def test_a_question_panel_shows_only_this_contacts_answers(qtbot, store, bank) -> None:  # noqa: ANN001
    youth_id = _youth_contact(store, bank)
    view = open_view(qtbot, store, bank, youth_id)
    item_id = view.panel("investigative").pages()[0].key
    view.open_panel(f"investigative/{item_id}")  # the keyboard is in "their own words"
    type_keys(qtbot, "at the motel on 5th")
    assert view.flush()
    view.close()
    assert store.load(youth_id).answers[item_id].own_words == "at the motel on 5th"

    caregiver_id = _caregiver_contact(store, bank, youth_id)
    view = open_view(qtbot, store, bank, caregiver_id)
    view.open_panel(f"investigative/{item_id}")
    assert focused().toPlainText() == ""  # the youth's words are not the caregiver's
    assert item_id not in reopen(store, bank, caregiver_id).answers


def test_labels_say_who_and_when_and_this_contact_for_the_open_one(store, bank) -> None:  # noqa: ANN001
    youth_id = _youth_contact(store, bank)
    caregiver_id = _caregiver_contact(store, bank, youth_id)
    case = store.load_case(store.load(youth_id).case_id)
    seen = Provenance(case.contacts, caregiver_id)
    assert seen.label(youth_id) == "youth, 11/12"
    assert seen.label(caregiver_id) == "this contact"
    assert seen.label("") == "this contact"  # not saved yet: the store stamps this contact
    assert Provenance(case.contacts, youth_id).label(caregiver_id) == "caregiver, 11/14"


def test_a_determination_made_with_the_youth_keeps_its_source_when_changed_later(
    qtbot, store, bank
) -> None:  # noqa: ANN001
    det = next(d for d in bank.determinations() if not d.same_as and not d.is_fact)
    youth_id = _youth_contact(store, bank)
    store.set_answer(youth_id, det.id, Answer(response=Response.UNSURE))
    caregiver_id = _caregiver_contact(store, bank, youth_id)
    view = open_view(qtbot, store, bank, caregiver_id)
    view.open_panel("responsibilities")
    panel = view.panel("responsibilities")
    assert panel.det_sources[det.id].text() == "from youth, 11/12"
    control = panel.det_controls[det.id]
    control.setFocus()  # the person tabs to the determination's drop-down
    press(qtbot, Qt.Key.Key_Up)  # Unsure -> No
    assert view.flush()
    answer = store.load(caregiver_id).answers[det.id]
    assert answer.response == Response.NO
    assert answer.contact_id == youth_id
    assert panel.det_sources[det.id].text() == "from youth, 11/12"
