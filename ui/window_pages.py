"""The main window's pages: each built when first needed, and the switch between them.

Mixed into ``ui.main_window.MainWindow`` (uses its state, set in ``__init__``). Only
the first page (welcome or unlock) is built before it shows; the list page only at
the first unlock (docs/window.md, start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app import APP_NAME
from ui import settings
from ui.window_support import Mode

if TYPE_CHECKING:
    from app.store import Store
    from ui.pages.interview_list import InterviewListPage
    from ui.pages.unlock import UnlockPage
    from ui.pages.welcome import WelcomePage


class PagesMixin:
    __slots__ = ()  # no state of its own: MainWindow.__init__ sets it all

    @property
    def welcome(self) -> WelcomePage:
        if self._welcome is None:
            from ui.pages.welcome import WelcomePage

            page = WelcomePage(str(self.store_path), self)
            page.create_requested.connect(self._create_store)
            page.training_requested.connect(self._training)
            self.stack.addWidget(page)
            self._welcome = page
        return self._welcome

    def _new_unlock_page(self, locked: bool) -> UnlockPage:
        from ui.pages.unlock import UnlockPage

        page = UnlockPage(locked=locked, parent=self, tick_ms=self._backoff_tick_ms)
        page.unlock_requested.connect(self._unlock)
        if not locked:
            page.training_requested.connect(self._training)
        self.stack.addWidget(page)
        return page

    @property
    def unlock_page(self) -> UnlockPage:
        if self._unlock_page is None:
            self._unlock_page = self._new_unlock_page(locked=False)
        return self._unlock_page

    @property
    def locked_page(self) -> UnlockPage:
        if self._locked_page is None:
            self._locked_page = self._new_unlock_page(locked=True)
        return self._locked_page

    @property
    def list_page(self) -> InterviewListPage:
        if self._list_page is None:
            from ui.pages.interview_list import InterviewListPage

            page = InterviewListPage(self)
            header = self.settings.get(settings.LIST_HEADER)
            if not header.isEmpty():  # column widths and sort order; no content
                page.table.horizontalHeader().restoreState(header)
            page.new_requested.connect(self.new_interview)
            page.open_requested.connect(self.open_interview)
            page.delete_requested.connect(self.delete_interview)
            self.stack.addWidget(page)
            self._list_page = page
        return self._list_page

    @property
    def store(self) -> Store | None:
        return self._store

    @property
    def unlocked(self) -> bool:
        return self._store is not None

    def page(self, mode: Mode) -> QWidget | None:
        if mode == Mode.LIST:
            return self.list_page
        if mode == Mode.INTERVIEW:
            return self._view
        if mode == Mode.WELCOME:
            return self.welcome
        if mode == Mode.CONTENT_PROBLEM:
            return self._content_problem_page
        return self.unlock_page if mode == Mode.UNLOCK else self.locked_page  # built when asked

    def _set_mode(self, mode: Mode) -> None:
        page = self.page(mode)
        assert page is not None
        self.mode = mode
        self.stack.setCurrentWidget(page)
        unlocked = self.unlocked
        if unlocked or self._toolbar is not None:
            self.toolbar.setVisible(unlocked)
        for act in (self.lock_action, self.list_action, self.new_action):
            act.setEnabled(unlocked)
        # The title never carries a name or any other content.
        self.setWindowTitle(
            self.tr("{app} (locked)").format(app=APP_NAME) if mode == Mode.LOCKED else APP_NAME
        )
        page.setFocus()
        self.mode_changed.emit(mode)
