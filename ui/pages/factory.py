"""The main window's pages: one factory per ``Mode``, each page built when first asked for.

``Pages`` owns the stack and which page shows. Only the first page (welcome or
unlock) is built before it shows; the others once the first page has painted
(``MainWindow.finish_setup``) or when first needed; the list page only at the first
unlock (docs/window.md, start-up). The interview view is not made here: the
``Interviews`` controller makes one per open interview and hands it over
(``put_view`` / ``take_view``).

What the pages ask for is re-emitted by ``Pages`` under one name whichever page (or
which of the two unlock pages) asked, so ``MainWindow._connect_signals`` wires each
once, before any page exists.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui import settings
from ui.window_support import Mode

if TYPE_CHECKING:
    from ui.pages.case_page import CasePage
    from ui.pages.content_problem import ContentProblemPage
    from ui.pages.interview_list import InterviewListPage
    from ui.pages.unlock import UnlockPage
    from ui.pages.welcome import WelcomePage


class Pages(QObject):
    # Asked for by a page.
    create_requested = Signal(str, str)  # passphrase, confirmation (welcome page)
    unlock_requested = Signal(str)  # passphrase (either unlock page)
    training_requested = Signal()  # welcome or first unlock page
    new_requested = Signal()  # list page
    open_requested = Signal(str)  # list page: case id
    delete_requested = Signal(str, str)  # list page: case id, youth name
    # The case page (issue 14).
    new_contact_requested = Signal()
    open_contact_requested = Signal(str)  # contact id
    move_contact_requested = Signal(str)  # contact id
    case_summary_requested = Signal()
    back_requested = Signal()  # back to the list
    quit_requested = Signal()  # content problem page
    # The switch: ``switched`` once the page is current (before it takes the focus),
    # ``mode_changed`` once it has the focus.
    switched = Signal(object)  # Mode
    mode_changed = Signal(object)  # Mode

    def __init__(
        self,
        stack: QStackedWidget,
        store_path: Path,
        app_settings: settings.Settings,
        backoff_tick_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        self._store_path = store_path
        self._settings = app_settings
        self._backoff_tick_ms = backoff_tick_ms
        self._pages: dict[Mode, QWidget] = {}
        self._view: QWidget | None = None
        self._mode = Mode.WELCOME
        # One factory per mode; INTERVIEW is the view handed over by Interviews.
        self._factories: dict[Mode, Callable[[], QWidget]] = {
            Mode.WELCOME: self._make_welcome,
            Mode.UNLOCK: lambda: self._make_unlock(locked=False),
            Mode.LOCKED: lambda: self._make_unlock(locked=True),
            Mode.LIST: self._make_list,
            Mode.CASE: self._make_case,
            Mode.CONTENT_PROBLEM: self._make_content_problem,
        }

    # -- read-only state -----------------------------------------------------------------
    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def stack(self) -> QStackedWidget:
        return self._stack

    def built(self, mode: Mode) -> QWidget | None:
        """The page for ``mode`` if it has been built; None otherwise (nothing is built)."""
        if mode == Mode.INTERVIEW:
            return self._view
        return self._pages.get(mode)

    def page(self, mode: Mode) -> QWidget | None:
        """The page for ``mode``, built now if it was not yet (the interview: the open
        view, or None)."""
        if mode == Mode.INTERVIEW:
            return self._view
        page = self._pages.get(mode)
        if page is None:
            page = self._factories[mode]()
            self._stack.addWidget(page)
            self._pages[mode] = page
        return page

    @property
    def welcome(self) -> WelcomePage:
        return self.page(Mode.WELCOME)  # type: ignore[return-value]

    @property
    def unlock_page(self) -> UnlockPage:
        return self.page(Mode.UNLOCK)  # type: ignore[return-value]

    @property
    def locked_page(self) -> UnlockPage:
        return self.page(Mode.LOCKED)  # type: ignore[return-value]

    @property
    def list_page(self) -> InterviewListPage:
        return self.page(Mode.LIST)  # type: ignore[return-value]

    @property
    def case_page(self) -> CasePage:
        return self.page(Mode.CASE)  # type: ignore[return-value]

    @property
    def content_problem_page(self) -> ContentProblemPage:
        return self.page(Mode.CONTENT_PROBLEM)  # type: ignore[return-value]

    # -- the switch ----------------------------------------------------------------------
    def show(self, mode: Mode) -> None:
        page = self.page(mode)
        assert page is not None
        self._mode = mode
        self._stack.setCurrentWidget(page)
        self.switched.emit(mode)
        page.setFocus()
        self.mode_changed.emit(mode)

    def put_view(self, view: QWidget) -> None:
        """The interview view, the page of ``Mode.INTERVIEW`` until ``take_view``."""
        self._view = view
        self._stack.addWidget(view)

    def take_view(self, view: QWidget) -> None:
        if self._view is view:
            self._view = None
        self._stack.removeWidget(view)

    # -- the factories -------------------------------------------------------------------
    def _make_welcome(self) -> QWidget:
        from ui.pages.welcome import WelcomePage

        page = WelcomePage(str(self._store_path), self._stack)
        page.create_requested.connect(self.create_requested)
        page.training_requested.connect(self.training_requested)
        return page

    def _make_unlock(self, locked: bool) -> QWidget:
        from ui.pages.unlock import UnlockPage

        page = UnlockPage(locked=locked, parent=self._stack, tick_ms=self._backoff_tick_ms)
        page.unlock_requested.connect(self.unlock_requested)
        if not locked:
            page.training_requested.connect(self.training_requested)
        return page

    def _make_list(self) -> QWidget:
        from ui.pages.interview_list import InterviewListPage

        page = InterviewListPage(self._stack)
        header = self._settings.get(settings.LIST_HEADER)
        if not header.isEmpty():  # column widths and sort order; no content
            page.table.horizontalHeader().restoreState(header)
        page.new_requested.connect(self.new_requested)
        page.open_requested.connect(self.open_requested)
        page.delete_requested.connect(self.delete_requested)
        return page

    def _make_case(self) -> QWidget:
        from ui.pages.case_page import CasePage

        page = CasePage(self._stack)
        page.new_contact_requested.connect(self.new_contact_requested)
        page.open_contact_requested.connect(self.open_contact_requested)
        page.move_contact_requested.connect(self.move_contact_requested)
        page.case_summary_requested.connect(self.case_summary_requested)
        page.back_requested.connect(self.back_requested)
        page.open_case_requested.connect(self.open_requested)  # the same as from the list
        return page

    def _make_content_problem(self) -> QWidget:
        from ui.pages.content_problem import ContentProblemPage

        page = ContentProblemPage(self._stack)
        page.quit_requested.connect(self.quit_requested)
        return page
