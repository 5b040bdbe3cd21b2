"""Print the contact summary (Qt's print dialog), from memory.

PySide6-Essentials has no QtPdf, so the PDF cannot be handed to a printer
without writing it to a plain file first, which the tool never does. Instead
the same summary blocks (``app.export.build_summary``) are laid out as a
``QTextDocument`` and painted straight to the ``QPrinter``: the summary, the
county's heading and the supervisor's review line, every page with the
confidentiality line and "Page N of M". Nothing is written to disk by us; what
the printer system spools is the operating system's business.
"""

from __future__ import annotations

from collections import deque
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from app.export.summary import (
    CONFIDENTIAL,
    REVIEW_DATE_LABEL,
    REVIEW_LABEL,
    TRAINING_BANNER,
    BodyMarks,
    Fields,
    Para,
    Summary,
    Table,
    fmt_dt,
)

# Test hook: the next print dialogs answer these printers (None = cancelled) without showing.
_next_printers: deque[QPrinter | None] = deque()


MAX_BREAKS = 60  # page breaks moved for headings, at most (each costs one layout)


def answer_next_printer(printer: QPrinter | None) -> None:
    _next_printers.append(printer)


def reset_hooks() -> None:
    _next_printers.clear()


class NoPrinter(Exception):
    """No printer is set up on this computer."""


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """Qt's print dialog; the chosen printer, or None when cancelled. ``NoPrinter`` when
    there is nothing to print to."""
    if _next_printers:
        return _next_printers.popleft()
    if not QPrinterInfo.availablePrinterNames():
        raise NoPrinter()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    # Paper only: "print to file" would write the summary as a PDF without its password
    # (Save PDF… is the way to a file, protected).
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setWindowTitle(QCoreApplication.translate("ExportPrint", "Print the contact summary"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def _p(text: str, css: str = "") -> str:
    body = escape(text).replace("\n", "<br/>")
    return f'<p style="{css}">{body}</p>' if css else f"<p>{body}</p>"


def _block_html(block: Any, brk: Any) -> str:
    """``brk(text)`` is the extra style of a heading: a page break before it, or none."""
    if isinstance(block, Para):
        css = {
            "sub": "font-weight:bold; margin-top:8px;",
            "question": "font-weight:bold; margin-top:6px;",
            "quote": "margin-left:12px; background-color:#eeeeee;",
            "muted": "color:#555555;",
        }.get(block.style, "")
        return _p(block.text, css + brk(block.text))
    if isinstance(block, Fields):
        out = (
            _p(block.title, "font-weight:bold; margin-top:6px;" + brk(block.title))
            if block.title
            else ""
        )
        rows = "<br/>".join(
            f"<b>{escape(label)}:</b> {escape(value).replace(chr(10), '<br/>')}"
            for label, value in block.rows
        )
        return out + f"<p>{rows}</p>"
    if isinstance(block, Table):
        head = "".join(
            f'<th align="left" width="{round(w * 100)}%">{escape(h)}</th>'
            for h, w in zip(block.headers, block.widths, strict=False)
        )
        body = "".join(
            "<tr>"
            + "".join(f"<td>{escape(v).replace(chr(10), '<br/>')}</td>" for v in row)
            + "</tr>"
            for row in block.rows
        )
        return (
            '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
            'style="border-color:#9a9a9a; border-collapse:collapse;">'
            f"<thead><tr>{head}</tr></thead>{body}</table>"
        )
    if isinstance(block, BodyMarks):
        return ""  # the table lists each tattoo's place; the drawing is in the PDF
    raise TypeError(f"unknown block {block!r}")


def headings(summary: Summary) -> set[str]:
    """Texts that introduce what follows and must not end a page (as in the PDF): section
    titles, subheadings, titles of field groups, questions with an answer under them."""
    out = {f"{s.number}. {s.title}" for s in summary.sections}
    for section in summary.sections:
        blocks = section.blocks
        for i, block in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(block, Fields) and block.title:
                out.add(block.title)
            if not isinstance(block, Para) or nxt is None:
                continue
            next_heading = isinstance(nxt, Para) and nxt.style in ("sub", "question")
            if block.style == "sub" or (block.style == "question" and not next_heading):
                out.add(block.text)
    return {" ".join(h.split()) for h in out}


def stranded(doc: QTextDocument, keep: set[str]) -> tuple[str, int] | None:
    """The first heading left at a page foot, as (text, occurrence), or None. For a run
    of headings (a section title, a subheading, a question) the first of the run. The
    review line alone on the last page counts too: then the last heading before it
    starts that page, so the supervisor signs under the summary's last lines."""
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    seen: dict[str, int] = {}
    run: list[tuple[str, int, int]] = []  # the headings just before, with their pages
    last_heading: tuple[str, int, int] | None = None
    previous_page = 0
    block = doc.begin()
    while block.isValid():
        text = " ".join(block.text().split())
        page = _page_of(layout, block, height)
        if run and page > run[-1][2]:
            first = next(r for r in run if r[2] == run[-1][2])
            return first[0], first[1]
        if text.startswith(f"{REVIEW_LABEL}:") and not block.next().isValid():
            if page > previous_page and last_heading and last_heading[2] == previous_page:
                return last_heading[0], last_heading[1]
        if text in keep:
            seen[text] = seen.get(text, 0) + 1
            run.append((text, seen[text], page))
            last_heading = run[-1]
        elif text:
            run = []
        if text:
            previous_page = page
        block = block.next()
    return None


def _page_of(layout: Any, block: Any, height: float) -> int:
    """The page a block's first line is on (a line that does not fit is moved down by
    the layout, while the block's own rectangle stays where it began)."""
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    if lines is not None and lines.lineCount():
        top += lines.lineAt(0).y()
    return int(top // height)


def summary_html(summary: Summary, breaks: frozenset[tuple[str, int]] = frozenset()) -> str:
    """The summary as rich text; ``breaks`` are headings (text, occurrence) that start
    a new page so they do not end one."""
    keep = headings(summary)
    seen: dict[str, int] = {}

    def brk(text: str) -> str:
        text = " ".join(text.split())
        if text not in keep:
            return ""
        seen[text] = seen.get(text, 0) + 1
        return " page-break-before:always;" if (text, seen[text]) in breaks else ""

    parts = []
    if summary.training:
        parts.append(_p(TRAINING_BANNER, "font-weight:bold; background-color:#fff1c2;"))
    for i, line in enumerate(summary.letterhead):
        css = "font-weight:bold; font-size:large;" if i == 0 else "color:#555555;"
        parts.append(_p(line, css + " margin:0;"))
    parts.append(f"<h2>{escape(summary.title)}</h2>")
    rows = "".join(
        f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
        for label, value in summary.header
    )
    parts.append(f'<table cellpadding="2">{rows}</table>')
    for section in summary.sections:
        title = f"{section.number}. {section.title}"
        parts.append(f'<h3 style="{brk(title)}">{escape(title)}</h3>')
        parts += [_block_html(b, brk) for b in section.blocks]
    parts.append(
        f'<p style="margin-top:18px;"><b>{REVIEW_LABEL}:</b> {"_" * 36} &nbsp; '
        f"<b>{REVIEW_DATE_LABEL}:</b> {'_' * 16}</p>"
    )
    return "\n".join(parts)


def _document(
    summary: Summary, breaks: frozenset[tuple[str, int]], printer: QPrinter, size: QSizeF
) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        "p { margin-top: 2px; margin-bottom: 2px; } "
        "h3 { margin-top: 12px; } th { background-color: #eeeeee; } "
        "td, th { font-size: 8pt; }"
    )
    doc.setHtml(summary_html(summary, breaks))
    doc.documentLayout().setPaintDevice(printer)  # laid out at the printer's resolution
    doc.setPageSize(size)
    return doc


def paginate(summary: Summary, printer: QPrinter, size: QSizeF) -> QTextDocument:
    """The summary laid out in pages of ``size`` with no heading at a page foot: each
    heading found there gets a page break before it, in a freshly laid out document
    (changing a laid-out document in place lost text in Qt 6.11)."""
    keep = headings(summary)
    breaks: frozenset[tuple[str, int]] = frozenset()
    doc = _document(summary, breaks, printer, size)
    for _ in range(MAX_BREAKS):
        found = stranded(doc, keep)
        if found is None or found in breaks:
            break
        breaks = breaks | {found}
        doc = _document(summary, breaks, printer, size)
    return doc


def print_summary(summary: Summary, printer: QPrinter) -> int:
    """Paint the summary onto ``printer``; the number of pages printed."""
    printer.setPageMargins(QMarginsF(15, 15, 15, 20), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        small = QFont()
        small.setPointSizeF(7.5)
        painter.setFont(small)
        line = painter.fontMetrics().height()
        footer_h = line * 3  # a gap, then two lines
        doc = paginate(summary, printer, QSizeF(page.width(), page.height() - footer_h))
        total = doc.pageCount()
        height = doc.pageSize().height()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for n in range(total):
            if n:
                printer.newPage()
            painter.save()
            painter.translate(0, -n * height)
            doc.drawContents(painter, QRectF(0, n * height, page.width(), height))
            painter.restore()
            y = page.height() - 2 * line
            painter.drawLine(0, int(y - line / 2), int(page.width()), int(y - line / 2))
            first = QRectF(0, y, page.width(), line)
            painter.drawText(first, left, CONFIDENTIAL)
            painter.drawText(
                first,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                f"Page {n + 1} of {total}",
            )
            painter.drawText(
                first,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"Produced {fmt_dt(summary.produced)}",
            )
            if summary.content_version:
                painter.drawText(
                    QRectF(0, y + line, page.width(), line),
                    left,
                    f"Content version {summary.content_version}",
                )
    finally:
        painter.end()
    return total
