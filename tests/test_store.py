"""The store's named operations on a real SQLCipher file: each one commits and announces."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.pool import StaticPool

from app import model
from app.store import Changed, InvalidValue, NotFound, Store, StoreLocked
from tests.helpers import PASSPHRASE
from tests.helpers.records import full_interview


@pytest.fixture
def changes(store: Store) -> list[Changed]:
    seen: list[Changed] = []
    store.on_change(seen.append)  # one argument: a Changed record
    return seen


def _reopen(store: Store) -> Store:
    store.lock()
    return Store.open(store.path, PASSPHRASE)


def test_every_field_survives_a_round_trip_through_the_file(store: Store) -> None:
    original = full_interview()
    store.create_interview(original)
    reopened = _reopen(store)
    try:
        assert reopened.load(original.id) == original
    finally:
        reopened.lock()


def test_a_plain_new_interview_round_trips(store: Store) -> None:
    iv = model.Interview()
    store.create_interview(iv)
    assert store.load(iv.id) == iv


def test_create_announces_and_refuses_a_duplicate_id(store: Store, changes: list) -> None:
    iv = model.Interview()
    assert store.create_interview(iv) == iv.id
    assert changes == [Changed(iv.id, "created", None, iv.case_id)]  # issue 14: case_id
    with pytest.raises(InvalidValue):
        store.create_interview(iv)


def test_set_answer_stamps_and_replaces(store: Store, changes: list) -> None:
    iv = model.Interview()
    store.create_interview(iv)
    before = store.load(iv.id).updated_at
    store.set_answer(iv.id, "q1", model.Answer(model.Response.YES, "my auntie drove", "calm"))
    store.set_answer(iv.id, "q1", model.Answer(model.Response.UNSURE, "", "asked again"))
    loaded = store.load(iv.id)
    assert loaded.answers["q1"].response is model.Response.UNSURE
    assert loaded.answers["q1"].notes == "asked again"
    assert loaded.answers["q1"].updated_at is not None
    assert loaded.updated_at > before
    q1 = Changed(iv.id, "answers", "q1", iv.case_id)  # issue 14: notices carry the case
    assert changes[-2:] == [q1, q1]


@pytest.mark.parametrize(
    ("op", "field", "key", "value"),
    [
        (
            "set_red_flag",
            "red_flags",
            "rf.x",
            model.RedFlagObservation([model.Source.CAREGIVER], "new phone"),
        ),
        ("set_at_risk_indicator", "at_risk_indicators", "B", model.IndicatorMark("n")),
        ("set_labor_risk_factor", "labor_risk_factors", "lr.1", model.IndicatorMark("n")),
        (
            "set_step",
            "responsibilities",
            "proc.cse.s2",
            model.StepRecord(model.StepStatus.DONE, datetime(2026, 1, 2, tzinfo=UTC), "called"),
        ),
        ("set_need", "needs", "needs.f02", model.IndicatorMark("food")),
        (
            "set_service",
            "services",
            "services.s03",
            model.ServiceReferral(date(2026, 1, 3), "referred"),
        ),
    ],
)
def test_keyed_entries_are_set_and_removed(store: Store, op, field, key, value) -> None:
    iv = model.Interview()
    store.create_interview(iv)
    getattr(store, op)(iv.id, key, value)
    assert getattr(store.load(iv.id), field) == {key: value}
    getattr(store, op)(iv.id, key, None)
    assert getattr(store.load(iv.id), field) == {}


@pytest.mark.parametrize(
    ("kind", "field", "make"),
    [
        ("tattoo", "tattoos", lambda n: model.Tattoo(number=n, description=f"star {n}")),
        ("online_account", "online_accounts", lambda n: model.OnlineAccount(handle=f"h{n}")),
        ("associate", "associates", lambda n: model.Associate(name=f"Dee {n}")),
        ("other_victim", "other_victims", lambda n: model.OtherVictim(name=f"girl {n}")),
        (
            "collateral_contact",
            "collateral_contacts",
            lambda n: model.CollateralContact(name=f"teacher {n}"),
        ),
        ("allegation", "allegations", lambda n: model.Allegation(reasons=f"r{n}")),
    ],
)
def test_listed_items_keep_their_order_and_can_be_edited_and_removed(
    store: Store, changes: list, kind, field, make
) -> None:
    iv = model.Interview()
    store.create_interview(iv)
    save, remove = getattr(store, f"save_{kind}"), getattr(store, f"remove_{kind}")
    items = [make(n) for n in range(3)]
    for item in items:
        save(iv.id, item)
    edited = dataclasses.replace(items[0])
    edited.__dict__.update(
        {f.name: getattr(make(9), f.name) for f in dataclasses.fields(edited) if f.name != "id"}
    )
    save(iv.id, edited)  # replaced in place, keeps its position
    assert getattr(store.load(iv.id), field) == [edited, items[1], items[2]]
    remove(iv.id, items[1].id)
    assert getattr(store.load(iv.id), field) == [edited, items[2]]
    assert changes[-1] == Changed(iv.id, field, items[1].id, iv.case_id)  # issue 14: case_id


def test_keyed_entries_keep_the_order_they_were_entered(store: Store) -> None:
    iv = model.Interview()
    store.create_interview(iv)
    for flag in ("rf.z", "rf.a", "rf.m"):
        store.set_red_flag(iv.id, flag, model.RedFlagObservation(note=flag))
    store.set_red_flag(iv.id, "rf.a", model.RedFlagObservation(note="edited"))
    assert list(store.load(iv.id).red_flags) == ["rf.z", "rf.a", "rf.m"]
    store.set_red_flag(iv.id, "rf.z", None)
    store.set_red_flag(iv.id, "rf.z", model.RedFlagObservation())
    assert list(store.load(iv.id).red_flags) == ["rf.a", "rf.m", "rf.z"]


def test_an_item_id_of_another_interview_is_refused(store: Store) -> None:
    a, b = model.Interview(), model.Interview()
    store.create_interview(a)
    store.create_interview(b)
    tattoo = model.Tattoo(description="rose")
    store.save_tattoo(a.id, tattoo)
    with pytest.raises(InvalidValue):
        store.save_tattoo(b.id, tattoo)
    assert store.load(a.id).tattoos == [tattoo]


def test_parts_narrative_panel_and_status(store: Store, changes: list) -> None:
    iv = model.Interview()
    store.create_interview(iv)
    youth = model.Youth(name="Sky Fictona", akas=["Birdie"], age=14, referral_number="0012")
    store.update_youth(iv.id, youth)
    ee = model.Interviewee(model.IntervieweeType.CAREGIVER, "Lupe Fictona", "aunt")
    store.update_interviewee(iv.id, ee)
    contact = model.Contact(date=date(2026, 2, 2), location="home", participants=["A", "B"])
    store.update_contact(iv.id, contact)
    special = model.SpecialConsiderations(runaway_return=True, notes="back Tuesday")
    store.update_special(iv.id, special)
    store.set_narrative(iv.id, "Met at the kitchen table.")
    store.set_last_panel(iv.id, "panel.tattoos")
    store.set_status(iv.id, model.InterviewStatus.SUMMARY_EXPORTED)
    loaded = store.load(iv.id)
    assert (loaded.youth, loaded.interviewee, loaded.contact, loaded.special) == (
        youth,
        ee,
        contact,
        special,
    )
    assert loaded.narrative == "Met at the kitchen table."
    assert loaded.last_panel == "panel.tattoos"
    assert loaded.status is model.InterviewStatus.SUMMARY_EXPORTED
    assert [c.part for c in changes[1:]] == [
        "youth",
        "interviewee",
        "contact",
        "special",
        "narrative",
        "last_panel",
        "status",
    ]


def test_list_and_search(store: Store) -> None:
    old = model.Interview(
        youth=model.Youth(name="Élodie Testwood", akas=["Lolo"], referral_number="1234-567")
    )
    new = model.Interview(youth=model.Youth(name="Kai Sampleton", akas=["K-Money"]))
    store.create_interview(old)
    store.create_interview(new)
    assert [s.id for s in store.list_interviews()] == [new.id, old.id]
    assert [s.id for s in store.search("ÉLODIE")] == [old.id]
    assert [s.id for s in store.search("lolo")] == [old.id]
    assert [s.id for s in store.search("34-5")] == [old.id]
    assert [s.id for s in store.search("k-mon")] == [new.id]
    assert store.search("nobody here") == []
    assert len(store.search("  ")) == 2
    store.update_youth(new.id, model.Youth(name="Kai Sampleton", akas=["Sunny"]))
    assert store.search("k-mon") == []
    assert [s.id for s in store.search("sunny")] == [new.id]
    summary = store.search("sunny")[0]
    assert summary.akas == ("Sunny",) and summary.youth_name == "Kai Sampleton"


def test_summary_reports_the_otip_deadline(store: Store) -> None:
    at = datetime(2026, 5, 1, 12, tzinfo=UTC)
    iv = model.Interview(
        special=model.SpecialConsiderations(
            foreign_national=model.YesNoUnknown.YES, suspicion_at=at
        )
    )
    store.create_interview(iv)
    (summary,) = store.list_interviews()
    assert summary.otip_due == at + timedelta(hours=24) and summary.otip_met is False
    store.update_special(iv.id, dataclasses.replace(iv.special, otip_notified_at=at))
    assert store.list_interviews()[0].otip_met is True
    store.update_special(iv.id, model.SpecialConsiderations(suspicion_at=at))
    assert store.list_interviews()[0].otip_due is None


def test_delete_removes_the_interview_and_its_children(store: Store) -> None:
    iv = full_interview()
    store.create_interview(iv)
    store.delete_interview(iv.id)
    with pytest.raises(NotFound):
        store.load(iv.id)
    with store.exclusive_connection() as conn:  # every child table is empty again
        for table in ("answers", "red_flags", "tattoos", "allegations", "services", "steps"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_unknown_interview_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.set_answer("nope", "q1", model.Answer())
    with pytest.raises(NotFound):
        store.delete_interview("nope")


def test_text_that_cannot_be_saved_is_refused_and_nothing_changes(store: Store) -> None:
    iv = model.Interview()
    store.create_interview(iv)
    lone = "before \ud800 after"
    with pytest.raises(InvalidValue, match="cannot be saved"):
        store.set_answer(iv.id, "q1", model.Answer(own_words=lone))
    with pytest.raises(model.TextRefused):  # also catchable as the model's own error
        store.set_narrative(iv.id, lone)
    with pytest.raises(InvalidValue):
        store.create_interview(model.Interview(youth=model.Youth(akas=[lone])))
    with pytest.raises(InvalidValue, match="allowed"):
        store.set_status(iv.id, "finished")
    assert store.load(iv.id) == iv
    assert len(store.list_interviews()) == 1


def test_record_export_and_the_audit_log_hold_no_content(store: Store) -> None:
    iv = full_interview("SECRETCANARY")
    store.create_interview(iv)
    store.record_export(iv.id, "pdf", "/home/csw/SECRETCANARY-youth.pdf")
    assert store.load(iv.id).status is model.InterviewStatus.SUMMARY_EXPORTED
    log = store.audit_log()
    assert [e.event for e in log][-2:] == ["interview_created", "summary_exported"]
    assert log[-1].detail == f"{iv.id} pdf file"
    assert all("SECRETCANARY" not in e.detail for e in log)


def test_a_subscriber_error_does_not_undo_the_commit_or_starve_others(store: Store) -> None:
    seen: list[str] = []

    def broken(changed: Changed) -> None:
        raise RuntimeError("view failed")

    store.on_change(broken)
    unsubscribe = store.on_change(lambda changed: seen.append(changed.part))
    iv = model.Interview()
    with pytest.raises(RuntimeError):
        store.create_interview(iv)
    assert seen == ["created"] and store.load(iv.id) == iv
    unsubscribe()
    with pytest.raises(RuntimeError):
        store.set_narrative(iv.id, "x")
    assert seen == ["created"]


def test_one_static_connection_usable_from_another_thread(store: Store) -> None:
    iv = model.Interview()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            store.create_interview(iv)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert errors == [] and store.load(iv.id) == iv
    # Issue 17: the engine is built on the first ORM use (the write above), over the
    # store's one driver connection.
    assert isinstance(store._engine.pool, StaticPool)  # noqa: SLF001 - the pool is the point
    with store._engine.connect() as conn:  # noqa: SLF001 - the same connection, the point
        with store.exclusive_connection() as driver:
            assert conn.connection.driver_connection is driver


def test_lock_forgets_the_key_and_refuses_everything(store: Store) -> None:
    holder = store._holder  # noqa: SLF001 - the key in memory is what lock() must drop
    store.lock()
    assert store.locked and holder.passphrase is None and store._engine is None  # noqa: SLF001
    for call in (
        store.list_interviews,
        lambda: store.load("x"),
        store.verify,
        lambda: store.create_interview(model.Interview()),
        lambda: store.audit("x"),
    ):
        with pytest.raises(StoreLocked):
            call()
    store.lock()  # twice is harmless


def test_list_and_search_read_only_the_covering_index(store: Store) -> None:
    store.create_interview(model.Interview(youth=model.Youth(name="Quinn Placeholm")))
    seen: list[str] = []

    def capture(statement: str) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    # Issue 17: the lists read on the driver, not through SQLAlchemy; the driver's
    # trace shows each statement as SQLite runs it (parameters filled in).
    with store.exclusive_connection() as conn:
        conn.set_trace_callback(capture)
    try:
        store.list_interviews()
        store.search("quinn")
    finally:
        with store.exclusive_connection() as conn:
            conn.set_trace_callback(None)
    assert len(seen) == 2
    with store.exclusive_connection() as conn:
        for statement in seen:
            plan = conn.execute("EXPLAIN QUERY PLAN " + statement).fetchall()
            assert [row[-1] for row in plan] == [
                "SCAN interviews USING COVERING INDEX ix_interviews_summary",
                # issue 14: the youth is the case's (a short row: no narrative), by id
                "SEARCH cases USING INDEX sqlite_autoindex_cases_1 (id=?)",
            ], statement
