"""The wall around reportlab: every use of its internals, and every workaround, is here.

The rest of the app uses reportlab's public API only (Paragraph, Table, styles, the
canvas's drawing calls); ``tests/test_export_reportlab_wall.py`` checks that no other
module imports a private reportlab name or touches a private attribute. Each workaround
below has a test that fails when a reportlab release makes it unnecessary (the bug or
cost it works around is gone) or wrong (the internal it relies on changed shape), and
``pyproject.toml`` pins reportlab below the next minor release (``CHECKED``).

1. **ToUnicode CMap** (``unicode_cmap_fixed``): reportlab writes code points above
   U+FFFF into a font's ToUnicode map as 5 hex digits, which readers reject, so
   copying or searching the PDF loses the character. While a PDF is built the module
   function is replaced by a correct UTF-16 one, then put back.
2. **Fragments without the markup parser** (``parser_fragments``, ``clean_whitespace``,
   ``clone_fragment``, ``paragraph_of_fragments``, ``WrapOnceParagraph``): the summary's
   paragraphs are plain text with bold labels, so their fragments are cloned from the
   parser's own instead of parsing escaped markup each time, and lines are broken once
   per width.
3. **One text object per table cell** (``TextTable``): overrides the private
   ``Table._drawCell`` for plain, left/top string cells.
4. **"Page N of M"** (``page_counting_canvas``): the canvas holds pages back with the
   private ``Canvas._startPage`` until the total is known. A bookmark (the outline's
   headings) is bound to "the current page" when it is made, and a held page is not yet
   one (every bookmark would point at page 1): the canvas keeps each page's bookmarks
   and binds them when that page is written.
5. **Font coverage** (``covered_code_points``): which code points a TrueType face maps.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import reportlab
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

# The releases these workarounds were checked against (tests/test_export_reportlab_wall.py
# and the export tests passed on 4.4.0, 4.4.10, 5.0.1 and 5.1.0; on 4.1-4.3 a table
# cell's style has no ``direction``, which TextTable reads). pyproject pins reportlab
# ">=4.4,<5.2" to match: patch releases fix bugs, but a new minor may reshape the
# internals above (the paragraph parser, Table._drawCell, the canvas's page state).
CHECKED = ((4, 4), (5, 2))  # lowest checked minor, first minor not checked


class ReportlabChanged(RuntimeError):
    """An internal this module relies on is not the shape it was checked against."""


def installed_version() -> tuple[int, ...]:
    return tuple(int(p) for p in reportlab.Version.split(".")[:3] if p.isdigit())


# --- 1. the ToUnicode CMap ----------------------------------------------------------------

# reportlab's own function, taken when this module is first imported (before anything of
# ours could have replaced it).
REPORTLAB_CMAP: Callable[[str, list[int]], str] = ttfonts.makeToUnicodeCMap
CMAP_PARAMETERS = ("fontname", "subset")


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF written correctly.

    PDF wants the UTF-16BE form (a surrogate pair, "<D83DDE00>") where reportlab writes
    "<1F600>". Same layout otherwise (a test compares the two on BMP text)."""

    def utf16(v: int) -> str:
        return chr(v).encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def check_cmap_target(fn: Any) -> None:
    """The function we replace must be reportlab's makeToUnicodeCMap(fontname, subset)."""
    code = getattr(fn, "__code__", None)
    if (
        getattr(fn, "__module__", None) != ttfonts.__name__
        or code is None
        or code.co_name != "makeToUnicodeCMap"
        or tuple(inspect.signature(fn).parameters) != CMAP_PARAMETERS
    ):
        raise ReportlabChanged(f"reportlab.pdfbase.ttfonts.makeToUnicodeCMap is {fn!r}")


_cmap_lock = threading.Lock()
_cmap_users = 0


@contextmanager
def unicode_cmap_fixed() -> Iterator[None]:
    """Build PDFs inside this: the fixed CMap is installed while any build runs.

    Thread safety: a lock guards a count of the builds in progress; the first one in
    checks that the module still holds reportlab's own function and installs ours, the
    last one out puts reportlab's back (also on an exception). Two builds in two threads
    overlap safely: neither can remove the fix while the other still writes fonts. Other
    reportlab users in the process during a build get the fixed function, which writes
    the same map for BMP text and a correct one beyond it. reportlab calls the function
    by its module global name when a document is saved (a test checks that).
    """
    global _cmap_users
    with _cmap_lock:
        if _cmap_users == 0:
            current = ttfonts.makeToUnicodeCMap
            if current is not REPORTLAB_CMAP:
                raise ReportlabChanged(
                    f"makeToUnicodeCMap was replaced by someone else: {current!r}"
                )
            check_cmap_target(current)
            ttfonts.makeToUnicodeCMap = to_unicode_cmap
        _cmap_users += 1
    try:
        yield
    finally:
        with _cmap_lock:
            _cmap_users -= 1
            if _cmap_users == 0:
                ttfonts.makeToUnicodeCMap = REPORTLAB_CMAP


