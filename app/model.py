"""The domain model: one interview (one contact) and everything recorded in it.

Plain dataclasses, no persistence and no Qt: the store maps them, the rules read
them, the export prints them. Content items (questions, red flags, steps,
services, ...) are referred to by their stable ids from ``data/content``.
Times are timezone-aware ``datetime`` values in UTC; dates are ``date``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from enum import StrEnum


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


class TextRefused(ValueError):
    """Text that cannot be stored faithfully (e.g. a lone surrogate)."""


def check_text(value: str, field_name: str = "text") -> str:
    """Refuse text that UTF-8 cannot carry, so what is stored round-trips exactly.

    A lone surrogate (which some clipboards produce) has no UTF-8 form; storing
    it would mean changing what the CSW typed, so it is refused at entry.
    """
    if not isinstance(value, str):
        raise TextRefused(f"{field_name}: expected text, got {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise TextRefused(
            f"{field_name}: contains a character that cannot be saved "
            f"(position {exc.start}); please retype it"
        ) from None
    return value


class IntervieweeType(StrEnum):
    YOUTH = "youth"
    CAREGIVER = "caregiver"
    COLLATERAL = "collateral"


class ContactMethod(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class ContactOutcome(StrEnum):
    COMPLETED = "completed"
    ATTEMPTED = "attempted"


class Response(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"
    DECLINED = "declined"
    NOT_ASKED = "not_asked"
    ANSWERED = "answered"  # an open-ended question answered in words (app/answers.py)


class Source(StrEnum):
    """Where a red flag was learned from."""

    OBSERVED = "observed"
    YOUTH = "youth"
    CAREGIVER = "caregiver"
    COLLATERAL = "collateral"
    RECORD = "record"


class StepStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


class Conclusion(StrEnum):
    """California's allegation conclusions. The tool never picks one by itself."""

    SUBSTANTIATED = "substantiated"
    INCONCLUSIVE = "inconclusive"
    UNFOUNDED = "unfounded"


class CaseStatus(StrEnum):
    """A case (one youth and the referral) is open while contacts are still made."""

    OPEN = "open"
    CLOSED = "closed"


class InterviewStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    SUMMARY_EXPORTED = "summary_exported"


