"""Reaching every part of the interview from the keyboard (issue 16, WCAG 2.1.1).

The actions are declared in ``ui.actions`` (the Go menu and Help > Keyboard
shortcuts); this module holds what they do:

- ``go_to_panel(window, n)``: Ctrl+1 … Ctrl+9, the n-th panel of the interview;
- ``focus_navigator(window)``: Ctrl+0, the keyboard to the navigator (the panels and
  their questions; arrow keys move, Enter opens);
- ``GoToDialog``: Ctrl+G, type a few letters of a panel or a question, the list
  narrows as you type, Enter goes there;
- ``ShortcutsSheet``: Help > Keyboard shortcuts, or ``?`` wherever ``?`` is not typed
  into a text field: every declared shortcut and the interview's own keys.

``trigger(window, action_id)`` does each of them (the window imports this module only
when a key is first pressed: see ui/pages/common.py on Qt's enums). The window is
used through its public accessors (``view``) only, never imported.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ui import actions
from ui.interview.navigator import ROLE_LOCATION  # each entry's "panel" or "panel/page"
from ui.widgets.fitting import screen_room

PANEL_KEYS = 9  # Ctrl+1 … Ctrl+9
CONTEXT = "Keyboard"

# Keys that are not actions of the window (each belongs to one widget or page); shown
# on the sheet. (keys, what they do; translated under CONTEXT)
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("Keyboard", "Next panel or question")),
    ("Ctrl+Shift+Enter", QT_TRANSLATE_NOOP("Keyboard", "Previous panel or question")),
    ("Alt+Right / Alt+Left", QT_TRANSLATE_NOOP("Keyboard", "Next / previous panel")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("Keyboard", "Export the contact summary (in an interview)")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Keyboard", "Next / previous field; in a text box too")),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("Keyboard", "Leave a text box that takes Tab")),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Space"),
        QT_TRANSLATE_NOOP("Keyboard", "Tick or untick the box or choice in focus"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Arrow keys"),
        QT_TRANSLATE_NOOP(
            "Keyboard", "Move in a list, a table or the navigator; choose between answers"
        ),
    ),
    ("Enter", QT_TRANSLATE_NOOP("Keyboard", "Open what is chosen in a list or the navigator")),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Body map: Enter"),
        QT_TRANSLATE_NOOP("Keyboard", "Place a new mark in the middle of the front view"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Body map: arrow keys"),
        QT_TRANSLATE_NOOP("Keyboard", "Choose the next or previous mark"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Body map: Shift+arrow keys"),
        QT_TRANSLATE_NOOP("Keyboard", "Move the chosen mark"),
    ),
    (
        QT_TRANSLATE_NOOP("Keyboard", "Body map: Delete"),
        QT_TRANSLATE_NOOP("Keyboard", "Remove the chosen mark"),
    ),
    ("Esc", QT_TRANSLATE_NOOP("Keyboard", "Close a dialog; on a case page, back to the list")),
)

# Keys named in words: translated on the sheet; "Ctrl+Enter" and the like stay as they are.
WORDED_KEYS = frozenset(
    ("Space", "Arrow keys", "Body map: Enter", "Body map: arrow keys",
     "Body map: Shift+arrow keys", "Body map: Delete")
)  # fmt: skip


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _view(window: Any) -> Any:
    return window.view


def go_to_panel(window: Any, number: int) -> None:
    """The ``number``-th panel (1-based) of the open interview, its first field focused."""
    view = _view(window)
    if view is None:
        return
    flow = view.flow()
    if 1 <= number <= len(flow):
        view.open_panel(flow[number - 1])


def focus_navigator(window: Any) -> None:
    view = _view(window)
    if view is not None:
        view.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)


def locations(navigator: QTreeWidget) -> list[tuple[str, str]]:
    """(text, location) of every panel and question page in the navigator, in order."""
    found = []
    for n in range(navigator.topLevelItemCount()):
        top = navigator.topLevelItem(n)
        panel_text = top.text(0).strip()
        found.append((panel_text, top.data(0, ROLE_LOCATION)))
        for m in range(top.childCount()):
            child = top.child(m)
            text = child.text(0).strip()
            found.append((f"{text}  ({panel_text})", child.data(0, ROLE_LOCATION)))
    return found


class GoToDialog(QDialog):
    """Ctrl+G: type part of a panel's or a question's name; Enter goes to the first match
    (or the one chosen with the arrow keys)."""

    def __init__(self, entries: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDialog")
        self.setWindowTitle(tr("Go to"))
        self.chosen = ""
        layout = QVBoxLayout(self)
        label = QLabel(tr("&Panel or question:"), self)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(tr("Panel or question to go to"))
        self.search.setPlaceholderText(tr("Type part of a name"))
        label.setBuddy(self.search)
        self.results = QListWidget(self)
        self.results.setAccessibleName(tr("Matching panels and questions"))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrows come from the box
        for text, location in entries:
            item = QListWidgetItem(text, self.results)
            item.setData(ROLE_LOCATION, location)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self.search.textChanged.connect(self._narrow)
        self.search.returnPressed.connect(self.accept)
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.search.installEventFilter(self)
        self._narrow("")
        self.search.setFocus()
        self.resize(520, 420)

    def _shown(self) -> list[QListWidgetItem]:
        return [
            self.results.item(n)
            for n in range(self.results.count())
            if not self.results.item(n).isHidden()
        ]

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        for n in range(self.results.count()):
            item = self.results.item(n)
            haystack = item.text().casefold()
            item.setHidden(not all(w in haystack for w in words))
        shown = self._shown()
        self.results.setCurrentItem(shown[0] if shown else None)

    def eventFilter(self, obj: object, event: object) -> bool:  # noqa: N802 (Qt name)
        if (
            obj is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            shown = self._shown()
            if shown:
                current = self.results.currentItem()
                idx = shown.index(current) if current in shown else -1
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.results.setCurrentItem(shown[max(0, min(len(shown) - 1, idx + step))])
            return True
        return super().eventFilter(obj, event)

    def accept(self) -> None:
        current = self.results.currentItem()
        if current is None or current.isHidden():
            return  # nothing matches: stay, so the CSW can type again
        self.chosen = current.data(ROLE_LOCATION)
        super().accept()


def show_go_to(window: Any) -> None:
    view = _view(window)
    if view is None:
        return
    dialog = GoToDialog(locations(view.navigator), window)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            target = _view(window)  # the view may have gone (a lock while the dialog was open)
            if target is not None:
                target.open_panel(dialog.chosen)
    finally:
        dialog.deleteLater()


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every declared action with a shortcut, then the others."""
    rows = []
    for spec in actions.ACTIONS:
        keys = spec.key_sequences()
        if not keys:
            continue
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys[:1])
        rows.append((shown, actions.tr(spec.text).format(n=spec.n).replace("&", "")))
    rows += [(tr(keys) if keys in WORDED_KEYS else keys, tr(what)) for keys, what in OTHER_KEYS]
    return rows


class ShortcutsSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("What they do")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no trap)
        self.table.verticalHeader().setVisible(False)
        for n, (keys, what) in enumerate(rows):
            self.table.setItem(n, 0, QTableWidgetItem(keys))
            self.table.setItem(n, 1, QTableWidgetItem(what))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Both columns whole at any text size (200 %: issue 16), within the screen.
        need = (
            self.table.horizontalHeader().length()
            + self.table.verticalScrollBar().sizeHint().width()
        )
        room = screen_room(self)
        self.resize(min(max(640, need + 48), room.width()), min(560, room.height()))


def show_shortcuts(window: QWidget) -> None:
    sheet = ShortcutsSheet(window)
    sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    sheet.open()


def trigger(window: Any, action_id: str) -> None:
    """Do what the keyboard action ``action_id`` (one of ``actions.KEYBOARD``) does."""
    if action_id == "goToAction":
        show_go_to(window)
    elif action_id == "navigatorAction":
        focus_navigator(window)
    elif action_id == "shortcutsAction":
        show_shortcuts(window)
    elif action_id.startswith("panel") and action_id.endswith("Action"):
        go_to_panel(window, int(action_id[len("panel") : -len("Action")]))
