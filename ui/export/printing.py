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
from PySide6.QtGui import QFont, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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
    footer_note,
)

# Test hook: the next print dialogs answer these printers (None = cancelled) without showing.
_next_printers: deque[QPrinter | None] = deque()


def answer_next_printer(printer: QPrinter | None) -> None:
    _next_printers.append(printer)


def reset_hooks() -> None:
    _next_printers.clear()


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """Qt's print dialog; the chosen printer, or None when cancelled."""
    if _next_printers:
        return _next_printers.popleft()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ExportPrint", "Print the contact summary"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def _p(text: str, css: str = "") -> str:
    body = escape(text).replace("\n", "<br/>")
    return f'<p style="{css}">{body}</p>' if css else f"<p>{body}</p>"


def _block_html(block: Any) -> str:
    if isinstance(block, Para):
        css = {
            "sub": "font-weight:bold; margin-top:8px; page-break-after:avoid;",
            "question": "font-weight:bold; margin-top:6px;",
            "quote": "margin-left:12px; background-color:#eeeeee;",
            "muted": "color:#555555;",
        }.get(block.style, "")
        return _p(block.text, css)
    if isinstance(block, Fields):
        out = _p(block.title, "font-weight:bold; margin-top:6px;") if block.title else ""
        rows = "<br/>".join(f"<b>{escape(label)}:</b> {escape(value).replace(chr(10), '<br/>')}"
                            for label, value in block.rows)
        return out + f"<p>{rows}</p>"
    if isinstance(block, Table):
        head = "".join(f'<th align="left">{escape(h)}</th>' for h in block.headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(v).replace(chr(10), '<br/>')}</td>" for v in row)
            + "</tr>" for row in block.rows)
        return ('<table border="1" cellspacing="0" cellpadding="3" width="100%" '
                f'style="border-color:#9a9a9a;"><thead><tr>{head}</tr></thead>{body}</table>')
    if isinstance(block, BodyMarks):
        return ""  # the table lists each tattoo's place; the drawing is in the PDF
    raise TypeError(f"unknown block {block!r}")


def summary_html(summary: Summary) -> str:
    parts = []
    if summary.training:
        parts.append(_p(TRAINING_BANNER, "font-weight:bold; background-color:#fff1c2;"))
    for i, line in enumerate(summary.letterhead):
        parts.append(_p(line, "font-weight:bold; font-size:large;" if i == 0 else "color:#555555;"))
    parts.append(f"<h2>{escape(summary.title)}</h2>")
    rows = "".join(f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
                   for label, value in summary.header)
    parts.append(f'<table cellpadding="2">{rows}</table>')
    for section in summary.sections:
        parts.append(f'<h3 style="page-break-after:avoid;">{section.number}. '
                     f"{escape(section.title)}</h3>")
        parts += [_block_html(b) for b in section.blocks]
    parts.append(f"<p><br/><b>{REVIEW_LABEL}:</b> {'_' * 36} &nbsp; "
                 f"<b>{REVIEW_DATE_LABEL}:</b> {'_' * 16}</p>")
    return "\n".join(parts)


def print_summary(summary: Summary, printer: QPrinter) -> int:
    """Paint the summary onto ``printer``; the number of pages printed."""
    printer.setPageMargins(QMarginsF(15, 15, 15, 20), QPageLayout.Unit.Millimeter)
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setHtml(summary_html(summary))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        footer_h = painter.fontMetrics().height() * 2
        # Lay the document out at the printer's resolution, leaving room for the footer.
        doc.documentLayout().setPaintDevice(printer)
        doc.setPageSize(QSizeF(page.width(), page.height() - footer_h))
        total = doc.pageCount()
        note = footer_note(summary)
        for n in range(total):
            if n:
                printer.newPage()
            painter.save()
            painter.translate(0, -n * doc.pageSize().height())
            doc.drawContents(painter, QRectF(0, n * doc.pageSize().height(),
                                             page.width(), doc.pageSize().height()))
            painter.restore()
            y = page.height() - footer_h
            band = QRectF(0, y, page.width(), footer_h)
            painter.drawLine(0, int(y), int(page.width()), int(y))
            painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             CONFIDENTIAL)
            painter.drawText(band, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             f"Page {n + 1} of {total}")
            painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             note)
    finally:
        painter.end()
    return total
