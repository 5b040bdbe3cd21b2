"""The debrief as a PDF for the trainer, marked "TRAINING — FICTIONAL CASE" on every page.

Reuses the export's machinery: the embedded DejaVu fonts and the single escape
route for text into reportlab (``app.export.glyphs.para_text``), its styles,
the reportlab workarounds (``app.export.reportlab_compat``: the ToUnicode fix while
building, the page-counting canvas) and its atomic write (temp file in the same
folder, then rename; nothing left behind on failure).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.export.atomic import atomic_write
from app.export.glyphs import FONT, FONT_BOLD, GlyphReport, para_text, register_fonts
from app.export.pdf import LANG, tag_document
from app.export.pdf_flow import RULE, SHADE, OutlineHeading, make_styles
from app.export.reportlab_compat import page_counting_canvas, unicode_cmap_fixed
from app.training.debrief import EXTRA, FOUND, MISSED, RIGHT, WRONG, Debrief
from app.training.marking import TRAINING_MARK

PAGE = LETTER
MARGIN = 0.7 * inch
STATUS_WORDS = {FOUND: "Found", MISSED: "Missed", EXTRA: "Extra", RIGHT: "Right", WRONG: "Wrong"}


@dataclass(frozen=True)
class DebriefPdfResult:
    path: Path
    pages: int
    missing_glyphs: tuple[str, ...]


def render_debrief_pdf(debrief: Debrief, path: Path | str) -> DebriefPdfResult:
    register_fonts()
    report = GlyphReport()
    styles = make_styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + 10, bottomMargin=MARGIN,
        title=f"{TRAINING_MARK}: debrief", author="CEC Interview Assistant (training)",
        lang=LANG,
    )  # fmt: skip
    pages: list[int] = []

    def p(text: str, style: str = "body") -> Paragraph:
        para = Paragraph(para_text(text, report), styles[style])
        return OutlineHeading(para, text, 0) if style == "h1" else para  # the outline

    story: list = [
        p(TRAINING_MARK, "sub"),
        p(f"Debrief: {debrief.scenario_title}", "title"),
        p(
            f"Scenario {debrief.scenario_id}; produced {debrief.produced_at:%Y-%m-%d %H:%M} UTC",
            "muted",
        ),  # fmt: skip
        p(f"Overall score: {debrief.overall} / 100", "h1"),
    ]
    if len(debrief.contacts) > 1:  # issue 14: a case scored across its contacts
        story.append(p("The case, scored across its contacts: " + "; ".join(debrief.contacts)))
    scores = [[p("Area", "head"), p("Score", "head"), p("Found", "head"), p("Missed", "head"),
               p("Extra", "head")]]  # fmt: skip
    for area in debrief.areas:
        scores.append([p(area.title, "cell"), p(str(area.score), "cell"),
                       p(str(area.count(FOUND) + area.count(RIGHT)), "cell"),
                       p(str(area.count(MISSED) + area.count(WRONG)), "cell"),
                       p(str(area.count(EXTRA)), "cell")])  # fmt: skip
    story.append(_table(scores, [3.6 * inch, 0.7 * inch, 0.7 * inch, 0.7 * inch, 0.7 * inch]))
    for area in debrief.areas:
        story.append(p(f"{area.title}: {area.score} / 100", "h1"))
        if not area.items:
            story.append(p("Nothing to find in this case, and nothing extra recorded.", "muted"))
        for item in area.items:
            story.append(p(f"{STATUS_WORDS.get(item.status, item.status)}: {item.label}",
                           "question"))  # fmt: skip
            if item.contact:
                story.append(p(f"Recorded in the contact: {item.contact}", "field"))
            elif item.comes_out_in and item.status == MISSED:
                story.append(p(f"Where it comes out: {item.comes_out_in}", "field"))
            if item.case_reason:
                story.append(p(f"In this case: {item.case_reason}", "field"))
            elif item.status == EXTRA:
                story.append(p("In this case: not part of the answer key.", "field"))
            if item.guide:
                story.append(p(f"The guide: {item.guide}", "quote"))
    if debrief.coaching:
        story.append(p("Coaching notes", "h1"))
        for note in debrief.coaching:
            story.append(p(note.message, "question"))
            if note.context:
                story.append(p(f"\u201c{note.context}\u201d ({note.path})", "field"))
            story.append(p(f"The guide: {note.guide}", "quote"))
    story.append(Spacer(1, 6))
    story.append(p("Scoring: each area scores 100 \u00d7 found / (found + missed + extra); the "
                   "at-risk area is half the determination and half its indicators; the overall "
                   "score is the mean of the six areas.", "muted"))  # fmt: skip
    with unicode_cmap_fixed():
        doc.build(story, canvasmaker=page_counting_canvas(_decorate, pages))
    atomic_write(path, buffer.getvalue())
    return DebriefPdfResult(Path(path), pages[-1] if pages else 0, tuple(report.missing))


def _table(rows: list, widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    return table


def _decorate(c: Canvas, total: int) -> None:
    width, height = PAGE
    tag_document(c)
    c.saveState()
    c.setFillColor(colors.HexColor("#fff1c2"))
    c.rect(0, height - MARGIN + 4, width, 18, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#5c4300"))
    c.setFont(FONT_BOLD, 10)
    c.drawCentredString(width / 2, height - MARGIN + 9.5, TRAINING_MARK)
    c.setFont(FONT, 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(MARGIN, MARGIN - 22, f"{TRAINING_MARK} \u2014 debrief for the trainer")
    c.drawRightString(width - MARGIN, MARGIN - 22, f"Page {c.getPageNumber()} of {total}")
    c.restoreState()
