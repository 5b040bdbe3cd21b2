"""reportlab behind one wall (app/export/reportlab_compat.py).

For each workaround: a test that fails when a reportlab release makes it unnecessary
(the bug or the cost is gone: then delete the workaround) and tests that fail when it
would be wrong (the internal it relies on changed shape, or its output differs from
reportlab's own). Then the pin, and that no other module reaches into reportlab.
"""

from __future__ import annotations

import ast
import inspect
import io
import re
import threading
import tomllib
from pathlib import Path

import pytest
import reportlab
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.paraparser import ParaParser

from app.export import reportlab_compat as wall
from app.export.glyphs import FONT, FONT_BOLD, register_fonts

ROOT = Path(__file__).resolve().parents[1]
EMOJI = "\U0001f600"  # DejaVu Sans has it; beyond U+FFFF


def _pdf(story: list, **kwargs) -> bytes:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, **kwargs).build(story)
    return buf.getvalue()


def _text(data: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _style() -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("t", fontName=FONT, fontSize=10, leading=12)


# --- the pin ---------------------------------------------------------------------------------


def test_the_installed_reportlab_is_one_the_workarounds_were_checked_against() -> None:
    low, high = wall.CHECKED
    assert low <= wall.installed_version()[:2] < high, (reportlab.Version, wall.CHECKED)


def test_pyproject_pins_reportlab_to_the_checked_range() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    (line,) = [d for d in deps if re.match(r"reportlab\b", d)]
    low, high = wall.CHECKED
    assert line.replace(" ", "") == f"reportlab>={low[0]}.{low[1]},<{high[0]}.{high[1]}"


# --- 1. the ToUnicode CMap -----------------------------------------------------------------


def test_cmap_bug_is_still_there_without_the_fix() -> None:
    # reportlab writes U+1F600 as 5 hex digits; when it writes a surrogate pair, drop the fix.
    cmap = wall.REPORTLAB_CMAP("F", [0x41, 0x1F600])
    assert "<01> <1F600>" in cmap
    assert "<01> <D83DDE00>" in wall.to_unicode_cmap("F", [0x41, 0x1F600])


def test_an_emoji_is_lost_from_the_pdf_text_without_the_fix_and_kept_with_it() -> None:
    story = lambda: [Paragraph(f"smile {EMOJI} end", _style())]  # noqa: E731
    assert EMOJI not in _text(_pdf(story()))  # the bug, end to end
    with wall.unicode_cmap_fixed():
        assert ttfonts.makeToUnicodeCMap is wall.to_unicode_cmap
        fixed = _pdf(story())
    assert EMOJI in _text(fixed)
    assert ttfonts.makeToUnicodeCMap is wall.REPORTLAB_CMAP  # put back


def test_the_fixed_cmap_has_reportlabs_layout_for_bmp_text() -> None:
    for subset in ([0x41], [0x41, 0xE9, 0x4E2D, 0xFFFD], list(range(32, 300))):
        assert wall.to_unicode_cmap("AAAAAA+DejaVu", subset) == wall.REPORTLAB_CMAP(
            "AAAAAA+DejaVu", subset
        )


def test_the_function_replaced_is_reportlabs_and_is_called_by_its_global_name() -> None:
    wall.check_cmap_target(wall.REPORTLAB_CMAP)
    assert tuple(inspect.signature(wall.REPORTLAB_CMAP).parameters) == ("fontname", "subset")
    # Replacing the module global works only if reportlab looks it up there when saving.
    calls = [
        n
        for n in ast.walk(ast.parse(inspect.getsource(ttfonts)))
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Name)
        and n.func.id == "makeToUnicodeCMap"
    ]
    assert calls
    with pytest.raises(wall.ReportlabChanged):
        wall.check_cmap_target(lambda name, subset, extra=None: "")
    with pytest.raises(wall.ReportlabChanged):
        wall.check_cmap_target(wall.to_unicode_cmap)  # right shape, not reportlab's


