"""The summary's last mile (issue 13): local times with the zone named, due times,
headings kept with what follows, no doubled words or stray punctuation, the
county's heading block, the supervisor's review line, the content version in the
footer. PDFs are read back with pypdf; the paste text is read as a person would.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from app.body_outline import load_outline
from app.export import paste_sections, render_text
from app.export.pdf import render_bytes
from app.export.sample import sample_interview
from app.export.summary import Fields, Para, build_summary
from app.model import BodySide, StepRecord, StepStatus, Tattoo, YesNoUnknown
from tests.helpers.records import full_interview

WINTER_NOW = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)  # 11:00 PST (UTC-8)
SUMMER_NOW = datetime(2026, 7, 14, 19, 0, tzinfo=UTC)  # 12:00 PDT (UTC-7)
LA = "America/Los_Angeles"


def pages_of(summary) -> list[str]:
    data, _pages, _report = render_bytes(summary)
    reader = PdfReader(io.BytesIO(data))
    return [unicodedata.normalize("NFC", p.extract_text() or "") for p in reader.pages]


@pytest.fixture
def la(monkeypatch):
    """The computer's zone is Los Angeles (the local zone comes from TZ on every call)."""
    monkeypatch.setenv("TZ", LA)


# --- local time, zone named --------------------------------------------------------------


def _with_steps(bank, day: date, at: datetime):
    iv = sample_interview(bank)
    iv.contact.date = day
    iv.responsibilities = {"proc.cse.s2": StepRecord(StepStatus.DONE, at, "Referral 123")}
    return iv


def test_winter_times_are_pacific_standard_time_with_the_zone_named(bank, la) -> None:
    iv = _with_steps(bank, date(2026, 11, 20), datetime(2026, 11, 20, 18, 30, tzinfo=UTC))
    text = render_text(iv, bank, now=WINTER_NOW)
    assert "Start \u2013 end: 09:30 \u2013 10:45 PST" in text
    assert "2026-11-20 10:30 PST" in text  # the step, 18:30 UTC
    assert text.rstrip().endswith("Produced 2026-11-20 11:00 PST.")
    assert "UTC" not in text
    pdf = " ".join(" ".join(pages_of(build_summary(iv, bank, now=WINTER_NOW))).split())
    assert "09:30 \u2013 10:45 PST" in pdf
    assert "Produced 2026-11-20 11:00 PST" in pdf
    assert "UTC" not in pdf


def test_summer_times_are_pacific_daylight_time(bank, la) -> None:
    iv = _with_steps(bank, date(2026, 7, 14), datetime(2026, 7, 14, 18, 30, tzinfo=UTC))
    text = render_text(iv, bank, now=SUMMER_NOW)
    assert "Start \u2013 end: 09:30 \u2013 10:45 PDT" in text
    assert "2026-07-14 11:30 PDT" in text
    assert text.rstrip().endswith("Produced 2026-07-14 12:00 PDT.")
    assert "UTC" not in text and "PST" not in text


def _otip_case(bank):
    iv = sample_interview(bank)
    iv.special.foreign_national = YesNoUnknown.YES
    # Suspected at 22:30 UTC on Monday 30 November = 14:30 PST; due 24 hours later.
    iv.special.suspicion_at = datetime(2026, 11, 30, 22, 30, tzinfo=UTC)
    return iv


def test_a_deadline_prints_as_a_due_time_and_overdue_when_past(bank, la) -> None:
    iv = _otip_case(bank)
    now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    text = render_text(iv, bank, now=now)
    assert "Due Tue 1 Dec 2026 14:30 PST; overdue" in text
    assert not re.search(r"\d+ h \d+ min", text)
    pdf = " ".join(" ".join(pages_of(build_summary(iv, bank, now=now))).split())
    assert "Due Tue 1 Dec 2026 14:30 PST; overdue" in pdf


def test_a_deadline_not_yet_due_is_a_due_time_not_a_countdown(bank, la) -> None:
    iv = _otip_case(bank)
    now = datetime(2026, 12, 1, 22, 26, tzinfo=UTC)  # 4 minutes before it is due
    text = render_text(iv, bank, now=now)
    assert "Due Tue 1 Dec 2026 14:30 PST; not met yet" in text
    assert "left" not in text.split("10. Deadlines")[1].split("11. Needs")[0]
    iv.special.otip_notified_at = datetime(2026, 12, 1, 17, 0, tzinfo=UTC)
    text = render_text(iv, bank, now=now)
    assert "Due Tue 1 Dec 2026 14:30 PST; met 2026-12-01 09:00 PST" in text


# --- every panel filled: headings, doubled words, stray punctuation -----------------------

DOUBLED = re.compile(r"\b([A-Za-z]{2,})\s+\1\b(?!\.\w)|(\([^()]+\))\s*\2", re.IGNORECASE)
STRAY = re.compile(r"[:.;,]\s*;|:\s*:")


