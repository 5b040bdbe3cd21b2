"""The main window: a stack of pages switched by ``Mode``, and the one lock sequence.

KeePassXC's shape: the lock screen is a page of the stack; ``lock()`` is one
guarded sequence (flush, close dialogs, clear our clipboard text, throw the
view and the list away, lock the store, drop it); one app-wide event filter
restarts one idle timer. The store (SQLAlchemy) and the interview view are
imported only after the passphrase is accepted, so the first page shows fast;
the pages not shown first, the toolbar, the Store menu (``ui.trust``) and the
clipboard tracker are built once the first page has painted (``_finish_setup``)
or as soon as something needs them, whichever comes first.

``MainWindow`` is put together from one part per responsibility, each a mixin in
its own file (docs/window.md lists them): ``ui.window_setup`` (deferred start-up,
content check), ``ui.window_chrome`` (actions, menus, toolbar, geometry, About,
Preferences), ``ui.window_pages`` (pages and ``_set_mode``), ``ui.window_unlock``
(create, unlock, backoff), ``ui.window_interviews`` (the list and the interview
view) and ``ui.window_lock`` (the lock sequence). The state they share is all set
in ``__init__`` below; Qt's virtual methods (paint, close) stay here. The names
other modules import from here (``Mode``, ``user_message``, ``backoff_seconds``,
``FREE_TRIES``, ``_report``) are re-exported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QToolBar, QWidget

from app import APP_NAME
from ui import settings
from ui.autolock import InactivityTimer
from ui.pages.common import app_icon
from ui.window_chrome import ChromeMixin, apply_text_size
from ui.window_interviews import InterviewsMixin
from ui.window_lock import LockMixin
from ui.window_pages import PagesMixin
from ui.window_setup import SetupMixin
from ui.window_support import Mode, user_message
from ui.window_support import lazy_dialogs as _dialogs
from ui.window_support import report as _report
from ui.window_unlock import FREE_TRIES, UnlockMixin, backoff_seconds

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from app.store import Store
    from ui.clipboard import SecureClipboard
    from ui.pages.content_problem import ContentCheck, ContentProblemPage
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


# The mixins come before QMainWindow so that, as when all of this was one class,
# their names win over any Qt name; none of them defines __init__.
class MainWindow(
    SetupMixin,
    ChromeMixin,
    PagesMixin,
    UnlockMixin,
    InterviewsMixin,
    LockMixin,
    QMainWindow,
):
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
        apply_text_size(self.settings.get(settings.TEXT_SIZE))  # Preferences' text size
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

    # -- quitting: the lock sequence, after the place and sizes are kept -------------
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
