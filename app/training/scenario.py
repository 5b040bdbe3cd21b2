"""Training scenarios: fictional cases as data (``data/scenarios/*.json``).

Each file is checked against ``data/schema/scenario.schema.json`` and then
against the content bank: every question, red flag, indicator, subcategory,
step, labor-risk factor, tattoo location/symbol and online sign it names must
exist, and a youth (or caregiver) scenario must answer every question the guide
asks that interviewee. A bad scenario fails at load with the file and item named,
so a trainee never meets a half-broken case.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from app import oserrors, paths
from app.content.bank import ContentBank
from app.model import IntervieweeType, Response

SCHEMA = "scenario.schema.json"

# The questions the guide asks each interviewee type, by section.
QUESTION_SECTIONS: dict[IntervieweeType, tuple[str, ...]] = {
    IntervieweeType.YOUTH: ("youth.rapport", "youth.open_ended", "youth.specific"),
    IntervieweeType.CAREGIVER: ("caregiver.questions",),
}


class ScenarioError(Exception):
    """A scenario file cannot be used; the message names the file and the item.

    What it says is also data, for the window to word in its own language
    (ui/app_messages.py): ``kind`` ("damaged", "unreadable": an OS error, "missing":
    no scenario at all), ``file`` (the scenario's file name), and for "unreadable" the
    OS error's ``reason`` (``app.oserrors``) and ``code`` (``ENOENT``).
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str = "damaged",
        file: str = "",
        os_error: OSError | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.file = file
        self.reason = oserrors.reason(os_error) if os_error is not None else ""
        self.code = oserrors.technical(os_error) if os_error is not None else ""


@dataclass(frozen=True)
class Brief:
    who: str
    where: str
    why: str


@dataclass(frozen=True)
class ScenarioResponse:
    """What the person interviewed says when the question is asked, in their own words."""

    response: Response
    words: str


@dataclass(frozen=True)
class ScenarioTattoo:
    side: str
    x: float
    y: float
    location: str  # tattoo.loc.* id
    description: str
    symbols: tuple[str, ...]
    youth_description: str
    how_obtained: str
    where_obtained: str
    exploiter_moniker: str


@dataclass(frozen=True)
class ScenarioAccount:
    platform: str
    handle: str
    nicknames: tuple[str, ...]
    signs: tuple[str, ...]  # online.sign.* ids
    shown_by_youth: bool
    job_ad_online: str
    description: str


@dataclass(frozen=True)
class Observations:
    appearance: str
    phones: str
    behaviour: str
    records: str
    tattoos: tuple[ScenarioTattoo, ...]
    online_accounts: tuple[ScenarioAccount, ...]


@dataclass(frozen=True)
class Cause:
    """Whether the case gives cause to ask about each; coaching speaks only where it does."""

    tattoos: bool
    online: bool
    basic_needs: bool
    rapport: bool


@dataclass(frozen=True)
class KeyDeadline:
    kind: str  # "otip"
    due_hours_after_suspicion: float


@dataclass(frozen=True)
class AnswerKey:
    """What a careful CSW would record; each entry says how this case shows it."""

    red_flags: dict[str, str]
    indicators: dict[str, str]  # "A".."H" -> why
    at_risk_met: bool
    labor_risk_factors: dict[str, str]
    allegations: dict[str, str]  # subcategory id -> why
    steps: tuple[str, ...]
    deadlines: tuple[KeyDeadline, ...]


@dataclass(frozen=True)
class ScenarioContact:
    """One contact of the case (format 2): who is interviewed, how, and what they say."""

    id: str
    brief: Brief
    interviewee_type: IntervieweeType
    interviewee_name: str
    relationship: str
    contact: dict[str, Any]
    responses: dict[str, ScenarioResponse]
    observations: Observations
    cause: Cause

    @property
    def label(self) -> str:
        """ "the caregiver, Loretta W. (grandmother)": what the window offers to add."""
        who = f"the {self.interviewee_type.value}, {self.interviewee_name}"
        return (
            who
            if self.interviewee_type == IntervieweeType.YOUTH
            else f"{who} ({self.relationship})"
        )


@dataclass(frozen=True)
class Scenario:
    id: str
    order: int
    title: str
    summary: str
    brief: Brief
    interviewee_type: IntervieweeType
    interviewee_name: str
    relationship: str
    youth_name: str
    youth_akas: tuple[str, ...]
    youth_age: int
    contact: dict[str, Any]
    foreign_national: str  # "yes" | "no" | "unknown"
    runaway_return: bool
    suspicion_after_minutes: int | None
    responses: dict[str, ScenarioResponse]
    observations: Observations
    cause: Cause
    key: AnswerKey
    path: Path | None = field(default=None, compare=False)
    # Format 2 (issue 14): the case's contacts, in order; the fields above (brief,
    # interviewee, contact, responses, observations, cause) are the open one's,
    # ``contact_id`` names it. Format 1 files have one contact, id "".
    contacts: tuple[ScenarioContact, ...] = ()
    contact_id: str = ""
    case_brief: Brief | None = None
    learned_in: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def response_for(self, item_id: str) -> ScenarioResponse | None:
        """The person's answer when the trainee asks this question (None: not scripted)."""
        return self.responses.get(item_id)

    def as_contact(self, contact_id: str) -> Scenario:
        """The same case seen from one of its contacts: that contact's brief, interviewee,
        contact facts, responses, observations and cause; the key stays the case's."""
        for c in self.contacts:
            if c.id == contact_id:
                return replace(
                    self,
                    contact_id=c.id,
                    brief=c.brief,
                    interviewee_type=c.interviewee_type,
                    interviewee_name=c.interviewee_name,
                    relationship=c.relationship,
                    contact=dict(c.contact),
                    responses=dict(c.responses),
                    observations=c.observations,
                    cause=c.cause,
                )
        raise KeyError(contact_id)

    def contact_by_type(self, kind: IntervieweeType) -> ScenarioContact | None:
        """The scenario's contact with this interviewee type (None: the case has none)."""
        return next((c for c in self.contacts if c.interviewee_type == kind), None)

    def for_interviewee(self, kind: IntervieweeType) -> Scenario:
        """The scenario as the contact with this interviewee type sees it (coaching, replies);
        a one-contact scenario, or a type it has no contact for, stays as it is."""
        found = self.contact_by_type(kind)
        if found is None or found.id == self.contact_id:
            return self
        return self.as_contact(found.id)

    def next_contact(self, present: Iterable[IntervieweeType]) -> ScenarioContact | None:
        """The first contact of the case the practice case does not have yet."""
        have = set(present)
        return next((c for c in self.contacts if c.interviewee_type not in have), None)

    def contact_name(self, contact_id: str) -> str:
        """ "youth" / "caregiver": the interviewee type of the scenario contact ``contact_id``."""
        return next(
            (c.interviewee_type.value for c in self.contacts if c.id == contact_id), contact_id
        )


def scenarios_dir() -> Path:
    return paths.data_dir() / "scenarios"


def schema_path() -> Path:
    return paths.data_dir() / "schema" / SCHEMA


def load_scenarios(bank: ContentBank, folder: Path | None = None) -> tuple[Scenario, ...]:
    """Every scenario in ``folder`` (default ``data/scenarios``), in picker order."""
    folder = Path(folder) if folder is not None else scenarios_dir()
    schema = _read_json(schema_path())
    files = sorted(folder.glob("*.json"))
    if not files:
        raise ScenarioError(f"{folder}: no scenario files", kind="missing")
    loaded = [_load(path, bank, schema) for path in files]
    seen: dict[int, str] = {}
    for sc in loaded:
        if sc.order in seen:
            raise ScenarioError(
                f"{sc.id}.json: order {sc.order} is also used by {seen[sc.order]}",
                file=f"{sc.id}.json",
            )
        seen[sc.order] = sc.id
    return tuple(sorted(loaded, key=lambda s: s.order))


def load_scenario(path: Path, bank: ContentBank) -> Scenario:
    return _load(Path(path), bank, _read_json(schema_path()))


def scenario_by_id(scenarios: Iterable[Scenario], scenario_id: str) -> Scenario:
    for sc in scenarios:
        if sc.id == scenario_id:
            return sc
    raise KeyError(scenario_id)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScenarioError(
            f"{path.name}: cannot be read ({exc.strerror})",
            kind="unreadable",
            file=path.name,
            os_error=exc,
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"{path.name}: not valid JSON ({exc})", file=path.name) from None


def _load(path: Path, bank: ContentBank, schema: dict) -> Scenario:
    data = _read_json(path)
    validator = jsonschema.Draft202012Validator(schema)
    error = best_match(validator.iter_errors(data))
    if error is not None:
        where = "/" + "/".join(str(p) for p in error.absolute_path)
        raise ScenarioError(f"{path.name}: {where}: {error.message}", file=path.name)
    if data["id"] != path.stem:
        raise ScenarioError(
            f"{path.name}: id {data['id']!r} must match the file name", file=path.name
        )
    _check_references(path.name, data, bank)
    return _build(data, path)


def _check_references(name: str, data: dict, bank: ContentBank) -> None:
    def fail(item: str, why: str) -> None:
        raise ScenarioError(f"{name}: {item}: {why}", file=name)

    one_contact = ("interviewee", "contact", "responses", "observations", "cause")
    if data["format_version"] == 1:
        if "contacts" in data:
            fail("contacts", "a format 1 scenario has one contact; use format_version 2")
        _check_contact(name, "", data, bank)
    else:
        for part in one_contact:
            if part in data:
                fail(part, "in format 2 each contact's part goes under contacts")
        ids = [c["id"] for c in data["contacts"]]
        kinds = [c["interviewee"]["type"] for c in data["contacts"]]
        for i, c in enumerate(data["contacts"]):
            if c["id"] in ids[:i]:
                fail(f"contacts/{i}/id", f"{c['id']!r} is used by another contact")
            if kinds[i] in kinds[:i]:
                fail(f"contacts/{i}/interviewee", f"a second {kinds[i]} contact")
            _check_contact(name, f"contacts/{i}/", c, bank)
        for finding, where in data["key"].get("learned_in", {}).items():
            for cid in where:
                if cid not in ids:
                    fail(f"key/learned_in/{finding}", f"no contact {cid!r}")
            key = data["key"]
            known = {**key["red_flags"], **key["at_risk"]["indicators"],
                     **key["labor_risk_factors"]}  # fmt: skip
            if finding not in known:
                fail(f"key/learned_in/{finding}", "not a finding of the key")
        key = data["key"]
        for finding in [*key["red_flags"], *key["at_risk"]["indicators"],
                        *key["labor_risk_factors"]]:  # fmt: skip
            if finding not in key.get("learned_in", {}):
                fail(f"key/learned_in/{finding}", "which contact does it come out in?")

    flag_ids = {f.id for f in bank.red_flags}
    key = data["key"]
    for fid in key["red_flags"]:
        if fid not in flag_ids:
            fail(f"key/red_flags/{fid}", "unknown red flag id")
    letters = {a.id for a in bank.at_risk_indicators}
    for letter in key["at_risk"]["indicators"]:
        if letter not in letters:
            fail(f"key/at_risk/indicators/{letter}", "unknown at-risk indicator")
    labor = {it.id for it in bank.labor_risk_factors.items}
    for lid in key["labor_risk_factors"]:
        if lid not in labor:
            fail(f"key/labor_risk_factors/{lid}", "unknown labor-risk factor id")
    subs = {s.id for s in bank.subcategories}
    for sub in key["allegations"]:
        if sub not in subs:
            fail(f"key/allegations/{sub}", "unknown subcategory id")
    # Procedure steps, and the reporting duties due whatever the form (issue 12).
    steps = {st.id for p in bank.procedures for st in p.steps} | {d.id for d in bank.duties}
    for sid in key["steps"]:
        if sid not in steps:
            fail(f"key/steps/{sid}", "unknown responsibility step id")
    special = data["special"]
    otip = [d for d in key["deadlines"] if d["kind"] == "otip"]
    if otip and (
        special["foreign_national"] != "yes" or special["suspicion_after_minutes"] is None
    ):
        fail(
            "key/deadlines", "an OTIP deadline needs a foreign national minor and a suspicion time"
        )


def _check_contact(name: str, at: str, data: dict, bank: ContentBank) -> None:
    """One contact's responses and observations (``at``: its path in the file, for messages)."""

    def fail(item: str, why: str) -> None:
        raise ScenarioError(f"{name}: {at}{item}: {why}", file=name)

    kind = IntervieweeType(data["interviewee"]["type"])
    asked = [it.id for sid in QUESTION_SECTIONS[kind] for it in bank.section(sid).items]
    for qid in data["responses"]:
        if qid not in asked:
            fail(f"responses/{qid}", f"not a question the guide asks a {kind.value}")
    for qid in asked:
        if qid not in data["responses"]:
            fail(f"responses/{qid}", "no response scripted for this question")
    ids_of = _section_ids(bank)
    for i, tat in enumerate(data["observations"]["tattoos"]):
        if tat["location"] not in ids_of["tattoos.locations"]:
            fail(f"observations/tattoos/{i}/location", f"unknown location {tat['location']!r}")
        for sym in tat["symbols"]:
            if sym not in ids_of["tattoos.symbols"]:
                fail(f"observations/tattoos/{i}/symbols", f"unknown symbol {sym!r}")
    for i, acc in enumerate(data["observations"]["online_accounts"]):
        for sign in acc["signs"]:
            if sign not in ids_of["online.signs"]:
                fail(f"observations/online_accounts/{i}/signs", f"unknown sign {sign!r}")
    if kind is IntervieweeType.CAREGIVER and data["observations"]["tattoos"]:
        fail("observations/tattoos", "a caregiver interview cannot observe the youth's tattoos")


def _section_ids(bank: ContentBank) -> dict[str, set[str]]:
    wanted = ("tattoos.locations", "tattoos.symbols", "online.signs")
    return {sid: {it.id for it in bank.section(sid).items} for sid in wanted}


def _build_contact(cid: str, brief: dict, data: dict) -> ScenarioContact:
    obs = data["observations"]
    return ScenarioContact(
        id=cid,
        brief=Brief(**brief),
        interviewee_type=IntervieweeType(data["interviewee"]["type"]),
        interviewee_name=data["interviewee"]["name"],
        relationship=data["interviewee"]["relationship"],
        contact=dict(data["contact"]),
        responses={
            qid: ScenarioResponse(Response(r["response"]), r["words"])
            for qid, r in data["responses"].items()
        },
        observations=Observations(
            appearance=obs["appearance"],
            phones=obs["phones"],
            behaviour=obs["behaviour"],
            records=obs["records"],
            tattoos=tuple(
                ScenarioTattoo(**{**t, "symbols": tuple(t["symbols"])}) for t in obs["tattoos"]
            ),
            online_accounts=tuple(
                ScenarioAccount(
                    **{**a, "nicknames": tuple(a["nicknames"]), "signs": tuple(a["signs"])}
                )
                for a in obs["online_accounts"]
            ),
        ),
        cause=Cause(**data["cause"]),
    )


def _build(data: dict, path: Path) -> Scenario:
    key = data["key"]
    if data["format_version"] == 1:
        contacts = (_build_contact("", data["brief"], data),)
    else:
        contacts = tuple(_build_contact(c["id"], c["brief"], c) for c in data["contacts"])
    first = contacts[0]
    scenario = Scenario(
        id=data["id"],
        order=data["order"],
        title=data["title"],
        summary=data["summary"],
        brief=first.brief,
        interviewee_type=first.interviewee_type,
        interviewee_name=first.interviewee_name,
        relationship=first.relationship,
        youth_name=data["youth"]["name"],
        youth_akas=tuple(data["youth"]["akas"]),
        youth_age=data["youth"]["age"],
        contact=dict(first.contact),
        foreign_national=data["special"]["foreign_national"],
        runaway_return=data["special"]["runaway_return"],
        suspicion_after_minutes=data["special"]["suspicion_after_minutes"],
        responses=dict(first.responses),
        observations=first.observations,
        cause=first.cause,
        key=AnswerKey(
            red_flags=dict(key["red_flags"]),
            indicators=dict(key["at_risk"]["indicators"]),
            at_risk_met=key["at_risk"]["met"],
            labor_risk_factors=dict(key["labor_risk_factors"]),
            allegations=dict(key["allegations"]),
            steps=tuple(key["steps"]),
            deadlines=tuple(KeyDeadline(**d) for d in key["deadlines"]),
        ),
        path=path,
        contacts=contacts,
        contact_id=first.id,
        case_brief=Brief(**data["brief"]),
        learned_in={k: tuple(v) for k, v in key.get("learned_in", {}).items()},
    )
    return scenario