# --- 2. fragments without the markup parser -------------------------------------------------


def parser_fragments(markup: str, style: ParagraphStyle) -> list[Any]:
    """The fragments reportlab's own parser makes from ``markup`` (a tiny sample)."""
    parsed = ParaParser().parse(markup, style)
    if not (isinstance(parsed, tuple) and len(parsed) == 3):
        raise ReportlabChanged("ParaParser.parse no longer returns (style, frags, bullet)")
    style_out, frags, _bullet = parsed
    if frags is None or style_out is not style:
        raise ReportlabChanged("reportlab's paragraph parser changed")
    return frags


def clean_whitespace(text: str) -> str:
    """Whitespace cleaned as Paragraph cleans its text before parsing."""
    return cleanBlockQuotedText(text)


def clone_fragment(proto: Any, text: str) -> Any:
    # Fresh lists: the parser's fragments of one paragraph share these, but two
    # paragraphs never do, and reportlab may append to them while drawing.
    return proto.clone(text=text, link=[], us_lines=[])


class WrapOnceParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width.

    Keeping a heading with what follows (keepWithNext) wraps each kept paragraph
    twice at the same width, once to measure the group and once to place it, and
    line breaking is most of a paragraph's cost. ``Paragraph.wrap`` depends only on
    the width (and the style and fragments, which never change once built)."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # split() may drop the line breaks it made ("blPara"): then break them again.
        if (
            self._wrapped is not None
            and self._wrapped[0] == availWidth
            and "blPara" in self.__dict__
        ):
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def paragraph_of_fragments(text: str, style: ParagraphStyle, frags: list[Any]) -> Paragraph:
    """A Paragraph drawn from ready fragments (``text`` is kept only as its label)."""
    return WrapOnceParagraph(text, style, frags=frags)


# --- 3. one text object per table cell ------------------------------------------------------


class TextTable(Table):
    """A Table that draws a plain-text cell's lines as one text object.

    reportlab's Table draws each line of a string cell with its own drawString (a
    text object, a width measured for right-to-left text, a position each): most
    of a table's drawing time. The lines land at the same places either way.
    """

    def _drawCell(self, cellval, cellstyle, pos, size) -> None:  # noqa: ANN001 - reportlab's
        plain = (
            isinstance(cellval, str)
            and cellstyle.alignment == "LEFT"
            and cellstyle.valign == "TOP"
            and not cellstyle.direction
            and not cellstyle.shaping
            and not cellstyle.href
            and not cellstyle.destination
        )
        if not plain:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canv = self.canv
        if self._curcellstyle is not cellstyle:  # as Table._drawCell switches styles
            cur = self._curcellstyle
            if cur is None or cellstyle.color != cur.color:
                canv.setFillColor(cellstyle.color)
            if (
                cur is None
                or cellstyle.leading != cur.leading
                or cellstyle.fontname != cur.fontname
                or cellstyle.fontsize != cur.fontsize
            ):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        colpos, rowpos = pos
        y = rowpos + size[1] - cellstyle.topPadding - cellstyle.fontsize
        text = canv.beginText(colpos + cellstyle.leftPadding, y)
        text.setLeading(cellstyle.leading)
        for line in cellval.split("\n"):
            text.textLine(line)
        canv.drawText(text)


# --- 4. "Page N of M" ------------------------------------------------------------------------


def page_counting_canvas(
    decorate: Callable[[Canvas, int], None], totals: list[int]
) -> type[Canvas]:
    """A canvas class that holds pages back until the end, then calls
    ``decorate(canvas, total)`` on each page before it is written (so each can say
    "Page N of M"); the total is appended to ``totals``."""

    class PageCountingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.held_pages: list[dict[str, Any]] = []
            self.page_bookmarks: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self.held_pages.append(dict(self.__dict__))
            self.page_bookmarks = []  # the held page keeps its own list
            self._startPage()

        def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> Any:  # noqa: N802
            # Bound when this page is written (save): reportlab binds it to its current
            # page number, which stays 1 while pages are held.
            self.page_bookmarks.append((key, args, kwargs))
            return self._bookmarkReference(key)

        def save(self) -> None:
            total = len(self.held_pages)
            totals.append(total)
            for state in self.held_pages:
                self.__dict__.update(state)
                for key, args, kwargs in self.page_bookmarks:
                    super().bookmarkPage(key, *args, **kwargs)
                decorate(self, total)
                super().showPage()
            super().save()

    return PageCountingCanvas


# --- 5. font coverage -------------------------------------------------------------------------


def covered_code_points(font: TTFont) -> set[int]:
    """The code points a TrueType font maps to a glyph."""
    return set(font.face.charToGlyph)
