"""The list read (Store._summaries through driver rows): the same values as the record.

The list converts raw driver values itself (issue 17: no ORM result processing for
5,000 rows); each converted field is checked here against the interview read back
through the ORM, for the values that need converting (JSON AKAs, dates, booleans).
"""

from __future__ import annotations

from datetime import date

from app import model
from app.store import Store
from app.store.types import InterviewSummary


def test_each_list_field_is_what_the_record_holds(store: Store) -> None:
    with_all = model.Interview(
        youth=model.Youth(name="Noor Examplefield", akas=["Nono", "N"], referral_number="0101"),
        contact=model.Contact(date=date(2026, 3, 14)),
        status=model.InterviewStatus.SUMMARY_EXPORTED,
    )
    bare = model.Interview()
    store.create_interview(with_all)
    store.create_interview(bare)
    listed = {s.id: s for s in store.list_interviews()}
    for iv in (with_all, bare):
        back = store.load(iv.id)
        s = listed[iv.id]
        assert s.youth_name == back.youth.name
        assert s.akas == tuple(back.youth.akas)
        assert s.referral_number == back.youth.referral_number
        assert s.interviewee_type == back.interviewee.type
        assert s.contact_date == back.contact.date
        assert s.status == back.status
        assert s.updated_at == back.updated_at and s.updated_at.tzinfo is not None
        assert s.training is back.training is False
    assert listed[with_all.id].akas == ("Nono", "N")
    assert listed[with_all.id].contact_date == date(2026, 3, 14)
    assert listed[bare.id].akas == () and listed[bare.id].contact_date is None


def test_list_rows_are_light() -> None:
    """5,000 rows are held at once: no per-row __dict__."""
    assert "__slots__" in vars(InterviewSummary)
    assert not hasattr(InterviewSummary.__new__(InterviewSummary), "__dict__")
