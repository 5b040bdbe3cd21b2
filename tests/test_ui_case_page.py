"""The case page alone (issue 14): the contacts table and the case's findings at a
glance, from a ``Case``, its case view and the rules' assessment of it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtWidgets import QPushButton

from app.model import (
    Case,
    Contact,
    ContactMethod,
    ContactOutcome,
    ContactRef,
    IndicatorMark,
    Interview,
    Interviewee,
    IntervieweeType,
    InterviewStatus,
    RedFlagObservation,
    Source,
    SpecialConsiderations,
    YesNoUnknown,
    Youth,
)
from app.rules import assess
from ui.pages.case_page import CasePage

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def ref(cid: str, kind: IntervieweeType, day: date, **contact) -> ContactRef:  # noqa: ANN003
    return ContactRef(
        id=cid,
        interviewee=Interviewee(type=kind, name="Lee Madeup" if kind != "youth" else ""),
        contact=Contact(date=day, **contact),
        status=InterviewStatus.IN_PROGRESS,
        content_version="1",
        created_at=NOW,
        updated_at=NOW,
    )


def make_case() -> tuple[Case, Interview]:
    contacts = [
        ref("c1", IntervieweeType.YOUTH, date(2026, 11, 14), start_time=time(9, 30)),
        ref(
            "c2",
            IntervieweeType.CAREGIVER,
            date(2026, 11, 15),
            method=ContactMethod.PHONE,
            outcome=ContactOutcome.ATTEMPTED,
        ),
        ref("c3", IntervieweeType.COLLATERAL, date(2026, 11, 16)),
    ]
    youth = Youth(name="Alex Fakename", akas=["Lexi"], referral_number="0700-1234-0000")
    special = SpecialConsiderations(
        foreign_national=YesNoUnknown.YES, suspicion_at=NOW - timedelta(hours=30)
    )
    case = Case(id="case1", youth=youth, special=special, contacts=contacts)
    view = Interview(id="", youth=youth, special=special)
    view.red_flags = {
        "rf.a": RedFlagObservation(sources=[Source.YOUTH], contact_id="c1"),
        "rf.b": RedFlagObservation(sources=[Source.CAREGIVER], contact_id="c2"),
        "rf.c": RedFlagObservation(sources=[Source.CAREGIVER, Source.OBSERVED], contact_id="c2"),
    }
    view.at_risk_indicators = {"A": IndicatorMark(contact_id="c1")}
    return case, view


def test_contacts_and_findings_at_a_glance(qtbot, bank) -> None:
    case, view = make_case()
    page = CasePage()
    qtbot.addWidget(page)
    page.set_case(case, view, assess(view, bank, NOW), select="c2")
    assert page.title.text() == "Alex Fakename"
    assert "Referral 0700-1234-0000" in page.facts.text() and "Lexi" in page.facts.text()
    rows = [
        [page.contacts.item(r, c).text() for c in range(4)] for r in range(page.contacts.rowCount())
    ]
    assert rows == [
        ["Youth", "2026-11-14 09:30", "In person", "In progress"],
        ["Caregiver: Lee Madeup", "2026-11-15", "Phone, attempted", "In progress"],
        ["Collateral: Lee Madeup", "2026-11-16", "In person", "In progress"],
    ]
    assert page.current_contact_id() == "c2"
    # Red flags: how many, from which sources, learned in which contact.
    assert page.red_flags.text() == "3 red flags (sources: caregiver 2, observed 1, youth 1)"
    assert page.learned_in.text().splitlines() == [
        "youth, 11/14: 1 red flag",
        "caregiver, 11/15: 2 red flags",
    ]
    # Indicator A alone decides "at risk" (the guide: any of A-C).
    assert page.at_risk.text().startswith("At risk of CSE")
    # Foreign national, suspected 30 hours ago: the 24-hour OTIP notice is overdue.
    assert "OVERDUE" in page.deadlines.text()


def test_clear_leaves_nothing_of_the_case(qtbot, bank) -> None:
    case, view = make_case()
    page = CasePage()
    qtbot.addWidget(page)
    page.set_case(case, view, assess(view, bank, NOW))
    page.clear()
    texts = [page.title.text(), page.facts.text(), page.red_flags.text(), page.learned_in.text()]
    assert texts == ["", "", "", ""] and page.contacts.rowCount() == 0
    assert not page.open_button.isEnabled() and not page.new_contact_button.isEnabled()


def test_buttons_ask_for_the_chosen_contact(qtbot, bank) -> None:
    case, view = make_case()
    page = CasePage()
    qtbot.addWidget(page)
    page.set_case(case, view, assess(view, bank, NOW), select="c3")
    with qtbot.waitSignal(page.open_contact_requested) as opened:
        page.open_button.click()
    with qtbot.waitSignal(page.move_contact_requested) as moved:
        page.move_button.click()
    assert opened.args == ["c3"] and moved.args == ["c3"]


def test_also_appears_in_other_cases_opens_or_is_dismissed(qtbot, bank) -> None:
    from app.store import Echo
    from tests.person import click

    case, view = make_case()
    page = CasePage()
    qtbot.addWidget(page)
    page.setMinimumSize(1366, 700)  # fixed: no size-hint churn offscreen
    page.show()
    qtbot.waitExposed(page)
    echoes = [
        Echo(term="Dre", part="associates", other_case_ids=("case9",)),
        Echo(term="Dre", part="tattoos", other_case_ids=("case9",)),
        Echo(term="5550102233", part="online_accounts", other_case_ids=("case7", "case9")),
    ]
    page.set_case(case, view, assess(view, bank, NOW), echoes=echoes)
    assert page.echo_lines() == [
        "“Dre” also appears in 1 other case",
        "“5550102233” also appears in 2 other cases",
    ]
    buttons = {b.accessibleName(): b for b in page.echo_box.findChildren(QPushButton)}
    with qtbot.waitSignal(page.open_case_requested) as opened:
        click(qtbot, buttons["Open the other case for Dre"])
    assert opened.args == ["case9"]
    click(qtbot, buttons["Dismiss the pointer for Dre"])
    assert page.echo_lines() == ["“5550102233” also appears in 2 other cases"]
    # Re-read (a save elsewhere): what was dismissed stays dismissed for this case.
    page.set_case(case, view, assess(view, bank, NOW), echoes=echoes)
    assert page.echo_lines() == ["“5550102233” also appears in 2 other cases"]
    page.set_case(case, view, assess(view, bank, NOW), echoes=())
    assert not page.echo_box.isVisible()
