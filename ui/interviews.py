"""The window's work while unlocked: the case list (new, delete, re-read after changes
settle), the case page (its contacts and findings; new, open and move a contact; issue
14) and the one contact ("interview") view it hosts.

``Interviews`` owns the open view and everything remembered across a lock, in
memory only (which interview and panel to reopen, the list's selection, an edit
that could not be saved, the new-interview dialog's outcome). It reads the store
from the ``Session`` and puts its pages through ``Pages``; it is told of a lock by
``before_lock`` / ``after_unlock``, which ``MainWindow._connect_signals`` connects to
``Session.locking`` / ``Session.unlocked``. Messages go to ``status`` (the window's
status bar); dialogs are parented to ``host``.

Once the first interview is on screen, ``WARM_UP`` loads what the first save needs
(``Store.prepare_writes``: SQLAlchemy's ORM and the row classes, ~0.3-0.6 s of CPU)
in a worker thread, while the CSW reads the question (issue 17).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ui.pages.factory import Pages
from ui.session import Session
from ui.window_support import Mode, lazy_dialogs, report, user_message

if TYPE_CHECKING:
    from app.store.changes import Changed

# How long after an interview is shown the warm-up starts: after the first open's
# paint (the figure "first open" does not include it), well before a first save
# (a keystroke, then the autosave's 300 ms).
WARM_UP_DELAY_MS = 200


class WriteWarmUp:
    """Runs ``Store.prepare_writes`` in a thread of its own, once per process.

    The thread touches no store (``prepare_writes`` only imports modules), so a lock,
    a save or a quit meanwhile needs nothing from it: a save (the lock's save of
    pending edits too) waits for the imports it shares, then goes ahead. It is not a
    daemon: quitting waits for the imports to
    end (a fraction of a second) rather than finalising Python under a thread that is
    in the middle of one. A failure stays here: the first save then imports on the
    UI thread, as without the warm-up; IT gets its kind and place on stderr, never a
    message (``report``).
    """

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None

    @property
    def started(self) -> bool:
        return self.thread is not None

    def start(self, prepare: Callable[[], None]) -> bool:
        """Start ``prepare`` in the thread; False (and nothing done) if started before."""
        if self.thread is not None:
            return False
        self.thread = threading.Thread(
            target=_quietly, args=(prepare,), name="cec-prepare-writes", daemon=False
        )
        self.thread.start()
        return True


def _quietly(prepare: Callable[[], None]) -> None:
    try:
        prepare()
    except Exception as exc:  # noqa: BLE001 - the first save imports instead
        report(exc)


# The one warm-up of this process (every window's ``Interviews`` shares it).
WARM_UP = WriteWarmUp()


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
        self._case_id = ""  # the case shown, or the case of the contact open; "" on the list
        # (case id, contact id, panel id) to reopen after an unlock; memory only.
        self._resume: tuple[str, str, str] | None = None
        self._case_selection = ""  # the contact chosen on the case page at lock
        self._list_selection = ""
        self._list_dirty = True
        self._unsaved_at_lock = False
        self._new_dialog: QDialog | None = None  # the new-interview dialog while it is open
        self._new_at_lock: Any = None  # pending_new.Outcome to tell after the next unlock
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(50)
        self._list_timer.timeout.connect(self._refresh_if_dirty)
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_UP_DELAY_MS)
        self._warm_timer.timeout.connect(self._warm_up_writes)

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
    def case_id(self) -> str:
        """The case shown (case page) or the case of the open contact; "" otherwise."""
        return self._case_id

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
        selection, self._case_selection = self._case_selection, ""
        if resume and resume[1]:
            self.open_interview(resume[1], resume[2], case_id=resume[0])
        elif resume and resume[0]:
            self.open_case(resume[0], select=selection)
        if self._pages.mode not in (Mode.INTERVIEW, Mode.CASE):
            self.show_list()
        self.shown.emit()

    def before_lock(self, _reason: str = "") -> None:
        """The store is about to lock: remember where the CSW was, settle the
        new-interview dialog, save and drop the view, empty the list."""
        if self._view is not None:
            panel = self._view.current_panel()  # type: ignore[attr-defined]
            self._resume = (self._case_id, self._interview_id, panel)
        elif self._pages.mode == Mode.CASE and self._case_id:
            self._resume = (self._case_id, "", "")
            self._case_selection = self._pages.case_page.current_contact_id()
        elif self._pages.built(Mode.LIST) is not None:
            self._list_selection = self._pages.list_page.current_id()
        self._settle_new_interview()
        # Locking wins over an edit that cannot be saved (disk full, refused text):
        # the notes must not stay on screen. Said after unlocking.
        self._unsaved_at_lock = not self.close_view()

    def clear_list(self, _reason: str = "") -> None:
        """On lock: the list and the case page forget every row they showed."""
        if self._pages.built(Mode.LIST) is not None:
            self._pages.list_page.clear()
        if self._pages.built(Mode.CASE) is not None:
            self._pages.case_page.clear()

    def forget(self) -> None:
        """Quitting: nothing to reopen."""
        self._resume, self._list_selection = None, ""

    def store_changed(self, _changed: Changed) -> None:
        # Any committed change may alter the list's columns (name, status, deadlines).
        # Many changes can come in a row; re-read the list once, after they settle.
        self._list_dirty = True
        if self._pages.mode in (Mode.LIST, Mode.CASE):
            self._list_timer.start()

    def _refresh_if_dirty(self) -> None:
        if self._list_dirty and self._pages.mode == Mode.LIST:
            self.refresh_list()
        elif self._pages.mode == Mode.CASE and self._case_id:
            self.refresh_case()

    # -- the list ------------------------------------------------------------------------
    def refresh_list(self) -> None:
        store = self._session.store
        if store is None:
            return
        from app.store import StoreError

        try:
            summaries = store.list_cases()
        except StoreError as exc:
            lazy_dialogs().inform(self._host, self.tr("Case list"), user_message(exc))
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
        if self._case_id:  # back from a case: that case stays chosen in the list
            self._list_selection = self._case_id
            self._list_dirty = True
        self._case_id = ""
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

    def delete_interview(self, case_id: str, youth_name: str) -> None:
        """Delete a case from the list (every contact in it), after asking."""
        if self._session.store is None:
            return
        name = youth_name or self.tr("(no name yet)")
        question = self.tr(
            "Delete the case of {name}, with every contact in it? Everything recorded in "
            "it will be gone from this computer. This cannot be undone."
        ).format(name=name)
        if not lazy_dialogs().confirm(
            self._host, self.tr("Delete case"), question, self.tr("Delete case")
        ):
            return
        store = self._session.store
        if store is None:  # locked while the question was open
            return
        from app.store import StoreError

        try:
            store.delete_case(case_id)
        except StoreError as exc:
            lazy_dialogs().inform(self._host, self.tr("Delete case"), user_message(exc))
            return
        self.refresh_list()
        self.status.emit(self.tr("Case deleted."), 5000)

    # -- the case page (issue 14) --------------------------------------------------------
    def open_case(self, case_id: str, select: str = "") -> None:
        """Show a case: its contacts and its findings at a glance (``select``: the
        contact to choose in its table)."""
        store = self._session.store
        if store is None:
            return
        if self._view is not None and self._view.flush() is False:  # type: ignore[attr-defined]
            self.status.emit(self.tr("Some edits are not saved yet."), 8000)
            return
        self.close_view()
        if not self._fill_case(case_id, select):
            self._case_id = ""
            self.show_list()
            return
        self._pages.show(Mode.CASE)
        self._pages.case_page.contacts.setFocus()

    def refresh_case(self) -> None:
        if self._case_id and self._session.store is not None:
            page = self._pages.case_page
            self._fill_case(self._case_id, page.current_contact_id())

    def _fill_case(self, case_id: str, select: str) -> bool:
        store = self._session.store
        assert store is not None
        from app.rules import assess
        from app.store import StoreError

        try:
            case = store.load_case(case_id)
            view = store.case_view(case_id)
            echoes = store.echoes(case_id)
        except StoreError as exc:
            lazy_dialogs().inform(self._host, self.tr("Open case"), user_message(exc))
            return False
        self._case_id = case_id
        page = self._pages.case_page
        bank = self.content()
        page.set_case(case, view, assess(view, bank), select, echoes, bank)
        return True

    def back_from_contact(self) -> None:
        """The contact's own Back: to its case, with that contact chosen."""
        contact_id, case_id = self._interview_id, self._case_id
        if case_id and self._session.store is not None:
            self.open_case(case_id, select=contact_id)
        else:
            self.show_list()

    def new_contact(self) -> None:
        """A new contact in the case shown: only who and how are asked."""
        store = self._session.store
        if store is None or not self._case_id:
            return
        from app.store import StoreError
        from ui.dialogs_new_interview import NewContactDialog

        try:
            case = store.load_case(self._case_id)
        except StoreError as exc:
            lazy_dialogs().inform(self._host, self.tr("New contact"), user_message(exc))
            return
        dialog = NewContactDialog(store, self.content(), case, self._host)
        # A lock meanwhile rejects it (MainWindow._close_other_windows): nothing is saved.
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        new_id = dialog.contact_id
        dialog.deleteLater()
        self._host.activateWindow()
        if accepted and new_id and self._session.store is not None:
            self.open_interview(new_id, fresh=True, case_id=case.id)

    def open_contact(self, contact_id: str = "") -> None:
        """Open a contact of the case shown (the one chosen in its table by default)."""
        if self._pages.mode != Mode.CASE:
            return
        contact_id = contact_id or self._pages.case_page.current_contact_id()
        if contact_id:
            self.open_interview(contact_id, case_id=self._case_id)

    def move_contact(self, contact_id: str = "") -> None:
        """Move a contact of the case shown to another case, chosen by typing."""
        store = self._session.store
        if store is None or self._pages.mode != Mode.CASE:
            return
        page = self._pages.case_page
        contact_id = contact_id or page.current_contact_id()
        if not contact_id:
            return
        from app.store import StoreError
        from ui.pages.case_move import MoveContactDialog

        try:
            others = [c for c in store.list_cases() if c.id != self._case_id]
        except StoreError as exc:
            lazy_dialogs().inform(self._host, self.tr("Move contact"), user_message(exc))
            return
        if not others:
            lazy_dialogs().inform(
                self._host,
                self.tr("Move contact"),
                self.tr("There is no other case to move it to. Start one with New interview."),
            )
            return
        row = page.contacts.currentRow()
        label = page.contacts.item(row, 0).text() if row >= 0 else ""
        dialog = MoveContactDialog(others, label, self._host)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        target = dialog.case_id
        dialog.deleteLater()
        self._host.activateWindow()
        store = self._session.store  # may have locked meanwhile
        if not accepted or not target or store is None:
            return
        try:
            store.move_contact(contact_id, target)
        except StoreError as exc:
            lazy_dialogs().inform(self._host, self.tr("Move contact"), user_message(exc))
            return
        name = next((c.youth_name for c in others if c.id == target), "")
        self._list_dirty = True
        self.refresh_case()
        self.status.emit(
            self.tr("Contact moved to the case of {name}.").format(
                name=name or self.tr("(no name yet)")
            ),
            8000,
        )

    def case_summary(self) -> None:
        """ "Case summary…": the case summary's export dialog (ui/export/case_dialog.py,
        the case-summary part), then the page shows the case as it now is."""
        store = self._session.store
        if not self._case_id or store is None:
            return
        try:
            from ui.export.case_dialog import open_case_export
        except ImportError:
            self.status.emit(self.tr("The case summary cannot be made in this build."), 8000)
            return
        open_case_export(self._host, store, self.content(), self._case_id)
        if self._session.store is not None and self._pages.mode == Mode.CASE:  # not locked
            self.refresh_case()

    # -- the interview -------------------------------------------------------------------
    def open_interview(
        self, interview_id: str, panel_id: str = "", fresh: bool = False, case_id: str = ""
    ) -> None:
        """Show an interview (one contact); ``fresh`` (just made in the new-interview
        dialog) opens it at its first questions. Either way the keys go to the panel
        shown. ``case_id``: the contact's case, looked up when not given (its Back goes
        there)."""
        store = self._session.store
        if store is None:
            return
        self.close_view()
        try:
            from ui.interview import InterviewView
        except ImportError as exc:
            from ui.pages.placeholder import InterviewPlaceholder

            case_id = case_id or self._case_of(interview_id)
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
            case_id = case_id or view.case_id()  # the view has loaded it (issue 17)
        if fresh and hasattr(view, "first_questions"):
            panel_id = panel_id or view.first_questions()
        if panel_id:
            view.open_panel(panel_id)
        view.closed.connect(self.back_from_contact)
        if hasattr(view, "open_requested"):  # "also appears in another case" (issue 14)
            view.open_requested.connect(self.open_found)
        self._view, self._interview_id, self._case_id = view, interview_id, case_id
        self._pages.put_view(view)
        self._pages.show(Mode.INTERVIEW)
        if hasattr(view, "focus_current"):  # not the placeholder of a broken build
            view.focus_current()
            if not WARM_UP.started:
                self._warm_timer.start()

    def _warm_up_writes(self) -> None:
        """The interview is on screen: load what its first save needs, off this thread."""
        store = self._session.store
        if store is not None and self._view is not None:
            WARM_UP.start(store.prepare_writes)

    def _case_of(self, interview_id: str) -> str:
        from app.store import StoreError

        try:
            return self._session.store.load(interview_id).case_id
        except StoreError:
            return ""  # the view says why it cannot open

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
            self._resume = ("", new_id, "")  # what the CSW was working on
        self._new_at_lock = outcome
