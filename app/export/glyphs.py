"""Fonts and the one escape route for user text into reportlab.

reportlab's Paragraph parses a small XML markup: an unclosed ``<b>`` raises and
``<img src="...">`` opens a local file. So every string a person typed passes
through ``para_text`` (placeholders for what cannot print, then XML escaping)
and nothing else reaches a Paragraph. The font is DejaVu Sans, embedded, for
wide Unicode coverage; a character it lacks, and any control character, becomes
a visible ``[U+XXXX]`` placeholder and is reported, never dropped silently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.export.reportlab_compat import covered_code_points
from app.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

# Characters that are layout, not content: kept as themselves.
_LAYOUT = {"\n", "\t"}
_XML_ENTITIES = {'"': "&quot;", "'": "&#39;"}


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register the embedded fonts once; return the code points both faces cover.

    Build with ``reportlab_compat.unicode_cmap_fixed()`` around it, so characters
    beyond U+FFFF survive copying and searching the PDF."""
    fonts = resources_dir() / "fonts"
    regular = TTFont(FONT, str(fonts / "DejaVuSans.ttf"))
    bold = TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    # So that <b> inside our own (trusted) labels picks the bold face.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    # A character must print in bold too (labels and headings use it).
    return frozenset(covered_code_points(regular) & covered_code_points(bold))


def placeholder(char: str) -> str:
    return f"[U+{ord(char):04X}]"


@dataclass
class GlyphReport:
    """Collects the characters replaced during one export, in order of first sight."""

    missing: dict[str, str] = field(default_factory=dict)  # char -> Unicode name

    def note(self, char: str) -> None:
        if char not in self.missing:
            self.missing[char] = unicodedata.name(char, placeholder(char))


@lru_cache(maxsize=1)
def _unprintable() -> re.Pattern[str]:
    """One regex for "anything the font cannot draw or that is a control character",
    so the common case (nothing to replace) is a single C-speed search."""
    drawable = sorted(
        cp for cp in register_fonts() if unicodedata.category(chr(cp)) not in ("Cc", "Cs")
    )
    drawable += [ord(c) for c in _LAYOUT]
    drawable.sort()
    ranges: list[str] = []
    start = prev = drawable[0]
    for cp in drawable[1:] + [-1]:
        if cp == prev + 1:
            prev = cp
            continue
        ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = cp
    return re.compile("[^" + "".join(ranges) + "]")


def printable(text: str, report: GlyphReport | None = None) -> str:
    """Replace what the font cannot draw, and control characters, by placeholders."""
    pattern = _unprintable()
    if pattern.search(text) is None:
        return text

    def swap(match: re.Match[str]) -> str:
        if report is not None:
            report.note(match.group(0))
        return placeholder(match.group(0))

    return pattern.sub(swap, text)


def esc(text: str) -> str:
    """XML-escape for reportlab markup: & < > and both quotes."""
    return escape(text, _XML_ENTITIES)


def para_text(text: str, report: GlyphReport | None = None) -> str:
    """The single route for user text into a Paragraph: placeholders, escape, line breaks."""
    return esc(printable(text, report)).replace("\t", "    ").replace("\n", "<br/>")
