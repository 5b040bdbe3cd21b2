"""What the rules say, worded for the window (app.rules decides; this only words it)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app import rules
from app.content.bank import CATEGORIES, ContentBank
from app.model import Interview, IntervieweeType
from app.rules.evidence import category_names as _category_names
from ui import rule_words


def _tr(text: str) -> str:
    return QCoreApplication.translate("Live", text)


def category_names(bank: ContentBank) -> dict[str, str]:
    return _category_names(bank)


def interviewee_label(kind: IntervieweeType) -> str:
    return {
        IntervieweeType.YOUTH: _tr("youth"),
        IntervieweeType.CAREGIVER: _tr("caregiver"),
        IntervieweeType.COLLATERAL: _tr("collateral"),
    }[kind]


def local_time(moment: datetime) -> str:
    """The laptop's local time with the zone named, e.g. "2026-03-08 14:30 PDT"."""
    return rule_words.when_words(moment)


def tallies_text(interview: Interview, bank: ContentBank) -> str:
    names = category_names(bank)
    tallies = rules.red_flag_tallies(interview, bank)
    counts = " · ".join(f"{names[c]}: {tallies[c]}" for c in CATEGORIES)
    pointed = rules.indicated_categories(interview, bank)
    head = _tr("Ticked red flags per category — {counts}.").format(counts=counts)
    # docs/rules.md: only flags that tell the forms apart, determinations answered the
    # concerning way and allegations entered point to a category; common flags never do.
    if pointed:
        return (
            head
            + " "
            + _tr(
                "The record points to: {cats} (red flags that tell the forms apart, "
                "determinations answered the concerning way, or allegations entered)."
            ).format(cats=", ".join(names[c] for c in pointed))
        )
    if interview.red_flags:
        return (
            head
            + " "
            + _tr(
                "Nothing recorded points to one form yet: the flags ticked are seen in all "
                "three forms of exploitation. Exploitation is suspected all the same: the hotline "
                "call and the law enforcement contact are due, and which form it is is yours to "
                "decide."
            )
        )
    return head + " " + _tr("None ticked yet.")


def common_flags_text(interview: Interview, bank: ContentBank) -> str:
    """The rules' "common_flags" prompt (flags seen in all three forms), or ""."""
    for prompt in rules.prompts(interview, bank):
        if prompt.kind == "common_flags":
            return rule_words.prompt_text(prompt)
    return ""


URGENT_HOURS = 6  # under this, the OTIP banner turns red (as the interview list does)


def otip_basis_text(deadline: rules.Deadline) -> str:
    """Which time the 24 hours are counted from; without an entered one, ask for it."""
    start = local_time(deadline.start) if deadline.start else ""
    ask = _tr("Enter when exploitation was first suspected (Special considerations).")
    words = {
        "suspicion": _tr("Counted from the time of suspicion entered: {start}."),
        "contact_start": _tr(
            "No time of suspicion entered: counted from the contact's start ({start}), the "
            "earliest time this record shows."
        ),
        "contact_date": _tr(
            "No time of suspicion entered: counted from the start of the contact date "
            "({start}; no start time entered), the earliest time this record shows."
        ),
        "created": _tr(
            "No time of suspicion entered: counted from when this interview was started "
            "({start}), the earliest time this record shows."
        ),
    }
    text = words.get(deadline.basis_kind, deadline.basis).format(start=start)
    return text if deadline.suspicion_entered else f"{text} {ask}"


def otip_banner(interview: Interview, bank: ContentBank, now: datetime) -> tuple[str, str]:
    """(text, kind): "error" when overdue or under URGENT_HOURS left, else "warning"."""
    for deadline in rules.deadlines(interview, now):
        if deadline.kind != "otip" or (deadline.met and not deadline.rfa_pending):
            continue
        hours = deadline.remaining.total_seconds() / 3600
        due = local_time(deadline.due)
        if deadline.met:
            # Notified (e.g. by phone) without the Request for Assistance: the guide's
            # mandated report is the RFA, so it is still due.
            when = (
                _tr("was due {due}").format(due=due)
                if hours <= 0
                else _tr("due by {due}, {hours:.0f} h left").format(due=due, hours=hours)
            )
            text = _tr(
                "RFA still due ({when}): OTIP was notified {notified}, but the Request for "
                "Assistance through Shepherd is not marked submitted. The mandated report is the "
                "RFA. {basis}"
            ).format(
                notified=local_time(deadline.met_at) if deadline.met_at else "",
                when=when,
                basis=otip_basis_text(deadline),
            )
            return text, "error" if hours < URGENT_HOURS else "warning"
        if deadline.overdue:
            when = _tr("was due {due} — overdue; notify now").format(due=due)
        else:
            when = _tr("due by {due} ({hours:.0f} h left)").format(due=due, hours=hours)
        text = _tr("OTIP notification {when}. {label}. {basis}").format(
            when=when, label=rule_words.deadline_label(deadline), basis=otip_basis_text(deadline)
        )
        return text, "error" if deadline.overdue or hours < URGENT_HOURS else "warning"
    for prompt in rules.prompts(interview, bank):
        if prompt.kind == "otip_check":
            return rule_words.prompt_text(prompt), "warning"
    return "", "warning"


def runaway_banner(interview: Interview, bank: ContentBank, now: datetime) -> str:
    for prompt in rules.prompts(interview, bank):
        if prompt.kind == "runaway":
            return _tr("Runaway return: assess for CSE. {text}").format(
                text=rule_words.prompt_text(prompt)
            )
    return ""
