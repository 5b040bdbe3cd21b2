"""Issue 14 in the store: a case holds the youth and the findings, each contact its own
who/how/answers/narrative; findings from every contact add up in one case view, each
carrying the contact it was learned in. A real SQLCipher file throughout."""

from __future__ import annotations

import copy
import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from app import model
from app.store import Changed, InvalidValue, NotFound, Store, changes
from tests.helpers import PASSPHRASE
from tests.helpers.old_store import as_migrated, make_0005_store
from tests.helpers.records import full_interview

YOUTH = model.Youth(
    name="Jordan Sample", akas=["JJ"], date_of_birth=date(2010, 5, 6),
    referral_number="0123-4567-8901-2345678", client_id="1234-5678-9012-3456789",
)  # fmt: skip


def _reopen(store: Store) -> Store:
    path = store.path
    store.lock()
    return Store.open(path, PASSPHRASE)


def _contact(kind: model.IntervieweeType, day: int, name: str = "") -> tuple:
    return (
        model.Interviewee(type=kind, name=name, relationship="mother" if name else "self"),
        model.Contact(date=date(2026, 11, day), start_time=time(10, 0), csw="CSW Fictional"),
    )


def _three_contacts(store: Store) -> tuple[str, str, str, str]:
    """A youth contact (new case), then a caregiver and a collateral contact in it."""
    youth = model.Interview(youth=copy.deepcopy(YOUTH))
    youth.interviewee, youth.contact = _contact(model.IntervieweeType.YOUTH, 12)
    store.create_interview(youth)
    case_id = youth.case_id
    caregiver = store.new_contact(
        case_id, *_contact(model.IntervieweeType.CAREGIVER, 14, "Pat Sample"), "2026.1"
    )
    collateral = store.new_contact(
        case_id, *_contact(model.IntervieweeType.COLLATERAL, 15, "School counselor")
    )
    return case_id, youth.id, caregiver, collateral


def test_three_contacts_add_up_to_one_case_view_each_finding_with_its_contact(
    store: Store,
) -> None:
    case_id, youth, caregiver, collateral = _three_contacts(store)
    store.set_red_flag(youth, "rf.tattoo", model.RedFlagObservation([model.Source.YOUTH], "star"))
    store.set_red_flag(
        caregiver, "rf.runaway", model.RedFlagObservation([model.Source.CAREGIVER], "3 times")
    )
    store.set_at_risk_indicator(caregiver, "A", model.IndicatorMark("left home"))
    store.save_associate(collateral, model.Associate(name="Dre", suspected_exploiter=True))
    store.save_allegation(collateral, model.Allegation(subcategory="csec.sexual_exploitation"))
    store.set_answer(caregiver, "proc.determination.at_risk", model.Answer(model.Response.YES))
    store.set_answer(caregiver, "caregiver.q01", model.Answer(model.Response.NO, notes="n"))
    store = _reopen(store)
    try:
        view = store.case_view(case_id)
        assert view.id == "" and view.case_id == case_id and view.youth == YOUTH
        assert {k: v.contact_id for k, v in view.red_flags.items()} == {
            "rf.tattoo": youth, "rf.runaway": caregiver,
        }  # fmt: skip
        assert view.red_flags["rf.runaway"].note == "3 times"
        assert view.at_risk_indicators["A"].contact_id == caregiver
        assert [(a.name, a.contact_id) for a in view.associates] == [("Dre", collateral)]
        assert [a.contact_id for a in view.allegations] == [collateral]
        # the case holds determinations only; a contact's answers stay with it
        assert list(view.answers) == ["proc.determination.at_risk"]
        assert view.answers["proc.determination.at_risk"].contact_id == caregiver
        # every contact sees the case's findings, and only its own answers
        for contact_id in (youth, caregiver, collateral):
            loaded = store.load(contact_id)
            assert loaded.case_id == case_id and loaded.youth == YOUTH
            assert set(loaded.red_flags) == {"rf.tattoo", "rf.runaway"}
            assert "proc.determination.at_risk" in loaded.answers
            assert ("caregiver.q01" in loaded.answers) == (contact_id == caregiver)
        assert store.load(caregiver).answers["caregiver.q01"].contact_id == caregiver
        case = store.load_case(case_id)
        assert [c.id for c in case.contacts] == [youth, caregiver, collateral]
        assert [c.interviewee.type for c in case.contacts] == list(model.IntervieweeType)
        assert case.contacts[1].content_version == "2026.1"
        assert case.youth == YOUTH and case.status is model.CaseStatus.OPEN
    finally:
        store.lock()


