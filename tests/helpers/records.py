"""Fictional interviews for tests and benchmarks: every field filled, or realistic.

All people here are invented. ``full_interview`` puts a distinct marker in every
text field (so a test can look for each one on disk); ``realistic_interview``
produces the size and shape a real contact tends to have.
"""

from __future__ import annotations

import copy
import dataclasses
import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from app import model

FIRST = [
    "Avery",
    "Jordan",
    "Riley",
    "Sky",
    "Marisol",
    "Dana",
    "Kai",
    "Rowan",
    "Noor",
    "Elodie",
    "Tomas",
    "Jada",
    "Lupe",
    "Quinn",
    "Sasha",
    "Tenaya",
    "Amari",
    "Brook",
    "Casey",
    "Devon",
]
LAST = [
    "Testwood",
    "Fictona",
    "Sampleton",
    "Demoreyes",
    "Placeholm",
    "Mockridge",
    "Exampleby",
    "Notreal",
    "Inventa",
    "Pretendez",
]
WORDS = (
    "she said they met at the bus stop after school and he bought food and a phone "
    "later asked her to go to a party with an auntie who drove them to a motel "
    "the youth stated she was tired and hungry and did not want to talk about it "
    "the caregiver reported curfew was missed several times this month"
).split()


def _t(tag: str, name: str) -> str:
    """A distinct marker per field: <tag>-<field>-Zq."""
    return f"{tag}-{name}-Zq"


