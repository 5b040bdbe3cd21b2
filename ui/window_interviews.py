"""The main window's work while unlocked: the interview list (new, delete, re-read
after changes settle) and the one interview view it hosts.

Mixed into ``ui.main_window.MainWindow`` (uses its state, set in ``__init__``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from ui.window_support import Mode, lazy_dialogs, report, user_message


class InterviewsMixin:
    __slots__ = ()  # no state of its own: MainWindow.__init__ sets it all

    def _store_changed(self, changed: Any) -> None:  # one app.store.Changed
        # Many changes can come in a row; re-read the list once, after they settle.
        self._list_dirty = True
        if self.mode == Mode.LIST:
            self._list_timer.start()

    def _refresh_if_dirty(self) -> None:
        if self._list_dirty and self.mode == Mode.LIST:
            self.refresh_list()

    def refresh_list(self) -> None:
        if self._store is None:
            return
        from app.store import StoreError

        try:
            summaries = self._store.list_interviews()
        except StoreError as exc:
            lazy_dialogs().inform(self, self.tr("Interview list"), user_message(exc))
            return
        self.list_page.set_summaries(summaries)
        if self._list_selection:  # where the CSW was before locking (memory only)
            self.list_page.select(self._list_selection)
            self._list_selection = ""
        self._list_dirty = False

    def show_list(self) -> None:
        if self._store is None:
            return
        if self._view is not None and self._view.flush() is False:  # type: ignore[attr-defined]
            # The view shows why; leaving now would throw the unsaved text away.
            self.statusBar().showMessage(self.tr("Some edits are not saved yet."), 8000)
            return
        self._close_view()
        if self._list_dirty:
            self.refresh_list()
        self._set_mode(Mode.LIST)

    def new_interview(self) -> None:
        if self._store is None:
            return
        try:
            from ui.dialogs_new_interview import NewInterviewDialog
        except ImportError:
            self.statusBar().showMessage(
                self.tr("New interviews cannot be started in this build."), 8000
            )
            return
        dialog = NewInterviewDialog(self._store, self._content(), self)
        self._new_dialog = dialog  # a lock meanwhile settles it (_settle_new_interview)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._new_dialog = None
        new_id = getattr(dialog, "interview_id", None)
        if callable(new_id):
            new_id = new_id()
        dialog.deleteLater()
        # The keys come back to this window (a window manager does it, but not every
        # platform), so what the CSW types next reaches the interview.
        self.activateWindow()
        if accepted and new_id and self._store is not None:  # the window may have locked meanwhile
            self.open_interview(str(new_id), fresh=True)

    def delete_interview(self, interview_id: str, youth_name: str) -> None:
        if self._store is None:
            return
        name = youth_name or self.tr("(no name yet)")
        question = self.tr(
            "Delete the interview with {name}? Everything recorded in it will be gone from "
            "this computer. This cannot be undone."
        ).format(name=name)
        if not lazy_dialogs().confirm(
            self, self.tr("Delete interview"), question, self.tr("Delete interview")
        ):
            return
        if self._store is None:  # locked while the question was open
            return
        from app.store import StoreError

        try:
            self._store.delete_interview(interview_id)
        except StoreError as exc:
            lazy_dialogs().inform(self, self.tr("Delete interview"), user_message(exc))
            return
        self.refresh_list()
        self.statusBar().showMessage(self.tr("Interview deleted."), 5000)

    # -- the interview ------------------------------------------------------------
    def _content(self) -> Any:
        if self._bank is None:
            from app.content import load_content

            self._bank = load_content(self._content_dir)  # cached: checked at start
        return self._bank

    def open_interview(self, interview_id: str, panel_id: str = "", fresh: bool = False) -> None:
        """Show an interview; ``fresh`` (just made in the new-interview dialog) opens it
        at its first questions. Either way the keys go to the panel shown."""
        if self._store is None:
            return
        self._close_view()
        try:
            from ui.interview import InterviewView
        except ImportError as exc:
            from ui.pages.placeholder import InterviewPlaceholder

            view: Any = InterviewPlaceholder(type(exc).__name__, self)
        else:
            from app.store import StoreError

            try:
                view = InterviewView(self._store, self._content(), interview_id, self)
            except StoreError as exc:
                lazy_dialogs().inform(self, self.tr("Open interview"), user_message(exc))
                self.show_list()
                return
            except Exception as exc:  # noqa: BLE001 - a panel bug must not wreck the window
                report(exc)
                lazy_dialogs().inform(
                    self,
                    self.tr("Open interview"),
                    self.tr(
                        "The interview could not be opened ({kind}). Nothing was changed."
                    ).format(kind=type(exc).__name__),
                )
                self.show_list()
                return
        if fresh and hasattr(view, "first_questions"):
            panel_id = panel_id or view.first_questions()
        if panel_id:
            view.open_panel(panel_id)
        view.closed.connect(self.show_list)
        self._view, self._interview_id = view, interview_id
        self.stack.addWidget(view)
        self._set_mode(Mode.INTERVIEW)
        if hasattr(view, "focus_current"):  # not the placeholder of a broken build
            view.focus_current()

    def _close_view(self) -> bool:
        """Save and throw away the interview view. False if some edit could not be saved
        (the view is thrown away all the same; callers that can wait check first)."""
        view, self._view = self._view, None
        self._interview_id = ""
        if view is None:
            return True
        saved = False
        try:
            saved = view.flush() is not False  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - a failing save must not stop a lock
            report(exc)
        finally:
            self.stack.removeWidget(view)
            view.hide()
            view.deleteLater()
            if hasattr(view, "release"):  # drop the interview now, not when Python gets to it
                view.release()
            self._list_dirty = True
        return saved
