"""Issue 12, "Deadlines on the real clock", in the real window: the list's deadline
column and the interview's banner show the same due time (with and without an
entered suspicion time), in the laptop's zone with the zone named; "OTIP
notified" without the Request for Assistance keeps "RFA still due" on screen.

Expected times are worked out by hand (America/Los_Angeles, 2026: PST = UTC-8
until Sun 8 March 02:00, then PDT = UTC-7).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.model import (
    Contact,
    Interview,
    Interviewee,
    IntervieweeType,
    RedFlagObservation,
    SpecialConsiderations,
    YesNoUnknown,
    Youth,
)
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from tests.person import click, press, type_keys
from ui.main_window import Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FLAG = "rf.owes_debt_employer"


def _foreign(name: str, **special) -> Interview:  # noqa: ANN003
    iv = Interview(
        youth=Youth(name=name),
        interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
        created_at=datetime(2026, 3, 9, 18, 0, tzinfo=UTC),
        contact=Contact(date=date(2026, 3, 7), start_time=time(9, 0)),
        special=SpecialConsiderations(foreign_national=YesNoUnknown.YES, **special),
    )
    iv.red_flags[FLAG] = RedFlagObservation()
    return iv


@pytest.fixture
def deadline_store(tmp_path: Path, local_zone) -> Path:  # noqa: ANN001
    local_zone("America/Los_Angeles")
    path = tmp_path / "store.cec"
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    # Suspicion entered: Sat 7 March 12:00 PST = 20:00 UTC -> due Sun 8 March 20:00 UTC,
    # 13:00 PDT. (Adding 24 clock hours would say 12:00 PDT: 23 real hours.)
    store.create_interview(
        _foreign("Avery Entered", suspicion_at=datetime(2026, 3, 7, 20, 0, tzinfo=UTC))
    )
    # None entered: the contact began Sat 7 March 09:00 PST = 17:00 UTC, before the record
    # was made -> due Sun 8 March 17:00 UTC = 10:00 PDT.
    store.create_interview(_foreign("Blake Missing"))
    store.lock()
    return path


def _open_from_list(qtbot, window, name: str) -> tuple[str, str]:  # noqa: ANN001
    """The deadline cell of ``name``'s row, then open the row (as a person) and return the
    banner's text: (cell, banner)."""
    page = window.list_page
    click(qtbot, page.search)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, name + "\n")  # Enter in the search goes to the table
    assert page.proxy.rowCount() == 1
    cell = page.proxy.index(0, 5).data()
    press(qtbot, Qt.Key.Key_Return)  # the case page (issue 14)
    press(qtbot, Qt.Key.Key_Return)  # its contact
    assert window.mode == Mode.INTERVIEW
    view = window.stack.currentWidget()
    banner = view.otip_banner
    qtbot.waitUntil(banner.isVisible)
    text = banner.label.text()
    window.list_action.trigger()
    assert window.mode == Mode.LIST
    return cell, text


def test_list_and_banner_show_the_same_due_time(qtbot, deadline_store, ini_settings) -> None:
    window = open_window(qtbot, deadline_store, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)

    cell, banner = _open_from_list(qtbot, window, "Avery")
    assert cell == "OTIP notice overdue (was due Sun 08 Mar 13:00 PDT)"
    assert "was due 2026-03-08 13:00 PDT" in banner
    assert "time of suspicion entered: 2026-03-07 12:00 PST" in banner

    cell, banner = _open_from_list(qtbot, window, "Blake")
    # Issue 14: the case list gives the case's next deadline; which time it was counted
    # from is said in the case's banner (below).
    assert cell == "OTIP notice overdue (was due Sun 08 Mar 10:00 PDT)"
    assert "was due 2026-03-08 10:00 PDT" in banner
    # Says which time it used, and asks for the real one.
    assert "counted from the contact's start (2026-03-07 09:00 PST)" in banner
    assert "Enter when exploitation was first suspected" in banner


def test_otip_notified_without_the_rfa_keeps_rfa_still_due(
    qtbot, deadline_store, ini_settings
) -> None:
    window = open_window(qtbot, deadline_store, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    window.list_page.search.setFocus()
    type_keys(qtbot, "Avery\n\n\n")  # to the table, the case page, its contact (issue 14)
    view = window.stack.currentWidget()
    view.open_panel("special")
    panel = view.panel("special")
    assert "PST" in panel.zone.text() or "PDT" in panel.zone.text()

    click(qtbot, panel.otip.now_button)  # OTIP called, the RFA not yet submitted
    qtbot.waitUntil(lambda: "RFA still due" in view.otip_banner.label.text())
    assert view.otip_banner.isVisible()
    assert panel.status.isVisible() and panel.status.text().startswith("RFA still due")
    assert "due by 2026-03-08 13:00 PDT" in panel.status.text()

    view.open_panel("review")
    assert "due 2026-03-08 13:00 PDT — OTIP notified; RFA still due" in (
        view.panel("review").determinations.text()
    )
    view.open_panel("special")
    click(qtbot, panel.rfa)  # the RFA submitted through Shepherd
    qtbot.waitUntil(lambda: not view.otip_banner.isVisible())
    assert not panel.status.isVisible()
    assert view.flush()
    window.list_action.trigger()
    model = window.list_page.model
    shown = {model.summary(r).youth_name: model.deadline_text(model.summary(r))
             for r in range(model.rowCount())}  # fmt: skip
    assert shown["Avery Entered"] == "None running" and "10:00 PDT" in shown["Blake Missing"]
    path = window.store.path
    window.lock()
    store = Store.open(path, PASSPHRASE)
    try:
        (avery,) = [s for s in store.list_interviews() if s.youth_name == "Avery Entered"]
        sp = store.load(avery.id).special
        assert sp.otip_notified_at is not None and sp.rfa_submitted
        assert avery.otip_met and not avery.otip_rfa_pending
    finally:
        store.lock()
