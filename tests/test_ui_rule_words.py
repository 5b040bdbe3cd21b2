"""The rules' prompts and the dates in running text, worded by the window (ui/rule_words.py).

In English the window says each prompt's ``message`` exactly, for every kind and branch
(records generated to raise each one); in a Spanish window the framing is Spanish and only
the guide's and the bank's own words (in quotes) and names stay English. Then the banners
and the age note of a real contact panel, in Spanish and in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import combinations
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.model import (
    Allegation,
    Answer,
    IndicatorMark,
    Interview,
    Interviewee,
    IntervieweeType,
    RedFlagObservation,
    Response,
    Source,
    StepRecord,
    StepStatus,
    YesNoUnknown,
    Youth,
)
from app.rules import prompts
from app.rules.evidence import TRAFFICKING_SUBCATEGORIES, is_common
from tests.helpers.interview import open_view
from ui import rule_words
from ui.application import install_translators
from ui.pages.list_model import CaseTableModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
T0 = datetime(2026, 10, 13, 15, 0, tzinfo=UTC)  # a Tuesday
ENGLISH = QLocale("en_US")


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The window's language set to Spanish, as Preferences > Español does at start."""
    done = install_translators(qapp, ENGLISH, language="es", cache=tmp_path / "cache")
    assert done, "no Spanish catalogue was loaded"
    yield
    for translator in done:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


# -- records that raise every prompt, in each of its branches ---------------------------------


def _record(*flags: str, **kw: object) -> Interview:
    iv = Interview(created_at=T0 - timedelta(hours=1))
    for f in flags:
        iv.red_flags[f] = RedFlagObservation(sources=[Source.OBSERVED])
    for key, value in kw.items():
        setattr(iv.special, key, value)
    return iv


def _records(bank) -> Iterator[Interview]:  # noqa: ANN001
    flags = [f.id for f in bank.red_flags]
    common = [f.id for f in bank.red_flags if is_common(f.categories)]
    apart = [f.id for f in bank.red_flags if not is_common(f.categories)]
    yield Interview()
    yield _record(runaway_return=True)
    yield _record(runaway_return=True, runaway_cse_assessed=True)
    yield _record(suspicion_at=T0)
    for f in flags:
        yield _record(f)
    for pair in combinations([*common[:4], *apart], 2):
        yield _record(*pair)
    yield _record(common[0], apart[0], apart[-1])
    for det in bank.determinations():
        if det.is_fact or not det.concern_when:
            continue
        iv = _record(common[0]) if det.same_as else _record()
        iv.answers[det.id] = Answer(response=Response(det.concern_when))
        yield iv
    for sub in TRAFFICKING_SUBCATEGORIES:
        for extra in ((), (common[0],)):
            iv = _record(*extra)
            iv.allegations.append(Allegation(subcategory=sub))
            yield iv
    everything = _record(common[0], *apart)
    for sub in TRAFFICKING_SUBCATEGORIES:
        everything.allegations.append(Allegation(subcategory=sub))
    yield everything
    letters = "ABCDEFGH"
    for n in range(len(letters) + 1):
        for marked in combinations(letters, n):
            iv = _record()
            iv.at_risk_indicators = {x: IndicatorMark() for x in marked}
            yield iv
    for nationality in YesNoUnknown:
        yield _record(apart[0], foreign_national=nationality)
        yield _record(common[0], foreign_national=nationality, otip_notified_at=T0)
    # Steps recorded: some leave their prompt, one record of a call closes its kind.
    for status in (StepStatus.DONE, StepStatus.NOT_APPLICABLE, StepStatus.PENDING):
        for step in ("proc.cse.s2", "proc.cse.s6", "proc.labor.s4", "duty.hotline"):
            iv = _record(*apart[:3], runaway_return=True)
            iv.at_risk_indicators = {"A": IndicatorMark()}
            iv.responsibilities[step] = StepRecord(status=status, at=T0)
            yield iv


def _old_lead_lines(message: str) -> str:
    """What the responsibilities panel kept of a prompt before: its lead lines."""
    return "\n".join(
        line
        for line in message.splitlines()
        if not line[:1].isdigit() and not line.startswith(("Recorded:", "\u2013"))
    )


def _branches(p: prompts.Prompt) -> set[str]:
    f = p.fields
    kind = p.kind.split(".")[0]
    out = {p.kind}
    if kind == "suspected":
        out.add(f"suspected.pointed={bool(f['pointed'])}.ask={f['ask']}")
        out |= {f"reason.{k}" for k, _ in f["reasons"]}  # type: ignore[union-attr]
    if kind == "common_flags":
        out.add(f"common_flags.pointed={bool(f['pointed'])}")
    if kind == "procedure":
        out.add(f"procedure.note={bool(f['note'])}")
    return out


