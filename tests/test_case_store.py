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
from tests.helpers.stores import copy_store

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


# --- step 3: moving, status, export, deletion, retention, rules per case --------------


def test_move_contact_takes_its_findings_and_merges_the_same_keyed_finding(store: Store) -> None:
    case_a, youth, caregiver, _ = _three_contacts(store)
    wrong = model.Interview(youth=model.Youth(name="Filed wrongly"))
    store.create_interview(wrong)
    store.set_red_flag(youth, "rf.tattoo", model.RedFlagObservation([model.Source.YOUTH], "star"))
    store.set_red_flag(wrong.id, "rf.tattoo", model.RedFlagObservation([], "crown on wrist"))
    store.set_red_flag(wrong.id, "rf.runaway", model.RedFlagObservation([], "twice"))
    store.save_associate(wrong.id, model.Associate(name="Dre"))
    store.set_answer(wrong.id, "youth.q1", model.Answer(model.Response.YES, "own words"))
    seen: list[Changed] = []
    store.on_change(seen.append)
    store.move_contact(wrong.id, case_a)
    store = _reopen(store)
    try:
        view = store.case_view(case_a)
        # the target's record stays (its source too), the moved note is appended to it
        assert view.red_flags["rf.tattoo"].note == "star\ncrown on wrist"
        assert view.red_flags["rf.tattoo"].contact_id == youth
        assert view.red_flags["rf.runaway"].contact_id == wrong.id
        assert [(a.name, a.contact_id) for a in view.associates] == [("Dre", wrong.id)]
        moved = store.load(wrong.id)
        assert moved.case_id == case_a and moved.youth == YOUTH
        assert moved.answers["youth.q1"].own_words == "own words"
        assert [c.id for c in store.load_case(case_a).contacts][-1] == wrong.id
        # the case left without contacts is gone
        assert {s.id for s in store.list_cases()} == {case_a}
    finally:
        store.lock()
    assert seen == [Changed(wrong.id, changes.MOVED, wrong.case_id, case_a)]


def test_move_contact_leaves_a_case_that_keeps_other_contacts(store: Store) -> None:
    case_a, youth, caregiver, collateral = _three_contacts(store)
    other = model.Interview()
    store.create_interview(other)
    store.set_red_flag(caregiver, "rf.runaway", model.RedFlagObservation([], "x"))
    store.move_contact(caregiver, other.case_id)
    assert [c.id for c in store.load_case(case_a).contacts] == [youth, collateral]
    assert "rf.runaway" not in store.case_view(case_a).red_flags
    assert store.case_view(other.case_id).red_flags["rf.runaway"].contact_id == caregiver
    with pytest.raises(NotFound):
        store.move_contact(youth, "no-such-case")


def test_case_status_and_case_export_are_recorded_and_audited(store: Store) -> None:
    case_id, *_ = _three_contacts(store)
    seen: list[Changed] = []
    store.on_change(seen.append)
    store.set_case_status(case_id, model.CaseStatus.CLOSED)
    store.record_case_export(case_id, "/home/csw/Jordan Sample.pdf")
    case = store.load_case(case_id)
    assert case.status is model.CaseStatus.CLOSED and case.summary_exported_at is not None
    (line,) = store.list_cases()
    assert line.status is model.CaseStatus.CLOSED and line.exported
    assert [(c.part, c.case_id) for c in seen] == [
        (changes.CASE_STATUS, case_id), (changes.CASE_EXPORTED, case_id),
    ]  # fmt: skip
    events = [(e.event, e.detail) for e in store.audit_log()][-2:]
    assert events == [("case_closed", case_id), ("case_summary_exported", f"{case_id} file")]
    assert "Jordan" not in " ".join(e.detail for e in store.audit_log())  # never a path
    with pytest.raises(InvalidValue):
        store.set_case_status(case_id, "archived")  # type: ignore[arg-type]


def test_delete_case_takes_every_contact_and_finding(store: Store) -> None:
    case_id, youth, caregiver, collateral = _three_contacts(store)
    keep = model.Interview(youth=model.Youth(name="Riley Fictional"))
    store.create_interview(keep)
    store.set_red_flag(youth, "rf.tattoo", model.RedFlagObservation([], "star"))
    store.delete_case(case_id)
    assert [s.id for s in store.list_cases()] == [keep.case_id]
    for contact in (youth, caregiver, collateral):
        with pytest.raises(NotFound):
            store.load(contact)
    with pytest.raises(NotFound):
        store.case_view(case_id)
    assert store.verify() == []


