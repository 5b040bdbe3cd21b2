"""The PDFs are tagged enough for a reader to follow them (issue 16, "Seeing"; WCAG 2.4.2,
3.1.1, 2.4.5/1.3.1 through the outline, 1.1.1 for the body outline drawing).

Read back with pypdf, for the contact summary, the case summary and the training debrief:
a title that names the kind of summary and the day but no person, the catalog's /Lang,
an outline (bookmarks) whose entries are the headings in the order and at the levels the
summary has them, each pointing at the page that shows that heading, shown when the file
opens; and under the tattoo body outline drawing, its marks in words. Every person is
fictional.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from app.export import render_pdf
from app.export.blocks import Fields, Para
from app.export.case_summary import build_case_summary, case_inputs, render_case_pdf
from app.export.glyphs import FONT, register_fonts
from app.export.pdf_flow import OutlineHeading
from app.export.reportlab_compat import page_counting_canvas
from app.export.sample import sample_interview
from app.export.sections.tattoos import tattoo_location
from app.export.summary import build_summary
from app.training import debrief, render_debrief_pdf, scenario_by_id, scripted_interview
from tests.helpers import PASSPHRASE

NOW = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)
YOUTH = "Jasmine Q. Fictional"


def _outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every outline entry, in order."""
    out: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return out


def _expected_headings(summary) -> list[tuple[int, str]]:  # noqa: ANN001
    """The summary's own headings: each section's, then its subheadings (a "sub"
    paragraph, a group of fields' title), as a reader of the PDF sees them."""
    out: list[tuple[int, str]] = []
    for section in summary.sections:
        out.append((0, f"{section.number}. {section.title}"))
        for block in section.blocks:
            if isinstance(block, Para) and block.style == "sub":
                out.append((1, block.text))
            elif isinstance(block, Fields) and block.title:
                out.append((1, block.title))
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def _check_outline(reader: PdfReader, expected: list[tuple[int, str]]) -> None:
    got = _outline(reader)
    assert [(level, title) for level, title, _page in got] == expected
    pages = [_flat(p.extract_text()) for p in reader.pages]
    last = 0
    for _level, title, page in got:
        assert page >= last, title  # in the document's order
        assert _flat(title) in pages[page], (title, page)  # and on the page it points at
        last = page
    root = reader.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines"  # the viewer opens with the outline shown
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (a PDF boolean)


def _contact(bank):  # noqa: ANN001, ANN202
    iv = sample_interview(bank)
    iv.training = False
    iv.youth.name = YOUTH
    return iv


def test_the_contact_summary_has_a_title_without_the_youths_name_and_a_language(
    bank, tmp_path
) -> None:
    result = render_pdf(_contact(bank), bank, tmp_path / "s.pdf", now=NOW)
    reader = PdfReader(str(result.path))
    assert reader.metadata.title == "Contact summary, produced 2026-11-20"
    assert YOUTH not in reader.metadata.title and "Jasmine" not in reader.metadata.title
    assert YOUTH in _flat(reader.pages[0].extract_text())  # the name is in the body only
    assert reader.trailer["/Root"]["/Lang"] == "en-US"


def test_an_encrypted_summary_keeps_its_title_language_and_outline(bank, tmp_path) -> None:
    iv = _contact(bank)
    result = render_pdf(iv, bank, tmp_path / "s.pdf", now=NOW, password=PASSPHRASE)
    reader = PdfReader(str(result.path))
    assert reader.is_encrypted and reader.decrypt(PASSPHRASE)
    assert reader.metadata.title == "Contact summary, produced 2026-11-20"
    assert reader.trailer["/Root"]["/Lang"] == "en-US"
    _check_outline(reader, _expected_headings(build_summary(iv, bank, now=NOW)))


def test_the_contact_summarys_outline_is_its_headings_in_order_and_level(bank, tmp_path) -> None:
    iv = _contact(bank)
    result = render_pdf(iv, bank, tmp_path / "s.pdf", now=NOW)
    expected = _expected_headings(build_summary(iv, bank, now=NOW))
    # The eleven CWS/CMS sections, numbered, at the top level (docs/export.md).
    assert [t for level, t in expected if level == 0][0] == "1. Allegations"
    assert sum(1 for level, _t in expected if level == 0) == 11
    assert any(level == 1 for level, _t in expected)
    _check_outline(PdfReader(str(result.path)), expected)


