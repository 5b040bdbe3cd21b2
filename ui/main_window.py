"""The main window: a stack of pages switched by ``Mode``, and the one lock sequence.

KeePassXC's shape: the lock screen is a page of the stack; ``lock()`` is one
guarded sequence (flush, close dialogs, clear our clipboard text, throw the
view and the list away, lock the store, drop it); one app-wide event filter
restarts one idle timer. The store (SQLAlchemy) and the interview view are
imported only after the passphrase is accepted, so the first page shows fast;
the pages not shown first, the toolbar, the Store menu (``ui.trust``) and the
clipboard tracker are built once the first page has painted (``_finish_setup``)
or as soon as something needs them, whichever comes first.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import APP_NAME
from ui import settings
from ui.autolock import InactivityTimer
from ui.pages.common import app_icon

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from app.store import Store
    from ui.clipboard import SecureClipboard
    from ui.pages.content_problem import ContentCheck, ContentProblemPage
    from ui.pages.interview_list import InterviewListPage
    from ui.pages.unlock import UnlockPage
    from ui.pages.welcome import WelcomePage
    from ui.trust import TrustUi

FREE_TRIES = 5  # wrong passphrases in a row before each next try has to wait


class Mode(Enum):
    WELCOME = "welcome"
    UNLOCK = "unlock"
    LIST = "list"
    INTERVIEW = "interview"
    LOCKED = "locked"
    CONTENT_PROBLEM = "content_problem"  # the content bank failed its check: nothing opens


def backoff_seconds(failures: int) -> int:
    """Wait before the next try after ``failures`` wrong ones in a row: 3, 6, 9 … 60 s."""
    return 0 if failures < FREE_TRIES else min(3 * (failures - FREE_TRIES + 1), 60)


def user_message(exc: BaseException) -> str:
    """The store's messages are sentence fragments; show them as sentences."""
    text = str(exc).strip() or type(exc).__name__
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _wait_cursor() -> Any:
    from PySide6.QtCore import Qt  # not at module level: see ui/pages/common.py

    return Qt.CursorShape.WaitCursor


def _dialogs() -> ModuleType:
    """ui.dialogs, imported on first use: no message box is needed to show the first page."""
    import ui.dialogs

    return ui.dialogs


