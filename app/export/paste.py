"""The contact summary as plain text: per section for CWS/CMS fields, or all at once.

CWS/CMS takes the summary by typing or pasting into text fields of limited
size. Each section is plain text (no markup), in the PDF's order; a section
longer than ``PASTE_LIMIT`` characters is split at paragraph, line or word
boundaries into parts titled "(part i of n)", each part within the limit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from app.content.bank import ContentBank
from app.export.glyphs import placeholder
from app.export.summary import (
    CONFIDENTIAL,
    REVIEW_DATE_LABEL,
    REVIEW_LABEL,
    TRAINING_BANNER,
    Block,
    BodyMarks,
    Fields,
    Para,
    Summary,
    SummarySection,
    Table,
    build_summary,
    footer_note,
)
from app.model import Interview

# Characters per pasted part. CWS/CMS's narrative fields hold more, but long
# pastes are error-prone and some fields are smaller: 4,000 is the safe size.
PASTE_LIMIT = 4000


@dataclass(frozen=True)
class PasteSection:
    id: str  # "contact" for the header, then the section ids (e.g. "narrative")
    title: str  # "2. Contact narrative (part 1 of 3)"
    text: str
    part: int = 1
    parts: int = 1


def clean(text: str) -> str:
    """Control characters (NUL, escape, ...) become visible placeholders, as in the PDF."""
    if all(ch in "\n\t" or unicodedata.category(ch) != "Cc" for ch in text):
        return text
    return "".join(
        ch if ch in "\n\t" or unicodedata.category(ch) != "Cc" else placeholder(ch) for ch in text
    )


def join_clauses(parts: list[str]) -> str:
    """Clauses joined by "; " unless one already ends a sentence: "per policy. Status: Done",
    "situations exist; Status: Pending" (never "policy.; Status" or "exists:;")."""
    out = ""
    for part in parts:
        part = part.strip()
        if not out:
            out = part
        elif out.endswith((".", "!", "?", "\u2026")):
            out += " " + part
        else:
            out = out.rstrip(":;,") + "; " + part
    return out


def block_text(block: Block) -> str:
    if isinstance(block, Para):
        if block.style == "sub":
            return f"\n{block.text.upper()}"
        if block.style == "question":
            return f"\n{block.text}"  # a blank line between questions
        return block.text
    if isinstance(block, Fields):
        lines = [block.title] if block.title else []
        lines += [f"{label}: {value}" for label, value in block.rows]
        return "\n".join(lines) + "\n"
    if isinstance(block, Table):
        lines = []
        for row in block.rows:
            first, rest = row[0], []
            if block.headers[0] and len(first) <= 4:
                first = f"{block.headers[0]} {first}"  # "Step 2", "No. 3"
            for head, value in zip(block.headers[1:], row[1:], strict=False):
                if value == "X":
                    rest.append(head)  # a category column ticked
                elif value.strip():
                    rest.append(f"{head}: {value}")
            lines.append(f"- {first}" + (f" ({join_clauses(rest)})" if rest else ""))
        return "\n".join(lines) + "\n"
    if isinstance(block, BodyMarks):
        return ""  # the outline is a drawing; the tattoo list gives each location
    raise TypeError(f"unknown block {block!r}")


def section_text(section: SummarySection) -> str:
    parts = [block_text(b) for b in section.blocks]
    text = "\n".join(p for p in parts if p)
    return re.sub(r"\n{3,}", "\n\n", clean(text)).strip("\n")


def header_text(summary: Summary) -> str:
    return clean("\n".join(f"{label}: {value}" for label, value in summary.header))


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters, cut at the best boundary available."""
    out: list[str] = []
    rest = text
    while len(rest) > limit:
        for sep in ("\n\n", "\n", " "):
            cut = rest.rfind(sep, 0, limit)
            if cut >= limit // 3:
                out.append(rest[:cut].rstrip("\n"))
                rest = rest[cut + len(sep) :]
                break
        else:  # one word longer than a third of the limit: cut it, losing nothing
            out.append(rest[:limit])
            rest = rest[limit:]
    out.append(rest)
    return out


def _sections(summary: Summary, limit: int) -> list[PasteSection]:
    return summary_paste_sections(summary, limit)


def summary_paste_sections(
    summary: Summary, limit: int = PASTE_LIMIT, head: tuple[str, str] = ("contact", "Contact")
) -> list[PasteSection]:
    """A built summary as paste parts: the header part (``head``: its id and title), then
    each section, each part at most ``limit`` characters (the training banner counted
    in). The contact summary's and the case summary's ("case", "Case")."""
    banner = f"{TRAINING_BANNER}\n" if summary.training else ""
    entries = [(*head, header_text(summary))]
    entries += [(s.id, f"{s.number}. {s.title}", section_text(s)) for s in summary.sections]
    out: list[PasteSection] = []
    for sid, title, text in entries:
        pieces = split_text(text, limit - len(banner))
        n = len(pieces)
        for i, piece in enumerate(pieces, start=1):
            full_title = f"{title} (part {i} of {n})" if n > 1 else title
            out.append(PasteSection(sid, full_title, banner + piece, i, n))
    return out


def paste_sections(
    interview: Interview,
    bank: ContentBank,
    *,
    training: bool = False,
    now: datetime | None = None,
    limit: int = PASTE_LIMIT,
) -> list[PasteSection]:
    """The summary as paste-ready parts, each at most ``limit`` characters."""
    return _sections(build_summary(interview, bank, training=training, now=now), limit)


def render_text(
    interview: Interview,
    bank: ContentBank,
    *,
    training: bool = False,
    now: datetime | None = None,
    letterhead: tuple[str, ...] | list[str] = (),
) -> str:
    """The whole summary as one plain text (``export --format text``, Save text…)."""
    summary = build_summary(interview, bank, training=training, now=now, letterhead=letterhead)
    return summary_text(summary)


def summary_text(summary: Summary) -> str:
    lines = []
    if summary.training:
        lines.append(TRAINING_BANNER)
    lines += [clean(line) for line in summary.letterhead]
    lines += [summary.title.upper(), header_text(summary), ""]
    for s in summary.sections:
        title = f"{s.number}. {s.title}"
        lines += [title, "=" * len(title), section_text(s), ""]
    lines += [f"{REVIEW_LABEL}: {'_' * 32}   {REVIEW_DATE_LABEL}: {'_' * 14}", ""]
    lines.append(f"{CONFIDENTIAL}. {footer_note(summary)}.")
    return "\n".join(lines) + "\n"
