"""Paragraphs built from plain text without reportlab's markup parser.

Most of the summary's time used to go into ``Paragraph``'s XML parse of text we
had just escaped. Our paragraphs only ever use three things: plain text, a bold
label, and line breaks. So we build the fragments the parser would build,
directly: each fragment is a clone of one the parser itself made from a tiny
sample (so every attribute matches this reportlab version), and whitespace is
cleaned by reportlab's own ``cleanBlockQuotedText``. Nothing user-typed is ever
read as markup here: there is no markup. ``tests/test_export_fastpara.py`` checks
the fragments equal the parser's for awkward inputs. The parser's internals are
reached only through ``app.export.reportlab_compat`` (the wall).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from app.export.glyphs import GlyphReport, printable
from app.export.reportlab_compat import (
    WrapOnceParagraph,
    clean_whitespace,
    clone_fragment,
    paragraph_of_fragments,
    parser_fragments,
)

__all__ = [
    "BOLD",
    "BREAK",
    "PLAIN",
    "Segment",
    "WrapOnceParagraph",
    "fast_paragraph",
    "frags_for",
    "plain_paragraph",
]

# Stands in for a tag while whitespace is cleaned: tags hold no whitespace, and
# printable() turns every control character in user text into a placeholder, so
# NUL cannot come from the record.
_TAG = "\x00"
PLAIN, BOLD, BREAK = "plain", "bold", "br"

Segment = tuple[str, str]  # (PLAIN or BOLD, raw text); "\n" in the text is a line break


class _Templates:
    """The parser's own fragments for one style: plain, bold and a line break."""

    def __init__(self, style: ParagraphStyle) -> None:
        if style.textTransform not in (None, "", "none"):  # pragma: no cover
            raise ValueError("fast paragraphs do not apply textTransform")
        self.plain = parser_fragments("x", style)[0]
        self.bold = parser_fragments("<b>x</b>", style)[0]
        self.br = parser_fragments("x<br/>x", style)[1]

    def frag(self, kind: str, text: str) -> Any:
        proto = self.br if kind == BREAK else self.bold if kind == BOLD else self.plain
        return clone_fragment(proto, text)


_TEMPLATES: dict[int, tuple[ParagraphStyle, _Templates]] = {}


def _templates(style: ParagraphStyle) -> _Templates:
    # Keyed by identity and holding the style, so a key is never reused by another object.
    hit = _TEMPLATES.get(id(style))
    if hit is None or hit[0] is not style:
        hit = (style, _Templates(style))
        _TEMPLATES[id(style)] = hit
    return hit[1]


def frags_for(
    segments: list[Segment], style: ParagraphStyle, report: GlyphReport | None = None
) -> list[Any]:
    """The fragments reportlab's parser makes from the escaped markup of ``segments``
    (adjacent same-style text merged into one fragment, as drawn)."""
    kinds: list[str] = []
    texts: list[str] = []
    for kind, raw in segments:
        lines = printable(raw, report).split("\n")
        for i, line in enumerate(lines):
            if i:
                kinds.append(BREAK)
                texts.append("")
            if kinds and kinds[-1] == kind:
                # Same style, no tag between: one run, so whitespace across it collapses.
                texts[-1] += line
            else:
                kinds.append(kind)
                texts.append(line)
    # Tabs as four spaces, as para_text does (the cleaning collapses them anyway).
    cleaned = clean_whitespace(_TAG.join(texts).replace("\t", "    ")).split(_TAG)
    tpl = _templates(style)
    out: list[Any] = []
    last = ""  # the kind of out[-1]
    for kind, text in zip(kinds, cleaned, strict=True):
        if kind == BREAK:
            out.append(tpl.frag(BREAK, ""))
        elif not text:
            continue  # the parser makes no fragment for empty text between tags
        elif kind == last:
            out[-1].text += text
        else:
            out.append(tpl.frag(kind, text))
        last = kind
    return out


def fast_paragraph(
    segments: list[Segment], style: ParagraphStyle, report: GlyphReport | None = None
) -> Paragraph:
    """A Paragraph showing exactly ``segments`` (user text shown as typed)."""
    frags = frags_for(segments, style, report)
    return paragraph_of_fragments("".join(t for _, t in segments), style, frags)


def plain_paragraph(
    text: str, style: ParagraphStyle, report: GlyphReport | None = None
) -> Paragraph:
    return fast_paragraph([(PLAIN, text)], style, report)