def test_a_new_contact_is_prefilled_from_the_case(store: Store) -> None:
    case_id, youth, caregiver, _ = _three_contacts(store)
    store.update_special(
        youth, model.SpecialConsiderations(foreign_national=model.YesNoUnknown.YES)
    )
    loaded = store.load(caregiver)
    assert loaded.youth == YOUTH  # nothing retyped
    assert loaded.special.foreign_national is model.YesNoUnknown.YES
    assert loaded.interviewee.name == "Pat Sample" and loaded.contact.date == date(2026, 11, 14)
    # the youth typed in one contact is the case's: every contact sees the change
    store.update_youth(caregiver, dataclasses.replace(YOUTH, name="Jordan S."))
    assert store.load(youth).youth.name == "Jordan S."
    assert store.load_case(case_id).youth.name == "Jordan S."


def test_create_interview_joins_a_case_whose_youth_stands(store: Store) -> None:
    case_id, youth, _, _ = _three_contacts(store)
    other = model.Interview(case_id=case_id, youth=model.Youth(name="typed differently"))
    other.red_flags["rf.tattoo"] = model.RedFlagObservation([model.Source.OBSERVED], "seen")
    other.red_flags["rf.new"] = model.RedFlagObservation([], "new one")
    store.create_interview(other)
    assert other.case_id == case_id
    view = store.case_view(case_id)
    assert view.youth == YOUTH
    assert view.red_flags["rf.new"].contact_id == other.id
    with pytest.raises(NotFound):
        store.create_interview(model.Interview(case_id="no-such-case"))


def test_a_write_stamps_the_writing_contact_and_an_existing_finding_keeps_its_own(
    store: Store,
) -> None:
    case_id, youth, caregiver, collateral = _three_contacts(store)
    flag = model.RedFlagObservation([model.Source.YOUTH], "first")
    store.set_red_flag(youth, "rf.tattoo", flag)
    assert flag.contact_id == youth  # the value passed carries it, as stored
    # edited later from the caregiver's contact without naming a contact: it keeps its source
    store.set_red_flag(caregiver, "rf.tattoo", model.RedFlagObservation([], "edited"))
    assert store.case_view(case_id).red_flags["rf.tattoo"].contact_id == youth
    # the caller may set another contact of the same case
    store.set_red_flag(caregiver, "rf.tattoo", model.RedFlagObservation([], "x", collateral))
    assert store.case_view(case_id).red_flags["rf.tattoo"].contact_id == collateral
    # listed: same rule
    tattoo = model.Tattoo(description="a star")
    store.save_tattoo(youth, tattoo)
    store.save_tattoo(caregiver, dataclasses.replace(tattoo, contact_id="", description="star"))
    (kept,) = store.case_view(case_id).tattoos
    assert kept.contact_id == youth and kept.description == "star"
    # a contact of another case is refused
    other = model.Interview()
    store.create_interview(other)
    with pytest.raises(InvalidValue):
        store.set_red_flag(youth, "rf.x", model.RedFlagObservation([], "", other.id))


def test_every_notice_names_the_case(store: Store) -> None:
    case_id, youth, caregiver, _ = _three_contacts(store)
    seen: list[Changed] = []
    store.on_change(seen.append)
    store.set_red_flag(caregiver, "rf.tattoo", model.RedFlagObservation())
    store.set_narrative(youth, "words")
    store.update_youth(youth, YOUTH)
    contact = store.new_contact(case_id, *_contact(model.IntervieweeType.COLLATERAL, 20))
    assert [c.case_id for c in seen] == [case_id] * 4
    assert seen[-1] == Changed(contact, changes.CREATED, None, case_id)


