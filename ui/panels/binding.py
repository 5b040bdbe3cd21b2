"""Binds a MarkList to one of the interview's keyed mark dicts and its typed store write."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.model import IndicatorMark
from ui.panels.base import PanelContext
from ui.widgets.mark_list import MarkList
from ui.widgets.record_table import Column


def bind_marks(
    ctx: PanelContext,
    marks: MarkList,
    store: dict[str, IndicatorMark],
    write: Callable[[str, str, IndicatorMark | None], None],
    after: Callable[[], None],
) -> None:
    """Tick = present (saved at once); the note is debounced; a note ticks the item.

    ``write`` is the store's write for that dict (``ctx.store.set_need``, ...):
    ``write(interview_id, key, mark_or_None)``.
    """
    for key in store:
        marks.set_checked(key, True)
    show_sources(ctx, marks, store)

    def show(key: str) -> None:
        mark = store.get(key)
        marks.set_note(mark.note if mark else "")

    def save(key: str, now: bool) -> None:
        mark = store.get(key)
        ctx.save((marks, key), write, key, mark, now=now, texts=(mark.note,) if mark else ())
        show_sources(ctx, marks, store)
        after()

    def toggled(key: str, on: bool) -> None:
        if on:
            store.setdefault(
                key,
                IndicatorMark(note=marks.note.toPlainText() if key == marks.current_id() else ""),
            )
        else:
            store.pop(key, None)
        save(key, now=True)

    def noted(key: str, text: str) -> None:
        if key not in store:
            store[key] = IndicatorMark()
            marks.set_checked(key, True)
        store[key].note = text
        save(key, now=False)

    marks.current_changed.connect(show)
    marks.toggled.connect(toggled)
    marks.note_edited.connect(noted)
    show(marks.current_id())


def show_sources(ctx: PanelContext, marks: MarkList, records: Mapping[str, Any]) -> None:
    """Where each ticked item was learned ("caregiver, 11/14", "this contact"): under
    the item when learned in another contact, in its tooltip and the detail heading
    always; ``records`` maps item ids to findings that carry ``contact_id``. The first
    call lays the list out; later ones never change an item's height (issue 13)."""
    for item in marks.items():
        key = marks.item_id(item)
        record = records.get(key)
        if record is None:
            marks.set_source(key, "")
        else:
            marks.set_source(
                key, ctx.source(record.contact_id), ctx.provenance.elsewhere(record.contact_id)
            )
    marks.settle()


def source_column(ctx: PanelContext) -> Column:
    """The read-only "Learned in" column of a findings table: "caregiver, 11/14" or
    "this contact" for each row (issue 14)."""
    return Column(
        "contact_id",
        QCoreApplication.translate("Provenance", "Learned in"),
        "source",
        width=120,
        show=ctx.source,
    )