def _report(exc: BaseException) -> None:
    """Note an unexpected failure for IT: its kind and place only. A message or a
    traceback's locals could carry interview text (SQL parameters, field values)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"
    print(f"cec-interview-assistant: {type(exc).__name__} at {where}", file=sys.stderr)


class MainWindow(QMainWindow):
    mode_changed = Signal(Mode)
    training_requested = Signal()

    def __init__(
        self,
        store_path: Path,
        app_settings: settings.Settings | None = None,
        *,
        idle_ms: int | None = None,
        backoff_tick_ms: int = 1000,
        content_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``content_dir``: the content bank to use instead of ``data/content`` (tests
        point it at a broken copy; see ui/pages/content_problem.py)."""
        super().__init__(parent)
        self.store_path = Path(store_path)
        self._content_dir = content_dir
        self._content_check: ContentCheck | None = None  # started at _finish_setup
        self._content_problem_page: ContentProblemPage | None = None
        self.settings = app_settings or settings.current()
        settings.use(self.settings)
        self._store: Store | None = None
        self._bank: Any = None
        self._view: QWidget | None = None
        self._interview_id = ""
        self._resume: tuple[str, str] | None = None  # (interview id, panel id), memory only
        self._list_dirty = True
        self._failures = 0
        self._locking = False
        self._unsaved_at_lock = False
        self._new_dialog: QDialog | None = None  # the new-interview dialog while it is open
        self._new_at_lock: Any = None  # pending_new.Outcome to tell after the next unlock
        self._list_selection = ""
        self.mode = Mode.WELCOME

        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        # An explicit minimum: otherwise every page switch re-derives it from the
        # layout and resizes the window's constraints under the CSW's hands.
        self.setMinimumSize(640, 480)
        self._clipboard: SecureClipboard | None = None  # made at _finish_setup
        minutes = self.settings.get(settings.IDLE_LOCK_MINUTES)
        self.autolock = InactivityTimer(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.autolock.timed_out.connect(lambda: self.lock("idle"))

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        # Pages are built when first needed: only the first one counts for start-up.
        self._backoff_tick_ms = backoff_tick_ms
        self._welcome: WelcomePage | None = None
        self._unlock_page: UnlockPage | None = None
        self._locked_page: UnlockPage | None = None
        self._list_page: InterviewListPage | None = None  # built at first unlock (startup time)
        self._toolbar: QToolBar | None = None
        self._trust: TrustUi | None = None
        self._setup_done = False

        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(50)
        self._list_timer.timeout.connect(self._refresh_if_dirty)
        self._build_actions()
        self.statusBar().setSizeGripEnabled(False)  # created now, so it is laid out from the start
        self._restore_geometry()
        self._set_mode(Mode.UNLOCK if self.store_path.exists() else Mode.WELCOME)

    # -- built after the first paint ----------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if not self._setup_done:
            # The first page is on screen; the rest is built in the next turn of the
            # event loop, while the CSW reads it (start-up goal, docs/window.md).
            QTimer.singleShot(0, self, self._finish_setup)  # not after the window is gone

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

    # -- building ---------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(
            text: str, shortcut: QKeySequence.StandardKey | str | None, slot: Any, name: str
        ) -> QAction:
            act = QAction(text, self)
            # setShortcuts, not setShortcut: the latter's overloads build the Qt enum
            # namespace (see ui/pages/common.py); a standard key keeps all its bindings.
            if isinstance(shortcut, str):
                act.setShortcuts([QKeySequence(shortcut)])
            elif shortcut is not None:
                act.setShortcuts(shortcut)
            act.setObjectName(name)
            act.triggered.connect(slot)
            self.addAction(act)  # shortcuts work even with the toolbar hidden
            return act

        self.lock_action = action(self.tr("&Lock"), "Ctrl+L", lambda: self.lock(), "lockAction")
        self.lock_action.setToolTip(
            self.tr("Lock now (Ctrl+L): hides every note until the passphrase is entered")
        )
        self.list_action = action(
            self.tr("Interview &list"), "Ctrl+Shift+L", self.show_list, "listAction"
        )
        self.new_action = action(
            self.tr("&New interview…"),
            QKeySequence.StandardKey.New,
            self.new_interview,
            "newAction",
        )
        self.quit_action = action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "quitAction"
        )
        self.about_action = action(self.tr("&About"), None, self.show_about, "aboutAction")
        self.preferences_action = action(
            self.tr("&Preferences…"),
            QKeySequence.StandardKey.Preferences,
            self.show_preferences,
            "preferencesAction",
        )

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for act in (self.new_action, self.list_action, self.lock_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.tour_action = action(
            self.tr("&Tour of the window"), None, self.show_tour, "tourAction"
        )
        help_menu.addAction(self.tour_action)
        help_menu.addAction(self.about_action)

    def _ensure_toolbar(self) -> QToolBar:
        """The toolbar (hidden while locked, so it is not built for the first page)."""
        if self._toolbar is not None:
            return self._toolbar
        from PySide6.QtCore import Qt  # not at module level: see ui/pages/common.py

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.list_action)
        toolbar.addAction(self.new_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)
        toolbar.setVisible(self.unlocked)
        self._toolbar = toolbar
        state = self.settings.get(settings.WINDOW_STATE)
        if not state.isEmpty():  # toolbar placement; it must exist to be restored
            self.restoreState(state)
        return toolbar

    @property
    def toolbar(self) -> QToolBar:
        return self._ensure_toolbar()

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

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width = min(1280, available.width()) if available else 1280
            height = min(760, available.height()) if available else 760
            self.resize(width, height)

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

    # -- modes ------------------------------------------------------------------
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

    # -- create / unlock ----------------------------------------------------------
    def _create_store(self, passphrase: str, confirm: str) -> None:
        from app.store import Store, StoreError

        if not self._content_whole():
            self.welcome.clear()  # no passphrase left in a hidden page
            return
        QApplication.setOverrideCursor(_wait_cursor())
        try:
            store = Store.create(self.store_path, passphrase, confirm)
        except StoreError as exc:
            self.welcome.show_error(user_message(exc))
            return
        except OSError as exc:  # a folder that cannot be written, a full disk
            self.welcome.show_error(
                self.tr("The notes file could not be created: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                )
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.welcome.clear()
        self._opened(store)

    def _unlock(self, passphrase: str) -> None:
        page = self.locked_page if self.mode == Mode.LOCKED else self.unlock_page
        if self._finish_setup():
            # Only when the passphrase came before the event loop turned once after the
            # first paint (scripted input): the restore offer, connected to this very
            # signal just now, misses this emission, so tell it the try's outcome.
            try:
                self._try_unlock(page, passphrase)
            finally:
                for offer in self.trust.offers:
                    offer._after_try(passphrase)
            return
        self._try_unlock(page, passphrase)

    def _try_unlock(self, page: UnlockPage, passphrase: str) -> None:
        from app.store import Store, StoreError, WrongPassphrase

        if page.waiting or self._store is not None:
            return
        if not self._content_whole():  # never open the notes into a half-loaded tool
            page.clear()
            return
        QApplication.setOverrideCursor(_wait_cursor())
        try:
            store = Store.open(self.store_path, passphrase)
        except WrongPassphrase:
            self._failures += 1
            # The cipher cannot tell a wrong key from a damaged first page; say both.
            page.show_error(
                self.tr(
                    "Wrong passphrase (or a damaged notes file). Nothing was changed; "
                    "please try again."
                )
            )
            page.start_wait(backoff_seconds(self._failures))
            return
        except StoreError as exc:
            page.show_error(user_message(exc))
            return
        except OSError as exc:  # unreadable file or folder
            page.show_error(
                self.tr("The notes file could not be opened: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                )
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        failures, self._failures = self._failures, 0
        if failures:
            # Wrong tries cannot be written while locked (no key); record them now.
            try:
                store.audit(
                    "unlock_failed", f"{failures} wrong passphrase tries before this unlock"
                )
            except StoreError:
                pass
        page.clear()
        self._opened(store)

    def _opened(self, store: Store) -> None:
        self._store = store
        store.on_change(self._store_changed)
        self.clipboard.clear_after_seconds = self.settings.get(settings.CLIPBOARD_CLEAR_SECONDS)
        self.autolock.activate()
        self._list_dirty = True
        if self._unsaved_at_lock:
            self._unsaved_at_lock = False
            _dialogs().inform(
                self,
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
            _dialogs().inform(self, title, text)
        resume, self._resume = self._resume, None
        if resume and resume[0]:
            self.open_interview(resume[0], resume[1])
            if self.mode == Mode.INTERVIEW:
                return
        self.show_list()

    def _training(self) -> None:
        # run_window connects this to ui.training (its own store and window).
        if self._content_whole():  # training runs on the same content bank
            self.training_requested.emit()

    # -- the list -----------------------------------------------------------------
    def _store_changed(self, interview_id: str, what: str) -> None:
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
            _dialogs().inform(self, self.tr("Interview list"), user_message(exc))
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
        if accepted and new_id and self._store is not None:  # the window may have locked meanwhile
            self.open_interview(str(new_id))

    def delete_interview(self, interview_id: str, youth_name: str) -> None:
        if self._store is None:
            return
        name = youth_name or self.tr("(no name yet)")
        question = self.tr(
            "Delete the interview with {name}? Everything recorded in it will be gone from "
            "this computer. This cannot be undone."
        ).format(name=name)
        if not _dialogs().confirm(
            self, self.tr("Delete interview"), question, self.tr("Delete interview")
        ):
            return
        if self._store is None:  # locked while the question was open
            return
        from app.store import StoreError

        try:
            self._store.delete_interview(interview_id)
        except StoreError as exc:
            _dialogs().inform(self, self.tr("Delete interview"), user_message(exc))
            return
        self.refresh_list()
        self.statusBar().showMessage(self.tr("Interview deleted."), 5000)

    # -- the interview ------------------------------------------------------------
    def _content(self) -> Any:
        if self._bank is None:
            from app.content import load_content

            self._bank = load_content(self._content_dir)  # cached: checked at start
        return self._bank

    def open_interview(self, interview_id: str, panel_id: str = "") -> None:
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
                _dialogs().inform(self, self.tr("Open interview"), user_message(exc))
                self.show_list()
                return
            except Exception as exc:  # noqa: BLE001 - a panel bug must not wreck the window
                _report(exc)
                _dialogs().inform(
                    self,
                    self.tr("Open interview"),
                    self.tr(
                        "The interview could not be opened ({kind}). Nothing was changed."
                    ).format(kind=type(exc).__name__),
                )
                self.show_list()
                return
        if panel_id:
            view.open_panel(panel_id)
        view.closed.connect(self.show_list)
        self._view, self._interview_id = view, interview_id
        self.stack.addWidget(view)
        self._set_mode(Mode.INTERVIEW)

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
            _report(exc)
        finally:
            self.stack.removeWidget(view)
            view.hide()
            view.deleteLater()
            self._list_dirty = True
        return saved

    # -- locking --------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> None:
        """Lock now: one guarded sequence, safe to call at any moment and more than once.

        ``reason`` ("manual", "idle", "quit") goes to the audit log with the time."""
        if self._locking or self._store is None:
            return
        self._locking = True
        try:
            self.autolock.deactivate()
            if self._view is not None:
                self._resume = (self._interview_id, self._view.current_panel())  # type: ignore[attr-defined]
            elif self._list_page is not None:
                self._list_selection = self._list_page.current_id()
            self._settle_new_interview()
            try:
                # Locking wins over an edit that cannot be saved (disk full, refused
                # text): the notes must not stay on screen. Say so after unlocking.
                self._unsaved_at_lock = not self._close_view()
            finally:
                self._close_other_windows()
                self.clipboard.clear_if_ours()
                if self._list_page is not None:
                    self._list_page.clear()
                self.statusBar().clearMessage()
                store, self._store = self._store, None
                try:
                    store.audit("locked", reason)
                except Exception:  # noqa: BLE001 - an audit failure must not stop a lock
                    pass
                store.lock()
                self._set_mode(Mode.LOCKED)
        finally:
            self._locking = False

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
            _report(exc)
            pending_new.clear_fields(dialog)
            outcome, new_id = pending_new.Outcome.NOT_SAVED, ""
        if new_id:
            self._resume = (new_id, "")  # what the CSW was working on
        self._new_at_lock = outcome

    def _close_other_windows(self) -> None:
        """Close popups, dialogs and any other window of ours that could show content."""
        for _ in range(20):  # popups can stack (a combo inside a menu); never loop forever
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    # -- other ------------------------------------------------------------------------
    def show_about(self) -> None:
        from app import app_version

        try:
            from app.content import content_version

            content = content_version(self._content_dir)
        except Exception:  # the About box must open even if the content cannot be read
            content = self.tr("unavailable")
        text = self.tr(
            "{app}\nVersion {version}\nPolicy guide content {content}\n\n"
            "Works offline. Interview notes stay on this computer, encrypted."
        ).format(app=APP_NAME, version=app_version(), content=content)
        _dialogs().inform(self, self.tr("About {app}").format(app=APP_NAME), text)

    def show_tour(self) -> None:
        from ui.training.tour import show_tour

        show_tour(self)

    def show_preferences(self) -> None:
        dialog = _dialogs().PreferencesDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings()
        dialog.deleteLater()

    def apply_settings(self) -> None:
        """Take the declared settings' current values into effect (after Preferences)."""
        self.autolock.set_timeout_ms(self.settings.get(settings.IDLE_LOCK_MINUTES) * 60_000)
        self.clipboard.clear_after_seconds = self.settings.get(settings.CLIPBOARD_CLEAR_SECONDS)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self._view is not None and self._view.flush() is False:  # type: ignore[attr-defined]
            question = self.tr(
                "Some edits could not be saved (the interview shows why). If you quit now "
                "they are lost. Quit anyway?"
            )
            if not _dialogs().confirm(self, self.tr("Unsaved edits"), question, self.tr("Quit")):
                event.ignore()
                return
        self.settings.set(settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(settings.WINDOW_STATE, self.saveState())
        if self._list_page is not None:
            header = self._list_page.table.horizontalHeader()
            self.settings.set(settings.LIST_HEADER, header.saveState())
        self.settings.sync()
        self.lock("quit")
        self._resume, self._list_selection = None, ""
        self.autolock.deactivate()
        super().closeEvent(event)
