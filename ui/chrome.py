"""The main window's chrome: the declared actions (``ui.actions``) in the File and Help
menus and on the toolbar, the title, the window's geometry, and the application's
text size.

``Chrome`` owns the actions, the menus and the toolbar; the window passes it the slot
for each action id. The actions are made at once (their shortcuts work from the
first page); the toolbar only once something is unlocked or the deferred setup runs.
``follow(mode, unlocked)`` is connected to ``Pages.switched``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from app import APP_NAME
from ui import actions, settings
from ui.window_support import Mode


class Chrome:
    def __init__(
        self,
        window: QMainWindow,
        app_settings: settings.Settings,
        slots: Mapping[str, Callable[[], object]],
    ) -> None:
        self._window = window
        self._settings = app_settings
        self._toolbar: QToolBar | None = None
        self._unlocked = False
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        for action_id, slot in slots.items():
            act = actions.make_action(action_id, window, slot)
            window.addAction(act)  # shortcuts work even with the toolbar hidden
            self.actions[action_id] = act
        for menu_id in ("fileMenu", "goMenu", "helpMenu"):
            self.menus[menu_id] = self.add_menu(menu_id, self.actions)

    def add_menu(self, menu_id: str, acts: Mapping[str, QAction]) -> QMenu:
        """The declared menu ``menu_id`` with ``acts`` (by id), in the menu bar in its
        declared place (the Store menu comes later, before Help)."""
        title, entries = actions.menu(menu_id)
        bar = self._window.menuBar()
        menu = QMenu(actions.tr(title), bar)
        menu.setObjectName(menu_id)
        for entry in entries:
            if entry == actions.SEPARATOR:
                menu.addSeparator()
            else:
                menu.addAction(acts[entry])
        order = [mid for mid, _title, _entries in actions.MENUS]
        later = [self.menus[mid] for mid in order[order.index(menu_id) + 1 :] if mid in self.menus]
        if later:
            bar.insertMenu(later[0].menuAction(), menu)
        else:
            bar.addMenu(menu)
        self.menus[menu_id] = menu
        return menu

    # -- the toolbar ---------------------------------------------------------------------
    def ensure_toolbar(self) -> QToolBar:
        """The toolbar (hidden while locked, so it is not built for the first page)."""
        if self._toolbar is not None:
            return self._toolbar
        from PySide6.QtCore import Qt  # noqa: PLC0415 - not at module level: see ui/pages/common.py

        window = self._window
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(QCoreApplication.translate("MainWindow", "Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for entry in actions.TOOLBAR:
            if entry == actions.SPACER:
                spacer = QWidget(toolbar)
                spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                toolbar.addWidget(spacer)
            else:
                toolbar.addAction(self.actions[entry])
        window.addToolBar(toolbar)
        toolbar.setVisible(self._unlocked)
        self._toolbar = toolbar
        state = self._settings.get(settings.WINDOW_STATE)
        if not state.isEmpty():  # toolbar placement; it must exist to be restored
            window.restoreState(state)
        return toolbar

    @property
    def toolbar_built(self) -> bool:
        return self._toolbar is not None

    # -- following the mode --------------------------------------------------------------
    def follow(self, mode: Mode, unlocked: bool) -> None:
        """Toolbar, actions and title for the page now shown."""
        self._unlocked = unlocked
        if unlocked or self._toolbar is not None:
            self.ensure_toolbar().setVisible(unlocked)
        actions.set_enabled_for(self.actions.values(), mode)
        # The title never carries a name or any other content.
        window = self._window
        window.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{app} (locked)").format(app=APP_NAME)
            if mode == Mode.LOCKED
            else APP_NAME
        )

    def restore_geometry(self) -> None:
        window = self._window
        geometry = self._settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not window.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width = min(1280, available.width()) if available else 1280
            height = min(760, available.height()) if available else 760
            window.resize(width, height)


_system_font: Any = None  # the application font before any text size was applied


def apply_text_size(points: int) -> None:
    """The whole window's text at ``points`` (0: the system's size), at once, dialogs too."""
    global _system_font
    app = QApplication.instance()
    if app is None:
        return
    if _system_font is None:
        if not points:
            return  # nothing was changed: leave the system's font alone
        _system_font = QApplication.font()
    font = QApplication.font()
    before = font.pointSizeF()
    font.setPointSize(points if points else _system_font.pointSize())
    if font != QApplication.font():
        QApplication.setFont(font)
        # A widget that set its own font (a title 1.6x the text, a bold heading) keeps
        # its size when the application's changes: scale it by the same factor, so
        # every text follows (issue 16, 200 % text).
        from PySide6.QtCore import Qt  # noqa: PLC0415 - not at module level: see ui/pages/common.py

        ratio = font.pointSizeF() / before if before > 0 else 1.0
        for widget in QApplication.allWidgets():
            own = widget.font()
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and own.pointSizeF() > 0:
                own.setPointSizeF(own.pointSizeF() * ratio)
                widget.setFont(own)
        # Qt tells open windows only once its event loop has run (exec); tell them here
        # too, so a window made before that (or in tests) follows at once.
        for window in QApplication.topLevelWidgets():
            QApplication.sendEvent(window, QEvent(QEvent.Type.ApplicationFontChange))
        sheet = app.styleSheet()
        if sheet:  # a style sheet fixes each widget's font when polished: polish again
            app.setStyleSheet("")
            app.setStyleSheet(sheet)
