"""The PDF contact summary, read back with pypdf: content, fonts, escaping, safety."""

from __future__ import annotations

import io
import re
import sys
import unicodedata
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from app.export import ExportCancelled, render_pdf
from app.export.sample import sample_interview

NOW = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)


def pdf_text(path, password: str | None = None) -> list[str]:
    reader = PdfReader(str(path))
    if password is not None:
        reader.decrypt(password)
    return [unicodedata.normalize("NFC", page.extract_text() or "") for page in reader.pages]


def flat(text: str) -> str:
    """Whitespace-insensitive: wrapping only ever breaks lines at spaces."""
    return " ".join(text.split())


def test_every_section_and_its_content_is_in_the_pdf(bank, tmp_path) -> None:
    iv = sample_interview(bank)
    result = render_pdf(iv, bank, tmp_path / "s.pdf", now=NOW)
    pages = pdf_text(result.path)
    assert result.pages == len(pages) > 1
    text = flat("\n".join(pages))
    titles = [
        "1. Allegations",
        "2. Contact narrative",
        "3. Red flags observed",
        "4. At-risk determination",
        "5. Tattoos",
        "6. Social media and online accounts",
        "7. Associates, exploiters and other possible victims",
        "8. CSW responsibilities",
        "9. Collateral contacts",
        "10. Deadlines",
        "11. Needs and services referred",
    ]
    positions = [text.index(t) for t in titles]
    assert positions == sorted(positions), "sections out of order"
    expected = [
        # header
        "J. R.",
        "Jazzy, JJ",
        "0123-4567-8901-2345678",
        "4444-555-6666",
        "2026-11-20",
        "09:30 – 10:45",
        "In person, completed",
        "Resource family home, Lakewood",
        "Alex Moreno",
        bank.version,
        # 1
        "Alleged Perpetrator: Marcus (“King”)",
        "Abuse Category: Exploitation",
        "Abuse Subcategory: Commercial Sexual Exploitation",
        "Abuse Subcategory: Exploiting Child's Labor",
        "Proposed conclusion: Substantiated",
        "Proposed conclusion: Not decided",
        "exchanging sex for a place to stay",
        # 2
        flat(iv.narrative),
        bank.item("youth.open_ended.q01").text if _has(bank, "youth.open_ended.q01") else "",
        "“He said I owe him for the phone.”",
        "[not asked]",
        "[declined to answer]",
        # 3
        bank.red_flags[0].text,
        "observed by CSW, youth",
        # 4
        "At risk of commercial sexual exploitation: Yes",
        "indicators A-C: A",
        # 5
        "Small crown with the letter K",
        "“My boyfriend wanted me to get it.”",
        "King",
        # 6
        "@jazzy_1",
        "(555) 010-0199",
        "Posts show large sums of money.",
        # 7
        "Marcus",
        "suspected exploiter",
        "Motel on Pacific Ave",
        # 8
        "Call the Child Protection Hotline",
        "Done",
        "Referral 123",
        # 9
        "Det. Sam Ruiz",
        "Shared the moniker; detective will follow up.",
        # 10
        "Returning from a runaway episode: Yes",
        # 11
        "Prior referral in 2024.",
        "Safety plan made.",
    ]
    for piece in filter(None, expected):
        assert flat(piece) in text, piece


def _has(bank, item_id: str) -> bool:
    try:
        bank.item(item_id)
        return True
    except KeyError:
        return False


def test_every_question_answered_is_printed_with_the_banks_text(bank, tmp_path) -> None:
    iv = sample_interview(bank, answers=60)
    text = flat("\n".join(pdf_text(render_pdf(iv, bank, tmp_path / "q.pdf", now=NOW).path)))
    for item_id in iv.answers:
        assert flat(bank.item(item_id).text) in text, item_id


def test_footer_and_training_band_on_every_page(bank, tmp_path) -> None:
    iv = sample_interview(bank, answers=120)
    result = render_pdf(iv, bank, tmp_path / "t.pdf", training=True, now=NOW)
    pages = pdf_text(result.path)
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert "Confidential — contains information about a minor" in page
        assert f"Page {n} of {len(pages)}" in page
        assert "Produced 2026-11-20" in page
        assert "TRAINING — FICTIONAL CASE" in page


def test_no_training_band_on_a_real_case(bank, tmp_path) -> None:
    iv = sample_interview(bank)
    iv.training = False
    text = "\n".join(pdf_text(render_pdf(iv, bank, tmp_path / "r.pdf", now=NOW).path))
    assert "TRAINING" not in text


