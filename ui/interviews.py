"""The window's work while unlocked: the interview list (new, delete, re-read after
changes settle) and the one interview view it hosts.

``Interviews`` owns the open view and everything remembered across a lock, in
memory only (which interview and panel to reopen, the list's selection, an edit
that could not be saved, the new-interview dialog's outcome). It reads the store
from the ``Session`` and puts its pages through ``Pages``; it is told of a lock by
``before_lock`` / ``after_unlock``, which ``MainWindow._connect_signals`` connects to
``Session.locking`` / ``Session.unlocked``. Messages go to ``status`` (the window's
status bar); dialogs are parented to ``host``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ui.pages.factory import Pages
from ui.session import Session
from ui.window_support import Mode, lazy_dialogs, report, user_message

if TYPE_CHECKING:
    from app.store.changes import Changed


class Interviews(QObject):
    status = Signal(str, int)  # a status-bar message, milliseconds
    shown = Signal()  # after an unlock: the list (or the interview reopened) is on screen

    def __init__(
        self, session: Session, pages: Pages, host: QWidget, content_dir: Path | None = None
    ) -> None:
        super().__init__(host)
        self._session = session
        self._pages = pages
        self._host = host
        self._content_dir = content_dir
        self._bank: Any = None
        self._view: QWidget | None = None
        self._interview_id = ""
        self._resume: tuple[str, str] | None = None  # (interview id, panel id), memory only
        self._list_selection = ""
        self._list_dirty = True
        self._unsaved_at_lock = False
        self._new_dialog: QDialog | None = None  # the new-interview dialog while it is open
        self._new_at_lock: Any = None  # pending_new.Outcome to tell after the next unlock
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(50)
        self._list_timer.timeout.connect(self._refresh_if_dirty)

    # -- read-only state -----------------------------------------------------------------
    @property
    def view(self) -> QWidget | None:
        """The open interview's view; None on any other page."""
        return self._view

    @property
    def interview_id(self) -> str:
        """The open interview's id; "" when none is open."""
        return self._interview_id

    @property
    def bank(self) -> Any:
        """The content bank, once loaded (by the start-up check or the first interview)."""
        return self._bank

    def content(self) -> Any:
        """The content bank, loaded now if it was not yet (cached: checked at start)."""
        if self._bank is None:
            from app.content import load_content

            self._bank = load_content(self._content_dir)
        return self._bank

    def use_bank(self, bank: Any) -> None:
        """The bank the start-up check loaded (the same cached one)."""
        if self._bank is None:
            self._bank = bank

    # -- the session's signals -----------------------------------------------------------
    def after_unlock(self) -> None:
        """The store is open: say what happened at the last lock, then reopen what the
        CSW was working on, or show the list."""
        store = self._session.store
        assert store is not None
        store.on_change(self.store_changed)
        self._list_dirty = True
        if self._unsaved_at_lock:
            self._unsaved_at_lock = False
            lazy_dialogs().inform(
                self._host,
                self.tr("Locked with unsaved edits"),
                self.tr(
                    "When the window locked, an edit could not be saved (see the message "
                    "that was shown in the interview). Please check the last panel."
                ),
            )
        if self._new_at_lock is not None:
            from ui.pages import pending_new

            title, text = pending_new.message(self._new_at_lock)
            self._new_at_lock = None
            lazy_dialogs().inform(self._host, title, text)
        resume, self._resume = self._resume, None
        if resume and resume[0]:
            self.open_interview(resume[0], resume[1])
        if self._pages.mode != Mode.INTERVIEW:
            self.show_list()
        self.shown.emit()

    def before_lock(self, _reason: str = "") -> None:
        """The store is about to lock: remember where the CSW was, settle the
        new-interview dialog, save and drop the view, empty the list."""
        if self._view is not None:
            self._resume = (self._interview_id, self._view.current_panel())  # type: ignore[attr-defined]
        elif self._pages.built(Mode.LIST) is not None:
            self._list_selection = self._pages.list_page.current_id()
        self._settle_new_interview()
        # Locking wins over an edit that cannot be saved (disk full, refused text):
        # the notes must not stay on screen. Said after unlocking.
        self._unsaved_at_lock = not self.close_view()

    def clear_list(self, _reason: str = "") -> None:
        if self._pages.built(Mode.LIST) is not None:
            self._pages.list_page.clear()

    def forget(self) -> None:
        """Quitting: nothing to reopen."""
        self._resume, self._list_selection = None, ""

    def store_changed(self, _changed: Changed) -> None:
        # Any committed change may alter the list's columns (name, status, deadlines).
        # Many changes can come in a row; re-read the list once, after they settle.
        self._list_dirty = True
        if self._pages.mode == Mode.LIST:
            self._list_timer.start()

    def _refresh_if_dirty(self) -> None:
        if self._list_dirty and self._pages.mode == Mode.LIST:
            self.refresh_list()

    # -- the list ------------------------------------------------------------------------
    def refresh_list(self) -> None:
        store = self._session.store
        if store is None:
            return
        from app.store import StoreError

        try:
            summaries = store.list_interviews()
        except StoreError as exc:
            lazy_dialogs().inform(self._host, self.tr("Interview list"), user_message(exc))
            return
        page = self._pages.list_page
        page.set_summaries(summaries)
        if self._list_selection:  # where the CSW was before locking (memory only)
            page.select(self._list_selection)
            self._list_selection = ""
        self._list_dirty = False

    def show_list(self) -> None:
        if self._session.store is None:
            return
        if self._view is not None and self._view.flush() is False:  # type: ignore[attr-defined]
            # The view shows why; leaving now would throw the unsaved text away.
            self.status.emit(self.tr("Some edits are not saved yet."), 8000)
            return
        self.close_view()
        if self._list_dirty:
            self.refresh_list()
        self._pages.show(Mode.LIST)

    def new_interview(self) -> None:
        store = self._session.store
        if store is None:
            return
        try:
            from ui.dialogs_new_interview import NewInterviewDialog
        except ImportError:
            self.status.emit(self.tr("New interviews cannot be started in this build."), 8000)
            return
        dialog = NewInterviewDialog(store, self.content(), self._host)
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
        self._host.activateWindow()
        if accepted and new_id and self._session.store is not None:  # may have locked meanwhile
            self.open_interview(str(new_id), fresh=True)

    def delete_interview(self, interview_id: str, youth_name: str) -> None:
        if self._session.store is None:
            return
        name = youth_name or self.tr("(no name yet)")
        question = self.tr(
            "Delete the interview with {name}? Everything recorded in it will be gone from "
            "this computer. This cannot be undone."
        ).format(name=name)
        if not lazy_dialogs().confirm(
            self._host, self.tr("Delete interview"), question, self.tr("Delete interview")
        ):
            return
        store = self._session.store
        if store is None:  # locked while the question was open
            return
        from app.store import StoreError

        try:
            store.delete_interview(interview_id)
        except StoreError as exc:
            lazy_dialogs().inform(self._host, self.tr("Delete interview"), user_message(exc))
            return
        self.refresh_list()
        self.status.emit(self.tr("Interview deleted."), 5000)

    # -- the interview -------------------------------------------------------------------
    def open_interview(self, interview_id: str, panel_id: str = "", fresh: bool = False) -> None:
        """Show an interview; ``fresh`` (just made in the new-interview dialog) opens it
        at its first questions. Either way the keys go to the panel shown."""
        store = self._session.store
        if store is None:
            return
        self.close_view()
        try:
            from ui.interview import InterviewView
        except ImportError as exc:
            from ui.pages.placeholder import InterviewPlaceholder

            view: Any = InterviewPlaceholder(type(exc).__name__, self._host)
        else:
            from app.store import StoreError

            try:
                view = InterviewView(store, self.content(), interview_id, self._host)
            except StoreError as exc:
                lazy_dialogs().inform(self._host, self.tr("Open interview"), user_message(exc))
                self.show_list()
                return
            except Exception as exc:  # noqa: BLE001 - a panel bug must not wreck the window
                report(exc)
                lazy_dialogs().inform(
                    self._host,
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
        if hasattr(view, "open_requested"):  # "also appears in another case" (issue 14)
            view.open_requested.connect(self.open_found)
        self._view, self._interview_id = view, interview_id
        self._pages.put_view(view)
        self._pages.show(Mode.INTERVIEW)
        if hasattr(view, "focus_current"):  # not the placeholder of a broken build
            view.focus_current()

    def open_found(self, case_id: str, contact_id: str, location: str = "") -> None:
        """Open a contact found by search or an "also appears" pointer, at ``location``;
        with no contact, the case's latest one (issue 14)."""
        store = self._session.store
        if store is None:
            return
        if not contact_id:
            contacts = store.load_case(case_id).contacts
            if not contacts:
                return
            contact_id = contacts[-1].id
        self.open_interview(contact_id, location)

    def close_view(self) -> bool:
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
            self._pages.take_view(view)
            view.hide()
            view.deleteLater()
            if hasattr(view, "release"):  # drop the interview now, not when Python gets to it
                view.release()
            self._list_dirty = True
        return saved

    def _settle_new_interview(self) -> None:
        """The new-interview dialog open at lock: saved as Start would, or cleared (the
        decision and why: ui/pages/pending_new.py). Said after the next unlock."""
        dialog, self._new_dialog = self._new_dialog, None
        if dialog is None or not dialog.isVisible():
            return
        from ui.pages import pending_new

        try:
            outcome, new_id = pending_new.settle(dialog)
        except Exception as exc:  # noqa: BLE001 - the lock must go on whatever happens here
            report(exc)
            pending_new.clear_fields(dialog)
            outcome, new_id = pending_new.Outcome.NOT_SAVED, ""
        if new_id:
            self._resume = (new_id, "")  # what the CSW was working on
        self._new_at_lock = outcome
