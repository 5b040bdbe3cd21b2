"""Prompts: what the guide says to do next, given what has been recorded.

- A youth returning from a runaway episode is assessed for CSE (SB 794).
- A foreign national minor suspected of CSEC or labor trafficking: notify OTIP
  within 24 hours by a Request for Assistance; when nationality is unknown, find out.
- Suspected CSE, labor trafficking or criminal-activity exploitation: the
  procedure's CSW responsibility steps (hotline, law enforcement, referrals,
  documentation).
- At risk for CSE: refer to CSEC Advocacy Services ("victims or at high-risk of CSE").
- Red flags the chart marks for all three forms: they do not tell the forms apart,
  so ask about the facts (the work, who gets the money, sexual exchanges).
- Any suspicion at all (an observed red flag, a concerning determination, an
  at-risk result, an allegation entered): the hotline call and the law
  enforcement contact are due whatever the form ("suspected"). Where an
  indicated procedure has its own hotline or law enforcement step, that step is
  the one due; one record of a call closes every step of its kind.
Prompts only suggest; the CSW decides and records what was done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.content.bank import CATEGORIES, ContentBank
from app.model import Interview, StepStatus, YesNoUnknown
from app.rules.at_risk import at_risk_cse
from app.rules.evidence import (
    category_names,
    common_flags,
    indicated_categories,
    suspected,
    suspicion_reason_parts,
    suspicion_reasons,
    trafficking_suspected,
)

RUNAWAY_STEPS = ("proc.cse.s1",)  # assess (determine) for CSE
AT_RISK_STEPS = ("proc.cse.s6",)  # CSEC Advocacy Services: "victims or at high-risk of CSE"
REPORTING_KINDS = ("hotline", "law_enforcement")  # due on any suspicion, whatever the form


@dataclass(frozen=True)
class Prompt:
    # "runaway", "otip", "otip_check", "at_risk", "common_flags", "procedure.<subcategory>"
    kind: str
    message: str
    step_ids: tuple[str, ...] = ()  # the steps it asks for that are not yet done / not applicable
    # What ``message`` is made of, as data, so the window words it in its own language
    # (ui/rule_words.py); not in ``to_dict``: the JSON keeps its shape.
    fields: Mapping[str, object] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "message": self.message, "step_ids": list(self.step_ids)}


def _procedure_for(bank: ContentBank, subcategory: str):
    for proc in bank.procedures:
        if proc.subcategory == subcategory:
            return proc
    raise KeyError(subcategory)


def due_steps(interview: Interview, bank: ContentBank) -> list[str]:
    """Every step the record has made due, whatever its status, in the guide's order."""
    due: set[str] = set()
    if interview.special.runaway_return:
        due.update(RUNAWAY_STEPS)
    if at_risk_cse(interview.at_risk_indicators).met:
        due.update(AT_RISK_STEPS)
    for sub in suspected(interview, bank):
        due.update(step.id for step in _procedure_for(bank, sub).steps)
    ordered = [s.id for p in bank.procedures for s in p.steps]
    return reporting_duties_due(interview, bank) + [s for s in ordered if s in due]


def reporting_duties_due(interview: Interview, bank: ContentBank) -> list[str]:
    """The reporting duties (``bank.duties``) due: on any suspicion, each kind not
    already covered by a step of a procedure the record points to."""
    if not suspicion_reasons(interview, bank):
        return []
    covered = {
        step.kind for sub in suspected(interview, bank) for step in _procedure_for(bank, sub).steps
    }
    return [d.id for d in bank.duties if d.kind not in covered]


def reporting_kind(bank: ContentBank, step_id: str) -> str:
    """ "hotline" / "law_enforcement" for a duty or procedure step of that kind, else ""."""
    for duty in bank.duties:
        if duty.id == step_id:
            return duty.kind
    try:
        kind = bank.step(step_id).kind
    except KeyError:
        return ""
    return kind if kind in REPORTING_KINDS else ""


