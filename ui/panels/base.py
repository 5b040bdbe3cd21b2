"""The panel base class: one panel = one file, declared in the registry
(ui/panels/declared.py) and registered there by its widget class.

A panel's declaration says its id, title and order and whether it applies to an
interview (the interviewee type chooses the youth or caregiver questions).
The interview view builds its flow from the registry and the content bank,
never from a hand-written list of screens; a panel's module is imported when the
panel is first built.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.content.bank import ContentBank
from app.model import Interview, check_text
from ui.interview.autosave import Autosaver
from ui.panels.declared import (  # noqa: F401 - the registry, where callers have found it
    Declared,
    PageInfo,
    flow_for,
    location_of,
    register,
    registered_panels,
)
from ui.panels.provenance import Provenance

if TYPE_CHECKING:
    from app.store import Store


@dataclass
class PanelContext:
    """What every panel works with: one store, one bank, one interview in memory."""

    store: Store  # the real store, or app.training.store.TrainingStore
    bank: ContentBank
    interview: Interview
    autosave: Autosaver
    # Called by panels after they changed the in-memory interview, so the
    # navigator and the live rules (tallies, banners) update.
    changed: Callable[[], None] = field(default=lambda: None)
    # Training only (ui/training): builds a read-only "What they say" box for question
    # pages; it has ``show_for(item_id)``. None in a real interview.
    said_factory: Callable[[QWidget], Any] | None = None
    # Spell checking of the CSW's writing (ui/widgets/spelling.py), made on first use.
    spelling: Any = None
    # Where each case finding came from, seen from this contact (issue 14).
    provenance: Provenance = field(default_factory=lambda: Provenance((), ""))
    # Asks the window to open another case's contact at a panel: (case id, contact id
    # or "" for the case's latest, location). Set by the interview view.
    open_elsewhere: Callable[[str, str, str], None] = field(default=lambda c, k, loc: None)

    @property
    def interview_id(self) -> str:
        return self.interview.id

    def source(self, contact_id: str) -> str:
        """ "caregiver, 11/14" or "this contact": where a finding was learned."""
        return self.provenance.label(contact_id)

    def save(
        self,
        key: Hashable,
        write: Callable[..., None],
        *args: Any,
        now: bool = False,
        texts: tuple[str, ...] = (),
    ) -> None:
        """Schedule one typed store write, ``write(interview_id, *args)``; ``now`` for
        clicks and ticks. Panels pass the store's method itself
        (``self.ctx.store.set_answer``), never its name.

        ``key`` says which pending save a newer edit replaces (one per field or record).
        ``texts`` are checked first so text UTF-8 cannot carry is refused with a
        clear message (and kept in the widget) whatever the store does.
        """

        def run() -> None:
            for text in texts:
                check_text(text)
            write(self.interview.id, *args)

        if now:
            self.autosave.save_now(key, run)
        else:
            self.autosave.schedule(key, run)
        self.changed()


class Panel(QWidget):
    # What the registry says of this panel (ui/panels/declared.py): id, title, order,
    # record parts, progress and pages. Each subclass names its own.
    declared: ClassVar[type[Declared]] = Declared

    edited = Signal()

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.display_title())

    @property
    def panel_id(self) -> str:
        return self.declared.panel_id

    @property
    def record_parts(self) -> tuple[str, ...]:
        return self.declared.record_parts

    @classmethod
    def display_title(cls) -> str:
        return cls.declared.display_title()

    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        return cls.declared.progress_for(ctx)

    @classmethod
    def pages_for(cls, ctx: PanelContext) -> list[PageInfo]:
        return cls.declared.pages_for(ctx)

    def item_at(self, widget: QWidget) -> str:
        """The content id of the row that holds ``widget`` (F1's guide lookup), or "".

        Most panels mark their rows with a ``content_id`` property instead; a panel
        whose rows are several fields (the CSW responsibilities' steps) answers here."""
        return ""

    def progress(self) -> tuple[int, int]:
        return type(self).progress_for(self.ctx)

    def pages(self) -> list[PageInfo]:
        return type(self).pages_for(self.ctx)

    def current_page(self) -> str:
        return ""

    def open_page(self, key: str) -> None:
        """Show one page; unknown keys are ignored (content may have changed)."""

    def step(self, forward: bool) -> bool:
        """Move within the panel; False when at its edge (the view moves on)."""
        return False

    def enter(self, forward: bool) -> None:
        """Arrived by Next (forward) or Previous: paged panels start at that end."""

    def refresh(self) -> None:
        """The interview changed elsewhere: update live parts (tallies, due steps)."""

    def focus_first(self) -> None:
        self.focusNextChild()
