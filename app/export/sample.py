"""A fictional, fully filled interview: for previews, the benchmark and tests.

Every person here is invented. ``sample_interview(bank, answers=200, tattoos=30,
accounts=30)`` gives the benchmark's "every panel filled" record.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from app.content.bank import ContentBank
from app.model import (
    Allegation,
    Answer,
    Associate,
    BodySide,
    CollateralContact,
    Conclusion,
    Contact,
    IndicatorMark,
    Interview,
    Interviewee,
    OnlineAccount,
    OtherVictim,
    RedFlagObservation,
    Response,
    ServiceReferral,
    Source,
    SpecialConsiderations,
    StepRecord,
    StepStatus,
    Tattoo,
    YesNoUnknown,
    Youth,
)

AT = datetime(2026, 11, 20, 17, 30, tzinfo=UTC)
NARRATIVE = (
    "CSW met the youth at the placement after school. The youth was calm and talked openly "
    "about school and friends. The youth described an older friend she calls her "
    "\u201cboyfriend\u201d who buys her clothes and drives her to other cities on weekends. "
    "CSW explained the purpose of the visit, answered her questions and shared the hotline "
    "number with her."
)
RESPONSES = (Response.YES, Response.NO, Response.UNSURE, Response.DECLINED, Response.NOT_ASKED)
_TATTOO_SPOTS = (
    (BodySide.FRONT, 0.50, 0.145),
    (BodySide.FRONT, 0.24, 0.50),
    (BodySide.FRONT, 0.42, 0.62),
    (BodySide.BACK, 0.50, 0.25),
    (BodySide.FRONT, 0.50, 0.23),
    (BodySide.BACK, 0.60, 0.62),
)


def _question_ids(bank: ContentBank) -> list[str]:
    ids = [
        it.id
        for sid in (
            "youth.open_ended",
            "youth.specific",
            "caregiver.questions",
            "investigative_areas",
        )
        if sid in bank.sections
        for it in bank.section(sid).items
    ]
    ids += [d.id for p in bank.procedures for s in p.steps for d in s.determinations]
    return ids


def sample_interview(
    bank: ContentBank, *, answers: int = 24, tattoos: int = 3, accounts: int = 2
) -> Interview:
    iv = Interview(content_version=bank.version, training=True, created_at=AT, updated_at=AT)
    iv.youth = Youth(
        name="J. R.",
        akas=["Jazzy", "JJ"],
        date_of_birth=date(2010, 4, 2),
        age=16,
        referral_number="0123-4567-8901-2345678",
        client_id="4444-555-6666",
    )
    iv.interviewee = Interviewee(name="J. R.", relationship="self")
    iv.contact = Contact(
        date=date(2026, 11, 20),
        start_time=time(9, 30),
        end_time=time(10, 45),
        location="Resource family home, Lakewood",
        language="English",
        interpreter="",
        csw="Alex Moreno",
        purpose="Initial CSEC screening",
        participants=["J. R.", "Alex Moreno (CSW)"],
    )
    iv.narrative = NARRATIVE
    ids = _question_ids(bank)
    for i in range(answers):
        qid = ids[i] if i < len(ids) else f"sample.q{i:03d}"
        r = RESPONSES[i % len(RESPONSES)]
        iv.answers[qid] = Answer(
            response=r,
            own_words="He said I owe him for the phone." if r == Response.YES else "",
            notes="Youth looked away and changed the subject." if i % 3 == 0 else "",
            updated_at=AT,
        )
    for flag in bank.red_flags[:8]:
        iv.red_flags[flag.id] = RedFlagObservation(
            [Source.OBSERVED, Source.YOUTH], "Seen at the visit."
        )
    for ind in ("A", "D", "F"):
        iv.at_risk_indicators[ind] = IndicatorMark("Reported by the youth.")
    for item in bank.labor_risk_factors.items[:3]:
        iv.labor_risk_factors[item.id] = IndicatorMark("")
    for n in range(1, tattoos + 1):
        side, x, y = _TATTOO_SPOTS[(n - 1) % len(_TATTOO_SPOTS)]
        iv.tattoos.append(
            Tattoo(
                number=n,
                side=side,
                x=x + 0.01 * ((n - 1) // len(_TATTOO_SPOTS)),
                y=y,
                description="Small crown with the letter K",
                symbols=["tattoo.sym.crowns"],
                youth_description="My boyfriend wanted me to get it.",
                how_obtained="At a friend's house",
                where_obtained="Long Beach",
                exploiter_moniker="King",
            )
        )
    for n in range(1, accounts + 1):
        iv.online_accounts.append(
            OnlineAccount(
                platform="Instagram",
                handle=f"@jazzy_{n}",
                nicknames=["Jazzy"],
                phone_numbers=["(555) 010-0199"],
                signs=["online.sign.crowns"],
                shown_by_youth=n % 2 == 0,
                job_ad_online=YesNoUnknown.UNKNOWN,
                notes="Posts show large sums of money.",
            )
        )
    iv.associates = [
        Associate(
            name="Marcus",
            nicknames=["King"],
            relationship="boyfriend",
            suspected_exploiter=True,
            has_children=YesNoUnknown.UNKNOWN,
            notes="About 24, drives a grey sedan.",
        ),
        Associate(name="Tina", relationship="friend from school"),
    ]
    iv.other_victims = [
        OtherVictim(
            name="\u201cBaby\u201d",
            where="Motel on Pacific Ave",
            notes="Youth says she is about 15.",
        )
    ]
    iv.collateral_contacts = [
        CollateralContact(
            type="col.law_enforcement",
            name="Det. Sam Ruiz",
            agency="County Sheriff, HT unit",
            contacted_on=date(2026, 11, 20),
            summary="Shared the moniker; detective will follow up.",
        )
    ]
    iv.responsibilities = {
        "proc.cse.s2": StepRecord(StepStatus.DONE, AT + timedelta(hours=1), "Referral 123"),
        "proc.cse.s3": StepRecord(StepStatus.DONE, AT + timedelta(hours=2)),
        "proc.cse.s4": StepRecord(StepStatus.PENDING),
    }
    iv.allegations = [
        Allegation(
            subcategory="cse",
            alleged_victim="J. R.",
            alleged_perpetrator="Marcus (\u201cKing\u201d)",
            proposed_conclusion=Conclusion.SUBSTANTIATED,
            reasons="Youth describes exchanging sex for a place to stay.",
        ),
        Allegation(subcategory="labor", alleged_victim="J. R."),
    ]
    iv.needs = {"need.prior_abuse": IndicatorMark("Prior referral in 2024.")}
    iv.services = {
        "svc.crisis_safety": ServiceReferral(date(2026, 11, 20), "Safety plan made."),
        "svc.basic_needs": ServiceReferral(None, ""),
    }
    iv.special = SpecialConsiderations(
        foreign_national=YesNoUnknown.NO, runaway_return=True, runaway_cse_assessed=True
    )
    return iv