def test_deleting_a_contact_keeps_the_cases_findings_without_a_source(store: Store) -> None:
    case_id, youth, caregiver, _ = _three_contacts(store)
    store.set_red_flag(caregiver, "rf.runaway", model.RedFlagObservation([], "3 times"))
    store.delete_interview(caregiver)
    assert store.case_view(case_id).red_flags["rf.runaway"].contact_id == ""
    assert len(store.load_case(case_id).contacts) == 2
    lone = model.Interview()
    store.create_interview(lone)
    store.delete_interview(lone.id)  # its only contact: the case goes too
    assert lone.case_id not in {s.id for s in store.list_cases()}


def test_a_case_ages_out_as_a_whole(store: Store) -> None:
    from app.store import retention

    case_id, youth, caregiver, collateral = _three_contacts(store)
    fresh = model.Interview()
    store.create_interview(fresh)
    store.record_case_export(case_id, "file")
    now = model.utcnow()
    assert retention.cases_due_for_deletion(store, 30, now) == []
    (due,) = retention.cases_due_for_deletion(store, 30, now + timedelta(days=31))
    assert due.summary.id == case_id and not due.changed_after_export
    # a contact's summary alone does not age out a case with other contacts
    store.record_export(fresh.id, "pdf", "file")
    other = store.new_contact(fresh.case_id, model.Interviewee(), model.Contact())
    later = now + timedelta(days=31)
    assert [c.summary.id for c in retention.cases_due_for_deletion(store, 30, later)] == [case_id]
    store.record_export(other, "pdf", "file")  # now every contact was exported
    assert {c.summary.id for c in retention.cases_due_for_deletion(store, 30, later)} == {
        case_id, fresh.case_id,
    }  # fmt: skip
    assert retention.delete_cases_securely(store, [case_id]) == 1
    assert [s.id for s in store.list_cases()] == [fresh.case_id]
    for contact in (youth, caregiver, collateral):
        with pytest.raises(NotFound):
            store.load(contact)


def test_one_otip_clock_per_case_from_a_suspicion_in_any_contact(store: Store) -> None:
    from app.content import load_content
    from app.rules import assess

    case_id, youth, caregiver, _ = _three_contacts(store)
    suspicion = datetime(2026, 11, 14, 18, 0, tzinfo=UTC)
    store.update_special(
        youth, model.SpecialConsiderations(foreign_national=model.YesNoUnknown.YES)
    )
    rows = {s.id: s for s in store.list_interviews()}
    assert rows[youth].otip_due is None  # nothing suspected yet in any contact
    # the caregiver's contact raises it: the case's clock starts, the same on every contact
    store.set_red_flag(caregiver, "rf.tattoo", model.RedFlagObservation([model.Source.CAREGIVER]))
    store.update_special(
        caregiver,
        model.SpecialConsiderations(
            foreign_national=model.YesNoUnknown.YES, suspicion_at=suspicion
        ),
    )
    rows = {s.id: s for s in store.list_interviews()}
    due = suspicion + timedelta(hours=24)
    assert rows[youth].otip_due == rows[caregiver].otip_due == due
    (line,) = store.list_cases()
    assert line.next_due == due and line.overdue  # 2026-11-15 18:00 has passed
    result = assess(store.case_view(case_id), load_content(), suspicion)
    otip = [d for d in result.deadlines if d.kind == "otip"]
    assert [d.due for d in otip] == [due]


def test_a_backup_of_practice_cases_without_the_marker_is_still_training(tmp_path: Path) -> None:
    from app.store import backup
    from app.store.engine import KeyHolder, raw_connect
    from app.training.store import TrainingStore

    path = copy_store(tmp_path, "training.cec")
    store = TrainingStore.open(path, PASSPHRASE)
    store.create_interview(model.Interview(training=True, scenario_id="runaway-return"))
    store.lock()
    conn = raw_connect(path, KeyHolder(PASSPHRASE), "rw")  # as made before the marker
    conn.execute("DELETE FROM audit_log")
    conn.commit()
    conn.close()
    assert backup.check_backup(path, PASSPHRASE).training  # read from cases.training (0006)