def test_the_fix_refuses_to_replace_what_someone_else_put_there(monkeypatch) -> None:
    monkeypatch.setattr(ttfonts, "makeToUnicodeCMap", lambda fontname, subset: "")
    with pytest.raises(wall.ReportlabChanged), wall.unicode_cmap_fixed():
        pass


def test_the_fix_is_put_back_after_a_failure_and_only_after_the_last_build() -> None:
    with pytest.raises(RuntimeError), wall.unicode_cmap_fixed():
        raise RuntimeError("build failed")
    assert ttfonts.makeToUnicodeCMap is wall.REPORTLAB_CMAP

    first_in, release = threading.Event(), threading.Event()
    seen: list[object] = []

    def long_build() -> None:
        with wall.unicode_cmap_fixed():
            first_in.set()
            release.wait(10)
            seen.append(ttfonts.makeToUnicodeCMap)

    t = threading.Thread(target=long_build)
    t.start()
    assert first_in.wait(10)
    with wall.unicode_cmap_fixed():
        pass  # a short build finishes while the long one still runs
    assert ttfonts.makeToUnicodeCMap is wall.to_unicode_cmap
    release.set()
    t.join(10)
    assert seen == [wall.to_unicode_cmap]
    assert ttfonts.makeToUnicodeCMap is wall.REPORTLAB_CMAP


def test_the_exports_build_inside_the_fix(bank, tmp_path) -> None:
    from app.export import render_pdf
    from app.export.sample import sample_interview

    iv = sample_interview(bank)
    iv.narrative = f"The youth drew {EMOJI} on the page."
    result = render_pdf(iv, bank, tmp_path / "s.pdf")
    assert EMOJI in "".join(p.extract_text() for p in PdfReader(str(result.path)).pages)
    assert ttfonts.makeToUnicodeCMap is wall.REPORTLAB_CMAP


# --- 2. fragments without the parser --------------------------------------------------------


def test_reportlab_still_parses_markup_for_every_plain_paragraph(monkeypatch) -> None:
    # fastpara exists because Paragraph(text) always runs the XML parser; if a release
    # stops parsing plain text, fastpara may be unnecessary.
    calls = []
    parse = ParaParser.parse

    def spy(self, text, style):  # noqa: ANN001, ANN202
        calls.append(text)
        return parse(self, text, style)

    monkeypatch.setattr(ParaParser, "parse", spy)
    Paragraph("plain words, no markup", _style())
    assert len(calls) == 1
    calls.clear()
    wall.paragraph_of_fragments("x", _style(), wall.parser_fragments("x", _style()))
    assert len(calls) == 1  # the template only: the paragraph itself parses nothing


def test_the_parser_internals_fastpara_uses_have_the_expected_shape() -> None:
    style = _style()
    (plain,) = wall.parser_fragments("x", style)
    (bold,) = wall.parser_fragments("<b>x</b>", style)
    br = wall.parser_fragments("x<br/>x", style)[1]
    assert plain.fontName == FONT and bold.fontName == FONT_BOLD
    assert getattr(br, "lineBreak", False) and not getattr(plain, "lineBreak", False)
    clone = wall.clone_fragment(bold, "words")
    assert (clone.text, clone.fontName, clone.link, clone.us_lines) == ("words", FONT_BOLD, [], [])
    assert clone is not bold and bold.text == "x"
    assert wall.clean_whitespace("  a \n  b  ") == "a b"
    assert "frags" in inspect.signature(Paragraph.__init__).parameters
    # (tests/test_export_fastpara.py checks the built fragments equal the parser's.)