NAMES = {
    "Spanish": "José Ángel Núñez Peña",
    "Vietnamese": "Nguyễn Thị Hương Trần",
    "Armenian": "Արամ Պետրոսյան",
    "Russian": "Дмитрий Сергеевич Иванов",
    "Tagalog": "Maria Luningning Dela Cruz-Bañaga",
}


@pytest.mark.parametrize("language", sorted(NAMES))
def test_names_in_each_language_round_trip(bank, tmp_path, language) -> None:
    name = NAMES[language]
    iv = sample_interview(bank)
    iv.youth.name = name
    iv.associates[0].name = name
    iv.answers[next(iter(iv.answers))].own_words = f"Me llamo {name}"
    result = render_pdf(iv, bank, tmp_path / "u.pdf", now=NOW)
    assert result.missing_glyphs == ()
    text = "\n".join(pdf_text(result.path))
    assert text.count(name) >= 3


def test_missing_glyphs_and_controls_become_listed_placeholders(bank, tmp_path) -> None:
    iv = sample_interview(bank)
    # DejaVu has U+1F600 but not U+1F9FF (nazar amulet) nor Egyptian hieroglyphs.
    iv.narrative = "Smiled 😀 at the end.\x00Then a bell\x07 and 𓀀 🧿."
    result = render_pdf(iv, bank, tmp_path / "g.pdf", now=NOW)
    text = flat("\n".join(pdf_text(result.path)))
    assert "Smiled 😀 at the end.[U+0000]Then a bell[U+0007] and [U+13000] [U+1F9FF]." in text
    assert [c for c, _ in result.missing_glyphs] == ["\x00", "\x07", "𓀀", "🧿"]
    assert dict(result.missing_glyphs)["𓀀"] == "EGYPTIAN HIEROGLYPH A001"


MARKUP = [
    "<b>bold?",
    "</para><para>",
    "&amp; & &#169;",
    '<font size="40">big</font>',
    '<a href="file:///etc/passwd">link</a>',
    "<i>unclosed",
    "\"quoted\" 'single'",
]


def test_markup_prints_literally_everywhere(bank, tmp_path) -> None:
    iv = sample_interview(bank)
    junk = " ".join(MARKUP)
    iv.youth.name = junk
    iv.narrative = junk
    iv.tattoos[0].description = junk
    iv.online_accounts[0].handle = junk
    iv.allegations[0].reasons = junk
    iv.collateral_contacts[0].summary = junk
    text = flat("\n".join(pdf_text(render_pdf(iv, bank, tmp_path / "m.pdf", now=NOW).path)))
    assert text.count(flat(junk)) >= 5


class OpenSpy:
    """Records every file the interpreter opens (the "open" audit event, PEP 578)."""

    def __init__(self) -> None:
        self.active = False
        self.paths: list[str] = []
        sys.addaudithook(self.hook)  # cannot be removed: ``active`` turns it off

    def hook(self, event: str, args: tuple) -> None:
        if self.active and event == "open" and args and isinstance(args[0], str | bytes):
            self.paths.append(str(args[0]))


@pytest.fixture(scope="module")
def open_spy() -> OpenSpy:
    return OpenSpy()


def test_img_markup_opens_no_file(bank, tmp_path, open_spy) -> None:
    sentinel = tmp_path / "sentinel.png"
    sentinel.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    tag = f'<img src="{sentinel}" width="20" height="20"/>'
    iv = sample_interview(bank)
    iv.narrative = tag
    iv.tattoos[0].description = tag
    iv.answers[next(iter(iv.answers))].notes = tag
    open_spy.paths.clear()
    open_spy.active = True
    try:
        result = render_pdf(iv, bank, tmp_path / "i.pdf", now=NOW)
    finally:
        open_spy.active = False
    assert not [p for p in open_spy.paths if "sentinel" in p]
    assert flat(tag) in flat("\n".join(pdf_text(result.path)))


def test_the_open_spy_would_see_an_unescaped_img(tmp_path, open_spy) -> None:
    # The proof above can fail: raw markup in a Paragraph does open the file.
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    sentinel = tmp_path / "sentinel.png"
    sentinel.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    open_spy.paths.clear()
    open_spy.active = True
    try:
        with pytest.raises(Exception):  # noqa: B017 - the bytes are not a real image
            SimpleDocTemplate(io.BytesIO()).build(
                [Paragraph(f'<img src="{sentinel}" width="20" height="20"/>')]
            )
    finally:
        open_spy.active = False
    assert [p for p in open_spy.paths if "sentinel" in p]


