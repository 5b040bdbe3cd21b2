"""The main window's chrome: actions and menus, the toolbar, geometry, and the
Help and File entries that open a dialog (About, Tour, Preferences).

Mixed into ``ui.main_window.MainWindow`` (uses its state, set in ``__init__``).
The actions are made in ``__init__`` (their shortcuts work from the first page);
the toolbar only once something is unlocked or the deferred setup runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QSizePolicy, QToolBar, QWidget

from app import APP_NAME
from ui import settings
from ui.window_support import lazy_dialogs


class ChromeMixin:
    __slots__ = ()  # no state of its own: MainWindow.__init__ sets it all

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
        # The guide's reference, at the entry for the current item (ui/guide, issue 12).
        self.guide_action = action(self.tr("The &guide"), "F1", self.show_guide, "guideAction")
        help_menu.insertAction(self.tour_action, self.guide_action)

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

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width = min(1280, available.width()) if available else 1280
            height = min(760, available.height()) if available else 760
            self.resize(width, height)

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
        lazy_dialogs().inform(self, self.tr("About {app}").format(app=APP_NAME), text)

    def show_guide(self) -> None:
        from ui.guide import show_guide

        show_guide(self)

    def show_tour(self) -> None:
        from ui.training.tour import show_tour

        show_tour(self)

    def show_preferences(self) -> None:
        dialog = lazy_dialogs().PreferencesDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_settings()
        dialog.deleteLater()

    def apply_settings(self) -> None:
        """Take the declared settings' current values into effect (after Preferences)."""
        self.autolock.set_timeout_ms(self.settings.get(settings.IDLE_LOCK_MINUTES) * 60_000)
        self.clipboard.clear_after_seconds = self.settings.get(settings.CLIPBOARD_CLEAR_SECONDS)
        apply_text_size(self.settings.get(settings.TEXT_SIZE))


_system_font: Any = None  # the application font before any text size was applied


def apply_text_size(points: int) -> None:
    """The whole window's text at ``points`` (0: the system's size), at once, dialogs too."""
    global _system_font
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    if _system_font is None:
        if not points:
            return  # nothing was changed: leave the system's font alone
        _system_font = QApplication.font()
    font = QApplication.font()
    font.setPointSize(points if points else _system_font.pointSize())
    if font != QApplication.font():
        QApplication.setFont(font)
        # Qt tells open windows only once its event loop has run (exec); tell them here
        # too, so a window made before that (or in tests) follows at once.
        from PySide6.QtCore import QEvent

        for window in QApplication.topLevelWidgets():
            QApplication.sendEvent(window, QEvent(QEvent.Type.ApplicationFontChange))
        sheet = app.styleSheet()
        if sheet:  # a style sheet fixes each widget's font when polished: polish again
            app.setStyleSheet("")
            app.setStyleSheet(sheet)
