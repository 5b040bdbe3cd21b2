"""The Guide pane, docked at the window's right; F1 opens it at the entry for the
item the CSW is on (docs/window.md, "The Guide pane")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from app.content.guide import entry_for, item_text
from ui.guide.pane import GuidePane

DOCK_NAME = "guideDock"


def guide_dock(window: QMainWindow) -> QDockWidget | None:
    return window.findChild(QDockWidget, DOCK_NAME)


def _bank(window):  # noqa: ANN001, ANN202
    # The bank the window loaded (main and training windows both call it ``bank``).
    bank = getattr(window, "bank", None)
    if bank is None:
        from app.content import load_content  # noqa: PLC0415 - on first F1

        bank = load_content(getattr(window, "content_dir", None))
    return bank


def _interview_view(window: QMainWindow) -> QWidget | None:
    """The open interview: the main window's ``view``, or a practice session's view."""
    view = getattr(window, "view", None)
    if view is None:
        view = getattr(getattr(window, "session", None), "view", None)
    return view if isinstance(view, QWidget) and hasattr(view, "current_panel") else None


def show_guide(window: QMainWindow) -> GuidePane | None:
    """Open (or bring forward) the Guide pane at the entry for the current item."""
    from app.content.loader import ContentError  # noqa: PLC0415 - on first F1

    try:
        bank = _bank(window)
    except ContentError:
        return None  # the content problem page already says why
    dock = guide_dock(window)
    if dock is None:
        dock = QDockWidget(QCoreApplication.translate("MainWindow", "Guide"), window)
        dock.setObjectName(DOCK_NAME)
        dock.setAccessibleName(QCoreApplication.translate("MainWindow", "Guide"))
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)  # fmt: skip
        pane = GuidePane(bank, dock)
        dock.setWidget(pane)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.resizeDocks([dock], [max(340, window.width() * 3 // 10)], Qt.Orientation.Horizontal)
        pane.closed.connect(lambda: _hide(window, dock))
        mode_changed = getattr(window, "mode_changed", None)
        if mode_changed is not None:
            mode_changed.connect(lambda mode: _mode_changed(window, dock, mode))
    pane = dock.widget()
    assert isinstance(pane, GuidePane)
    view = _interview_view(window)
    item, panel = ("", "")
    if view is not None and view.isVisible():
        from ui.guide.locate import current_item  # noqa: PLC0415 - on first F1

        item, panel = current_item(view)
    entry = entry_for(bank, item, panel)
    pane.open_at(entry)
    pane.set_context(item_text(bank, item) if item else "", bool(entry))
    dock.show()
    dock.raise_()
    pane.search.setFocus()
    return pane


def _hide(window: QMainWindow, dock: QDockWidget) -> None:
    dock.hide()
    back = _interview_view(window)
    if back is not None and back.isVisible():
        back.setFocus()


def _mode_changed(window: QMainWindow, dock: QDockWidget, mode) -> None:  # noqa: ANN001
    # Locked (or back at the unlock page): the pane goes, with whatever was typed in it.
    if getattr(mode, "name", "") in ("LOCKED", "UNLOCK", "WELCOME", "CONTENT_PROBLEM"):
        dock.hide()
        pane = dock.widget()
        if isinstance(pane, GuidePane):
            pane.search.clear()