def full_interview(
    tag: str = "CANARY", content_version: str = "test", training: bool = False
) -> model.Interview:
    """An interview with every field of the model set to a non-default value.

    ``training`` stays False by default: the real store refuses training cases
    (issue 6); pass True to exercise that field too.
    """
    at = datetime(2026, 3, 4, 5, 6, 7, 123456, tzinfo=UTC)
    iv = model.Interview(
        content_version=content_version,
        created_at=at,
        updated_at=at + timedelta(hours=1),
        status=model.InterviewStatus.SUMMARY_EXPORTED,
        training=training,
        youth=model.Youth(
            name=_t(tag, "youth.name"),
            akas=[_t(tag, "aka1"), _t(tag, "aka2")],
            date_of_birth=date(2010, 2, 3),
            age=15,
            referral_number=_t(tag, "referral"),
            client_id=_t(tag, "client"),
        ),
        interviewee=model.Interviewee(
            type=model.IntervieweeType.CAREGIVER,
            name=_t(tag, "ee.name"),
            relationship=_t(tag, "ee.rel"),
        ),
        contact=model.Contact(
            date=date(2026, 3, 4),
            start_time=time(9, 30),
            end_time=time(10, 45, 15),
            method=model.ContactMethod.VIDEO,
            outcome=model.ContactOutcome.ATTEMPTED,
            location=_t(tag, "location"),
            language=_t(tag, "language"),
            interpreter=_t(tag, "interpreter"),
            csw=_t(tag, "csw"),
            purpose=_t(tag, "purpose"),
            participants=[_t(tag, "part1"), _t(tag, "part2")],
        ),
        answers={
            "youth.open_ended.q01": model.Answer(
                model.Response.YES, _t(tag, "own"), _t(tag, "notes"), at
            ),
            "youth.open_ended.q02": model.Answer(model.Response.DECLINED, "", "", None),
        },
        red_flags={
            "rf.tattoo": model.RedFlagObservation(
                [model.Source.OBSERVED, model.Source.RECORD], _t(tag, "rf.note")
            )
        },
        at_risk_indicators={
            "A": model.IndicatorMark(_t(tag, "ind.A")),
            "E": model.IndicatorMark(""),
        },
        labor_risk_factors={"labor_risk.f01": model.IndicatorMark(_t(tag, "labor"))},
        tattoos=[
            model.Tattoo(
                number=1,
                side=model.BodySide.BACK,
                x=0.25,
                y=0.75,
                location=_t(tag, "tat.loc"),
                description=_t(tag, "tat.desc"),
                symbols=[_t(tag, "sym1"), "crown"],
                youth_description=_t(tag, "tat.youth"),
                how_obtained=_t(tag, "tat.how"),
                where_obtained=_t(tag, "tat.where"),
                exploiter_moniker=_t(tag, "tat.moniker"),
            ),
            model.Tattoo(number=2),
        ],
        online_accounts=[
            model.OnlineAccount(
                platform=_t(tag, "platform"),
                handle=_t(tag, "handle"),
                nicknames=[_t(tag, "acc.nick")],
                phone_numbers=[_t(tag, "phone")],
                signs=[_t(tag, "sign")],
                shown_by_youth=True,
                job_ad_online=model.YesNoUnknown.YES,
                notes=_t(tag, "acc.notes"),
            )
        ],
        associates=[
            model.Associate(
                name=_t(tag, "as.name"),
                nicknames=[_t(tag, "as.nick")],
                relationship=_t(tag, "as.rel"),
                suspected_exploiter=True,
                has_children=model.YesNoUnknown.NO,
                notes=_t(tag, "as.notes"),
            )
        ],
        other_victims=[
            model.OtherVictim(
                name=_t(tag, "ov.name"), where=_t(tag, "ov.where"), notes=_t(tag, "ov.notes")
            )
        ],
        collateral_contacts=[
            model.CollateralContact(
                type=_t(tag, "cc.type"),
                name=_t(tag, "cc.name"),
                agency=_t(tag, "cc.agency"),
                contacted_on=date(2026, 3, 5),
                method=model.ContactMethod.IN_PERSON,
                summary=_t(tag, "cc.summary"),
            )
        ],
        responsibilities={
            "proc.cse.s1": model.StepRecord(model.StepStatus.DONE, at, _t(tag, "step"))
        },
        allegations=[
            model.Allegation(
                subcategory="cse",
                alleged_victim=_t(tag, "al.victim"),
                alleged_perpetrator=_t(tag, "al.perp"),
                proposed_conclusion=model.Conclusion.INCONCLUSIVE,
                reasons=_t(tag, "al.reasons"),
            ),
            model.Allegation(subcategory="labor"),
        ],
        needs={"needs.f01": model.IndicatorMark(_t(tag, "need"))},
        services={"services.s01": model.ServiceReferral(date(2026, 3, 6), _t(tag, "service"))},
        special=model.SpecialConsiderations(
            foreign_national=model.YesNoUnknown.YES,
            suspicion_at=at,
            otip_notified_at=at + timedelta(hours=3),
            rfa_submitted=True,
            runaway_return=True,
            runaway_cse_assessed=True,
            notes=_t(tag, "special"),
        ),
        narrative=_t(tag, "narrative"),
        last_panel=_t(tag, "panel"),
    )
    return iv


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def realistic_interview(
    rng: random.Random, question_ids: list[str], red_flag_ids: list[str]
) -> model.Interview:
    """About the size of a real contact: ~40 answers, a few flags, a 2-3 KB narrative."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    when = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(800_000))
    answers = {}
    for qid in rng.sample(question_ids, min(40, len(question_ids))):
        answers[qid] = model.Answer(
            rng.choice(list(model.Response)),
            _sentence(rng, rng.randrange(0, 25)),
            _sentence(rng, rng.randrange(0, 15)),
            when,
        )
    flags = {
        fid: model.RedFlagObservation([model.Source.YOUTH], _sentence(rng, 6))
        for fid in rng.sample(red_flag_ids, min(4, len(red_flag_ids)))
    }
    return model.Interview(
        content_version="bench",
        created_at=when,
        updated_at=when,
        youth=model.Youth(
            name=name,
            akas=[rng.choice(FIRST) + str(rng.randrange(99))],
            age=rng.randrange(11, 18),
            referral_number=f"{rng.randrange(10**9):09d}",
        ),
        contact=model.Contact(
            date=when.date(),
            start_time=time(10),
            end_time=time(11),
            location="Fictional Middle School",
            csw="Pat Examplecsw",
            purpose=_sentence(rng, 8),
            participants=["Pat Examplecsw"],
        ),
        answers=answers,
        red_flags=flags,
        at_risk_indicators={"D": model.IndicatorMark(_sentence(rng, 5))},
        tattoos=[
            model.Tattoo(number=1, x=0.4, y=0.3, location="forearm", description=_sentence(rng, 6))
        ],
        associates=[
            model.Associate(
                name=rng.choice(FIRST), relationship="boyfriend", notes=_sentence(rng, 10)
            )
        ],
        narrative=" ".join(_sentence(rng, 12) for _ in range(30)),
    )


def bank_ids() -> tuple[list[str], list[str]]:
    """Question ids and red flag ids from the real content bank."""
    from app.content import load_content

    bank = load_content()
    questions = [
        item.id
        for sid in (
            "youth.open_ended",
            "youth.specific",
            "caregiver.questions",
            "investigative_areas",
        )
        for item in bank.section(sid).items
    ]
    return questions, [flag.id for flag in bank.red_flags]


# The documented example interview (docs/examples), imported by the CLI tests.
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "interview-example.json"


def unfiled(interview: model.Interview) -> model.Interview:
    """``interview`` without what the store files it under (issue 14): no case_id, every
    finding's contact_id "" (as a format-1 file carries it)."""
    out = copy.deepcopy(interview)
    out.case_id = ""
    for f in dataclasses.fields(out):
        value = getattr(out, f.name)
        if isinstance(value, dict | list):
            for item in value.values() if isinstance(value, dict) else value:
                if dataclasses.is_dataclass(item) and hasattr(item, "contact_id"):
                    item.contact_id = ""
    return out
