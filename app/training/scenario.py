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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from app import paths
from app.content.bank import ContentBank
from app.model import IntervieweeType, Response

SCHEMA = "scenario.schema.json"

# The questions the guide asks each interviewee type, by section.
QUESTION_SECTIONS: dict[IntervieweeType, tuple[str, ...]] = {
    IntervieweeType.YOUTH: ("youth.rapport", "youth.open_ended", "youth.specific"),
    IntervieweeType.CAREGIVER: ("caregiver.questions",),
}


class ScenarioError(Exception):
    """A scenario file cannot be used; the message names the file and the item."""


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

    def response_for(self, item_id: str) -> ScenarioResponse | None:
        """The person's answer when the trainee asks this question (None: not scripted)."""
        return self.responses.get(item_id)


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
        raise ScenarioError(f"{folder}: no scenario files")
    loaded = [_load(path, bank, schema) for path in files]
    seen: dict[int, str] = {}
    for sc in loaded:
        if sc.order in seen:
            raise ScenarioError(f"{sc.id}.json: order {sc.order} is also used by {seen[sc.order]}")
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
        raise ScenarioError(f"{path.name}: cannot be read ({exc.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"{path.name}: not valid JSON ({exc})") from None


def _load(path: Path, bank: ContentBank, schema: dict) -> Scenario:
    data = _read_json(path)
    validator = jsonschema.Draft202012Validator(schema)
    error = best_match(validator.iter_errors(data))
    if error is not None:
        where = "/" + "/".join(str(p) for p in error.absolute_path)
        raise ScenarioError(f"{path.name}: {where}: {error.message}")
    if data["id"] != path.stem:
        raise ScenarioError(f"{path.name}: id {data['id']!r} must match the file name")
    _check_references(path.name, data, bank)
    return _build(data, path)


def _check_references(name: str, data: dict, bank: ContentBank) -> None:
    def fail(item: str, why: str) -> None:
        raise ScenarioError(f"{name}: {item}: {why}")

    kind = IntervieweeType(data["interviewee"]["type"])
    asked = [it.id for sid in QUESTION_SECTIONS[kind] for it in bank.section(sid).items]
    for qid in data["responses"]:
        if qid not in asked:
            fail(f"responses/{qid}", f"not a question the guide asks a {kind.value}")
    for qid in asked:
        if qid not in data["responses"]:
            fail(f"responses/{qid}", "no response scripted for this question")

    flag_ids = {f.id for f in bank.red_flags}
    ids_of = _section_ids(bank)
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
    special = data["special"]
    otip = [d for d in key["deadlines"] if d["kind"] == "otip"]
    if otip and (
        special["foreign_national"] != "yes" or special["suspicion_after_minutes"] is None
    ):
        fail(
            "key/deadlines", "an OTIP deadline needs a foreign national minor and a suspicion time"
        )
    if kind is IntervieweeType.CAREGIVER and data["observations"]["tattoos"]:
        fail("observations/tattoos", "a caregiver interview cannot observe the youth's tattoos")


def _section_ids(bank: ContentBank) -> dict[str, set[str]]:
    wanted = ("tattoos.locations", "tattoos.symbols", "online.signs")
    return {sid: {it.id for it in bank.section(sid).items} for sid in wanted}


def _build(data: dict, path: Path) -> Scenario:
    obs = data["observations"]
    key = data["key"]
    return Scenario(
        id=data["id"],
        order=data["order"],
        title=data["title"],
        summary=data["summary"],
        brief=Brief(**data["brief"]),
        interviewee_type=IntervieweeType(data["interviewee"]["type"]),
        interviewee_name=data["interviewee"]["name"],
        relationship=data["interviewee"]["relationship"],
        youth_name=data["youth"]["name"],
        youth_akas=tuple(data["youth"]["akas"]),
        youth_age=data["youth"]["age"],
        contact=dict(data["contact"]),
        foreign_national=data["special"]["foreign_national"],
        runaway_return=data["special"]["runaway_return"],
        suspicion_after_minutes=data["special"]["suspicion_after_minutes"],
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
    )
