"""The contact summary as a PDF: header, eleven sections, a footer on every page.

Rendered in memory, optionally encrypted (AES-256 through pypdf: reportlab's own
AES output is not readable by common viewers, and its RC4 is weak), then written
atomically where the CSW chose. No plain temporary file is ever created.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.content.bank import ContentBank
from app.export.atomic import atomic_write
from app.export.fastpara import PLAIN
from app.export.glyphs import FONT, FONT_BOLD, GlyphReport, register_fonts
from app.export.pdf_flow import MUTED, RULE, Builder, KeepRun
from app.export.reportlab_compat import page_counting_canvas, unicode_cmap_fixed
from app.export.summary import (
    CONFIDENTIAL,
    REVIEW_DATE_LABEL,
    REVIEW_LABEL,
    TRAINING_BANNER,
    Fields,
    Summary,
    build_summary,
    fmt_dt,
)
from app.localtime import to_local
from app.model import Interview

PAGE = LETTER  # US county forms and printers
LANG = "en-US"  # the summary is written in English (issue 15), whatever the contact's language
MARGIN = 0.7 * inch
BAND = 16.0  # the training band's height


class ExportCancelled(Exception):
    """The caller's ``should_cancel`` said stop; nothing was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    # Characters printed as "[U+XXXX]" placeholders (font lacks them, or controls),
    # each with its Unicode name, in order of first appearance.
    missing_glyphs: tuple[tuple[str, str], ...]
    encrypted: bool


def document_title(summary: Summary) -> str:
    """The PDF's title (what a viewer's title bar, a screen reader and a recent-files
    list show): the kind of summary and the day it was produced, never a name or any
    other content: the title is readable without the password in some viewers' lists
    and in desktop search indexes, and an export need not have a password at all."""
    title = f"{summary.title}, produced {to_local(summary.produced):%Y-%m-%d}"
    return f"{TRAINING_BANNER}: {title}" if summary.training else title


def tag_document(c: Canvas) -> None:
    """What a reader needs to follow the PDF besides its text: the outline shown when
    it opens, and the title (not the file name) in the viewer's title bar. (The title
    and the language are the document template's: ``title=``, ``lang=``.)"""
    c.showOutline()
    c.setViewerPreference("DisplayDocTitle", "true")  # a PDF boolean, as reportlab checks it


def _decorate(c: Canvas, summary: Summary, total: int) -> None:
    width, height = PAGE
    tag_document(c)
    c.saveState()
    if summary.training:
        c.setFillColor(colors.HexColor("#fff1c2"))
        c.rect(0, height - MARGIN + 8, width, BAND, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#5c4300"))
        c.setFont(FONT_BOLD, 9)
        c.drawCentredString(width / 2, height - MARGIN + 12.5, TRAINING_BANNER)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, MARGIN - 10, width - MARGIN, MARGIN - 10)
    c.setFillColor(MUTED)
    c.setFont(FONT, 7.5)
    y = MARGIN - 22
    c.drawString(MARGIN, y, CONFIDENTIAL)
    c.drawCentredString(width / 2, y, f"Page {c.getPageNumber()} of {total}")
    c.drawRightString(width - MARGIN, y, f"Produced {fmt_dt(summary.produced)}")
    if summary.content_version:  # a second line: the first is full at 7.5 pt
        c.drawString(MARGIN, y - 9, f"Content version {summary.content_version}")
    c.restoreState()


