"""The main window: builds the parts that own the state, and wires them in one place.

qutebrowser's shape. ``MainWindow.__init__`` builds:

- ``session`` (``ui.session.Session``): the store, the passphrase back-off, create /
  unlock / lock; signals ``unlock_failed``, ``unlocked``, ``locking``, ``locked``;
- ``pages`` (``ui.pages.factory.Pages``): the stack, one factory per ``Mode``, pages
  built when first needed; re-emits what the pages ask for;
- ``interviews`` (``ui.interviews.Interviews``): the list and the open interview view;
- ``chrome`` (``ui.chrome.Chrome``): the actions declared in ``ui.actions``, menus,
  toolbar, title, geometry;
- ``autolock`` (``ui.autolock.InactivityTimer``);

and ``_connect_signals`` wires them, once. Built after the first paint
(``finish_setup``), or as soon as something needs them: the pages not shown first,
the toolbar, the trust UI (``ui.trust.TrustUi``: Store menu, restore offer,
retention; it gets the session and listens to its signals), the clipboard tracker and
the content check. The store (SQLAlchemy) and the interview view are imported only
after the passphrase is accepted, so the first page shows fast (docs/window.md).

The names other modules import from here (``Mode``, ``user_message``,
``backoff_seconds``, ``FREE_TRIES``, ``_report``) are re-exported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QToolBar, QWidget

from app import APP_NAME
from ui import palette, settings
from ui.actions import KEYBOARD as KEYBOARD_ACTIONS
from ui.autolock import InactivityTimer
from ui.chrome import Chrome, apply_text_size
from ui.interviews import Interviews
from ui.pages.common import app_icon
from ui.pages.factory import Pages
from ui.session import FREE_TRIES, Session, backoff_seconds
from ui.window_support import Mode, user_message
from ui.window_support import lazy_dialogs as _dialogs
from ui.window_support import report as _report

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent

    from app.store import Store
    from ui.clipboard import SecureClipboard
    from ui.integrity import PageCheck
    from ui.pages.case_page import CasePage
    from ui.pages.content_problem import ContentCheck
    from ui.pages.interview_list import InterviewListPage
    from ui.pages.unlock import UnlockPage
    from ui.pages.welcome import WelcomePage
    from ui.trust import TrustUi

__all__ = [
    "FREE_TRIES",
    "MainWindow",
    "Mode",
    "_report",
    "backoff_seconds",
    "user_message",
]


class MainWindow(QMainWindow):
    mode_changed = Signal(Mode)
    training_requested = Signal()
    # Once after each unlock, when the list (or the interview reopened) is on screen:
    # the place for work that must not delay the first screen (a whole-file check).
    shown_after_unlock = Signal()

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
        self.settings = app_settings or settings.current()
        settings.use(self.settings)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        # An explicit minimum: otherwise every page switch re-derives it from the
        # layout and resizes the window's constraints under the CSW's hands.
        self.setMinimumSize(640, 480)
        apply_text_size(self.settings.get(settings.TEXT_SIZE))  # Preferences' text size
        palette.apply(self.settings.get(settings.CONTRAST))  # and contrast (ui/palette.py)

        self.session = Session(self.store_path, self)
        minutes = self.settings.get(settings.IDLE_LOCK_MINUTES)
        self.autolock = InactivityTimer(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.pages = Pages(self.stack, self.store_path, self.settings, backoff_tick_ms, self)
        self.interviews = Interviews(self.session, self.pages, self, content_dir)
        self.chrome = Chrome(self, self.settings, {
            "newAction": self.new_interview,
            "listAction": self.show_list,
            "newContactAction": lambda: self.interviews.new_contact(),
            "openContactAction": lambda: self.interviews.open_contact(),
            "moveContactAction": lambda: self.interviews.move_contact(),
            "caseSummaryAction": lambda: self.interviews.case_summary(),
            "searchAction": self.show_search,
            "lockAction": lambda: self.lock(),
            "preferencesAction": self.show_preferences,
            "quitAction": self.close,
            "guideAction": self.show_guide,
            "tourAction": self.show_tour,
            "aboutAction": self.show_about,
            **{aid: lambda _on=False, aid=aid: self._keyboard(aid) for aid in KEYBOARD_ACTIONS},
        })  # fmt: skip
        # Built after the first paint (finish_setup), or when first needed.
        self._clipboard: SecureClipboard | None = None
        self._trust: TrustUi | None = None
        self._page_check: PageCheck | None = None  # made at the first unlock
        self._content_check: ContentCheck | None = None
        self._setup_done = False

        self._connect_signals()
        self.statusBar().setSizeGripEnabled(False)  # created now, so it is laid out from the start
        self.chrome.restore_geometry()
        self.pages.show(Mode.UNLOCK if self.store_path.exists() else Mode.WELCOME)

    def _connect_signals(self) -> None:
        """Every connection between the parts, in one place. Order matters where
        several slots share a signal: Qt calls them in the order connected."""
        session, pages, interviews = self.session, self.pages, self.interviews
        # What the pages ask for.
        pages.create_requested.connect(self._create)
        pages.unlock_requested.connect(self._unlock)
        pages.training_requested.connect(self._training)
        pages.new_requested.connect(interviews.new_interview)
        pages.open_requested.connect(interviews.open_case)
        pages.delete_requested.connect(interviews.delete_interview)
        pages.new_contact_requested.connect(interviews.new_contact)  # the case page (issue 14)
        pages.open_contact_requested.connect(interviews.open_contact)
        pages.move_contact_requested.connect(interviews.move_contact)
        pages.case_summary_requested.connect(interviews.case_summary)
        pages.back_requested.connect(interviews.show_list)
        pages.quit_requested.connect(self.close)
        pages.switched.connect(lambda mode: self.chrome.follow(mode, self.unlocked))
        pages.mode_changed.connect(self.mode_changed)
        # The way in: the failure on the page that was used (the trust UI's restore
        # offer, connected later, sees the page's error already shown).
        session.unlock_failed.connect(self._unlock_failed)
        session.unlocked.connect(self._unlocked)
        # Every page's HMAC, in a worker started on the loop's next turn: after the list
        # (or the reopened interview) is up, or inside a message the list shows if it
        # met a damaged page; connected before the list so that turn is ours.
        session.unlocked.connect(self._check_pages)
        session.unlocked.connect(interviews.after_unlock)  # the list, or the interview reopened
        interviews.shown.connect(self.shown_after_unlock)
        # The way out, in this order, while the store is still open (docs/window.md, Lock).
        # The page check first: its connection is keyed from the store's key.
        session.locking.connect(self._cancel_page_check)
        session.locking.connect(self.autolock.deactivate)
        session.locking.connect(interviews.before_lock)  # view saved and dropped
        session.locking.connect(self._close_other_windows)
        session.locking.connect(lambda: self.clipboard.clear_if_ours())
        session.locking.connect(interviews.clear_list)
        session.locking.connect(self.statusBar().clearMessage)
        session.locked.connect(lambda: pages.show(Mode.LOCKED))
        session.locked.connect(self._say_locked)  # to a screen reader (issue 16)
        # The rest.
        self.autolock.timed_out.connect(lambda: self.lock("idle"))
        interviews.status.connect(self.statusBar().showMessage)

    # -- read-only accessors (tests and other parts read these) ----------------------------
    @property
    def mode(self) -> Mode:
        return self.pages.mode

    @property
    def store(self) -> Store | None:
        return self.session.store

    @property
    def unlocked(self) -> bool:
        return self.session.store is not None

    @property
    def view(self) -> QWidget | None:
        """The open interview's view (None on any other page)."""
        return self.interviews.view

    @property
    def interview_id(self) -> str:
        return self.interviews.interview_id

    @property
    def bank(self) -> Any:
        """The content bank once loaded (None before the start-up check has finished)."""
        return self.interviews.bank

    @property
    def content_dir(self) -> Path | None:
        return self._content_dir

    @property
    def content_check(self) -> ContentCheck | None:
        """The start-up content check; None until ``finish_setup`` started it."""
        return self._content_check

    @property
    def setup_done(self) -> bool:
        """True once the deferred part of start-up (``finish_setup``) has run."""
        return self._setup_done

    def page(self, mode: Mode) -> QWidget | None:
        return self.pages.page(mode)

    @property
    def welcome(self) -> WelcomePage:
        return self.pages.welcome

    @property
    def unlock_page(self) -> UnlockPage:
        return self.pages.unlock_page

    @property
    def locked_page(self) -> UnlockPage:
        return self.pages.locked_page

    @property
    def list_page(self) -> InterviewListPage:
        return self.pages.list_page

    @property
    def case_page(self) -> CasePage:
        return self.pages.case_page

    @property
    def case_id(self) -> str:
        """The case shown, or the case of the open contact; "" on the list."""
        return self.interviews.case_id

    @property
    def toolbar(self) -> QToolBar:
        return self.chrome.ensure_toolbar()

    def action(self, action_id: str) -> QAction:
        """A declared action (ui/actions.py) by its id, e.g. "lockAction"."""
        return self.chrome.actions[action_id]

    @property
    def lock_action(self) -> QAction:
        return self.chrome.actions["lockAction"]

    @property
    def list_action(self) -> QAction:
        return self.chrome.actions["listAction"]

    @property
    def new_action(self) -> QAction:
        return self.chrome.actions["newAction"]

    @property
    def quit_action(self) -> QAction:
        return self.chrome.actions["quitAction"]

    @property
    def about_action(self) -> QAction:
        return self.chrome.actions["aboutAction"]

    @property
    def preferences_action(self) -> QAction:
        return self.chrome.actions["preferencesAction"]

    @property
    def tour_action(self) -> QAction:
        return self.chrome.actions["tourAction"]

    @property
    def guide_action(self) -> QAction:
        return self.chrome.actions["guideAction"]

    @property
    def trust(self) -> TrustUi:
        self.finish_setup()
        assert self._trust is not None
        return self._trust

    @property
    def clipboard(self) -> SecureClipboard:
        self.finish_setup()
        assert self._clipboard is not None
        return self._clipboard

    # -- the whole-file page check (ui/integrity.py) -------------------------------------
    def _check_pages(self) -> None:
        """At an unlock: every page's HMAC in a worker once the event loop turns again,
        unless this unlock already checked them (a new store, or after damage)."""
        store = self.session.store
        if store is None or self.session.pages_checked:
            return
        if self._page_check is None:
            from ui.integrity import PageCheck  # not before the first page (Qt's enums)

            self._page_check = PageCheck(self)
            self._page_check.damaged.connect(self._damaged)
        check = self._page_check
        QTimer.singleShot(0, check, lambda: check.start(store) if self.store is store else None)

    def _cancel_page_check(self) -> None:
        if self._page_check is not None:
            self._page_check.cancel()

    @property
    def page_check(self) -> PageCheck | None:
        """The page check, once the first unlock made it."""
        return self._page_check

    def _damaged(self, message: str, tries: int = 20) -> None:
        """The page check found damage: lock, say so on the locked page and offer a
        restore; the next unlock checks every page first (refused at the door)."""
        if self.store is None:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and tries > 0:
            # A message open in a nested event loop (say the list could not read a page):
            # the code that opened it goes on when it closes, and would show the list
            # again over the lock; so close it, and lock on the next turn.
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            QTimer.singleShot(0, self, lambda: self._damaged(message, tries - 1))
            return
        self.session.check_pages_first = True
        self.lock("damaged")
        page = self.locked_page
        page.show_error(message)
        for offer in self.trust.offers:
            if offer.page is page:
                offer.show()

    # -- what the window does (menus, pages and other parts call these) ------------------
    def lock(self, reason: str = "manual") -> None:
        """Lock now (``Session.lock``: one guarded sequence, safe at any moment)."""
        self.session.lock(reason)

    def show_list(self) -> None:
        self.interviews.show_list()

    def refresh_list(self) -> None:
        self.interviews.refresh_list()

    def new_interview(self) -> None:
        self.interviews.new_interview()

    def delete_interview(self, interview_id: str, youth_name: str) -> None:
        self.interviews.delete_interview(interview_id, youth_name)

    def open_interview(self, interview_id: str, panel_id: str = "", fresh: bool = False) -> None:
        self.interviews.open_interview(interview_id, panel_id, fresh)

    def open_case(self, case_id: str) -> None:
        self.interviews.open_case(case_id)

    def show_search(self) -> None:
        """Search every case (Ctrl+F, issue 14); a result opens its contact at its panel."""
        store = self.session.store
        if store is None:
            return
        from PySide6.QtCore import Qt  # not at module level: see ui/pages/common.py

        from ui.search import SearchDialog

        dialog = SearchDialog(store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.interviews.open_found)
        dialog.open()

    def _say_locked(self) -> None:
        from ui.announce import announce

        page = self.pages.page(Mode.LOCKED)
        announce(page or self, self.tr("Locked. Enter the passphrase to go on."), alert=True)

    def _keyboard(self, action_id: str) -> None:
        """Go to, the navigator, Ctrl+1…9, the shortcuts sheet (issue 16, ui/keyboard.py)."""
        from ui import keyboard

        keyboard.trigger(self, action_id)

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

    def show_guide(self) -> None:
        from ui.guide import show_guide

        show_guide(self)

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
        apply_text_size(self.settings.get(settings.TEXT_SIZE))
        palette.apply(self.settings.get(settings.CONTRAST))

    # -- start-up: what the first page does not need --------------------------------------
    def finish_setup(self) -> bool:
        """Build what the first page does not need: the other pages, the toolbar, the
        Store menu, restore offer and retention check (ui.trust), the clipboard tracker,
        and start the content check. Safe to call any number of times; True if the work
        was done by this call."""
        if self._setup_done:
            return False
        self._setup_done = True
        from ui.clipboard import secure_clipboard

        self._clipboard = secure_clipboard()
        self.pages.unlock_page, self.pages.locked_page  # noqa: B018 - the restore offer sits on both
        self.chrome.ensure_toolbar()
        from ui import focus_ring

        focus_ring.install()  # a focus ring that can be seen (issue 16)
        from ui.trust import TrustParts, TrustUi  # Store menu, restore offer, retention

        self._trust = TrustUi(
            TrustParts(
                self,
                self.session,
                self.pages,
                self.interviews,
                self.chrome,
                self.autolock,
                self.settings,
            )
        )
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
        else:
            self.interviews.use_bank(check.bank)  # the same cached bank the view gets

    def _content_whole(self) -> bool:
        """Wait for the content check (it is usually long over); False, with the problem
        page shown, if the content is broken: then the notes must not be opened."""
        self.finish_setup()
        check = self._content_check
        assert check is not None
        check.wait()
        return not check.problem

    def _show_content_problem(self, problem: str) -> None:
        if self.unlocked or self.mode == Mode.CONTENT_PROBLEM:
            return  # cannot happen: unlocking waits for the check
        self.pages.content_problem_page.show_problem(problem)
        self.pages.show(Mode.CONTENT_PROBLEM)

    # -- the way in and out (the Session does the work; the pages say how it went) --------
    def _create(self, passphrase: str, confirm: str) -> None:
        if not self._content_whole():
            self.pages.welcome.clear()  # no passphrase left in a hidden page
            return
        if self.session.create(passphrase, confirm):
            self.pages.welcome.clear()

    def _unlock(self, passphrase: str) -> None:
        # Building the rest first (if the passphrase came before the event loop turned
        # once after the first paint) connects the restore offer before the try.
        self.finish_setup()
        page = self._unlock_page_shown()
        if page is None or page.waiting or self.session.store is not None:
            return
        if not self._content_whole():  # never open the notes into a half-loaded tool
            page.clear()
            return
        if self.session.unlock(passphrase):
            page.clear()

    def _unlock_page_shown(self) -> UnlockPage | None:
        if self.mode == Mode.WELCOME:
            return None
        return self.pages.locked_page if self.mode == Mode.LOCKED else self.pages.unlock_page

    def _unlock_failed(self, message: str, wait_seconds: int) -> None:
        if self.mode == Mode.WELCOME:
            self.pages.welcome.show_error(message)
            return
        page = self._unlock_page_shown()
        if page is not None:
            page.show_error(message)
            page.start_wait(wait_seconds)

    def _unlocked(self) -> None:
        self.clipboard.clear_after_seconds = self.settings.get(settings.CLIPBOARD_CLEAR_SECONDS)
        self.autolock.activate()

    def _training(self) -> None:
        # run_window connects this to ui.training (its own store and window).
        if self._content_whole():  # training runs on the same content bank
            self.training_requested.emit()

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

    # -- Qt's virtual methods -------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if not self._setup_done:
            # The first page is on screen; the rest is built in the next turn of the
            # event loop, while the CSW reads it (start-up goal, docs/window.md).
            QTimer.singleShot(0, self, self.finish_setup)  # not after the window is gone

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        view = self.interviews.view
        if view is not None and view.flush() is False:  # type: ignore[attr-defined]
            question = self.tr(
                "Some edits could not be saved (the interview shows why). If you quit now "
                "they are lost. Quit anyway?"
            )
            if not _dialogs().confirm(self, self.tr("Unsaved edits"), question, self.tr("Quit")):
                event.ignore()
                return
        self.settings.set(settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(settings.WINDOW_STATE, self.saveState())
        list_page = self.pages.built(Mode.LIST)
        if list_page is not None:
            header = list_page.table.horizontalHeader()  # type: ignore[attr-defined]
            self.settings.set(settings.LIST_HEADER, header.saveState())
        self.settings.sync()
        self.lock("quit")
        self.interviews.forget()
        self.autolock.deactivate()
        super().closeEvent(event)
