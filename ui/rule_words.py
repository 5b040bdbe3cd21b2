"""The rules' prompts and the dates in running text, worded in the window's language.

``app.rules.prompts`` gives each Prompt its English ``message`` (the summary, the CLI
and the JSON use it) and its ``fields`` as data; here the window words the same prompt
with tr(), so a Spanish window says it in Spanish. The content bank's and the guide's
own words (duty texts, step texts, red flags, names) stay as the bank has them, in
quotes inside a translated framing. In English the words are ``Prompt.message``
exactly (tests/test_ui_rule_words.py holds them equal for every kind and branch).

Dates and times in a sentence: in English the app's formatters (``app.dates``,
``app.localtime``) unchanged; in another language the day and month names are the
window's locale's (``QLocale()``, set to the window's language at start).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.dates import date_words
from app.localtime import DEFAULT_FORMAT, format_local, to_local, zone_name

if TYPE_CHECKING:
    from app.rules.deadlines import Deadline
    from app.rules.prompts import Prompt


def _tr(text: str) -> str:
    return QCoreApplication.translate("RuleWords", text)


def _english() -> bool:
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def quoted(text: str) -> str:
    """Bank or guide words inside a translated sentence: as they are in English,
    in quotes in another language (they stay in English there)."""
    if not text:
        return ""
    return QCoreApplication.translate(
        "RuleWords", "{text}", "the guide's or the content bank's words, kept in English: quoted"
    ).format(text=text)


def _reason(kind: str, fields: dict[str, str]) -> str:
    words = {
        "red_flag": _tr("Red flag observed: {text}"),
        "determined": {
            "yes": _tr("Determined: {text} \u2014 yes"),
            "no": _tr("Determined: {text} \u2014 no"),
        }.get(fields.get("concern", ""), "Determined: {text} \u2014 {concern}"),
        "at_risk": _tr("At risk for CSE (indicators {letters})"),
        "allegation": _tr("Allegation entered: {name}"),
        "suspicion_at": _tr("Time of suspicion recorded by the CSW"),
    }[kind]
    quote = {k: (v if k == "letters" else quoted(v)) for k, v in fields.items()}
    return words.format(**quote)


def _names(names: Sequence[str]) -> str:
    return ", ".join(names)


def _suspected(f: dict, lead_only: bool) -> list[str]:
    lines = [_tr("Exploitation is suspected. Due now, whatever the form:")]
    for title, text in f["duties"]:
        lines.append(
            _tr("\u2022 {title}. The guide: \u201c{text}\u201d").format(title=title, text=text)
        )
    if not lead_only:
        lines.append(_tr("Recorded:"))
        lines += ["\u2013 " + _reason(kind, fields) for kind, fields in f["reasons"]]
    if f["pointed"]:
        lines.append(
            _tr(
                "The record points to: {forms}. Whether other forms are present too is yours "
                "to decide from the facts."
            ).format(forms=_names(f["pointed"]))
        )
    else:
        text = _tr(
            "Which form it is ({forms}) is yours to decide: nothing recorded yet tells them apart."
        ).format(forms=_names(f["forms"]))
        if f["ask"]:
            text += " " + _tr(
                "Ask about the facts: the work the youth does and for whom, who gets the "
                "money, and whether sex is exchanged for anything."
            )
        lines.append(text)
    return lines


def _common_flags(f: dict) -> list[str]:
    lines = [
        _tr(
            "These red flags are seen in all three forms of exploitation (sex trafficking, "
            "exploiting a child's labor, and involving a child in criminal activity), so on "
            "their own they do not show which form it is: {flags}."
        ).format(flags="; ".join(quoted(t) for t in f["flags"])),
        _tr(
            "Ask about the facts to tell them apart: the work the youth does and for whom, who "
            "gets the money, and whether sex is exchanged for money, food, a place to stay or "
            "anything else."
        ),
    ]
    if f["pointed"]:
        lines.append(
            _tr("Other things recorded already point to: {forms}.").format(
                forms=_names(f["pointed"])
            )
        )
    return lines


def _procedure(f: dict, lead_only: bool) -> list[str]:
    lines = [
        _tr("The record points to {name}. The guide's CSW responsibilities:").format(name=f["name"])
    ]
    if f["note"]:
        lines.append(quoted(f["note"]))
    if not lead_only:
        lines += [f"{number}. {quoted(text)}" for number, text in f["steps"]]
    return lines


def _otip(f: dict) -> str:
    return (
        _tr(
            "Foreign national minor with suspected CSEC or labor trafficking: notify {name} "
            "within {hours} hours of suspicion; do not wait for confirmation. Submit a Request "
            "for Assistance (RFA) through the {system} ({url}). To discuss the case first, call "
            "{phone} ({phone_hours}) or write to {email}. {response}"
        )
        .format(**{**f, "response": quoted(str(f["response"]))})
        .strip()
    )


def prompt_lines(prompt: Prompt, lead_only: bool = False) -> list[str]:
    """The prompt's lines in the window's language; ``lead_only`` leaves out the steps
    (listed as rows beside it) and what was recorded (the Red flags panel lists it)."""
    f = dict(prompt.fields)
    if prompt.kind == "runaway":
        return [quoted(f["text"])]
    if prompt.kind == "suspected":
        return _suspected(f, lead_only)
    if prompt.kind == "otip":
        return [_otip(f)]
    if prompt.kind == "otip_check":
        return [
            _tr(
                "Exploitation is suspected and it is not recorded whether the youth is a foreign "
                "national minor (non-US citizen/legal permanent resident under 18). If so, OTIP "
                "must be notified within {hours} hours of suspicion."
            ).format(hours=f["hours"])
        ]
    if prompt.kind == "at_risk":
        return [_tr("At risk for CSE: {text}").format(text=quoted(f["text"]))]
    if prompt.kind == "common_flags":
        return _common_flags(f)
    if prompt.kind.startswith("procedure."):
        return _procedure(f, lead_only)
    return prompt.message.splitlines()  # a kind this module does not know yet: as the core says


def prompt_text(prompt: Prompt, lead_only: bool = False) -> str:
    return "\n".join(prompt_lines(prompt, lead_only))


# Dates and times ---------------------------------------------------------------------


def day_words(value: date) -> str:
    """ "Tue 13 Oct 2026" in English (``app.dates.date_words``); "mar 13 oct 2026" in Spanish."""
    if _english():
        return date_words(value)
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")


def when_words(moment: datetime, fmt: str = DEFAULT_FORMAT) -> str:
    """``app.localtime.format_local`` with its day and month names (%a %A %b %B) in the
    window's language: "Tue 13 Oct 14:30 PDT" / "mar 13 oct 14:30 PDT"."""
    if _english():
        return format_local(moment, fmt)
    local = to_local(moment)
    locale = QLocale()
    short, full = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
    names = {
        "%a": locale.dayName(local.isoweekday(), short),
        "%A": locale.dayName(local.isoweekday(), full),
        "%b": locale.monthName(local.month, short),
        "%B": locale.monthName(local.month, full),
    }
    for code, name in names.items():
        fmt = fmt.replace(code, name.replace("%", "%%"))
    return f"{local.strftime(fmt)} {zone_name(local)}"


def deadline_label(deadline: Deadline) -> str:
    """A deadline's label (``app.rules.deadlines``) in the window's language; its English
    as the core has it for a kind not worded here."""
    if deadline.kind == "otip":
        return _tr(
            "Notify the Office on Trafficking in Persons (OTIP) within 24 hours of suspicion "
            "(Request for Assistance through Shepherd)"
        )
    return deadline.label
