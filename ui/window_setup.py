"""The main window's deferred start-up: what the first page does not need.

Mixed into ``ui.main_window.MainWindow`` (uses its state, set in ``__init__``). The
first ``paintEvent`` schedules ``_finish_setup``; anything that needs its parts
earlier (``trust``, ``clipboard``, an unlock or create) calls it itself. The content
bank is checked here, on a worker thread, while the CSW types (issue 7).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.window_support import Mode

if TYPE_CHECKING:
    from ui.clipboard import SecureClipboard
    from ui.trust import TrustUi


class SetupMixin:
    __slots__ = ()  # no state of its own: MainWindow.__init__ sets it all

    def _finish_setup(self) -> bool:
        """Build what the first page does not need: the other pages, the toolbar, the
        Store menu, restore offer and retention check (ui.trust), the clipboard tracker.
        Safe to call any number of times; True if the work was done by this call."""
        if self._setup_done:
            return False
        self._setup_done = True
        from ui.clipboard import secure_clipboard

        self._clipboard = secure_clipboard()
        self.unlock_page, self.locked_page  # noqa: B018 - built now (the restore offer sits on both)
        self._ensure_toolbar()
        from ui.trust import install as install_trust  # Store menu, restore offer, retention

        self._trust = install_trust(self)
        from ui.pages.content_problem import ContentCheck

        # The content bank, checked on a worker thread while the CSW types (issue 7).
        self._content_check = ContentCheck(self._content_dir, self)
        self._content_check.done.connect(self._content_checked)
        self._content_check.start()
        return True

    def _content_checked(self) -> None:
        check = self._content_check
        assert check is not None
        if check.problem:
            self._show_content_problem(check.problem)
        elif self._bank is None:
            self._bank = check.bank  # the same cached bank the interview view gets

    def _content_whole(self) -> bool:
        """Wait for the content check (it is usually long over); False, with the problem
        page shown, if the content is broken: then the notes must not be opened."""
        self._finish_setup()
        check = self._content_check
        assert check is not None
        check.wait()
        return not check.problem

    def _show_content_problem(self, problem: str) -> None:
        if self.unlocked or self.mode == Mode.CONTENT_PROBLEM:
            return  # cannot happen: unlocking waits for the check
        if self._content_problem_page is None:
            from ui.pages.content_problem import ContentProblemPage

            page = ContentProblemPage(self)
            page.quit_requested.connect(self.close)
            self.stack.addWidget(page)
            self._content_problem_page = page
        self._content_problem_page.show_problem(problem)
        self._set_mode(Mode.CONTENT_PROBLEM)

    @property
    def trust(self) -> TrustUi:
        self._finish_setup()
        assert self._trust is not None
        return self._trust

    @property
    def clipboard(self) -> SecureClipboard:
        self._finish_setup()
        assert self._clipboard is not None
        return self._clipboard