ALL_BRANCHES = {
    "runaway",
    "suspected",
    "otip",
    "otip_check",
    "at_risk",
    "common_flags",
    "procedure.cse",
    "procedure.labor",
    "procedure.criminal",
    "suspected.pointed=True.ask=True",
    "suspected.pointed=True.ask=False",
    "suspected.pointed=False.ask=True",
    "suspected.pointed=False.ask=False",
    "reason.red_flag",
    "reason.determined",
    "reason.at_risk",
    "reason.allegation",
    "reason.suspicion_at",
    "common_flags.pointed=True",
    "common_flags.pointed=False",
    "procedure.note=True",
    "procedure.note=False",
}


def test_in_english_the_window_says_each_prompts_own_message(qapp, bank) -> None:  # noqa: ANN001
    seen: set[str] = set()
    for iv in _records(bank):
        for p in prompts(iv, bank):
            seen |= _branches(p)
            assert rule_words.prompt_text(p) == p.message, p.kind
            assert rule_words.prompt_text(p, lead_only=True) == _old_lead_lines(p.message)
    assert seen == ALL_BRANCHES  # every kind and branch was raised (and no unknown one)


QUOTED = re.compile(r"\u201c.*\u201d")  # per line, first to last: a quote may hold quotes
# Words of the English framing (and none of a Spanish sentence).
ENGLISH_FRAMING = re.compile(
    r"\b(?:the|is|are|suspected|whatever|recorded|due|now|points|which|yours|"
    r"ask|facts|notify|within|hours|submit|through|call|write|at risk|observed|"
    r"determined|entered|assess|return|these|red flags|seen|other|already|yes)\b",
    re.IGNORECASE,
)


def _framing(text: str, bank) -> str:  # noqa: ANN001
    """The text without the guide's quoted words and the forms' CWS/CMS names."""
    text = QUOTED.sub("", text)
    for sub in TRAFFICKING_SUBCATEGORIES:
        text = text.replace(bank.subcategory(sub).cwscms_name, "")
    for name in ("OTIP", "RFA", "Shepherd Case Management System", "CSEC", "CSE", "CWS/CMS"):
        text = text.replace(name, "")
    return text


def test_in_spanish_every_prompt_is_framed_in_spanish(qapp, bank, spanish) -> None:  # noqa: ANN001
    seen: set[str] = set()
    for iv in _records(bank):
        for p in prompts(iv, bank):
            seen.add(p.kind)
            said = rule_words.prompt_text(p)
            assert said != p.message, p.kind
            left = ENGLISH_FRAMING.findall(_framing(said, bank))
            assert not left, (p.kind, left, said)
    assert seen >= {"runaway", "suspected", "otip", "otip_check", "at_risk", "common_flags"}


# -- dates in running text --------------------------------------------------------------------


def test_dates_in_english_are_the_apps_own(qapp) -> None:  # noqa: ANN001
    QLocale.setDefault(ENGLISH)
    try:
        assert rule_words.day_words(date(2026, 10, 13)) == "Tue 13 Oct 2026"
        assert rule_words.when_words(T0, "%a %d %b %H:%M").startswith("Tue 13 Oct ")
    finally:
        QLocale.setDefault(QLocale.system())


def test_dates_in_spanish_name_the_day_and_month_in_spanish(qapp, spanish) -> None:  # noqa: ANN001
    said = rule_words.day_words(date(2026, 10, 13))
    assert "13" in said and "2026" in said and "oct" in said.lower(), said
    assert "Tue" not in said and "Oct" not in said
    when = rule_words.when_words(datetime(2026, 10, 13, 19, 0, tzinfo=UTC), "%a %d %b %H:%M")
    assert "Tue" not in when and "mar" in when.lower() and "oct" in when.lower(), when


def _case_deadline_cell() -> str:
    """The case list's deadline cell for a case whose OTIP notice was due Tue 13 Oct 2026."""
    due = datetime(2026, 10, 13, 19, 0, tzinfo=UTC)
    model = CaseTableModel(now=lambda: due + timedelta(hours=1))
    return model.deadline_text(SimpleNamespace(next_due=due, overdue=True))


def test_the_case_lists_deadline_names_the_day_in_the_windows_language(
    qapp,
    spanish,
    local_zone,  # noqa: ANN001
) -> None:
    local_zone("America/Los_Angeles")
    said = _case_deadline_cell()
    assert said.startswith("Aviso a OTIP"), said
    assert "mar 13 oct 12:00 PDT" in said.replace(".", ""), said  # Tuesday, October
    assert "Tue" not in said and "Oct" not in said