def test_plain_paragraphs_break_lines_at_every_wrap_and_ours_once(monkeypatch) -> None:
    # WrapOnceParagraph saves the second line breaking at the same width; if reportlab
    # caches it itself, the workaround is unnecessary.
    style = _style()
    counts = {"n": 0}
    breaks = Paragraph.breakLines

    def spy(self, width):  # noqa: ANN001, ANN202
        counts["n"] += 1
        return breaks(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", spy)
    text = "words " * 80
    p = Paragraph(text, style)
    first = p.wrap(300, 800)
    assert p.wrap(300, 800) == first and counts["n"] == 2
    assert "blPara" in p.__dict__  # what WrapOnceParagraph checks to reuse its breaks
    counts["n"] = 0
    q = wall.paragraph_of_fragments(text, style, wall.parser_fragments(text, style))
    assert q.wrap(300, 800) == first and q.wrap(300, 800) == first and counts["n"] == 1
    assert q.wrap(200, 800) != first and counts["n"] == 2  # another width breaks again
    # The parts of a split are ours too, and break once each.
    parts = q.split(300, first[1] / 2)
    assert [type(p) for p in parts] == [wall.WrapOnceParagraph] * 2
    counts["n"] = 0
    assert parts[0].wrap(300, 800) == parts[0].wrap(300, 800) and counts["n"] == 1
    # When reportlab drops the breaks it made (split does, at times), ours breaks again.
    q.wrap(300, 800)
    del q.blPara
    counts["n"] = 0
    assert q.wrap(300, 800) == first and counts["n"] == 1 and "blPara" in q.__dict__


# --- 3. one text object per table cell -----------------------------------------------------


def _one_cell(cls: type[Table]) -> bytes:
    t = cls([["one\ntwo\nthree"]], colWidths=[200])
    t.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 8, 10)])
    )
    register_fonts()
    return _pdf([t])


def _placed(data: bytes) -> list[tuple[str, float, float]]:
    out: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size) -> None:  # noqa: ANN001
        if text.strip():
            out.append(
                (text.strip(), round(tm[4] * cm[0] + cm[4], 2), round(tm[5] * cm[3] + cm[5], 2))
            )

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return out


def test_reportlab_still_draws_each_line_of_a_cell_as_its_own_text_object() -> None:
    plain = PdfReader(io.BytesIO(_one_cell(Table))).pages[0].get_contents().get_data()
    ours = PdfReader(io.BytesIO(_one_cell(wall.TextTable))).pages[0].get_contents().get_data()
    assert plain.count(b"BT") - ours.count(b"BT") == 2  # three lines: three vs one


def test_text_table_puts_every_line_where_reportlabs_table_does() -> None:
    rows = [["one\ntwo\nthree", "x", "right"], ["a", "b\nc", ""]]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), FONT, 8, 10),
        ("ALIGN", (2, 0), (2, 0), "RIGHT"),
        ("TEXTCOLOR", (1, 0), (1, -1), "#555555"),
    ]
    placed = []
    for cls in (Table, wall.TextTable):
        t = cls(rows, colWidths=[100, 100, 100])
        t.setStyle(TableStyle(style))
        register_fonts()
        placed.append(_placed(_pdf([t])))
    assert placed[0] == placed[1] and len(placed[0]) == 8


def test_the_table_internals_text_table_overrides_have_the_expected_shape() -> None:
    # reportlab's private method our wall overrides: its shape is what is checked.
    assert tuple(inspect.signature(Table._drawCell).parameters) == (  # noqa: SLF001
        "self",
        "cellval",
        "cellstyle",
        "pos",
        "size",
    )
    t = Table([["x"]])
    _pdf([t])
    assert "_curcellstyle" in t.__dict__
    from reportlab.platypus.tables import CellStyle

    cell = CellStyle("c")
    for name in (
        "alignment",
        "valign",
        "direction",
        "shaping",
        "href",
        "destination",
        "color",
        "leading",
        "fontname",
        "fontsize",
        "topPadding",
        "leftPadding",
    ):
        assert hasattr(cell, name), name


# --- 4. "Page N of M" and 5. font coverage -------------------------------------------------


def test_the_page_counting_canvas_numbers_every_page_with_the_total() -> None:
    assert callable(getattr(Canvas, "_startPage", None))
    totals: list[int] = []

    def decorate(c: Canvas, total: int) -> None:
        c.drawString(40, 20, f"Page {c.getPageNumber()} of {total}")

    buf = io.BytesIO()
    SimpleDocTemplate(buf).build(
        [Paragraph("line " * 40, _style()) for _ in range(60)],
        canvasmaker=wall.page_counting_canvas(decorate, totals),
    )
    pages = [p.extract_text() for p in PdfReader(buf).pages]
    assert totals == [len(pages)] and len(pages) >= 3
    assert [re.search(r"Page \d+ of \d+", p).group(0) for p in pages] == [
        f"Page {n} of {len(pages)}" for n in range(1, len(pages) + 1)
    ]


