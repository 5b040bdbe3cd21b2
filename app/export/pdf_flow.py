"""Summary blocks -> reportlab flowables. Every string goes through ``para_text``."""

from __future__ import annotations

from functools import lru_cache
from itertools import count

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NullActionFlowable,
    Paragraph,
    Spacer,
    TableStyle,
)

from app.body_outline import load_outline
from app.export.blocks import Block, BodyMarks, Fields, Para, SummarySection
from app.export.blocks import Table as TableBlock
from app.export.fastpara import BOLD, PLAIN, Segment, fast_paragraph
from app.export.fmt import RECORDED_IN, RENDERING_MARK
from app.export.glyphs import FONT, FONT_BOLD, GlyphReport, printable
from app.export.reportlab_compat import TextTable
from app.rules.legacy import LEGACY_NOTE

# One Paragraph holds at most this many characters: reportlab lays a paragraph out
# as a whole and splits it across pages slowly, so long text becomes many paragraphs.
PARA_CHARS = 1500
# A table cell holds at most this many characters per full text width; the rest
# follows the table in full ("continued below"), because a cell cannot span pages.
CELL_CHARS_PER_WIDTH = 2400

CELL_SIZE = 8
CELL_LEADING = 10
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eeeeee")
MARK = colors.HexColor("#b3261e")


