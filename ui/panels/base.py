"""The panel base class and registry: one panel = one file, declared and registered.

A panel declares its id, title and order and whether it applies to an
interview (the interviewee type chooses the youth or caregiver questions).
The interview view builds its flow from this registry and the content bank,
never from a hand-written list of screens.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from app.content.bank import ContentBank
from app.model import Interview, check_text
from ui.interview.autosave import Autosaver
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


@dataclass(frozen=True)
class PageInfo:
    """A page inside a panel (one question, say), as the navigator lists it."""

    key: str
    title: str
    status: str  # "answered", "skipped", "pending", "info"


class Panel(QWidget):
    panel_id: ClassVar[str] = ""
    title: ClassVar[str] = ""  # translated through the "Panels" context
    order: ClassVar[int] = 0
    # The parts of the record this panel edits (app.store.parts names: "tattoos", ...),
    # so callers can ask which panel holds a part (training's coaching does).
    record_parts: ClassVar[tuple[str, ...]] = ()

    edited = Signal()

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.display_title())

    @classmethod
    def applies(cls, interview: Interview, bank: ContentBank) -> bool:
        return True

    @classmethod
    def display_title(cls) -> str:
        return QCoreApplication.translate("Panels", cls.title)

    # The navigator's view of a panel, answered by the class from the interview
    # alone: panels are built only when first shown, which keeps opening fast.
    @classmethod
    def progress_for(cls, ctx: PanelContext) -> tuple[int, int]:
        """(done, total); total 0 means a plain count (shown when not 0)."""
        return (0, 0)

    @classmethod
    def pages_for(cls, ctx: PanelContext) -> list[PageInfo]:
        return []

    def item_at(self, widget: QWidget) -> str:
        """The content id of the row that holds ``widget`` (F1's guide lookup), or "".

        Most panels mark their rows with a ``content_id`` property instead; a panel
        whose rows are several fields (the CSW responsibilities' steps) answers here."""
        return ""

    @classmethod
    def location_for(cls, part: str, key: str) -> str:
        """Where this panel shows ``part`` (an app.store.parts name) and ``key`` (a
        content id or record id): its location, or "" if it does not hold it. The
        determinations (answers "proc.*") are the CSW responsibilities panel's."""
        if part == "answers" and key.startswith("proc."):
            return cls.panel_id if cls.panel_id == "responsibilities" else ""
        if part == "answers" and cls.panel_id == "responsibilities":
            return ""
        return cls.panel_id if part in cls.record_parts else ""

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


_REGISTRY: dict[str, type[Panel]] = {}


def register(cls: type[Panel]) -> type[Panel]:
    if not cls.panel_id or cls.panel_id in _REGISTRY:
        raise ValueError(f"panel id missing or taken: {cls.panel_id!r}")
    if "/" in cls.panel_id:
        raise ValueError("'/' separates a panel id from a page key")
    _REGISTRY[cls.panel_id] = cls
    return cls


def registered_panels() -> list[type[Panel]]:
    return sorted(_REGISTRY.values(), key=lambda c: (c.order, c.panel_id))


def flow_for(interview: Interview, bank: ContentBank) -> list[type[Panel]]:
    return [cls for cls in registered_panels() if cls.applies(interview, bank)]


def location_of(part: str, key: str = "") -> str:
    """The location ("red_flags", "youth/<item id>") of the panel holding ``part`` /
    ``key``, for opening a search result there; "" when no panel holds it."""
    for cls in registered_panels():
        where = cls.location_for(part, key)
        if where:
            return where
    return ""