def test_font_coverage_reads_the_faces_character_map() -> None:
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    cover = wall.covered_code_points(pdfmetrics.getFont(FONT))
    assert {ord("A"), 0x1EC5, 0x1F600} <= cover and 0x1F9FF not in cover


# --- the wall itself -------------------------------------------------------------------------

# What other modules may import from reportlab: its documented, public API.
PUBLIC = {
    "reportlab.lib.colors": None,
    "reportlab.lib.enums": None,
    "reportlab.lib.pagesizes": None,
    "reportlab.lib.units": None,
    "reportlab.lib.styles": {"ParagraphStyle"},
    "reportlab.lib": {"colors"},
    "reportlab.lib.fonts": {"addMapping"},
    "reportlab.lib.utils": {"simpleSplit"},
    "reportlab.pdfbase": {"pdfmetrics"},
    "reportlab.pdfbase.pdfmetrics": {"stringWidth", "registerFont", "getFont"},
    "reportlab.pdfbase.ttfonts": {"TTFont"},
    "reportlab.pdfgen.canvas": {"Canvas"},
    "reportlab.pdfgen.pathobject": {"PDFPathObject"},
    "reportlab.platypus": None,
}
WALL = ROOT / "app" / "export" / "reportlab_compat.py"


def _sources() -> list[Path]:
    return sorted(p for d in ("app", "ui") for p in (ROOT / d).rglob("*.py") if p != WALL)


def _reportlab_imports(tree: ast.AST) -> list[tuple[str, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, "") for a in node.names if a.name.split(".")[0] == "reportlab"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "reportlab":
            out += [(node.module, a.name) for a in node.names]
    return out


def _reportlab_private_names() -> set[str]:
    names: set[str] = set()
    for sub in ("platypus", "pdfgen", "pdfbase"):
        for f in (Path(reportlab.__file__).parent / sub).glob("*.py"):
            names |= set(re.findall(r"(?:\.|def )(_[A-Za-z]\w*)", f.read_text(errors="replace")))
    return {n for n in names if not n.startswith("__")}


def test_only_the_wall_imports_reportlab_internals() -> None:
    bad = []
    for path in _sources():
        for module, name in _reportlab_imports(ast.parse(path.read_text(encoding="utf-8"))):
            allowed = PUBLIC.get(module, set())
            ok = name and not name.startswith("_") and (allowed is None or name in allowed)
            if not ok:
                bad.append((str(path.relative_to(ROOT)), module, name))
    assert not bad, bad


def test_no_module_but_the_wall_touches_reportlabs_private_attributes() -> None:
    private = _reportlab_private_names()
    assert {"_drawCell", "_startPage", "_curcellstyle", "_width"} <= private  # the scan works
    bad = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not _reportlab_imports(tree):
            continue
        methods = {
            id(f)
            for c in ast.walk(tree)
            if isinstance(c, ast.ClassDef)
            for f in c.body
            if isinstance(f, ast.FunctionDef)
        }
        for node in ast.walk(tree):
            name = (
                node.attr
                if isinstance(node, ast.Attribute)
                else node.name
                if id(node) in methods
                else ""
            )
            if name in private:
                bad.append((str(path.relative_to(ROOT)), node.lineno, name))
    assert not bad, bad


def test_the_wall_scan_would_catch_the_old_code() -> None:
    old = (
        "from reportlab.pdfbase import ttfonts\n"
        "from reportlab.platypus.paraparser import ParaParser\n"
        "class T(Table):\n    def _drawCell(self): self._curcellstyle = None\n"
    )
    tree = ast.parse(old)
    imports = _reportlab_imports(tree)
    assert ("reportlab.pdfbase", "ttfonts") in imports
    assert any(
        PUBLIC.get(m, set()) is not None and n not in PUBLIC.get(m, set()) for m, n in imports
    )
    private = _reportlab_private_names()
    assert {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)} & private
