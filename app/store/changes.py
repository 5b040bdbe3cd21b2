"""Change notices: what a committed write tells ``Store.on_change`` subscribers.

One small frozen record per write, given to each subscriber as its one
argument, after the commit. ``part`` is the registry's part name
(``app.store.parts``: the ``Interview`` attribute, "answers", "tattoos",
"youth", ...), or one of the whole-record events below; ``key`` says which entry
of a keyed part (the content id) or listed part (the item's id) changed, None for
the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# Whole-record events (not parts of the record).
CREATED = "created"
DELETED = "deleted"
# The CSW's personal word list (spell checking; not interview content): interview_id "".
PERSONAL_WORDS = "personal_words"


@dataclass(frozen=True, slots=True)
class Changed:
    interview_id: str
    part: str
    key: str | None = None


ChangeCallback = Callable[[Changed], None]
