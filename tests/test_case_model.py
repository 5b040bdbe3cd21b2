"""Issue 14's model: a case (one youth and the referral) holding contacts, every finding
carrying the contact it was learned in, and each part of the record scoped to the case
or to the contact (app/store/parts.py)."""

from __future__ import annotations

import dataclasses

import pytest

from app import model
from app.store import parts
from app.store.parts import Scope

FINDINGS = [
    model.RedFlagObservation,
    model.IndicatorMark,
    model.StepRecord,
    model.ServiceReferral,
    model.Tattoo,
    model.OnlineAccount,
    model.Associate,
    model.OtherVictim,
    model.CollateralContact,
    model.Allegation,
    model.Answer,
]

CASE_PARTS = {
    "youth", "special", "red_flags", "at_risk_indicators", "labor_risk_factors", "needs",
    "services", "responsibilities", "allegations", "tattoos", "online_accounts", "associates",
    "other_victims", "collateral_contacts", "training", "scenario_id",
}  # fmt: skip
CONTACT_PARTS = {
    "id", "case_id", "interviewee", "contact", "answers", "narrative", "status",
    "content_version", "last_panel", "created_at", "updated_at",
}  # fmt: skip


def test_case_status_values() -> None:
    assert [s.value for s in model.CaseStatus] == ["open", "closed"]
    assert model.CaseStatus("closed") is model.CaseStatus.CLOSED


@pytest.mark.parametrize("cls", FINDINGS, ids=lambda c: c.__name__)
def test_every_finding_record_carries_the_contact_it_was_learned_in(cls: type) -> None:
    field = {f.name: f for f in dataclasses.fields(cls)}["contact_id"]
    assert field.default == "" and cls().contact_id == ""


def test_an_interview_names_its_case() -> None:
    assert model.Interview().case_id == ""
    assert model.Interview(case_id="c1").case_id == "c1"


def test_a_case_holds_the_youth_special_and_its_contacts() -> None:
    case = model.Case()
    assert len(case.id) == 32 and case.id != model.Case().id
    assert case.status is model.CaseStatus.OPEN and case.training is False
    assert case.scenario_id == "" and case.summary_exported_at is None
    assert case.youth == model.Youth() and case.special == model.SpecialConsiderations()
    assert case.contacts == [] and case.created_at.tzinfo is not None


def test_a_contact_ref_is_frozen() -> None:
    now = model.utcnow()
    ref = model.ContactRef(
        "k1", model.Interviewee(), model.Contact(), model.InterviewStatus.IN_PROGRESS, "1", now, now
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        ref.id = "k2"  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(model.ContactRef)] == [
        "id", "interviewee", "contact", "status", "content_version", "created_at", "updated_at",
    ]  # fmt: skip


def test_each_part_is_scoped_to_the_case_or_the_contact() -> None:
    case = {p.name for p in parts.PARTS.values() if p.scope is Scope.CASE}
    contact = {p.name for p in parts.PARTS.values() if p.scope is Scope.CONTACT}
    assert case == CASE_PARTS
    assert contact == CONTACT_PARTS


def test_determination_answers_belong_to_the_case() -> None:
    assert parts.scope_of(parts.ANSWERS, "proc.determination.at_risk") is Scope.CASE
    assert parts.scope_of(parts.ANSWERS, "youth.q1") is Scope.CONTACT
    assert parts.scope_of(parts.ANSWERS) is Scope.CONTACT
    assert parts.scope_of(parts.RED_FLAGS, "rf.1") is Scope.CASE