def test_the_training_summary_says_so_in_its_title(bank, tmp_path) -> None:
    result = render_pdf(_contact(bank), bank, tmp_path / "s.pdf", now=NOW, training=True)
    title = PdfReader(str(result.path)).metadata.title
    assert title == "TRAINING — FICTIONAL CASE: Contact summary, produced 2026-11-20"


def test_the_body_outline_drawing_has_its_marks_in_words_under_it(bank, tmp_path) -> None:
    iv = _contact(bank)
    placed = [t for t in iv.tattoos if t.x is not None and t.y is not None]
    assert len(placed) >= 2
    result = render_pdf(iv, bank, tmp_path / "s.pdf", now=NOW)
    text = _flat(" ".join(p.extract_text() for p in PdfReader(str(result.path)).pages))
    start = text.index("5. Tattoos")
    words = "; ".join(f"{t.number}, {tattoo_location(bank, t)}" for t in placed)
    caption = f"Body outline, front and back, with the tattoos' numbered marks: {words}."
    assert _flat(caption) in text
    # Under the drawing (its "Front"/"Back" labels), before the table of tattoos.
    at = text.index(_flat(caption))
    assert start < text.index("Front", start) < at < text.index("No.", start)
    # Each mark's number, side and place, as the sample records them.
    assert "marks: 1, Front: Neck; 2, Front: Hands (right); 3, Front: Thighs (right)." in text


def test_the_case_summary_has_its_title_language_and_outline(store, bank, tmp_path) -> None:
    iv = _contact(bank)
    store.create_interview(iv)
    case, view, contacts = case_inputs(store, iv.case_id)
    result = render_case_pdf(case, view, contacts, bank, tmp_path / "case.pdf", now=NOW)
    reader = PdfReader(str(result.path))
    assert reader.metadata.title == "Case summary, produced 2026-11-20"
    assert YOUTH not in reader.metadata.title
    assert reader.trailer["/Root"]["/Lang"] == "en-US"
    expected = _expected_headings(build_case_summary(case, view, contacts, bank, now=NOW))
    assert expected[0] == (0, "1. Allegations")
    _check_outline(reader, expected)


def test_the_training_debrief_has_a_language_and_its_areas_in_the_outline(
    tmp_path, scenarios, bank
) -> None:
    sc = scenario_by_id(scenarios, "runaway-return")
    result = debrief(scripted_interview(sc, bank, NOW), sc, bank, NOW)
    render_debrief_pdf(result, tmp_path / "d.pdf")
    reader = PdfReader(str(tmp_path / "d.pdf"))
    assert reader.trailer["/Root"]["/Lang"] == "en-US"
    assert reader.metadata.title == "TRAINING — FICTIONAL CASE: debrief"
    expected = [(0, f"Overall score: {result.overall} / 100")]
    expected += [(0, f"{a.title}: {a.score} / 100") for a in result.areas]
    if result.coaching:
        expected.append((0, "Coaching notes"))
    _check_outline(reader, expected)


def test_bookmarks_on_held_pages_point_at_their_own_page() -> None:
    """The page-counting canvas holds pages back until it knows the total; reportlab binds
    a bookmark to its current page number, 1 all that time. Without the canvas's own
    binding at save, every heading would point at page 1 (shown with reportlab's)."""
    register_fonts()
    style = ParagraphStyle("h", fontName=FONT, fontSize=12, leading=14)

    def build(canvas_class: type[Canvas]) -> list[int]:
        story: list = []
        for n in range(1, 4):
            story += [OutlineHeading(Paragraph(f"Part {n}", style), f"Part {n}", 0), PageBreak()]
        buf = io.BytesIO()
        SimpleDocTemplate(buf).build(story[:-1], canvasmaker=canvas_class)
        return [page for _level, _title, page in _outline(PdfReader(buf))]

    held = page_counting_canvas(lambda _c, _total: None, [])
    assert build(held) == [0, 1, 2]
    assert build(Canvas) == [0, 1, 2]  # reportlab's own canvas, pages not held

    class Unbound(held):  # the held canvas without its own binding: reportlab's
        bookmarkPage = Canvas.bookmarkPage  # noqa: N815

    assert build(Unbound) == [0, 0, 0]