def test_list_cases_one_line_per_case(store: Store) -> None:
    case_id, youth, caregiver, collateral = _three_contacts(store)
    lone = model.Interview(youth=model.Youth(name="Riley Fictional", referral_number="R-2"))
    store.create_interview(lone)
    lines = {s.id: s for s in store.list_cases()}
    assert set(lines) == {case_id, lone.case_id}
    line = lines[case_id]
    assert (line.youth_name, line.akas, line.referral_number) == (
        "Jordan Sample", ("JJ",), "0123-4567-8901-2345678",
    )  # fmt: skip
    assert line.contacts == 3 and line.last_contact == date(2026, 11, 15)
    assert line.status is model.CaseStatus.OPEN and not line.exported and not line.training
    assert lines[lone.case_id].contacts == 1 and lines[lone.case_id].last_contact is None
    # list_interviews still lists contacts, now with their case
    rows = {s.id: s for s in store.list_interviews()}
    assert {rows[i].case_id for i in (youth, caregiver, collateral)} == {case_id}
    assert rows[caregiver].youth_name == "Jordan Sample"
    assert [s.id for s in store.search("jj")] == sorted(
        [youth, caregiver, collateral], key=lambda i: -rows[i].updated_at.timestamp()
    )


def _with_everything(tag: str) -> model.Interview:
    iv = full_interview(tag)
    at = datetime(2026, 3, 4, 6, 0, tzinfo=UTC)
    iv.answers["proc.determination.cse"] = model.Answer(model.Response.YES, "", "seen", at)
    return iv


def test_migration_0006_turns_each_interview_into_a_case_losing_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.cec"
    first, second = _with_everything("FIRST"), _with_everything("SECOND")
    second.status = model.InterviewStatus.SUMMARY_EXPORTED
    exported = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
    make_0005_store(path, [first, second], exports=[(second.id, exported)])
    store = Store.open(path, PASSPHRASE)  # migrates
    try:
        cases = {s.youth_name: s for s in store.list_cases()}
        assert len(cases) == 2 and all(s.contacts == 1 for s in cases.values())
        for before in (first, second):
            after = store.load(before.id)
            assert after.case_id and after.case_id != before.id
            expected = as_migrated(before, after.case_id)
            assert after == expected  # every value, field by field
            assert list(after.answers) == list(expected.answers)  # entry order kept
            case = store.load_case(after.case_id)
            assert case.youth == before.youth and case.special == before.special
            assert [c.id for c in case.contacts] == [before.id]
            assert case.created_at == before.created_at
            view = store.case_view(after.case_id)
            assert list(view.answers) == ["proc.determination.cse"]
        assert store.load_case(store.load(second.id).case_id).summary_exported_at == exported
        assert store.load_case(store.load(first.id).case_id).summary_exported_at is None
        assert store.verify() == []
    finally:
        store.lock()


def test_a_contacts_case_is_refused_across_training(store: Store) -> None:
    with pytest.raises(InvalidValue):
        store.create_interview(model.Interview(training=True))
    case_id, *_ = _three_contacts(store)
    assert store.load_case(case_id).training is False


def test_contacts_are_ordered_by_date_and_time_then_creation(store: Store) -> None:
    first = model.Interview()
    first.contact.date = date(2026, 11, 20)
    store.create_interview(first)
    case_id = first.case_id
    early = store.new_contact(case_id, model.Interviewee(), model.Contact(date=date(2026, 11, 1)))
    undated = store.new_contact(case_id, model.Interviewee(), model.Contact())
    later_same_day = store.new_contact(
        case_id, model.Interviewee(), model.Contact(date=date(2026, 11, 1), start_time=time(15))
    )
    ids = [c.id for c in store.load_case(case_id).contacts]
    assert ids == [early, later_same_day, first.id, undated]
    # the case view's clock counts from the earliest contact
    assert store.case_view(case_id).contact.date == date(2026, 11, 1)
    assert timedelta(0) <= store.load_case(case_id).updated_at - first.created_at