def reporting_done(interview: Interview, bank: ContentBank) -> set[str]:
    """The reporting kinds already recorded done / not applicable, on any step of that kind:
    the hotline call is one call, the law enforcement contact one contact, whatever the form."""
    closed = (StepStatus.DONE, StepStatus.NOT_APPLICABLE)
    return {
        kind
        for step_id, rec in interview.responsibilities.items()
        if rec.status in closed and (kind := reporting_kind(bank, step_id))
    }


def _open(interview: Interview, step_ids, bank: ContentBank | None = None) -> tuple[str, ...]:
    closed = (StepStatus.DONE, StepStatus.NOT_APPLICABLE)
    done_kinds = reporting_done(interview, bank) if bank is not None else set()
    return tuple(
        s for s in step_ids
        if ((rec := interview.responsibilities.get(s)) is None or rec.status not in closed)
        and not (bank is not None and reporting_kind(bank, s) in done_kinds)
    )  # fmt: skip


def prompts(interview: Interview, bank: ContentBank) -> list[Prompt]:
    out: list[Prompt] = []
    special = interview.special
    if special.runaway_return and not special.runaway_cse_assessed:
        text = bank.item("special.runaway.sb794").text
        out.append(Prompt("runaway", text, _open(interview, RUNAWAY_STEPS), {"text": text}))
    reasons = suspicion_reasons(interview, bank)
    suspicion = _suspected_prompt(interview, bank, reasons) if reasons else None
    if suspicion is not None and suspicion.step_ids:  # gone once the calls are recorded
        out.append(suspicion)
    if trafficking_suspected(interview, bank):
        otip = bank.extras.get("otip", {})
        assert isinstance(otip, dict)
        if special.foreign_national == YesNoUnknown.YES and (
            special.otip_notified_at is None or not special.rfa_submitted
        ):
            out.append(Prompt("otip", _otip_message(otip), fields=_otip_fields(otip)))
        elif special.foreign_national == YesNoUnknown.UNKNOWN:
            hours = otip.get("notify_within_hours", 24)
            out.append(Prompt("otip_check", (
                "Exploitation is suspected and it is not recorded whether the youth is a foreign "
                "national minor (non-US citizen/legal permanent resident under 18). If so, OTIP "
                f"must be notified within {hours} hours of suspicion."
            ), fields={"hours": hours}))  # fmt: skip
    if at_risk_cse(interview.at_risk_indicators).met:
        step = bank.step(AT_RISK_STEPS[0])
        open_ids = _open(interview, AT_RISK_STEPS, bank)
        if open_ids:
            out.append(
                Prompt("at_risk", f"At risk for CSE: {step.text}", open_ids, {"text": step.text})
            )
    common = _common_flags_prompt(interview, bank)
    if common is not None:
        out.append(common)
    for sub in suspected(interview, bank):
        proc = _procedure_for(bank, sub)
        open_ids = _open(interview, [s.id for s in proc.steps], bank)
        if not open_ids:
            continue
        name = bank.subcategory(sub).cwscms_name
        lines = [f"The record points to {name}. The guide's CSW responsibilities:"]
        note = ""
        if not any(s.kind == "hotline" for s in proc.steps):
            # The labor and criminal procedures have no hotline step; the guide's
            # reporting duty for labor trafficking still applies.
            note = bank.item("term.labor_reporting").text
            lines.append(note)
        steps = tuple((str(bank.step(s).number), bank.step(s).text) for s in open_ids)
        lines += [f"{number}. {text}" for number, text in steps]
        fields = {"name": name, "note": note, "steps": steps}
        out.append(Prompt(f"procedure.{sub}", "\n".join(lines), open_ids, fields))
    return out


