"""Running a scenario: the training interview it starts from, and a scripted run of its key.

``start_interview`` builds what the trainee opens: contact facts from the brief,
nothing assessed yet, ``training=True``, the scenario's id in ``scenario_id``.
``scripted_interview`` is the model answer: every response recorded as said,
and exactly the key's flags, indicators, factors, allegations, steps and special
facts entered; the tests use it to prove the key agrees with the rules and earns
full marks, and a trainer can open it to show the worked case.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.content.bank import ContentBank
from app.model import (
    Allegation,
    Answer,
    BodySide,
    Contact,
    ContactMethod,
    IndicatorMark,
    Interview,
    Interviewee,
    IntervieweeType,
    OnlineAccount,
    RedFlagObservation,
    Response,
    Source,
    StepRecord,
    StepStatus,
    Tattoo,
    YesNoUnknown,
    Youth,
)
from app.training.marking import TRAINING_MARK
from app.training.scenario import Scenario


def start_interview(
    scenario: Scenario, bank: ContentBank, now: datetime | None = None
) -> Interview:
    """A fresh training interview for ``scenario``: the brief's facts, nothing assessed."""
    now = now or datetime.now(UTC)
    c = scenario.contact
    start = now.replace(second=0, microsecond=0)
    return Interview(
        content_version=bank.version,
        created_at=now,
        updated_at=now,
        training=True,
        # The case's link to its scenario and answer key; the purpose and youth name
        # below are the trainee's to edit.
        scenario_id=scenario.id,
        youth=Youth(
            name=scenario.youth_name, akas=list(scenario.youth_akas), age=scenario.youth_age
        ),
        interviewee=Interviewee(
            type=scenario.interviewee_type,
            name=scenario.interviewee_name,
            relationship=scenario.relationship,
        ),
        contact=Contact(
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
        last_panel="",
    )


def contact_start(interview: Interview) -> datetime:
    """When the training contact began (UTC), from its contact date and start time."""
    c = interview.contact
    if c.date is None or c.start_time is None:
        return interview.created_at
    return datetime.combine(c.date, c.start_time, tzinfo=UTC)


def suspicion_time(scenario: Scenario, interview: Interview) -> datetime | None:
    """The moment the scenario gives cause to suspect trafficking of a foreign national minor."""
    if scenario.suspicion_after_minutes is None:
        return None
    return contact_start(interview) + timedelta(minutes=scenario.suspicion_after_minutes)


def scripted_interview(
    scenario: Scenario, bank: ContentBank, now: datetime | None = None
) -> Interview:
    """The worked answer: every response as said, and exactly the key entered."""
    interview = start_interview(scenario, bank, now)
    done_at = contact_start(interview) + timedelta(minutes=scenario.contact["duration_minutes"])
    asked_at = contact_start(interview)
    if scenario.interviewee_type == IntervieweeType.CAREGIVER:
        # The guide's opening with caregivers comes first; each point is recorded as done.
        for item in bank.section("caregiver.opening").items:
            interview.answers[item.id] = Answer(response=Response.YES, updated_at=asked_at)
    # One question a minute in the guide's order (rapport first), as a careful CSW would.
    for n, (qid, resp) in enumerate(scenario.responses.items()):
        interview.answers[qid] = Answer(
            response=resp.response, own_words=resp.words,
            updated_at=asked_at + timedelta(minutes=1 + n),
        )  # fmt: skip
    source = _source_for(scenario)
    key = scenario.key
    for flag_id, why in key.red_flags.items():
        interview.red_flags[flag_id] = RedFlagObservation(sources=[source], note=why)
    for letter, why in key.indicators.items():
        interview.at_risk_indicators[letter] = IndicatorMark(note=why)
    for factor_id, why in key.labor_risk_factors.items():
        interview.labor_risk_factors[factor_id] = IndicatorMark(note=why)
    for sub, why in key.allegations.items():
        interview.allegations.append(
            Allegation(subcategory=sub, alleged_victim=scenario.youth_name, reasons=why)
        )
    for step_id in key.steps:
        interview.responsibilities[step_id] = StepRecord(status=StepStatus.DONE, at=done_at)
    for n, tat in enumerate(scenario.observations.tattoos, start=1):
        interview.tattoos.append(
            Tattoo(
                number=n,
                side=BodySide(tat.side),
                x=tat.x,
                y=tat.y,
                location=tat.location,
                description=tat.description,
                symbols=list(tat.symbols),
                youth_description=tat.youth_description,
                how_obtained=tat.how_obtained,
                where_obtained=tat.where_obtained,
                exploiter_moniker=tat.exploiter_moniker,
            )
        )
    for acc in scenario.observations.online_accounts:
        interview.online_accounts.append(
            OnlineAccount(
                platform=acc.platform,
                handle=acc.handle,
                nicknames=list(acc.nicknames),
                signs=list(acc.signs),
                shown_by_youth=acc.shown_by_youth,
                job_ad_online=YesNoUnknown(acc.job_ad_online),
                notes=acc.description,
            )
        )
    special = interview.special
    special.foreign_national = YesNoUnknown(scenario.foreign_national)
    special.runaway_return = scenario.runaway_return
    special.runaway_cse_assessed = scenario.runaway_return
    special.suspicion_at = suspicion_time(scenario, interview)
    if special.suspicion_at is not None:
        special.otip_notified_at = special.suspicion_at + timedelta(hours=2)
        special.rfa_submitted = True
    return interview


def _source_for(scenario: Scenario) -> Source:
    return Source.YOUTH if scenario.interviewee_type.value == "youth" else Source.CAREGIVER