def test_password_protects_the_text(bank, tmp_path) -> None:
    iv = sample_interview(bank)
    iv.youth.name = "Xochitl Quintanilla-Ybarra"
    result = render_pdf(iv, bank, tmp_path / "e.pdf", password="correct horse 7", now=NOW)
    assert result.encrypted
    reader = PdfReader(str(result.path))
    assert reader.is_encrypted
    with pytest.raises(Exception):  # noqa: B017 - pypdf: FileNotDecryptedError
        reader.pages[0].extract_text()
    wrong = PdfReader(str(result.path))
    assert not wrong.decrypt("wrong password")
    assert "Xochitl Quintanilla-Ybarra" in pdf_text(result.path, "correct horse 7")[0]
    assert b"Xochitl" not in result.path.read_bytes()


def test_huge_text_does_not_crash(bank, tmp_path) -> None:
    iv = sample_interview(bank)
    line = "The youth talked about school and friends and the weekend trips. " * 20 + "\n"
    iv.narrative = (line * (1_000_000 // len(line) + 1))[:1_000_000]
    iv.tattoos[0].description = "K" * 50_000  # one "word" longer than any cell
    result = render_pdf(iv, bank, tmp_path / "h.pdf", now=NOW)
    assert result.pages > 100
    reader = PdfReader(str(result.path))
    last = flat(reader.pages[-1].extract_text())
    assert f"Page {result.pages} of {result.pages}" in last
    # the long word is not lost: it continues below the tattoo table, in full
    text = "".join(p.extract_text() for p in reader.pages).replace("\n", "")
    runs = re.findall(r"K{100,}", text)
    assert sum(map(len, runs)) >= 50_000


def _existing(tmp_path):
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"previous export")
    return target


def test_failure_mid_render_leaves_nothing_behind(bank, tmp_path, monkeypatch) -> None:
    from app.export import pdf_flow

    target = _existing(tmp_path)

    def boom(self) -> None:
        raise RuntimeError("injected failure while drawing")

    monkeypatch.setattr(pdf_flow.BodyOutlineFlowable, "draw", boom)
    with pytest.raises(RuntimeError, match="injected"):
        render_pdf(sample_interview(bank), bank, target, now=NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]
    assert target.read_bytes() == b"previous export"


def test_failure_while_writing_removes_the_temp_file(bank, tmp_path, monkeypatch) -> None:
    from app.export import atomic

    target = _existing(tmp_path)
    seen = []

    def failing_replace(src, dst) -> None:
        seen.append(src)
        raise OSError("disk full (injected)")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(OSError, match="injected"):
        render_pdf(sample_interview(bank), bank, target, now=NOW)
    assert seen and not any(p.exists() for p in map(type(target), seen))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]
    assert target.read_bytes() == b"previous export"


def test_cancel_writes_nothing(bank, tmp_path) -> None:
    calls = []

    def cancel_after_ten() -> bool:
        calls.append(1)
        return len(calls) > 10

    with pytest.raises(ExportCancelled):
        render_pdf(
            sample_interview(bank),
            bank,
            tmp_path / "c.pdf",
            now=NOW,
            should_cancel=cancel_after_ten,
        )
    assert list(tmp_path.iterdir()) == []


def test_written_file_is_private(bank, tmp_path) -> None:
    result = render_pdf(sample_interview(bank), bank, tmp_path / "p.pdf", now=NOW)
    if sys.platform != "win32":
        assert result.path.stat().st_mode & 0o077 == 0


def _marked_strings(obj, path: str = "interview") -> list[tuple[str, str]]:
    """Every text value in the record carrying the factory's marker, with its path."""
    import dataclasses

    if dataclasses.is_dataclass(obj):
        return [
            hit
            for f in dataclasses.fields(obj)
            for hit in _marked_strings(getattr(obj, f.name), f"{path}.{f.name}")
        ]
    if isinstance(obj, dict):
        return [hit for k, v in obj.items() for hit in _marked_strings(v, f"{path}[{k}]")]
    if isinstance(obj, list | tuple):
        return [hit for i, v in enumerate(obj) for hit in _marked_strings(v, f"{path}[{i}]")]
    return [(path, obj)] if isinstance(obj, str) and obj.endswith("-Zq") else []


def test_every_text_field_of_the_record_reaches_pdf_and_text(bank, tmp_path) -> None:
    from app.export import render_text
    from tests.helpers.records import full_interview

    iv = full_interview(content_version=bank.version)
    marked = [(p, v) for p, v in _marked_strings(iv) if not p.endswith(".last_panel")]
    assert len(marked) > 40
    pdf = "".join(
        "".join(pdf_text(render_pdf(iv, bank, tmp_path / "f.pdf", now=NOW).path)).split()
    )  # no whitespace at all: narrow cells break long words
    text = render_text(iv, bank, now=NOW)
    for path, value in marked:
        assert value in text, path
        assert value in pdf, path