def _common_flags_prompt(interview: Interview, bank: ContentBank) -> Prompt | None:
    """Flags seen in every form of exploitation: ask about the facts that tell the forms apart.

    Shown while such a flag is observed and some form is not yet indicated; once
    the record points to all three there is nothing left for these flags to sort.
    """
    flags = common_flags(interview, bank)
    indicated = indicated_categories(interview, bank)
    if not flags or len(indicated) == len(CATEGORIES):
        return None
    flag_texts = tuple(bank.red_flag(f).text for f in flags)
    texts = "; ".join(flag_texts)
    lines = [
        "These red flags are seen in all three forms of exploitation (sex trafficking, "
        "exploiting a child's labor, and involving a child in criminal activity), so on "
        f"their own they do not show which form it is: {texts}.",
        "Ask about the facts to tell them apart: the work the youth does and for whom, who "
        "gets the money, and whether sex is exchanged for money, food, a place to stay or "
        "anything else.",
    ]
    names = category_names(bank)
    pointed_names = tuple(names[c] for c in indicated)
    if indicated:
        pointed = ", ".join(pointed_names)
        lines.append(f"Other things recorded already point to: {pointed}.")
    fields = {"flags": flag_texts, "pointed": pointed_names}
    return Prompt("common_flags", "\n".join(lines), fields=fields)


def _suspected_prompt(interview: Interview, bank: ContentBank, reasons) -> Prompt:
    """Exploitation is suspected: the hotline call and law enforcement contact are due,
    whatever the form; which form it is stays the CSW's call."""
    names = category_names(bank)
    lines = ["Exploitation is suspected. Due now, whatever the form:"]
    duties: list[tuple[str, str]] = []
    for kind in REPORTING_KINDS:
        duty = next((d for d in bank.duties if d.kind == kind), None)
        if duty is not None:
            duties.append((duty.title, duty.text))
            lines.append(f"\u2022 {duty.title}. The guide: \u201c{duty.text}\u201d")
    lines.append("Recorded:")
    lines += [f"\u2013 {r}" for r in reasons]
    indicated = indicated_categories(interview, bank)
    ask_facts = not common_flags(interview, bank)
    if indicated:
        pointed = ", ".join(names[c] for c in indicated)
        lines.append(
            f"The record points to: {pointed}. Whether other forms are present too is yours "
            "to decide from the facts."
        )
    else:
        ask = (
            ""
            if common_flags(interview, bank)  # the common_flags prompt asks, with the flags
            else " Ask about the facts: the work the youth does and for whom, who gets the "
            "money, and whether sex is exchanged for anything."
        )
        lines.append(
            "Which form it is (" + ", ".join(names[c] for c in CATEGORIES) + ") is yours to "
            "decide: nothing recorded yet tells them apart." + ask
        )
    reporting = reporting_duties_due(interview, bank) + [
        s.id
        for sub in suspected(interview, bank)
        for s in _procedure_for(bank, sub).steps
        if s.kind in REPORTING_KINDS
    ]
    fields = {
        "duties": tuple(duties),
        "reasons": suspicion_reason_parts(interview, bank),
        "pointed": tuple(names[c] for c in indicated),
        "forms": tuple(names[c] for c in CATEGORIES),
        "ask": ask_facts,
    }
    return Prompt("suspected", "\n".join(lines), _open(interview, reporting, bank), fields)


def _otip_fields(otip: dict) -> dict[str, object]:
    return {
        "name": otip.get("name", "OTIP"),
        "hours": otip.get("notify_within_hours", 24),
        "system": otip.get("rfa_system", "Shepherd Case Management System"),
        "url": otip.get("rfa_url", ""),
        "phone": otip.get("phone", ""),
        "phone_hours": otip.get("phone_hours", ""),
        "email": otip.get("email", ""),
        "response": otip.get("response", ""),
    }


def _otip_message(otip: dict) -> str:
    return (
        f"Foreign national minor with suspected CSEC or labor trafficking: notify "
        f"{otip.get('name', 'OTIP')} within {otip.get('notify_within_hours', 24)} hours of "
        f"suspicion; do not wait for confirmation. Submit a Request for Assistance (RFA) "
        f"through the {otip.get('rfa_system', 'Shepherd Case Management System')} "
        f"({otip.get('rfa_url', '')}). To discuss the case first, call {otip.get('phone', '')} "
        f"({otip.get('phone_hours', '')}) or write to {otip.get('email', '')}. "
        f"{otip.get('response', '')}"
    ).strip()