def _filled(bank, answers: int = 200, tattoos: int = 30, accounts: int = 30):
    iv = sample_interview(bank, answers=answers, tattoos=tattoos, accounts=accounts)
    outline = load_outline()
    # A tattoo placed on the outline as the window places it: the window names the
    # location with the side ("Arms (left)"), from the same outline.
    x, y = 0.80, 0.42
    region = outline.region_at("front", x, y)
    side = outline.body_side_at("front", x)
    assert region and side
    iv.tattoos.append(
        Tattoo(
            number=len(iv.tattoos) + 1,
            side=BodySide.FRONT,
            x=x,
            y=y,
            location=f"{outline.label(region)} ({side})",
            description="A rose",
            youth_description="My mom's favorite.",
        )
    )
    iv.special.foreign_national = YesNoUnknown.YES
    iv.special.notes = "Consulate not yet called."
    iv.responsibilities["proc.cse.s1"] = StepRecord(
        StepStatus.DONE, iv.created_at + timedelta(hours=3), "Done at the visit."
    )
    return iv


def test_no_doubled_words_or_stray_punctuation_in_the_pdf_or_the_text(bank) -> None:
    for iv in (_filled(bank), full_interview(content_version=bank.version)):
        summary = build_summary(iv, bank, now=WINTER_NOW)
        texts = {
            "text": render_text(iv, bank, now=WINTER_NOW),
            "paste": "\n".join(p.text for p in paste_sections(iv, bank, now=WINTER_NOW)),
            "pdf": "\n".join(pages_of(summary)),
        }
        for where, text in texts.items():
            doubled = [m.group(0) for m in DOUBLED.finditer(text)]
            stray = [text[max(0, m.start() - 30) : m.end() + 10] for m in STRAY.finditer(text)]
            assert not doubled, f"{where}: doubled {doubled[:5]}"
            assert not stray, f"{where}: stray punctuation {stray[:5]}"


def _headings(summary) -> set[str]:
    """What introduces something below it: section titles, subheadings, a question
    with an answer under it, a short lead line ("Steps marked done: 2.")."""
    out = {f"{s.number}. {s.title}" for s in summary.sections}
    for s in summary.sections:
        for i, b in enumerate(s.blocks):
            nxt = s.blocks[i + 1] if i + 1 < len(s.blocks) else None
            answered = nxt is not None and not (
                isinstance(nxt, Para) and nxt.style in ("sub", "question")
            )
            if isinstance(b, Para) and (
                b.style == "sub"
                or b.style == "question"
                and answered
                or b.style == "muted"
                and len(b.text) < 60
                and nxt is not None
                and (i == 0 or not answered)
            ):
                out.add(b.text)
            if isinstance(b, Fields) and b.title:
                out.add(b.title)
    return {" ".join(h.split()) for h in out}


FOOTER = re.compile(r"^(Confidential \u2014|Page \d+ of \d+|Produced |Content |TRAINING \u2014)")


def _last_body_line(page: str) -> str:
    lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
    body = [ln for ln in lines if not FOOTER.match(ln)]
    return body[-1] if body else ""


HEAD = (
    "County Department of Children and Family Services (fictional)",
    "Lakewood Regional Office",
    "Emergency Response, Unit 3",
)


@pytest.mark.parametrize("answers", [0, 24, 60, 120, 200])
@pytest.mark.parametrize("letterhead", [(), HEAD])
def test_no_heading_is_the_last_line_of_a_page(bank, answers, letterhead) -> None:
    iv = sample_interview(
        bank, answers=answers, tattoos=max(3, answers // 8), accounts=max(2, answers // 8)
    )
    iv.special.foreign_national = YesNoUnknown.YES
    iv.training = False  # the training band is one line more: both layouts are tried
    summary = build_summary(iv, bank, now=WINTER_NOW, letterhead=letterhead)
    headings = _headings(summary)
    pages = pages_of(summary)
    assert len(pages) > 3
    stranded = []
    for n, page in enumerate(pages[:-1], start=1):
        last = _last_body_line(page)
        if any(h == last or (len(last) > 12 and h.endswith(last)) for h in headings):
            stranded.append((n, last))
    assert not stranded, f"headings stranded at a page foot: {stranded}"


def test_the_review_line_never_stands_alone_on_a_page(bank, la) -> None:
    # This record and heading once put the supervisor's line alone on a last page.
    iv = full_interview(content_version=bank.version)
    now = datetime(2026, 3, 5, 19, 0, tzinfo=UTC)
    pages = pages_of(build_summary(iv, bank, now=now, letterhead=("County DCFS (fictional)",)))
    body = [
        ln.strip() for ln in pages[-1].splitlines() if ln.strip() and not FOOTER.match(ln.strip())
    ]
    assert any(ln.startswith("Reviewed by:") for ln in body)
    assert len([ln for ln in body if not ln.startswith(("Reviewed by:", "Date:"))]) >= 2, body


def test_paragraphs_broken_once_per_width_lay_out_the_same_pages(bank, monkeypatch) -> None:
    # Keeping headings with what follows wraps kept paragraphs twice; the cache of line
    # breaks must not change a single line or page.
    from reportlab.platypus import Paragraph

    import app.export.fastpara as fastpara

    summary = build_summary(
        sample_interview(bank, answers=120, tattoos=12, accounts=6), bank, now=WINTER_NOW
    )
    cached = pages_of(summary)
    monkeypatch.setattr(fastpara.WrapOnceParagraph, "wrap", Paragraph.wrap)
    assert pages_of(summary) == cached
