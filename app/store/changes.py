"""Change notices: what a committed write tells ``Store.on_change`` subscribers.

One small frozen record per write, given to each subscriber as its one
argument, after the commit. ``part`` is the registry's part name
(``app.store.parts``: the ``Interview`` attribute, "answers", "tattoos",
"youth", ...), or one of the whole-record events below; ``key`` says which entry
of a keyed part (the content id) or listed part (the item's id) changed, None for
the others. ``case_id`` is the case the change belongs to (every notice carries it;
"" only for the personal word list).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# Whole-record events (not parts of the record).
CREATED = "created"
DELETED = "deleted"
# Whole-case events (issue 14): interview_id "" and case_id set.
CASE_STATUS = "case_status"  # set_case_status
CASE_EXPORTED = "case_exported"  # record_case_export
CASE_DELETED = "case_deleted"  # delete_case
MOVED = "moved"  # move_contact: interview_id the contact, case_id the case it went to
# The CSW's personal word list (spell checking; not interview content): interview_id "".
PERSONAL_WORDS = "personal_words"


@dataclass(frozen=True, slots=True)
class Changed:
    interview_id: str
    part: str
    key: str | None = None
    case_id: str = ""  # the case of the contact (issue 14): filled on every notice


ChangeCallback = Callable[[Changed], None]
