"""A practice case with several contacts (issue 14): who and how for each further contact,
the labels the debrief uses for "which contact", and the worked case contact by contact.

A format 2 scenario is one case: the practice case starts on its first contact
(``start_interview``); the trainee adds the next one from the case
(``next_contact`` + ``contact_facts``, then ``Store.new_contact``: the youth and the
case's findings come with it, nothing retyped). The key is the case's: the debrief
scores the findings of every contact together.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.content.bank import ContentBank
from app.model import (
    Answer,
    Case,
    Contact,
    ContactMethod,
    ContactRef,
    Interview,
    Interviewee,
    IntervieweeType,
    RedFlagObservation,
    Response,
    Source,
)
from app.training.marking import TRAINING_MARK
from app.training.scenario import Scenario, ScenarioContact
from app.training.walkthrough import contact_start, scripted_interview

# A further contact begins this long after the first one started (the same day, as a
# CSW following up a school referral with a home visit would).
NEXT_CONTACT_AFTER = timedelta(hours=4)


def contact_label(ref: ContactRef) -> str:
    """ "caregiver, 11/14": who was interviewed, and when (the debrief's "which contact")."""
    when = f", {ref.contact.date:%m/%d}" if ref.contact.date is not None else ""
    return f"{ref.interviewee.type.value}{when}"


def contact_labels(case: Case) -> dict[str, str]:
    """Each contact id of the case -> its label, oldest first."""
    return {ref.id: contact_label(ref) for ref in case.contacts}


def next_contact(scenario: Scenario, case: Case) -> ScenarioContact | None:
    """The scenario's next contact that the practice case does not have yet (None: all made)."""
    return scenario.next_contact(ref.interviewee.type for ref in case.contacts)


def contact_facts(
    contact: ScenarioContact, now: datetime | None = None
) -> tuple[Interviewee, Contact]:
    """Who and how for a further contact, from the scenario (the trainee may edit them)."""
    now = now or datetime.now(UTC)
    start = now.replace(second=0, microsecond=0)
    c = contact.contact
    return (
        Interviewee(
            type=contact.interviewee_type,
            name=contact.interviewee_name,
            relationship=contact.relationship,
        ),
        Contact(
            date=start.date(),
            start_time=start.time().replace(tzinfo=None),
            end_time=(start + timedelta(minutes=c["duration_minutes"])).time().replace(tzinfo=None),
            method=ContactMethod(c["method"]),
            location=c["location"],
            language=c["language"],
            interpreter=c["interpreter"],
            csw="Trainee",
            purpose=f"{TRAINING_MARK}: {c['purpose']}",
            participants=list(c["participants"]),
        ),
    )


def first_source(scenario: Scenario, finding: str) -> str:
    """The scenario contact id a finding is first recorded in (the first contact if unsaid)."""
    where = scenario.learned_in.get(finding, ())
    return where[0] if where else scenario.contacts[0].id


def scripted_case(
    scenario: Scenario, bank: ContentBank, now: datetime | None = None
) -> list[Interview]:
    """The worked case, one ``Interview`` per contact in order.

    Each holds that contact's answers and the findings first learned in it (by
    ``key.learned_in``), with that contact's interviewee as the red flag's source;
    allegations, steps, tattoos, accounts and special facts sit on the first contact
    (``scripted_interview``). Together they are exactly the key. A one-contact
    scenario gives ``[scripted_interview(...)]``.
    """
    first = scripted_interview(scenario, bank, now)
    if len(scenario.contacts) == 1:
        return [first]
    first_id = scenario.contacts[0].id
    out = [first]
    start = contact_start(first)
    for n, sc_contact in enumerate(scenario.contacts[1:], start=1):
        begins = start + n * NEXT_CONTACT_AFTER
        interviewee, contact = contact_facts(sc_contact, begins)
        iv = Interview(
            content_version=bank.version,
            created_at=begins,
            updated_at=begins,
            training=True,
            scenario_id=scenario.id,
            youth=first.youth,
            interviewee=interviewee,
            contact=contact,
        )
        iv.answers.update(_scripted_answers(sc_contact, bank, begins))
        out.append(iv)
    by_id = {c.id: iv for c, iv in zip(scenario.contacts, out, strict=True)}
    source_of = {c.id: _source(c.interviewee_type) for c in scenario.contacts}
    for flag_id in list(first.red_flags):
        where = first_source(scenario, flag_id)
        if where != first_id:
            rec = first.red_flags.pop(flag_id)
            by_id[where].red_flags[flag_id] = RedFlagObservation(
                sources=[source_of[where]], note=rec.note
            )
    for key in list(first.at_risk_indicators):
        if (where := first_source(scenario, key)) != first_id:
            by_id[where].at_risk_indicators[key] = first.at_risk_indicators.pop(key)
    for key in list(first.labor_risk_factors):
        if (where := first_source(scenario, key)) != first_id:
            by_id[where].labor_risk_factors[key] = first.labor_risk_factors.pop(key)
    return out


def _scripted_answers(
    contact: ScenarioContact, bank: ContentBank, begins: datetime
) -> dict[str, Answer]:
    answers: dict[str, Answer] = {}
    if contact.interviewee_type == IntervieweeType.CAREGIVER:
        for item in bank.section("caregiver.opening").items:
            answers[item.id] = Answer(response=Response.YES, updated_at=begins)
    for n, (qid, resp) in enumerate(contact.responses.items()):
        answers[qid] = Answer(
            response=resp.response, own_words=resp.words,
            updated_at=begins + timedelta(minutes=1 + n),
        )  # fmt: skip
    return answers


def _source(kind: IntervieweeType) -> Source:
    return Source.YOUTH if kind == IntervieweeType.YOUTH else Source.CAREGIVER
