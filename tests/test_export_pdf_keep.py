"""What keeps together in the PDF summary: a question, its response line, the person's own
words, the CSW's English rendering and notes are never split from the line that introduces
them; a long answer still breaks inside its text (a page is never left mostly blank for it);
the body outline keeps with its description.

Page breaks fall where the content puts them, so each test searches for the layouts: the
CSW narrative above the questions is made longer a line at a time, and answers of many
lengths follow, so breaks fall at many places through them. PDFs are read back with pypdf.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from app import model
from app.export import render_pdf
from app.export.pdf import MARGIN, PAGE, render_bytes
from app.export.sample import sample_interview
from app.export.summary import build_summary

NOW = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)
TEXT_HEIGHT = PAGE[1] - 2 * MARGIN
BLANK = TEXT_HEIGHT / 4  # the most a page may be left blank at its foot (pdf.render_bytes)
LINE = 12.0  # the body's leading
FILLER = "The youth and the CSW talked in the kitchen while the caregiver was out. "
FOOTER = re.compile(r"^(Confidential \u2014|Page \d+ of \d+|Produced |Content |TRAINING \u2014)")


def _record(bank, filler: int) -> model.Interview:
    iv = model.Interview(content_version=bank.version)
    iv.youth.name = "Jordan Example"
    iv.narrative = FILLER * filler
    return iv


def _yes(words: str, rendering: str = "", notes: str = "") -> model.Answer:
    return model.Answer(model.Response.YES, words, notes, None, english_rendering=rendering)


def _pages(data: bytes) -> list[PdfReader]:
    return list(PdfReader(io.BytesIO(data)).pages)


def _lines(page) -> list[str]:  # noqa: ANN001 - a pypdf page
    text = unicodedata.normalize("NFC", page.extract_text() or "")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return [ln for ln in lines if not FOOTER.match(ln)]


def _lowest_body_text(page) -> float:  # noqa: ANN001 - a pypdf page
    """The baseline of the page's lowest line of body text, in points from the page foot."""
    ys: list[float] = []

    def visit(text, cm, tm, _font, _size) -> None:  # noqa: ANN001
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y > MARGIN - 8:  # the footer sits below the frame
            ys.append(y)

    page.extract_text(visitor_text=visit)
    return min(ys)


def _blank_feet(pages) -> list[tuple[int, float]]:  # noqa: ANN001
    """Pages (but the last) whose text ends more than BLANK (and a line) above the frame's foot."""
    out = []
    for n, page in enumerate(pages[:-1], start=1):
        blank = _lowest_body_text(page) - MARGIN
        if blank > BLANK + LINE:
            out.append((n, round(blank)))
    return out


def test_a_response_line_keeps_with_the_words_it_introduces(bank, tmp_path: Path) -> None:
    """The bug of session 21: "Response: Yes" at a page foot, the youth's words on the next.
    Every response line must be followed, on its own page, by the words under it."""
    ids = [it.id for it in bank.section("youth.open_ended").items]
    ids += [it.id for it in bank.section("youth.specific").items]
    seen = 0
    for filler in range(0, 40, 2):
        iv = _record(bank, filler)
        for n, qid in enumerate(ids):
            said = f"Words {n}: " + "I stayed at his place because I had nowhere to go. " * (n % 6)
            iv.answers[qid] = _yes(said)
        path = tmp_path / f"keep-{filler}.pdf"
        result = render_pdf(iv, bank, path, now=NOW, password="Correct-Horse-7" if filler else None)
        reader = PdfReader(str(result.path))
        if reader.is_encrypted:
            reader.decrypt("Correct-Horse-7")
        pages = list(reader.pages)
        assert len(pages) >= 3
        for k, page in enumerate(pages, start=1):
            lines = _lines(page)
            for i, line in enumerate(lines):
                if line == "Response: Yes":
                    seen += 1
                    after = lines[i + 1] if i + 1 < len(lines) else "(the page ends)"
                    assert after.startswith("\u201cWords "), (
                        f"narrative of {filler} sentences, page {k}: "
                        f"'Response: Yes' is followed by {after!r}"
                    )
        assert not _blank_feet(pages), (filler, _blank_feet(pages))
    assert seen == 20 * len(ids)  # every answer's response line was checked


def _huge(n: int, tag: str) -> str:
    return " ".join(f"{tag}{i}" for i in range(n))


def test_a_huge_answer_starts_where_it_is_and_breaks_inside_its_words(bank) -> None:
    """A 5,000-character quote, then a long rendering and notes: taller than a page as one
    run. reportlab's keepWithNext would push such a run whole to the next page (leaving most
    of a page blank); it must start under what is above it, its response line with the
    first words, and lose nothing."""
    qid = bank.section("youth.open_ended").items[0].id
    words, rendering, notes = _huge(740, "pal"), _huge(200, "ren"), _huge(200, "note")
    assert len(words) >= 5000
    for filler in range(0, 48, 3):
        iv = _record(bank, filler)
        iv.answers[qid] = _yes(words, rendering=rendering, notes=notes)
        data, count, _report = render_bytes(build_summary(iv, bank, now=NOW))
        pages = _pages(data)
        assert count == len(pages)
        texts = [" ".join(_lines(p)) for p in pages]
        whole = " ".join(texts).split()
        for tag, n in (("pal", 740), ("ren", 200), ("note", 200)):  # every word, in order
            found = [w.strip("\u201c\u201d") for w in whole if re.fullmatch(rf"\W?{tag}\d+\W?", w)]
            assert found == [f"{tag}{i}" for i in range(n)], (filler, tag)
        response = [k for k, t in enumerate(texts) if "Response: Yes" in t]
        first = [k for k, t in enumerate(texts) if "\u201cpal0 pal1" in t]
        assert response and response == first, (filler, response, first)
        assert not _blank_feet(pages), (filler, _blank_feet(pages))


