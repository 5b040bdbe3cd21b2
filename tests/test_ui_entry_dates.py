"""Issue 13, finding 4: dates and times are typed as people type them, say what they
understood, refuse what they cannot read (nothing saved), open the calendar on a sensible
month, and Tab leaves the field. Keys go to the focused widget only; the record is read
back from the store after lock and unlock."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QLineEdit

from app.model import Interview, Youth
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.interview import open_view, reopen
from tests.person import click, focused, press, type_keys

# The offscreen platform warns when a popup (the calendar) is shown; nothing else is ignored.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", r"does not support raise\(\)", "does not support grabbing"
)


def contact_view(qtbot, store, bank, **youth):  # noqa: ANN001, ANN003, ANN201
    iv = Interview(content_version=bank.version, youth=Youth(name="T.R.", **youth))
    iv.contact.date = date(2026, 11, 20)
    interview_id = store.create_interview(iv)
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("contact")
    return view, view.panel("contact").form, interview_id


def test_typed_dob_and_times_are_read_and_tab_moves_on(qtbot, store, bank) -> None:
    view, form, interview_id = contact_view(qtbot, store, bank)
    assert focused() is form.youth_name
    press(qtbot, Qt.Key.Key_Tab, times=2)  # name -> AKAs -> date of birth
    type_keys(qtbot, "2010-03-14\t")
    assert "Sun 14 Mar 2010" in form.dob.says.text()
    assert "16" in form.age.text()  # the age follows the date of birth, on the contact date
    # The next field's text never lands in the date: Tab went on to the referral number.
    type_keys(qtbot, "0123-4567-8901-2345678\t")
    assert form.referral.text() == "0123-4567-8901-2345678"
    assert form.dob.value() == date(2010, 3, 14)

    # Start and end time: 1430 and 3:15 pm.
    form.start.setFocus()  # a person would click there; the column is off the 800 px screen
    type_keys(qtbot, "1430\t3:15 pm\t")
    assert form.start.text() == "14:30" and form.start.says.text() == "2:30 pm"
    assert form.end.value() == time(15, 15)
    assert view.flush()
    saved = reopen(store, bank, interview_id)
    assert saved.youth.date_of_birth == date(2010, 3, 14)
    assert saved.youth.age == 16
    assert saved.youth.referral_number == "0123-4567-8901-2345678"
    assert (saved.contact.start_time, saved.contact.end_time) == (time(14, 30), time(15, 15))


@pytest.mark.parametrize("typed", ["03/14/2010", "3/14/10", "March 14, 2010"])
def test_the_us_way_of_writing_a_date_is_read(qtbot, store, bank, typed) -> None:  # noqa: ANN001
    view, form, interview_id = contact_view(qtbot, store, bank)
    click(qtbot, form.dob.line)
    type_keys(qtbot, typed + "\t")
    assert view.flush()
    assert reopen(store, bank, interview_id).youth.date_of_birth == date(2010, 3, 14)


def test_what_cannot_be_read_is_refused_beside_the_field(qtbot, store, bank) -> None:
    view, form, interview_id = contact_view(qtbot, store, bank, date_of_birth=date(2011, 5, 2))
    click(qtbot, form.dob.line)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "14/03/2010\t")
    message = form.dob.says.text()
    assert "Not saved" in message and "month 14" in message
    assert form.dob.says.isVisible()
    form.start.setFocus()
    type_keys(qtbot, "25:99\t")
    assert "Not saved" in form.start.says.text()
    assert view.flush()
    saved = reopen(store, bank, interview_id)
    assert saved.youth.date_of_birth == date(2011, 5, 2)  # nothing saved from the bad text
    assert saved.contact.start_time is None


def test_empty_means_not_known_and_is_saved_as_such(qtbot, store, bank) -> None:
    view, form, interview_id = contact_view(qtbot, store, bank, date_of_birth=date(2011, 5, 2))
    click(qtbot, form.dob.line)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Tab)
    assert view.flush()
    saved = reopen(store, bank, interview_id)
    assert saved.youth.date_of_birth is None


def test_the_calendar_opens_on_the_value_or_today_and_shows_every_day(qtbot, store, bank) -> None:
    view, form, interview_id = contact_view(qtbot, store, bank)
    form.start.setFocus()  # the contact's times and date are right of the 800 px screen
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to its date
    assert focused() is form.contact_date.line
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # empty: today's month
    calendar = QApplication.activePopupWidget().findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    press(qtbot, Qt.Key.Key_Escape)
    # An empty date of birth opens about the youth's age back (15 years when not known).
    click(qtbot, form.dob.line)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = QApplication.activePopupWidget().findChild(QCalendarWidget)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year - 15, today.month)
    # Wide enough for seven columns of two-digit days.
    assert calendar.width() >= calendar.sizeHint().width()
    assert calendar.width() >= 7 * calendar.fontMetrics().horizontalAdvance("31") * 2
    assert calendar.width() >= 7 * (calendar.fontMetrics().horizontalAdvance("Wed") + 20)
    press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None
    type_keys(qtbot, "2010-03-14")
    click(qtbot, form.dob.calendar_button)
    calendar = QApplication.activePopupWidget().findChild(QCalendarWidget)
    assert (calendar.yearShown(), calendar.monthShown()) == (2010, 3)
    # Choosing a day on the calendar with the keyboard: Right, then Return.
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.activePopupWidget() is None
    assert isinstance(focused(), QLineEdit) and focused() is form.dob.line
    assert view.flush()
    assert reopen(store, bank, interview_id).youth.date_of_birth == date(2010, 3, 15)


def test_age_typed_first_then_a_dob_that_disagrees_is_said(qtbot, store, bank) -> None:
    view, form, interview_id = contact_view(qtbot, store, bank, age=8)
    # An older record: the age says 8. Typing a date of birth brings the age with it.
    click(qtbot, form.dob.line)
    type_keys(qtbot, "2010-03-14\t")
    assert form.age.value() == 16
    assert "from the date of birth" in form.age_note.text().lower()
    assert view.flush()
    saved = reopen(store, bank, interview_id)
    assert (saved.youth.date_of_birth, saved.youth.age) == (date(2010, 3, 14), 16)


def test_an_old_record_whose_age_and_dob_disagree_says_so(qtbot, store, bank) -> None:
    view, form, _ = contact_view(qtbot, store, bank, age=8, date_of_birth=date(2010, 1, 4))
    note = form.age_note.text()
    assert "8" in note and "16" in note and form.age_note.isVisible()


def test_the_issues_steps_dob_then_referral_then_a_start_time(qtbot, store, bank) -> None:
    """As filed: "2010-03-14" into a DOB showing "Not known", Tab, the referral number;
    "1430" into the start time. Only widgets both old and new forms have are named."""
    view, form, interview_id = contact_view(qtbot, store, bank)
    click(qtbot, form.dob)
    type_keys(qtbot, "2010-03-14\t0123-4567-8901-2345678")
    form.start.setFocus()  # the right column is off the 800 px offscreen screen
    type_keys(qtbot, "1430\t")
    assert view.flush()
    saved = reopen(store, bank, interview_id)
    assert saved.youth.date_of_birth == date(2010, 3, 14)
    assert saved.youth.age == 16
    assert saved.youth.referral_number == "0123-4567-8901-2345678"
    assert saved.contact.start_time == time(14, 30)


def test_a_moment_is_typed_date_then_time_and_half_a_moment_is_not_saved(
    qtbot, store, bank
) -> None:
    from datetime import datetime

    view, _form, interview_id = contact_view(qtbot, store, bank)
    view.open_panel("special")
    panel = view.panel("special")
    click(qtbot, panel.suspicion.date.line)
    type_keys(qtbot, "11/20/2026\t")
    assert "Not saved" in panel.suspicion.says.text() and "time" in panel.suspicion.says.text()
    assert view.flush()
    assert reopen(store, bank, interview_id).special.suspicion_at is None
    store = type(store).open(store.path, "a fictional passphrase 1")
    view.close()
    view = open_view(qtbot, store, bank, interview_id)
    view.open_panel("special")
    panel = view.panel("special")
    click(qtbot, panel.suspicion.date.line)
    type_keys(qtbot, "11/20/2026\t2:30 pm\t")
    assert "Fri 20 Nov 2026" in panel.suspicion.says.text()
    assert view.flush()
    saved = reopen(store, bank, interview_id).special.suspicion_at
    assert saved is not None
    assert saved.astimezone().replace(tzinfo=None) == datetime(2026, 11, 20, 14, 30)


def test_a_table_date_is_typed_and_leaving_it_empty_writes_no_date(qtbot, store, bank) -> None:
    """Collateral contacts' date cell: opening it and leaving never writes today's date;
    a typed date is read like everywhere else."""
    view, _form, interview_id = contact_view(qtbot, store, bank)
    view.open_panel("collateral")
    table = view.panel("collateral").table
    assert focused() is table.view
    press(qtbot, Qt.Key.Key_Insert)  # a new contact
    column = next(n for n, c in enumerate(table.model.columns) if c.field == "contacted_on")
    table.view.setCurrentIndex(table.model.index(0, column))  # the person moves to "Date"
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_Return)
    assert view.flush()
    saved = reopen(store, bank, interview_id)
    assert saved.collateral_contacts[0].contacted_on is None

    store2 = Store.open(store.path, PASSPHRASE)
    view.close()
    view = open_view(qtbot, store2, bank, interview_id)
    view.open_panel("collateral")
    table = view.panel("collateral").table
    table.view.setCurrentIndex(table.model.index(0, column))
    press(qtbot, Qt.Key.Key_F2)
    type_keys(qtbot, "11/20/2026\n")
    assert view.flush()
    assert reopen(store2, bank, interview_id).collateral_contacts[0].contacted_on == date(
        2026, 11, 20
    )


def test_an_age_typed_after_a_click_is_kept(qtbot, store, bank) -> None:
    view, form, interview_id = contact_view(qtbot, store, bank)
    click(qtbot, form.age)  # it shows "Not known"
    type_keys(qtbot, "15\t")
    assert view.flush()
    assert reopen(store, bank, interview_id).youth.age == 15