def make_styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=9, leading=12, textColor=INK, spaceAfter=3
    )
    return {
        "body": base,
        "muted": ParagraphStyle("muted", parent=base, textColor=MUTED, fontSize=8.5),
        "sub": ParagraphStyle(
            "sub",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "question": ParagraphStyle(
            "question", parent=base, fontName=FONT_BOLD, spaceBefore=4, spaceAfter=1, keepWithNext=1
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=base,
            leftIndent=10,
            backColor=SHADE,
            borderPadding=(2, 3, 2, 3),
            spaceBefore=2,
            spaceAfter=5,
        ),
        "field": ParagraphStyle(
            "field", parent=base, leftIndent=10, firstLineIndent=-10, spaceAfter=1.5
        ),
        "fields": ParagraphStyle("fields", parent=base, spaceAfter=1.5),
        "cell": ParagraphStyle(
            "cell", parent=base, fontSize=CELL_SIZE, leading=CELL_LEADING, spaceAfter=0
        ),
        "head": ParagraphStyle(
            "head", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10, spaceAfter=0
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=6
        ),
        "agency": ParagraphStyle(
            "agency", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceAfter=0
        ),
        "office": ParagraphStyle(
            "office", parent=base, fontSize=9.5, leading=12, spaceAfter=0, textColor=MUTED
        ),
        "caption": ParagraphStyle("caption", parent=base, fontSize=8, alignment=TA_CENTER),
    }


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The summary's styles, made once: nothing mutates them, and fast paragraphs
    keep the parser's fragment templates per style object."""
    return make_styles()


def chunks(text: str, limit: int = PARA_CHARS) -> list[str]:
    """Split text into pieces of at most ``limit`` characters, at line ends or spaces."""
    if len(text) <= limit:
        return [text]
    out: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = rest.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit  # one very long word: a hard split keeps every character
            out.append(rest[:cut])
            rest = rest[cut:]
        else:
            out.append(rest[:cut])
            rest = rest[cut + 1 :]  # the newline or space the cut replaced
    out.append(rest)
    return out


class Builder:
    """Turns summary blocks into flowables, collecting missing glyphs on the way."""

    def __init__(self, width: float, report: GlyphReport) -> None:
        self.width = width
        self.report = report
        self.styles = styles()

    def para(self, segments: list[Segment], style: str = "body") -> Paragraph:
        """One paragraph of text shown as typed (see fastpara: no markup is parsed)."""
        return fast_paragraph(segments, self.styles[style], self.report)

    def p(self, text: str, style: str = "body", label: str = "") -> list[Paragraph]:
        """User or content text as paragraphs; ``label`` leads the first one in bold."""
        pieces = chunks(text)
        out = []
        for i, piece in enumerate(pieces):
            lead: list[Segment] = [(BOLD, f"{label}:"), (PLAIN, " ")] if label and i == 0 else []
            out.append(self.para([*lead, (PLAIN, piece)], style))
        return out

    def section(self, section: SummarySection) -> list[Flowable]:
        title = f"{section.number}. {section.title}"
        head = OutlineHeading(self.para([(PLAIN, title)], "h1"), title, 0)
        body: list[Flowable] = []
        blocks = section.blocks
        in_answer = False  # the block is part of a question's answer (under the question)
        for i, block in enumerate(blocks):
            flowables = self.block(block)
            subhead = _subheading(block)
            if subhead and flowables:  # the section's subheadings: the outline's second level
                flowables[0] = OutlineHeading(flowables[0], subhead, 1)
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            keep = _keeps_with_next(block, nxt, first=i == 0, in_answer=in_answer)
            in_answer = _answer_goes_on(block, nxt, in_answer)
            if keep is not None and flowables:
                # per paragraph: overrides its style; a field line and the space under it
                for f in flowables if isinstance(block, Fields) else flowables[-1:]:
                    f.keepWithNext = keep
            body += flowables
        # Headings keep with what follows through keepWithNext, which chains: a
        # subheading or a question right under a heading stays with what follows it
        # too (a KeepTogether of the heading and one flowable would not chain).
        return [head, *body]

    def block(self, block: Block) -> list[Flowable]:
        if isinstance(block, Para):
            return list(self.p(block.text, block.style))
        if isinstance(block, Fields):
            return self.fields(block)
        if isinstance(block, TableBlock):
            return self.table(block)
        if isinstance(block, BodyMarks):
            # The drawing's text equivalent, right under it in reading order: reportlab
            # writes no tagged PDF, so a figure cannot carry alternative text (/Alt).
            words = self.p(block.description, "caption") if block.description else []
            drawing = BodyOutlineFlowable(block.marks, self.width, self.report)
            gap = Spacer(1, 4)
            if words:  # the figure is never at a page foot with its words on the next page
                drawing.keepWithNext = gap.keepWithNext = 1
            return [drawing, gap, *words, Spacer(1, 4)]
        raise TypeError(f"unknown block {block!r}")

    def fields(self, block: Fields) -> list[Flowable]:
        """Label: value lines. Short rows share one paragraph (one markup parse, not
        one per row: the summary's export time is mostly reportlab's parsing)."""
        out: list[Flowable] = []
        if block.title:
            out += self.p(block.title, "sub")
        group: list[Segment] = []
        size = 0
        for label, value in block.rows:
            if len(value) > PARA_CHARS // 2:
                out += self._field_group(group)
                group, size = [], 0
                out += self.p(value, "field", label=label)
                continue
            if size + len(value) > PARA_CHARS:
                out += self._field_group(group)
                group, size = [], 0
            if group:
                group.append((PLAIN, "\n"))  # was "<br/>" between lines
            group += [(BOLD, f"{label}:"), (PLAIN, " "), (PLAIN, value)]
            size += len(value) + len(label)
        out += self._field_group(group)
        out.append(Spacer(1, 3))
        return out

    def _field_group(self, segments: list[Segment]) -> list[Flowable]:
        return [self.para(segments, "fields")] if segments else []

    def table(self, block: TableBlock) -> list[Flowable]:
        widths = [w * self.width for w in block.widths]
        overflow: list[tuple[str, str]] = []
        data = [[self.para([(PLAIN, h)], "head") for h in block.headers]]
        for r, row in enumerate(block.rows, start=1):
            cells = []
            for c, value in enumerate(row):
                limit = max(40, int(CELL_CHARS_PER_WIDTH * block.widths[c]))
                if len(value) > limit:
                    cut = value.rfind(" ", limit // 2, limit)
                    cut = cut if cut > 0 else limit
                    label = f"Row {r}, {block.headers[c] or 'column ' + str(c + 1)}"
                    overflow.append((label, value))
                    value = value[:cut] + " \u2026 [continued below the table]"
                cells.append(self._cell(value, widths[c]))
            data.append(cells)
        table = TextTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONT", (0, 1), (-1, -1), FONT, CELL_SIZE, CELL_LEADING),
                    ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        out: list[Flowable] = [table, Spacer(1, 5)]
        for label, value in overflow:
            out += self.p(value, "field", label=label)
        return out

    def _cell(self, value: str, width: float) -> str:
        """Cell text as plain, pre-wrapped lines: a plain string is never parsed as
        markup (so it needs no escaping) and costs far less than a Paragraph."""
        text = printable(value, self.report).replace("\t", "    ")
        lines: list[str] = []
        room = width - 6
        for line in text.split("\n"):
            for piece in simpleSplit(line, FONT, CELL_SIZE, room) or [""]:
                # simpleSplit breaks at spaces: only a line without one can be too wide.
                lines += _hard_wrap(piece, room) if " " not in piece else [piece]
        return "\n".join(lines)


HEADINGS = ("sub", "question")


def _subheading(block: Block) -> str:
    """A block's subheading (a "sub" paragraph, a field group's title), or ""."""
    if isinstance(block, Para) and block.style == "sub" and len(block.text) <= PARA_CHARS:
        return block.text
    if isinstance(block, Fields) and block.title and len(block.title) <= PARA_CHARS:
        return block.title
    return ""


_outline_keys = count(1)


class OutlineHeading(Flowable):
    """A heading paragraph that is also an entry of the PDF's outline (its bookmarks),
    at ``level`` (0: a section, 1: a subheading in it), pointing at the heading's top.

    It lays out, spaces, keeps with what follows and draws exactly as its paragraph
    (headings are short: it is never split, it moves to the next page whole)."""

    def __init__(self, paragraph: Paragraph, title: str, level: int) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.style = paragraph.style  # spaceBefore/After and keepWithNext, as the paragraph
        if "keepWithNext" in paragraph.__dict__:
            self.keepWithNext = paragraph.keepWithNext
        self.title = " ".join(title.split())
        self.level = level
        self.key = f"outline{next(_outline_keys)}"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.paragraph.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        c = self.canv
        c.bookmarkHorizontal(self.key, 0, self.height)
        c.addOutlineEntry(self.title, self.key, self.level)
        self.paragraph.drawOn(c, 0, 0)


SHORT_LEAD = 80  # characters: a muted line this short introduces what follows


# What a question's answer is made of under it (app.export.fmt.answer_blocks): the
# response line, the person's own words, the CSW's English rendering and notes.
ANSWER_PARTS = ("body", "quote")


# Muted lines that end a determination's answer (app/export/rules_view.py, the case's
# steps section): the old tick to confirm, and the contact it was recorded in. Read with
# the answer above them; at the top of the next page they would seem to be the next
# question's.
ANSWER_TRAILERS = (LEGACY_NOTE, RECORDED_IN)


def _answer_goes_on(block: Block, nxt: Block | None, in_answer: bool) -> bool:
    """Whether ``nxt`` is part of the answer under a question (``block`` being the
    question, or a part of its answer already)."""
    if not isinstance(nxt, Para):
        return False
    trailer = nxt.style == "muted" and nxt.text.startswith(ANSWER_TRAILERS)
    if nxt.style not in ANSWER_PARTS and not trailer:
        return False
    return in_answer or (isinstance(block, Para) and block.style == "question")


def _keeps_with_next(
    block: Block, nxt: Block | None, *, first: bool, in_answer: bool = False
) -> int | None:
    """Whether a paragraph must not end a page (1), may (0), or as its style says (None).

    A question keeps with its response, words and notes, and each of them with the
    next (``in_answer``: ``block`` is a part of the answer under a question): a page
    never ends between "Response: Yes" and the words that follow it, between the words
    and their English rendering, or before the notes. A long part may still break
    inside (``KeepRun``). A question asked and left without an answer ("[not asked]")
    stands alone: chaining it to the next question would push whole runs of questions
    to the next page. A short muted lead ("Steps marked done: 2.", "Step 1
    determinations") keeps with the table or answers it introduces, a line ending in a
    colon ("... because the record shows:") with the lines it introduces, and a lone
    verdict line ("At risk of commercial sexual exploitation: Yes") with its reasons."""
    next_is_heading = isinstance(nxt, Para) and nxt.style in HEADINGS
    next_is_text = isinstance(nxt, Para) and nxt.style == "body"
    if isinstance(block, Fields) and not block.title and len(block.rows) == 1 and next_is_text:
        return 1  # a verdict line ("At risk ...: Yes") keeps with the reasons under it
    if not isinstance(block, Para):
        return None
    if nxt is None:
        return 0
    if block.style == "question":
        return 0 if next_is_heading else 1
    if in_answer and _answer_goes_on(block, nxt, in_answer):
        return 1  # the answer's next part: its own words, rendering or notes
    if in_answer and block.style == "muted" and block.text.startswith(ANSWER_TRAILERS):
        return 0  # an answer's closing line ("Recorded in: ..."): never above the next question
    if block.style == "quote" and isinstance(nxt, Para) and nxt.text.startswith(RENDERING_MARK):
        return 1  # the CSW's English rendering is read with the words it renders (issue 15)
    if block.style == "body" and block.text.rstrip().endswith(":") and next_is_text:
        return 1  # a line that ends in a colon introduces the lines under it
    if block.style == "muted" and len(block.text) <= SHORT_LEAD:
        return 1 if (first or not isinstance(nxt, Para) or next_is_heading) else None
    return None


FUZZ = 1e-6  # points: as reportlab's frames compare heights
CARRY = 13.0  # points: just over a body line, so that a broken paragraph's last two lines go over


class KeepRun(KeepTogether):
    """A run of flowables that keep with the next (reportlab's keepWithNext) and the one
    they introduce: the document's ``keepTogetherClass`` (app/export/pdf.py).

    A run that fits where it is is placed. One that does not moves to the next page
    whole, as reportlab's KeepTogether does, when the space it would leave blank is at
    most ``blank`` points (a short run always moves whole: a short answer is read on one
    page). With more space left, a long run is not pushed to the next page (that would
    leave most of a page blank, and reportlab pushes a run taller than a page whole too,
    then breaks it anywhere): it starts where it is and breaks inside one of its
    flowables, as a paragraph breaks (two lines at least before the break), never between
    two of them; what is left of it is again one run on the next page."""

    def __init__(self, flowables: list[Flowable], blank: float) -> None:
        super().__init__(flowables)
        self.run = list(flowables)
        self.blank = blank

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if avail_height > self.blank:
            cut = self.cut(avail_width, avail_height)
            if cut is not None:
                return cut
        return super().split(avail_width, avail_height)

    def cut(self, avail_width: float, avail_height: float) -> list[Flowable] | None:
        """The run placed from the top of ``avail_height`` as a frame places flowables,
        broken inside the first flowable that does not fit, or else inside the nearest
        one above it (its last two lines at least then go to the next page with the
        rest); None if it all fits or cannot be broken."""
        used = 0.0
        after: float | None = None  # the space after the flowable above (frames merge it)
        heights: list[float] = []  # of the flowables placed
        for i, f in enumerate(self.run):
            before = 0.0 if after is None else max(f.getSpaceBefore() - after, 0.0)
            room = avail_height - used - before
            h = f.wrap(avail_width, room)[1] if room > FUZZ else room + 1
            if h <= room + FUZZ:
                heights.append(h)
                after = f.getSpaceAfter()
                used += before + h + after
                continue
            for j, height in [(i, room), *((j, heights[j] - CARRY) for j in reversed(range(i)))]:
                cut = self.split_inside(j, avail_width, height)
                if cut is not None:
                    return cut
            return None
        return None

    def split_inside(self, i: int, avail_width: float, height: float) -> list[Flowable] | None:
        """The run broken inside its ``i``th flowable, which gets ``height`` on this page."""
        f = self.run[i]
        parts = f.split(avail_width, height) if height > FUZZ else []
        if len(parts) < 2 or parts[0].wrap(avail_width, height)[1] > height + FUZZ:
            return None
        rest = [*parts[1:], *self.run[i + 1 :]]
        last_keep = self.run[-1].getKeepWithNext()
        for g in (*self.run[:i], *parts):  # kept by this run, not again by the document
            g.keepWithNext = 0
        rest[-1].keepWithNext = last_keep
        # First an action: the document puts it all back in the story (reportlab's
        # KeepTogether does the same), so whatever is placed may still be split.
        return [NullActionFlowable(), *self.run[:i], parts[0], KeepRun(rest, self.blank)]


def _hard_wrap(line: str, room: float) -> list[str]:
    """Break a line that is still too wide (one long word) by characters."""
    if stringWidth(line, FONT, CELL_SIZE) <= room:
        return [line]
    out, current = [], ""
    for ch in line:
        if current and stringWidth(current + ch, FONT, CELL_SIZE) > room:
            out.append(current)
            current = ""
        current += ch
    return [*out, current]


@lru_cache(maxsize=8)
def _outline_paths(side: str, x0: float, w: float, h: float) -> tuple[PDFPathObject, ...]:
    """The outline's path operators for one side at one place, built once: they depend
    only on the outline file and the page layout (drawPath only reads a path)."""
    out = []
    for line in load_outline().polylines(side):
        path = PDFPathObject()
        pts = [(x0 + x * w, 14 + h - y * h) for x, y in line]
        path.moveTo(*pts[0])
        for pt in pts[1:]:
            path.lineTo(*pt)
        path.close()
        out.append(path)
    return tuple(out)


class BodyOutlineFlowable(Flowable):
    """Front and back outlines side by side with the tattoos' numbered marks."""

    HEIGHT = 230.0

    def __init__(
        self, marks: list[tuple[int, str, float, float]], width: float, report: GlyphReport
    ) -> None:
        super().__init__()
        self.marks = marks
        self.avail = width
        self.report = report
        self.outline = load_outline()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.avail, self.HEIGHT + 14

    def draw(self) -> None:
        c = self.canv
        h = self.HEIGHT
        w = h * self.outline.aspect
        gap = 50.0
        left = (self.avail - 2 * w - gap) / 2
        for i, side in enumerate(("front", "back")):
            x0 = left + i * (w + gap)
            c.setStrokeColor(MUTED)
            c.setFillColor(colors.HexColor("#f6f6f6"))
            c.setLineWidth(0.8)
            for path in _outline_paths(side, x0, w, h):
                c.drawPath(path, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(FONT, 8)
            c.drawCentredString(x0 + w / 2, 2, "Front" if side == "front" else "Back")
            for number, mark_side, x, y in self.marks:
                if mark_side != side:
                    continue
                cx = x0 + min(max(x, 0.0), 1.0) * w
                cy = 14 + h - min(max(y, 0.0), 1.0) * h
                c.setFillColor(MARK)
                c.circle(cx, cy, 5.5, stroke=0, fill=1)
                c.setFillColor(colors.white)
                c.setFont(FONT_BOLD, 6.5 if number < 10 else 5.5)
                c.drawCentredString(cx, cy - 2.3, str(number))