class YesNoUnknown(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class BodySide(StrEnum):
    FRONT = "front"
    BACK = "back"


@dataclass
class Youth:
    name: str = ""  # name or initials
    akas: list[str] = field(default_factory=list)  # AKAs and monikers
    date_of_birth: date | None = None
    age: int | None = None
    referral_number: str = ""
    client_id: str = ""  # CWS/CMS client id


@dataclass
class Interviewee:
    type: IntervieweeType = IntervieweeType.YOUTH
    name: str = ""
    relationship: str = ""  # to the youth; "self" for the youth


@dataclass
class Contact:
    date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    method: ContactMethod = ContactMethod.IN_PERSON
    outcome: ContactOutcome = ContactOutcome.COMPLETED
    location: str = ""
    language: str = ""
    interpreter: str = ""  # interpreter's name; empty when none
    csw: str = ""
    purpose: str = ""
    participants: list[str] = field(default_factory=list)


@dataclass
class Answer:
    """The answer to one content item that can be asked or determined.

    Keyed in ``Interview.answers`` by the item's id: interview questions,
    investigative areas and the procedures' determinations alike.
    """

    response: Response = Response.NOT_ASKED
    own_words: str = ""  # the person's own words, quoted as said
    notes: str = ""  # the CSW's notes
    updated_at: datetime | None = None
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""
    # The CSW's English rendering of ``own_words`` when the person spoke another language
    # (issue 15); the summary prints it beneath the own words, marked as the CSW's.
    english_rendering: str = ""


@dataclass
class RedFlagObservation:
    sources: list[Source] = field(default_factory=list)
    note: str = ""
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""


@dataclass
class IndicatorMark:
    """An at-risk indicator (A-H) or labor-trafficking factor the CSW marked present."""

    note: str = ""
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""


@dataclass
class Tattoo:
    id: str = field(default_factory=new_id)
    number: int = 0  # the numbered mark on the body outline
    side: BodySide = BodySide.FRONT
    x: float | None = None  # 0..1 across the side's box (app.body_outline), None if not placed
    y: float | None = None  # 0..1 down the same box; see resources/body/outline.json
    location: str = ""  # body location id from content, or free text
    description: str = ""
    symbols: list[str] = field(default_factory=list)  # symbol ids or free text
    youth_description: str = ""  # the youth's own words
    how_obtained: str = ""
    where_obtained: str = ""
    exploiter_moniker: str = ""
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""


@dataclass
class OnlineAccount:
    id: str = field(default_factory=new_id)
    platform: str = ""
    handle: str = ""
    nicknames: list[str] = field(default_factory=list)
    phone_numbers: list[str] = field(default_factory=list)
    signs: list[str] = field(default_factory=list)  # social-media sign ids from content
    shown_by_youth: bool = False
    job_ad_online: YesNoUnknown = YesNoUnknown.UNKNOWN
    notes: str = ""
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""


@dataclass
class Associate:
    """An associate, employer, partner or suspected exploiter, in the youth's words."""

    id: str = field(default_factory=new_id)
    name: str = ""
    nicknames: list[str] = field(default_factory=list)
    relationship: str = ""  # the youth's own term: "boyfriend", "daddy", "auntie"
    suspected_exploiter: bool = False
    has_children: YesNoUnknown = YesNoUnknown.UNKNOWN
    notes: str = ""
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""


@dataclass
class OtherVictim:
    id: str = field(default_factory=new_id)
    name: str = ""  # name, nickname or description
    where: str = ""  # where they may be located
    notes: str = ""
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""


@dataclass
class CollateralContact:
    id: str = field(default_factory=new_id)
    type: str = ""  # collateral contact type id from content
    name: str = ""
    agency: str = ""
    contacted_on: date | None = None
    method: ContactMethod = ContactMethod.PHONE
    summary: str = ""
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""


@dataclass
class StepRecord:
    """A CSW responsibility step's status (step ids from the procedures)."""

    status: StepStatus = StepStatus.PENDING
    at: datetime | None = None
    note: str = ""
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""


@dataclass
class Allegation:
    """One allegation per exploitation subcategory, as entered in CWS/CMS."""

    id: str = field(default_factory=new_id)
    subcategory: str = ""  # subcategory id from content
    alleged_victim: str = ""
    alleged_perpetrator: str = ""
    proposed_conclusion: Conclusion | None = None
    reasons: str = ""
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""


@dataclass
class ServiceReferral:
    referred_on: date | None = None
    note: str = ""
    # The contact this finding was learned in (an Interview id). "" on a new value:
    # the store stamps it with the contact writing it; loaded values carry the real id.
    contact_id: str = ""


@dataclass
class SpecialConsiderations:
    foreign_national: YesNoUnknown = YesNoUnknown.UNKNOWN
    # When the CSW first suspected CSEC or labor trafficking of a foreign national
    # minor; OTIP must be notified within 24 hours of this moment.
    suspicion_at: datetime | None = None
    otip_notified_at: datetime | None = None
    rfa_submitted: bool = False  # Request for Assistance through Shepherd
    runaway_return: bool = False  # youth returning from a runaway episode (SB 794)
    runaway_cse_assessed: bool = False
    notes: str = ""


@dataclass
class Interview:
    """One contact as the window edits it.

    Loaded by ``Store.load(contact_id)`` it carries its own contact parts
    (interviewee, contact, the interviewee's answers, narrative, status, ...) AND
    its case's youth, special considerations and findings, so panels and rules
    work on an ``Interview``. Which part belongs where: ``app.store.parts`` (scope).
    """

    id: str = field(default_factory=new_id)
    case_id: str = ""  # the case this contact belongs to ("" until the store files it)
    content_version: str = ""
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
    status: InterviewStatus = InterviewStatus.IN_PROGRESS
    training: bool = False
    # The training scenario a practice case was started from (a scenario id such as
    # "runaway-return"); always empty for real interviews (the store refuses a real
    # interview that carries one). Kept apart from the editable contact purpose and
    # youth name, so a trainee's edits never unlink a case from its answer key.
    scenario_id: str = ""
    youth: Youth = field(default_factory=Youth)
    interviewee: Interviewee = field(default_factory=Interviewee)
    contact: Contact = field(default_factory=Contact)
    answers: dict[str, Answer] = field(default_factory=dict)
    red_flags: dict[str, RedFlagObservation] = field(default_factory=dict)
    at_risk_indicators: dict[str, IndicatorMark] = field(default_factory=dict)  # "A".."H"
    labor_risk_factors: dict[str, IndicatorMark] = field(default_factory=dict)
    tattoos: list[Tattoo] = field(default_factory=list)
    online_accounts: list[OnlineAccount] = field(default_factory=list)
    associates: list[Associate] = field(default_factory=list)
    other_victims: list[OtherVictim] = field(default_factory=list)
    collateral_contacts: list[CollateralContact] = field(default_factory=list)
    responsibilities: dict[str, StepRecord] = field(default_factory=dict)
    allegations: list[Allegation] = field(default_factory=list)
    needs: dict[str, IndicatorMark] = field(default_factory=dict)  # needs factor id -> note
    services: dict[str, ServiceReferral] = field(default_factory=dict)  # service id -> referral
    special: SpecialConsiderations = field(default_factory=SpecialConsiderations)
    narrative: str = ""  # the CSW's contact narrative
    last_panel: str = ""  # the panel to reopen on (not content; a panel id)


@dataclass(frozen=True)
class ContactRef:
    """One contact of a case, as the case page lists it."""

    id: str
    interviewee: Interviewee
    contact: Contact
    status: InterviewStatus
    content_version: str
    created_at: datetime
    updated_at: datetime


@dataclass
class Case:
    """One youth and the referral: the youth, special considerations and the contacts.

    The case's findings are read with ``Store.case_view(case_id)`` (an ``Interview``
    with id "" holding the case-scoped parts).
    """

    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)
    status: CaseStatus = CaseStatus.OPEN
    training: bool = False
    scenario_id: str = ""
    youth: Youth = field(default_factory=Youth)
    special: SpecialConsiderations = field(default_factory=SpecialConsiderations)
    contacts: list[ContactRef] = field(default_factory=list)  # oldest first
    summary_exported_at: datetime | None = None
