"""Fixing a language-check finding in place: change the text, store it, undo if refused.

``apply_fix`` (``app.export.language``) changes the in-memory interview; this
sends the record that holds the text to the store through its typed write (one
unit of work), found in the one registry of the record's parts
(``app.store.parts``), and undoes the in-memory change if the store refuses, so
the window never shows text the store does not hold.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.export.language import LanguageFinding, apply_fix, csw_texts
from app.model import Interview
from app.store import parts

if TYPE_CHECKING:
    from app.store import Store

_HEAD = re.compile(r"[a-z_]+")


def part_of(finding: LanguageFinding) -> parts.Part:
    """The part of the record holding the finding's text.

    A finding's path starts with the ``Interview`` attribute that holds the text
    ("answers[<id>].notes", "tattoos[0].description", "contact.purpose",
    "narrative"), which is the part's name in the registry. ``KeyError`` for a
    path the registry does not know (a new kind of text: fail loudly).
    """
    head = _HEAD.match(finding.path)
    return parts.part(head.group() if head else finding.path)


def save_record(store: Store, interview: Interview, finding: LanguageFinding) -> None:
    """Store the record holding the finding's text, as it is in memory."""
    part_of(finding).save_from(store, interview, finding.key or None)


def fix_and_save(
    store: Store, interview: Interview, finding: LanguageFinding, replacement: str | None = None
) -> str:
    """Apply one fix to the interview and save it; the new text of the field.

    If the store refuses (or fails), the interview gets its old text back and
    the error goes up.
    """
    holder = next(
        (obj, field) for path, _o, _k, obj, field in csw_texts(interview) if path == finding.path
    )
    before = getattr(*holder)
    new = apply_fix(interview, finding, replacement)
    try:
        save_record(store, interview, finding)
    except BaseException:
        setattr(holder[0], holder[1], before)
        raise
    return new
