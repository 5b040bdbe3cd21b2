"""Issue 12, "Deadlines on the real clock": the OTIP due time is 24 elapsed hours
after suspicion, counted in UTC; without an entered suspicion time it runs from
the earliest time the record shows; times are shown in the laptop's zone, named.

Every expected value below was worked out by hand from the zone rules of
America/Los_Angeles in 2026: summer time begins Sun 8 March at 02:00 PST (clocks
go to 03:00 PDT) and ends Sun 1 November at 02:00 PDT (clocks go back to 01:00 PST).
PST is UTC-8, PDT is UTC-7.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.localtime import format_local, local_start
from app.model import (
    Contact,
    Interview,
    RedFlagObservation,
    SpecialConsiderations,
    YesNoUnknown,
    Youth,
)
from app.rules import deadlines

LA = ZoneInfo("America/Los_Angeles")

FLAG = "rf.owes_debt_employer"  # a red flag observed: exploitation suspected


def foreign(suspicion_at=None, created_at=None, contact=None) -> Interview:  # noqa: ANN001
    iv = Interview(
        youth=Youth(name="Fictional Youth"),
        created_at=created_at or datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
        contact=contact or Contact(),
        special=SpecialConsiderations(foreign_national=YesNoUnknown.YES, suspicion_at=suspicion_at),
    )
    iv.red_flags[FLAG] = RedFlagObservation()
    return iv


# ---- 24 elapsed hours across the two changes of the clock ------------------------------------


def test_spring_forward_due_is_24_real_hours_not_24_clock_hours() -> None:
    # Suspected Sat 7 March 12:00 PST = 20:00 UTC. 24 hours later is Sun 8 March
    # 20:00 UTC = 13:00 PDT (the clock skipped an hour); "12:00" would be 23 hours.
    suspected = datetime(2026, 3, 7, 12, 0, tzinfo=LA)
    (d,) = deadlines(foreign(suspected), datetime(2026, 3, 7, 21, 0, tzinfo=UTC))
    assert d.due == datetime(2026, 3, 8, 20, 0, tzinfo=UTC)
    assert d.due.astimezone(LA).replace(tzinfo=None) == datetime(2026, 3, 8, 13, 0)
    assert d.due - suspected == timedelta(hours=24)
    assert d.remaining == timedelta(hours=23)  # from 21:00 UTC on the 7th


def test_fall_back_due_is_24_real_hours_not_25() -> None:
    # Suspected Sat 31 Oct 12:00 PDT = 19:00 UTC. 24 hours later is Sun 1 Nov
    # 19:00 UTC = 11:00 PST (the clock went back an hour); "12:00" would be 25 hours.
    suspected = datetime(2026, 10, 31, 12, 0, tzinfo=LA)
    (d,) = deadlines(foreign(suspected), datetime(2026, 11, 1, 19, 30, tzinfo=UTC))
    assert d.due == datetime(2026, 11, 1, 19, 0, tzinfo=UTC)
    assert d.due.astimezone(LA).replace(tzinfo=None) == datetime(2026, 11, 1, 11, 0)
    assert d.overdue  # 19:30 UTC is half an hour past


def test_due_time_is_shown_in_the_local_zone_with_its_name(local_zone) -> None:
    local_zone("America/Los_Angeles")
    assert format_local(datetime(2026, 3, 8, 20, 0, tzinfo=UTC)) == "2026-03-08 13:00 PDT"
    assert format_local(datetime(2026, 11, 1, 19, 0, tzinfo=UTC)) == "2026-11-01 11:00 PST"
    local_zone("Europe/Berlin")
    assert format_local(datetime(2026, 11, 1, 19, 0, tzinfo=UTC)) == "2026-11-01 20:00 CET"


# ---- no suspicion time entered: the earliest time the record shows ----------------------------


def test_without_suspicion_counts_from_the_contact_start_when_earlier(local_zone) -> None:
    local_zone("America/Los_Angeles")
    # Contact Sat 7 March 09:00 PST = 17:00 UTC, before the record was made (the 9th).
    # Due 24 h later: Sun 8 March 17:00 UTC = 10:00 PDT.
    iv = foreign(
        created_at=datetime(2026, 3, 9, 18, 0, tzinfo=UTC),
        contact=Contact(date=date(2026, 3, 7), start_time=time(9, 0)),
    )
    (d,) = deadlines(iv, datetime(2026, 3, 9, 18, 0, tzinfo=UTC))
    assert d.start == datetime(2026, 3, 7, 17, 0, tzinfo=UTC)
    assert d.due == datetime(2026, 3, 8, 17, 0, tzinfo=UTC)
    assert d.basis_kind == "contact_start" and not d.suspicion_entered
    assert "contact's start" in d.basis and "enter when it was first suspected" in d.basis


def test_without_a_start_time_counts_from_the_contact_dates_first_minute(local_zone) -> None:
    local_zone("America/Los_Angeles")
    # Contact on Sun 1 Nov, no start time: 00:00 PDT = 07:00 UTC; due Mon 2 Nov 07:00 UTC
    # = Sun 1 Nov 23:00 PST.
    iv = foreign(
        created_at=datetime(2026, 11, 1, 22, 0, tzinfo=UTC),
        contact=Contact(date=date(2026, 11, 1)),
    )
    (d,) = deadlines(iv, datetime(2026, 11, 1, 22, 0, tzinfo=UTC))
    assert d.due == datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
    assert format_local(d.due) == "2026-11-01 23:00 PST"
    assert d.basis_kind == "contact_date"


def test_creation_is_used_when_the_contact_is_later_or_unknown(local_zone) -> None:
    local_zone("America/Los_Angeles")
    created = datetime(2026, 3, 7, 17, 0, tzinfo=UTC)
    for contact in (Contact(), Contact(date=date(2026, 3, 7), start_time=time(10, 0))):
        (d,) = deadlines(foreign(created_at=created, contact=contact), created)
        assert d.basis_kind == "created" and d.due == created + timedelta(hours=24)
    # An entered suspicion time wins, even a later one: it is the CSW's own record.
    later = datetime(2026, 3, 8, 1, 0, tzinfo=UTC)
    (d,) = deadlines(foreign(later, created_at=created), created)
    assert d.basis_kind == "suspicion" and d.due == later + timedelta(hours=24)


def test_local_start_reads_the_typed_clock_in_the_laptops_zone(local_zone) -> None:
    local_zone("America/Los_Angeles")
    assert local_start(date(2026, 3, 8), time(3, 30)) == datetime(2026, 3, 8, 10, 30, tzinfo=UTC)
    assert local_start(date(2026, 3, 7), time(3, 30)) == datetime(2026, 3, 7, 11, 30, tzinfo=UTC)


# ---- the list's deadline column comes from the same rule ----------------------------------


def test_the_list_shows_a_deadline_without_an_entered_suspicion_time(store, local_zone) -> None:
    local_zone("America/Los_Angeles")
    iv = foreign(
        created_at=datetime(2026, 3, 9, 18, 0, tzinfo=UTC),
        contact=Contact(date=date(2026, 3, 7), start_time=time(9, 0)),
    )
    store.create_interview(iv)
    (summary,) = store.list_interviews()
    assert summary.otip_due == datetime(2026, 3, 8, 17, 0, tzinfo=UTC)
    assert summary.otip_basis == "contact_start" and not summary.otip_met


def test_the_list_shows_no_deadline_while_nothing_is_suspected(store) -> None:
    iv = foreign()
    iv.red_flags.clear()  # foreign national, nothing observed, no suspicion time
    store.create_interview(iv)
    assert store.list_interviews()[0].otip_due is None
    assert deadlines(iv, datetime.now(UTC)) == []


def test_notified_without_the_rfa_stays_pending_in_the_list(store) -> None:
    suspected = datetime(2026, 3, 7, 20, 0, tzinfo=UTC)
    iv = foreign(suspected)
    iv.special.otip_notified_at = suspected + timedelta(hours=2)
    store.create_interview(iv)
    (summary,) = store.list_interviews()
    assert summary.otip_met and summary.otip_rfa_pending
    (d,) = deadlines(iv, suspected)
    assert d.met and d.rfa_pending and d.to_dict()["rfa_pending"] is True
    iv.special.rfa_submitted = True
    store.update_special(iv.id, iv.special)
    (summary,) = store.list_interviews()
    assert summary.otip_met and not summary.otip_rfa_pending


def test_the_list_loads_foreign_national_records_whole_and_alike(store) -> None:
    # The list loads foreign national records together; each must equal a single load.
    from app.model import Allegation, Answer, Response

    ids = []
    for n in range(3):
        iv = foreign(datetime(2026, 3, 7, 20, n, tzinfo=UTC))
        iv.allegations.append(Allegation(subcategory="labor"))
        iv.answers["proc.labor.s2.d01"] = Answer(response=Response.YES)
        iv.red_flags["rf.afraid_to_answer"] = RedFlagObservation()
        ids.append(store.create_interview(iv))
    # The chunked read (list and export use it) against load(), with tiny chunks.
    loaded = {iv.id: iv for iv in store._load_many(ids, chunk=2)}  # noqa: SLF001 - see above
    assert loaded == {i: store.load(i) for i in ids}
    due = {s.id: s.otip_due for s in store.list_interviews()}
    assert due == {i: datetime(2026, 3, 8, 20, n, tzinfo=UTC) for n, i in enumerate(ids)}
