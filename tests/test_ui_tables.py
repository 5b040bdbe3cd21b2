"""Issue 13, finding 6: in every table, Tab and Shift+Tab move cell to cell, typing edits
the current cell and nothing typed is lost.

A person types a whole row with the keyboard alone (keys go to whatever has the focus,
``\\t`` between cells, a space on a check box), then the row is read back from the store
after locking and reopening it.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.model import ContactMethod, YesNoUnknown
from tests.helpers.interview import make_interview, open_view, reopen
from tests.person import click, focused, press, type_keys

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):  # noqa: ANN001, ANN201
    """A stray key that reached "Remove" would ask to remove the row: the person cancels,
    and the test says so instead of waiting on a dialog."""
    asked: list[str] = []

    def confirm(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return False

    monkeypatch.setattr("ui.dialogs.confirm", confirm)
    yield asked
    assert asked == [], f"typing a row brought up a question: {asked}"


def _start_row(qtbot, view, panel_id: str) -> None:  # noqa: ANN001
    view.open_panel(panel_id)  # arriving puts the keyboard in the panel's first table
    qtbot.wait(20)
    press(qtbot, Qt.Key.Key_Insert)  # a new row, its first cell current


def test_online_account_typed_with_keys(qtbot, store, bank) -> None:  # noqa: F811
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    _start_row(qtbot, view, "online")
    # Platform, handle, nicknames, phone numbers, signs seen, shown by youth (a check box:
    # space), job ad still online (a drop-down: type-ahead), notes.
    type_keys(
        qtbot,
        "Instagram\tfictional_handle\tLil M, Mimi\t555-0100\tImages of crowns\t \tYes\t"
        "showed me her page\n",
    )
    assert view.flush()
    (account,) = reopen(store, bank, interview_id).online_accounts
    assert account.platform == "Instagram"
    assert account.handle == "fictional_handle"
    assert account.nicknames == ["Lil M", "Mimi"]
    assert account.phone_numbers == ["555-0100"]
    assert account.signs == ["online.sign.crowns"]
    assert account.shown_by_youth is True
    assert account.job_ad_online == YesNoUnknown.YES
    assert account.notes == "showed me her page"


def test_shift_tab_goes_back_a_cell_and_typing_replaces_it(qtbot, store, bank) -> None:  # noqa: F811
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    _start_row(qtbot, view, "online")
    type_keys(qtbot, "Snap\thandle_one\t")
    # Shift+Tab, as the keyboard sends it (Backtab with Shift held).
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    type_keys(qtbot, "handle_two\tLil M\n")
    assert view.flush()
    (account,) = reopen(store, bank, interview_id).online_accounts
    assert (account.platform, account.handle, account.nicknames) == (
        "Snap",
        "handle_two",
        ["Lil M"],
    )


def test_associate_and_other_victim_typed_with_keys(qtbot, store, bank) -> None:  # noqa: F811
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    _start_row(qtbot, view, "associates")
    # Name, nicknames, relationship, suspected exploiter (check box), has children, notes.
    type_keys(qtbot, "Dre\tD, Big D\tboyfriend\t \tYes\tdrives her places\n")
    panel = view.panel("associates")
    click(qtbot, panel.victims.add_button)  # the second table: its Add button, by mouse
    type_keys(qtbot, "Kay\tthe motel on 5th\tsame age as her\n")
    assert view.flush()
    loaded = reopen(store, bank, interview_id)
    (who,) = loaded.associates
    assert (who.name, who.nicknames, who.relationship) == ("Dre", ["D", "Big D"], "boyfriend")
    assert who.suspected_exploiter is True
    assert who.has_children == YesNoUnknown.YES
    assert who.notes == "drives her places"
    (other,) = loaded.other_victims
    assert (other.name, other.where, other.notes) == ("Kay", "the motel on 5th", "same age as her")


def test_collateral_contact_typed_with_keys(qtbot, store, bank) -> None:  # noqa: F811
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    _start_row(qtbot, view, "collateral")
    # Type (a drop-down), name, agency, date, how (a drop-down), what they said.
    type_keys(qtbot, "School\tMs. Example\tFictional High\t2026-11-20\tIn person\tAbsent Fridays\n")
    assert view.flush()
    (contact,) = reopen(store, bank, interview_id).collateral_contacts
    assert contact.type == "col.school"
    assert contact.name == "Ms. Example"
    assert contact.agency == "Fictional High"
    assert contact.contacted_on == date(2026, 11, 20)
    assert contact.method == ContactMethod.IN_PERSON
    assert contact.summary == "Absent Fridays"


def test_allegation_typed_with_keys(qtbot, store, bank) -> None:  # noqa: F811
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    _start_row(qtbot, view, "allegations")
    # Subcategory (drop-down), victim (kept as filled in), perpetrator, conclusion, reasons.
    type_keys(qtbot, "Commercial\t\tDre\tNot decided\ther own words about the motel\n")
    assert view.flush()
    (allegation,) = reopen(store, bank, interview_id).allegations
    assert allegation.subcategory == "cse"
    assert allegation.alleged_victim == "T.R."
    assert allegation.alleged_perpetrator == "Dre"
    assert allegation.proposed_conclusion is None
    assert allegation.reasons == "her own words about the motel"


def test_tab_after_the_last_cell_leaves_the_table(qtbot, store, bank) -> None:  # noqa: F811
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    _start_row(qtbot, view, "associates")
    panel = view.panel("associates")
    type_keys(qtbot, "Dre\t\t\t\t\tnotes\t")
    # Out of the table (not round to its first cell): the keys go on to what follows.
    assert focused() is not panel.associates.view
    assert not panel.associates.view.isAncestorOf(focused())
    assert view.flush()
    (who,) = reopen(store, bank, interview_id).associates
    assert (who.name, who.notes) == ("Dre", "notes")


def test_a_date_it_cannot_read_stays_to_be_corrected(qtbot, store, bank) -> None:  # noqa: F811
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    _start_row(qtbot, view, "collateral")
    type_keys(qtbot, "School\tMs. Example\tFictional High\tnext week\t")
    # Not understood: the text stays in the cell's editor, nothing moves on or is dropped.
    assert getattr(focused(), "text", lambda: "")() == "next week"
    type_keys(qtbot, "\b" * len("next week") + "11/20/2026\tPhone\tcalled back\n")
    assert view.flush()
    (contact,) = reopen(store, bank, interview_id).collateral_contacts
    assert contact.contacted_on == date(2026, 11, 20)
    assert contact.method == ContactMethod.PHONE
    assert contact.summary == "called back"


def test_tattoo_details_typed_with_keys(qtbot, store, bank) -> None:  # noqa: F811
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("tattoos")
    panel = view.panel("tattoos")
    click(qtbot, panel.add_button)  # "Add without placing": the keys go to its description
    type_keys(qtbot, "a crown\tmy crown\tfriend did it\this house\tKing\t \tstar\n")
    assert view.flush()
    (tattoo,) = reopen(store, bank, interview_id).tattoos
    assert tattoo.description == "a crown"
    assert tattoo.youth_description == "my crown"
    assert tattoo.how_obtained == "friend did it"
    assert tattoo.where_obtained == "his house"
    assert tattoo.exploiter_moniker == "King"
    first_symbol = bank.section("tattoos.symbols").items[0].id
    assert tattoo.symbols == [first_symbol, "star"]


def test_needs_and_services_typed_with_keys(qtbot, store, bank) -> None:  # noqa: F811
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("needs")  # the keyboard starts in the needs list
    first_need = bank.section("needs.factors").items[0].id
    type_keys(qtbot, " \tsleeps at friends' places\t")
    assert view.flush()
    loaded = reopen(store, bank, interview_id)
    assert list(loaded.needs) == [first_need]
    assert loaded.needs[first_need].note == "sleeps at friends' places"
