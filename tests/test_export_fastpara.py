"""Fast paragraphs (no markup parse) carry the same fragments as reportlab's parser.

The summary builds its Paragraphs' fragments directly (app/export/fastpara.py).
Here each is compared with what ``Paragraph`` makes from the escaped markup the
export used to build, for awkward text: entities, tags typed as text, line
breaks, tabs, runs of spaces, no-break spaces, placeholders, empty values.
"""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from app.export.fastpara import BOLD, PLAIN, fast_paragraph, frags_for
from app.export.glyphs import GlyphReport, para_text, register_fonts
from app.export.pdf_flow import styles

AWKWARD = [
    "plain words",
    "",
    "   ",
    "  leading and trailing  ",
    'Tom & Jerry <b>not bold</b> <img src="/etc/passwd"/> &amp; \'q\' "dq" <para>',
    "line one\nline two\n\nafter a blank line\n",
    "\nstarts with a break",
    "a \n b",
    "tab\there\t\tand  double  spaces",
    "no\u00a0break\u00a0space and\u2003em space",
    "Nguy\u1ec5n V\u0103n An, \u0531\u0580\u0561\u0574, \u0418\u0432\u0430\u043d, Pe\u00f1a",
    "control \x07 bell and \x1b escape",
    "emoji \U0001f600 beyond the BMP",
    "x" * 300,
]


def _merged(frags: list) -> list[dict]:
    """Adjacent fragments that differ only in text drawn as one, as the summary builds them."""
    out: list[dict] = []
    for f in frags:
        d = dict(f.__dict__)
        d.pop("__tag__", None)
        if (
            out
            and not d.get("lineBreak")
            and not out[-1].get("lineBreak")
            and {k: v for k, v in d.items() if k != "text"}
            == {k: v for k, v in out[-1].items() if k != "text"}
        ):
            out[-1]["text"] += d["text"]
        else:
            out.append(d)
    return out


def _parsed(segments: list[tuple[str, str]], style) -> list[dict]:
    markup = "".join(f"<b>{para_text(t)}</b>" if k == BOLD else para_text(t) for k, t in segments)
    return _merged(Paragraph(markup, style).frags)


def _fast(segments: list[tuple[str, str]], style) -> list[dict]:
    return _merged(frags_for(segments, style))


@pytest.fixture(scope="module", autouse=True)
def _fonts() -> None:
    register_fonts()


@pytest.mark.parametrize("text", AWKWARD)
@pytest.mark.parametrize("style", ["body", "quote", "field", "cell", "h1", "sub"])
def test_plain_text_fragments_equal_the_parsers(text: str, style: str) -> None:
    st = styles()[style]
    assert _fast([(PLAIN, text)], st) == _parsed([(PLAIN, text)], st)


@pytest.mark.parametrize("value", AWKWARD)
def test_label_value_lines_equal_the_parsers(value: str) -> None:
    st = styles()["fields"]
    segments = [
        (BOLD, "Name:"),
        (PLAIN, " " + value),
        (PLAIN, "\n"),
        (BOLD, "Notes <b>&:"),
        (PLAIN, " "),
        (PLAIN, value),
    ]
    assert _fast(segments, st) == _parsed(segments, st)


def test_markup_in_text_is_shown_literally_and_placeholders_reported() -> None:
    report = GlyphReport()
    p = fast_paragraph(
        [(PLAIN, '<b>x</b> & <img src="/etc/passwd"/>\x07')], styles()["body"], report
    )
    shown = "".join(f.text for f in p.frags)
    assert shown == '<b>x</b> & <img src="/etc/passwd"/>[U+0007]'
    assert all(f.fontName == styles()["body"].fontName for f in p.frags)
    assert "\x07" in report.missing


def test_fragments_are_not_shared_between_paragraphs() -> None:
    a = frags_for([(PLAIN, "one")], styles()["body"])[0]
    b = frags_for([(PLAIN, "two")], styles()["body"])[0]
    assert a is not b and a.link is not b.link and a.us_lines is not b.us_lines