def test_the_case_lists_deadline_in_english_is_unchanged(qapp, local_zone) -> None:  # noqa: ANN001
    local_zone("America/Los_Angeles")
    QLocale.setDefault(ENGLISH)
    try:
        assert _case_deadline_cell() == "OTIP notice overdue (was due Tue 13 Oct 12:00 PDT)"
    finally:
        QLocale.setDefault(QLocale.system())


# -- a real contact panel ---------------------------------------------------------------------


def _contact_view(qtbot, store, bank, **special: object):  # noqa: ANN001, ANN003, ANN202
    """A youth's contact on Tue 13 Oct 2026 with a flag every form shares observed,
    saved in the store and opened on its contact panel."""
    iv = Interview(
        content_version=bank.version,
        youth=Youth(name="T.R.", date_of_birth=date(2010, 3, 14), age=16),
        interviewee=Interviewee(type=IntervieweeType.YOUTH, name="Fictional Person"),
        created_at=T0 - timedelta(hours=1),
    )
    iv.contact.date = date(2026, 10, 13)
    common = next(f.id for f in bank.red_flags if is_common(f.categories))
    iv.red_flags[common] = RedFlagObservation(sources=[Source.OBSERVED])
    for key, value in special.items():
        setattr(iv.special, key, value)
    view = open_view(qtbot, store, bank, store.create_interview(iv))
    view.open_panel("contact")
    return view, iv


def _shown(view) -> dict[str, str]:  # noqa: ANN001
    """What the window shows of the rules: its banners, the age note, the due steps' lead."""
    age_note = view.panel("contact").form.age_note.text()
    otip, runaway = view.otip_banner.text(), view.runaway_banner.text()
    view.open_panel("responsibilities")
    return {
        "otip": otip,
        "runaway": runaway,
        "age": age_note,
        "due": view.panel("responsibilities").prompt.text(),
    }


KINDS = {  # the special considerations that raise each banner
    "check": {"foreign_national": YesNoUnknown.UNKNOWN},
    "otip": {"foreign_national": YesNoUnknown.YES},
    "runaway": {"runaway_return": True, "foreign_national": YesNoUnknown.NO},
}


@pytest.mark.parametrize("case", sorted(KINDS))
def test_a_spanish_contact_panel_says_the_rules_in_spanish(
    qtbot,
    store,
    bank,
    spanish,
    case: str,  # noqa: ANN001
) -> None:
    view, _ = _contact_view(qtbot, store, bank, **KINDS[case])
    shown = _shown(view)
    banner = shown["runaway"] if case == "runaway" else shown["otip"]
    assert banner, shown
    for text in (banner, shown["due"]):
        left = ENGLISH_FRAMING.findall(_framing(text, bank))
        assert not left, (case, left, text)
    assert "Se sospecha explotación. Corresponde ahora" in shown["due"]
    if case == "check":
        assert "menor extranjero" in banner and "OTIP" in banner
    if case == "otip":
        assert banner.startswith("Aviso a OTIP") or "OTIP" in banner
        assert "Oficina federal contra la Trata de Personas" in banner
    if case == "runaway":
        assert banner.startswith("Regreso de una fuga") and "\u201cSB 794" in banner
    # The age note's date: day and month named in Spanish.
    assert "13" in shown["age"] and "2026" in shown["age"], shown["age"]
    assert "Tue" not in shown["age"] and "Oct" not in shown["age"], shown["age"]
    assert "oct" in shown["age"], shown["age"]


@pytest.mark.parametrize("case", sorted(KINDS))
def test_an_english_contact_panel_says_the_rules_own_words(qtbot, store, bank, case: str) -> None:  # noqa: ANN001
    QLocale.setDefault(ENGLISH)
    try:
        view, iv = _contact_view(qtbot, store, bank, **KINDS[case])
        said = {p.kind: p.message for p in prompts(iv, bank)}
        shown = _shown(view)
    finally:
        QLocale.setDefault(QLocale.system())
    assert "Exploitation is suspected. Due now, whatever the form:\n" in shown["due"]
    assert "Recorded:" not in shown["due"]
    if case == "check":
        assert shown["otip"] == said["otip_check"]
    if case == "otip":
        assert shown["otip"].startswith("OTIP notification was due 2026-10-14 ")
        assert "Notify the Office on Trafficking in Persons (OTIP) within 24 hours" in shown["otip"]
    if case == "runaway":
        assert shown["runaway"] == f"Runaway return: assess for CSE. {said['runaway']}"
    assert shown["age"] == "From the date of birth, on Tue 13 Oct 2026"