def test_a_quote_taller_than_a_page_is_laid_out_whole(bank) -> None:
    """One quote longer than a page, in one paragraph of the summary's largest size and
    many more: nothing overflows the page or is lost, and the page above is filled."""
    qid = bank.section("youth.open_ended").items[0].id
    words = _huge(2500, "w")  # about 15,000 characters: several pages
    for filler in range(0, 40, 2):
        iv = _record(bank, filler)
        iv.answers[qid] = _yes(words)
        data, count, _report = render_bytes(build_summary(iv, bank, now=NOW))
        pages = _pages(data)
        assert count == len(pages) >= 4
        whole = " ".join(" ".join(_lines(p)) for p in pages).split()
        found = [w.strip("\u201c\u201d") for w in whole if re.fullmatch(r"\u201c?w\d+\u201d?", w)]
        assert found == [f"w{i}" for i in range(2500)]
        assert not _blank_feet(pages), (filler, _blank_feet(pages))


def test_the_body_outline_keeps_with_its_description(bank) -> None:
    """The drawing's text equivalent is read under it: never the figure at a page foot and
    its words on the next page."""
    seen = set()
    for filler in range(0, 80, 3):
        iv = _record(bank, filler)
        iv.tattoos = [
            model.Tattoo(number=i, side=model.BodySide.FRONT, x=0.3 + 0.05 * i, y=0.4,
                         description=f"Small crown {i}")
            for i in range(1, 4)
        ]  # fmt: skip
        data, _count, _report = render_bytes(build_summary(iv, bank, now=NOW))
        pages = _pages(data)
        drawn = []
        for k, page in enumerate(pages):
            labels: list[str] = []
            page.extract_text(visitor_text=lambda t, *_a, out=labels: out.append(t.strip()))
            if "Front" in labels and "Back" in labels:  # the outline's own labels
                drawn.append(k)
        said = [
            k for k, p in enumerate(pages) if "Body outline, front and back" in " ".join(_lines(p))
        ]
        assert len(drawn) == 1 and drawn == said, (filler, drawn, said)
        seen.add(drawn[0])
    assert len(seen) > 1  # the figure moved through the pages as the filler grew


def _next_line_after(pages, ends: str) -> list[tuple[int, str]]:  # noqa: ANN001
    """For each line ending with ``ends``: its page and the line under it on that page."""
    out = []
    for k, page in enumerate(pages, start=1):
        lines = _lines(page)
        for i, line in enumerate(lines):
            if line.endswith(ends):
                out.append((k, lines[i + 1] if i + 1 < len(lines) else "(the page ends)"))
    return out


def test_the_tools_suggestion_keeps_with_its_first_reason(bank) -> None:
    """ "The tool suggests ... because the record shows:" introduces the reasons, one a line."""
    seen = 0
    for k in range(0, 60, 2):
        iv = sample_interview(bank, answers=0, tattoos=0, accounts=0)
        iv.allegations[0].reasons = "Youth describes exchanging sex for a place to stay. " * k
        data, _count, _report = render_bytes(build_summary(iv, bank, now=NOW))
        found = _next_line_after(_pages(data), "because the record shows:")
        assert found, k
        for page, after in found:
            seen += 1
            assert after.startswith("\u2013 "), (k, page, after)
    assert seen >= 30


def test_the_at_risk_verdict_keeps_with_its_reasons(bank) -> None:
    seen = 0
    for filler in range(0, 60, 2):
        iv = sample_interview(bank, answers=0, tattoos=0, accounts=0)
        iv.narrative = FILLER * filler
        data, _count, _report = render_bytes(build_summary(iv, bank, now=NOW))
        found = _next_line_after(_pages(data), "At risk of commercial sexual exploitation: Yes")
        assert len(found) == 1, filler
        seen += 1
        assert found[0][1].startswith("The youth displays"), (filler, found)
    assert seen == 30


def test_a_table_taller_than_a_page_starts_under_its_heading(bank) -> None:
    """Section 3's title keeps with the red flag chart. reportlab pushes a kept run taller
    than the page to the next page whole (leaving the rest of this one blank); the chart
    must start under its title where it is, its first row on the title's page."""
    for filler in range(0, 40, 3):
        iv = _record(bank, filler)
        for i, flag in enumerate(bank.red_flags):
            iv.red_flags[flag.id] = model.RedFlagObservation(
                sources=[model.Source.YOUTH], note=f"Seen, row {i}."
            )
        data, _count, _report = render_bytes(build_summary(iv, bank, now=NOW))
        pages = _pages(data)
        texts = [" ".join(_lines(p)) for p in pages]
        title = [k for k, t in enumerate(texts) if "3. Red flags observed" in t]
        row = [k for k, t in enumerate(texts) if "Seen, row 0." in t]
        assert len(title) == 1 and row[:1] == title, (filler, title, row)
        assert sum(t.count("Seen, row ") for t in texts) == len(bank.red_flags)
        assert not _blank_feet(pages), (filler, _blank_feet(pages))