def _header(builder: Builder, summary: Summary) -> list:
    out: list = []
    if summary.training:
        out += builder.p(TRAINING_BANNER, "sub")
    for i, line in enumerate(summary.letterhead):
        out += builder.p(line, "agency" if i == 0 else "office")
    out += builder.p(summary.title, "title")
    rows = summary.header
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:] + [("", "")] * (2 * half - len(rows))
    if any(len(v) > 300 for _, v in rows):
        # A header value too long for a cell: print the header as plain lines instead.
        return out + builder.fields(Fields(rows=rows))
    data = []
    for (l1, v1), (l2, v2) in zip(left, right, strict=True):
        data.append(
            [
                builder.para([(PLAIN, l1)], "head"),
                builder.para([(PLAIN, v1)], "cell"),
                builder.para([(PLAIN, l2)], "head"),
                builder.para([(PLAIN, v2)], "cell"),
            ]
        )
    w = builder.width
    table = Table(data, colWidths=[0.15 * w, 0.35 * w, 0.15 * w, 0.35 * w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return out + [table, Spacer(1, 6)]


def _review(builder: Builder) -> list:
    """The supervisor's line: who reviewed it and when, blank to sign on paper."""
    w = builder.width
    data = [
        [
            builder.para([(PLAIN, f"{REVIEW_LABEL}:")], "head"),
            "",
            builder.para([(PLAIN, f"{REVIEW_DATE_LABEL}:")], "head"),
            "",
        ]
    ]
    table = Table(
        data, colWidths=[0.14 * w, 0.50 * w, 0.08 * w, 0.28 * w], rowHeights=[26], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, RULE),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [Spacer(1, 18), table]


def render_bytes(
    summary: Summary,
    *,
    should_cancel: Callable[[], bool] | None = None,
) -> tuple[bytes, int, GlyphReport]:
    """The PDF of a built summary, in memory (plain; encrypt before it touches disk)."""
    register_fonts()
    report = GlyphReport()
    buf = io.BytesIO()
    counter: list[int] = []
    width, height = PAGE
    # A run kept together moves to the next page whole when it leaves at most a
    # quarter of the text height blank; a longer one breaks inside (pdf_flow.KeepRun).
    blank = (height - 2 * MARGIN) / 4
    doc = BaseDocTemplate(
        buf,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=document_title(summary),
        lang=LANG,
        author="",
        subject="",
        creator="CEC Interview Assistant",
        invariant=False,
        keepTogetherClass=partial(KeepRun, blank=blank),
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        width - 2 * MARGIN,
        height - 2 * MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    if should_cancel is not None:

        def after(_flowable) -> None:
            if should_cancel():
                raise ExportCancelled()

        doc.afterFlowable = after  # type: ignore[method-assign]
    builder = Builder(frame.width, report)  # no padding: the text width
    story = _header(builder, summary)
    for section in summary.sections:
        story += builder.section(section)
    # The review line never stands alone on a page: it keeps with the summary's last lines.
    tail: list = []
    while story and (not tail or isinstance(tail[0], Spacer)):
        tail.insert(0, story.pop())
    while story and story[-1].getKeepWithNext():  # and with the heading over them
        tail.insert(0, story.pop())
    story.append(KeepTogether([*tail, *_review(builder)]))
    canvas = page_counting_canvas(lambda c, total: _decorate(c, summary, total), counter)
    with unicode_cmap_fixed():
        doc.build(story, canvasmaker=canvas)
    return buf.getvalue(), counter[-1], report


def encrypt(pdf: bytes, password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415 - pypdf only when a PDF is made

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    # A random owner password: nobody can lift the restrictions without it.
    writer.encrypt(
        user_password=password, owner_password=secrets.token_urlsafe(24), algorithm="AES-256"
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_pdf(
    interview: Interview,
    bank: ContentBank,
    path: Path | str,
    *,
    password: str | None = None,
    training: bool = False,
    now: datetime | None = None,
    should_cancel: Callable[[], bool] | None = None,
    letterhead: tuple[str, ...] | list[str] = (),
) -> ExportResult:
    """Render the contact summary and write it to ``path`` (atomically)."""
    summary = build_summary(interview, bank, training=training, now=now, letterhead=letterhead)
    data, pages, report = render_bytes(summary, should_cancel=should_cancel)
    if password:
        data = encrypt(data, password)
    if should_cancel is not None and should_cancel():
        raise ExportCancelled()
    written = atomic_write(path, data)
    return ExportResult(written, pages, tuple(report.missing.items()), bool(password))


__all__ = [
    "LANG",
    "ExportCancelled",
    "ExportResult",
    "document_title",
    "render_bytes",
    "render_pdf",
    "tag_document",
]
