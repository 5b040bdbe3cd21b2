"""Keyboard order and what a screen reader is told (issue 16, WCAG 2.4.3, 2.1.1, 2.1.2,
4.1.2): the focus chain as Tab and Shift+Tab walk it, the reading order it must
follow, the keyboard-trap checks, and the walk of the ``QAccessible`` tree.

The reading order of a set of focus stops is decided by a recursive X-Y cut (the
classic page-segmentation rule), on each widget's rectangle on the screen:

1. A *row* is a horizontal band of the screen that no stop's rectangle crosses: the
   stops are split wherever a horizontal line can be drawn between them without
   touching any (a cut), and the rows are read top to bottom.
2. Inside one row the stops are split the same way by vertical lines (columns), read
   left to right.
3. Each row's column (and each column's row) is cut again, until a part holds one stop
   or cannot be cut; stops that overlap (cannot be cut apart) are read by their top,
   then their left edge.
4. A group box (a framed, titled group), a scroll area and each pane of a splitter
   are read as one block where they are on the screen, and their stops inside by the
   same rule; inside a scroll area by where each stop is on the scrolled page (not
   where the view clips it).

So a row of buttons reads left to right, a form top to bottom, and two columns side by
side (a list beside the fields of its chosen item, or two columns of group boxes) the
left column first, then the right one, each top to bottom.

Keys are sent to ``QApplication.focusWidget()``, as a person presses them
(``tests.person``); widgets are only looked up to know where they are.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QInputDialog,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

from app.store.retention import RetentionCandidate
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window
from tests.person import focused, press, show_with_keyboard, type_keys
from ui.export import case_dialog
from ui.export import dialog as export_dialog
from ui.focus_ring import FocusRing
from ui.main_window import MainWindow, Mode
from ui.settings import Settings
from ui.trust import prompts
from ui.trust.jobs import Job
from ui.trust.retention_ui import RetentionDialog

SHIFT = Qt.KeyboardModifier.ShiftModifier


# -- the focus chain ------------------------------------------------------------------


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
    return f"{type(widget).__name__}:{widget.objectName() or ''}:{name[:30]!r}"


def unseen_focus(widget: QWidget) -> str:
    """ "" if the focus ring (ui/focus_ring.py) is shown around ``widget`` (which has the
    focus), else what is wrong (WCAG 2.4.7: focus visible)."""
    QApplication.processEvents()
    rings = [r for r in widget.window().findChildren(FocusRing) if r.isVisible()]
    if not rings:
        return f"no focus ring around {describe(widget)}"
    ring = rings[0]
    around = QRect(ring.mapToGlobal(QPoint(0, 0)), ring.size())
    shown = shown_rect(widget)
    if shown.isEmpty():
        return f"{describe(widget)} has the focus out of sight (not scrolled into view)"
    if not around.contains(shown.center()):
        return f"the focus ring is not around {describe(widget)}"
    return ""


def shown_rect(widget: QWidget) -> QRect:
    """What of ``widget`` is on the screen: its rectangle, clipped by every parent's
    (a scroll area's viewport shows only part of its page)."""
    rect = screen_rect(widget)
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(screen_rect(parent))
        parent = parent.parentWidget()
    return rect


def tab_chain(
    qtbot,  # noqa: ANN001
    backwards: bool = False,
    limit: int = 250,
    unseen: list[str] | None = None,
) -> list[QWidget]:
    """Press Tab (Shift+Tab) on whatever has focus until focus is back where it started;
    the widgets the focus went through, the starting one first. With ``unseen``, each
    stop where the focus ring cannot be seen is added to it.

    Fails on a keyboard trap: a press that leaves focus where it was, focus lost, or no
    way back to the start within ``limit`` presses."""
    start = focused()
    seen = [start]
    for _ in range(limit):
        if unseen is not None and (problem := unseen_focus(seen[-1])):
            unseen.append(problem)
        if backwards:
            press(qtbot, Qt.Key.Key_Backtab, SHIFT)
        else:
            press(qtbot, Qt.Key.Key_Tab)
        now = focused()
        if (
            now is start
            and len(seen) == 1
            and not any(
                focusable(w) for w in start.window().findChildren(QWidget) if w is not start
            )
        ):
            return seen  # the window's one stop (a message's one button): Tab stays on it
        if now is seen[-1]:
            key = "Shift+Tab" if backwards else "Tab"
            raise AssertionError(f"keyboard trap: {key} does not leave {describe(now)}")
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError(
        f"Tab never came back to {describe(start)}: {[describe(w) for w in seen[-6:]]}"
    )


def screen_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _cut(items: list[tuple[QWidget, QRect]], vertical: bool) -> list[list[tuple[QWidget, QRect]]]:
    """Split ``items`` at every gap no rectangle crosses: horizontal lines (rows) or,
    with ``vertical``, vertical lines (columns)."""

    def span(r: QRect) -> tuple[int, int]:
        return (r.left(), r.right()) if vertical else (r.top(), r.bottom())

    ordered = sorted(items, key=lambda i: span(i[1]))
    groups: list[list[tuple[QWidget, QRect]]] = []
    reach = None
    for item in ordered:
        start, end = span(item[1])
        if reach is None or start > reach:
            groups.append([item])
            reach = end
        else:
            groups[-1].append(item)
            reach = max(reach, end)
    return groups


def _xy_cut(items: list[tuple[QWidget, QRect]], vertical: bool = False) -> list[QWidget]:
    if len(items) <= 1:
        return [w for w, _ in items]
    groups = _cut(items, vertical)
    if len(groups) == 1:
        other = _cut(items, not vertical)
        if len(other) == 1:  # overlapping: top, then left
            return [w for w, r in sorted(items, key=lambda i: (i[1].top(), i[1].left()))]
        return [w for g in other for w in _xy_cut(g, vertical)]
    return [w for g in groups for w in _xy_cut(g, not vertical)]


BLOCKS = (QScrollArea, QGroupBox)  # read as a whole, where they are


def _block(widget: QWidget, within: QWidget | None) -> QWidget | None:
    """The outermost group box or scroll area holding ``widget`` below ``within``."""
    outer = None
    parent = widget.parentWidget()
    while parent is not None and parent is not within:
        if isinstance(parent, BLOCKS) or isinstance(parent.parentWidget(), QSplitter):
            outer = parent
        parent = parent.parentWidget()
    return outer


def _rect_in(widget: QWidget, within: QWidget | None) -> QRect:
    if within is None:
        return screen_rect(widget)
    if isinstance(within, QScrollArea) and within.widget() is not None:
        within = within.widget()  # where it is on the scrolled page, not where it is clipped
    return QRect(widget.mapTo(within, QPoint(0, 0)), widget.size())


def _read(stops: list[QWidget], within: QWidget | None) -> list[QWidget]:
    blocks: dict[QWidget, list[QWidget]] = {}
    single: list[QWidget] = []
    for widget in stops:
        block = _block(widget, within)
        if block is None:
            single.append(widget)
        else:
            blocks.setdefault(block, []).append(widget)
    items = [(w, _rect_in(w, within)) for w in single]
    items += [(b, _rect_in(b, within)) for b in blocks if b not in single]
    out: list[QWidget] = []
    for widget in _xy_cut(items):
        if widget in single:
            out.append(widget)
        if widget in blocks:
            out += _read(blocks[widget], widget)
    return out


def reading_order(widgets: Iterable[QWidget]) -> list[QWidget]:
    """``widgets`` in reading order (the module's rule: recursive X-Y cut, rows first).

    A group box, a splitter's pane, and what scrolls inside a scroll area, is read as
    one block where it is, in the order of its own inside (for a scroll area, where
    each stop is on the scrolled page, not where it happens to be clipped)."""
    return _read(list(widgets), None)


def inside(chain: list[QWidget], scope: QWidget) -> list[QWidget]:
    """The run of ``chain`` inside ``scope`` (its descendants, or itself)."""
    return [w for w in chain if w is scope or scope.isAncestorOf(w)]


def order_problems(chain: list[QWidget]) -> list[str]:
    """Where the Tab sequence ``chain`` differs from the reading order of its stops
    (compared as a cycle: Tab wraps at the end of a window)."""
    expected = reading_order(chain)
    if not expected:
        return []
    first = chain.index(expected[0])
    actual = chain[first:] + chain[:first]
    if actual == expected:
        return []
    return [
        "Tab goes  " + " -> ".join(describe(w) for w in actual),
        "reads as  " + " -> ".join(describe(w) for w in expected),
    ]


def ring_installed() -> bool:
    """The window's focus ring is on (``MainWindow.finish_setup`` installs it)."""
    return any(r for w in QApplication.topLevelWidgets() for r in w.findChildren(FocusRing))


def keyboard_problems(qtbot, scope: QWidget | None = None) -> list[str]:  # noqa: ANN001
    """Every keyboard check of what is on screen, from the widget in focus: Tab and
    Shift+Tab leave every stop and go round (no trap), Shift+Tab goes the same way
    back, Tab follows the reading order (within ``scope`` if given: the page; a
    dialog's own chain wraps inside it), and every table or list moves with the
    arrow keys while Tab leaves it."""
    out: list[str] = []
    try:
        forward = tab_chain(qtbot, unseen=out if ring_installed() else None)
        backward = tab_chain(qtbot, backwards=True)
    except AssertionError as exc:
        return [str(exc)]
    if [forward[0], *reversed(forward[1:])] != backward:
        out.append(
            "Shift+Tab does not go back the way Tab came: "
            + " -> ".join(describe(w) for w in backward)
        )
    stops = inside(forward, scope) if scope is not None else forward
    out += order_problems(stops)
    for view in stops:
        if isinstance(view, QAbstractItemView):
            out += table_problems(qtbot, view)
    return out


def table_problems(qtbot, view: QAbstractItemView) -> list[str]:  # noqa: ANN001
    """In a table or list: Down moves the current row and keeps focus, Tab leaves it."""
    model = view.model()
    if model is None or model.rowCount() < 2:
        return []
    view.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    if focused() is not view:
        return [f"{describe(view)} does not take the focus"]

    def where() -> tuple:
        index, path = view.currentIndex(), []
        while index.isValid():  # a tree's row is counted under its parent
            path.insert(0, (index.row(), index.data()))
            index = index.parent()
        return tuple(path)

    press(qtbot, Qt.Key.Key_Home)
    before = where()
    press(qtbot, Qt.Key.Key_Down)
    out = []
    if focused() is not view or where() == before:
        out.append(f"Down does not move inside {describe(view)}")
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Tab)
    if focused() is view:
        out.append(f"Tab does not leave {describe(view)}")
    return out


def focusable(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def with_dialog(
    qtbot,  # noqa: ANN001
    behind: QWidget,
    opens: Callable[[], object],
    check: Callable[[QWidget], None],
    kind: type[QWidget] = QWidget,
) -> None:
    """Run ``opens`` (a shortcut or an action that shows a dialog over ``behind``, and may
    wait in it, ``exec()``); ``check`` gets the dialog once it has the keyboard, and must
    close it (Esc: for a modal dialog, ``opens`` returning is the proof Esc closed it).
    Only a window of ``kind`` counts (a progress window may come and go first)."""
    done: list[QWidget] = []
    failure: list[BaseException] = []

    def look() -> None:
        if gave_up:
            return
        dialog = QApplication.activeWindow()
        if not isinstance(dialog, kind) or dialog is behind or QApplication.focusWidget() is None:
            QTimer.singleShot(20, look)
            return
        try:
            check(dialog)
        except BaseException as exc:  # noqa: BLE001 - raised again after exec() returns
            failure.append(exc)
            dialog.close()
        done.append(dialog)

    gave_up: list[bool] = []
    QTimer.singleShot(0, look)
    opens()
    try:
        qtbot.waitUntil(lambda: bool(done), timeout=10000)
    except Exception:
        gave_up.append(True)
        raise AssertionError(f"no dialog came up: {QApplication.activeWindow()!r}") from None
    if failure:
        raise failure[0]
    # The keyboard is back in the window behind, as when a person closed it.
    behind.activateWindow()
    qtbot.waitUntil(
        lambda: QApplication.activeWindow() is behind and QApplication.focusWidget() is not None,
        timeout=5000,
    )


def escape_closes(qtbot, dialog: QWidget) -> bool:  # noqa: ANN001
    """Esc on the focused widget of ``dialog`` closes it."""
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=2000)
    return True


# -- the accessible tree --------------------------------------------------------------

R = QAccessible.Role
INTERACTIVE = {
    R.PushButton,
    R.CheckBox,
    R.RadioButton,
    R.ComboBox,
    R.EditableText,
    R.SpinBox,
    R.Slider,
    R.PageTabList,
    R.List,
    R.Table,
    R.Tree,
    R.ButtonMenu,
    R.ButtonDropDown,
    R.Link,
}
CONTAINERS_OF_ITEMS = {R.List, R.Table, R.Tree, R.PageTabList, R.MenuBar, R.ToolBar}


def _shown(iface: QAccessibleInterface) -> bool:
    state = iface.state()
    return not (state.invisible or state.offscreen)


def walk(iface: QAccessibleInterface, found: list[QAccessibleInterface]) -> None:
    if not iface.isValid() or not _shown(iface):
        return
    found.append(iface)
    if iface.role() in CONTAINERS_OF_ITEMS:
        return  # its rows, cells and tabs are named by their own text
    for n in range(iface.childCount()):
        child = iface.child(n)
        if child is not None:
            walk(child, found)


def accessible_problems(page: QWidget) -> list[str]:
    """Walk ``page``'s ``QAccessible`` tree as an assistive technology does: an
    interactive element shown without a name, or two with the same name and no
    description to tell them apart, is a problem."""
    root = QAccessible.queryAccessibleInterface(page)
    assert root is not None
    found: list[QAccessibleInterface] = []
    walk(root, found)
    controls = [i for i in found if i.role() in INTERACTIVE]
    assert controls, "no interactive element found: the walk is broken"
    out = []
    for iface in controls:
        if not iface.text(QAccessible.Text.Name).strip():
            obj = iface.object()
            out.append(f"no name: {iface.role().name} {type(obj).__name__}:{obj.objectName()}")
    names = Counter(
        (i.text(QAccessible.Text.Name).strip(), i.text(QAccessible.Text.Description).strip())
        for i in controls
        if i.text(QAccessible.Text.Name).strip()
    )
    out += [
        f"same name twice, no description: {name!r}"
        for (name, d), c in names.items()
        if c > 1 and not d
    ]
    return out


# -- every dialog, opened as the CSW opens it ---------------------------------------------

Visit = Callable[[str, QWidget], None]  # (the dialog's name, the dialog, with the keyboard)
CTRL = Qt.KeyboardModifier.ControlModifier


def unlocked_window(qtbot, store_path: Path, settings: Settings) -> MainWindow:  # noqa: ANN001
    """The window on ``store_path`` (the template's three cases), unlocked by keys."""
    window = open_window(qtbot, store_path, settings)
    window.finish_setup()
    focused().setFocus()
    type_keys(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    return window


class EveryDialog:
    """Opens each dialog of the window the way the CSW opens it (its shortcut, its menu
    action, or the flow that asks it), hands it to ``visit`` once it has the keyboard,
    then presses Esc on it: a dialog Esc does not close fails here. ``seen`` lists the
    dialogs visited, by name."""

    def __init__(self, qtbot, window: QWidget, visit: Visit) -> None:  # noqa: ANN001
        self.qtbot, self.window, self.visit = qtbot, window, visit
        self.seen: list[str] = []

    def shown(self, name: str, dialog: QWidget, close: bool = True) -> None:
        self.visit(name, dialog)
        self.seen.append(name)
        if close:
            escape_closes(self.qtbot, dialog)

    def opened(self, name: str, opens: Callable[[], object], kind: type[QWidget] = QWidget) -> None:
        with_dialog(self.qtbot, self.window, opens, lambda d: self.shown(name, d), kind)

    def keys(self, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> Callable[[], None]:
        return lambda: press(self.qtbot, key, modifier)

    def action(self, action_id: str) -> Callable[[], None]:
        act = self.window.findChild(QAction, action_id)
        assert act is not None, action_id
        return act.trigger

    def tabs(self, name: str) -> Callable[[QWidget], None]:
        """A driver of the export dialogs' test hook: every page of the dialog, shown."""

        def drive(dialog: QWidget) -> None:
            show_with_keyboard(self.qtbot, dialog)
            count = dialog.tabs.count()  # type: ignore[attr-defined]
            for n in range(count):
                dialog.tabs.setCurrentIndex(n)  # type: ignore[attr-defined]
                dialog.tabs.tabBar().setFocus()  # type: ignore[attr-defined]
                QApplication.processEvents()
                self.shown(f"{name}, page {n + 1}", dialog, close=n == count - 1)

        return drive

    # -- the list page, the window's own and the Store menu's dialogs, the case page --
    def of_the_list_and_a_case(self, window: MainWindow, folder: Path) -> None:
        qtbot = self.qtbot
        self.opened("new interview", self.keys(Qt.Key.Key_N))
        self.opened("preferences", self.action("preferencesAction"))
        self.opened("about", self.action("aboutAction"))
        self.opened("shortcuts sheet", self.action("shortcutsAction"))
        self.opened("tour (walkthrough)", self.action("tourAction"))
        self.opened("change passphrase", self.action("changePassphraseAction"))
        self.opened("audit log", self.action("auditAction"))
        window.list_page.table.setFocus()
        self.opened(
            "confirm: delete case", self.keys(Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
        )
        # A long store job (backup, restore, the check of a backup) shows its progress
        # with Cancel; this one waits until it has been looked at.
        release = threading.Event()
        job = Job(window, "Back up the notes", lambda _progress: release.wait(10))
        self.opened("progress of a store job", job.start)
        release.set()
        qtbot.waitUntil(lambda: job.done)
        # Backup: the file is chosen (the file dialog is the system's, not ours), then
        # the message that says where the backup went.
        prompts.answer_next(folder / "backup.cec")
        self.opened("backup made (message)", self.action("backupAction"), QMessageBox)
        assert (folder / "backup.cec").exists()
        # Restore: the backup's passphrase is asked (Esc: nothing happens) ...
        prompts.answer_next(folder / "backup.cec")
        self.opened("restore: the backup's passphrase", self.action("restoreAction"), QInputDialog)
        # ... then, the backup checked, "Replace ... with the backup?" (Esc: Cancel).
        prompts.answer_next(folder / "backup.cec")
        prompts.answer_next(PASSPHRASE)
        self.opened("restore: confirm", self.action("restoreAction"), QMessageBox)
        # The retention offer (after an unlock, when summaries were exported long ago).
        store = window.store
        candidates = [
            RetentionCandidate(s, datetime.now(UTC), False) for s in store.list_interviews()
        ]
        self.opened(
            "retention offer",
            lambda: RetentionDialog(candidates, 30, window).open(),
        )
        window.list_page.table.setFocus()
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.mode == Mode.CASE)
        self.opened(
            "new contact", self.keys(Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
        )
        self.opened("search", self.keys(Qt.Key.Key_F))
        self.opened("move contact", self.action("moveContactAction"))
        case_dialog.drive_dialog = self.tabs("case summary")
        self.action("caseSummaryAction")()

    def of_a_contact(self, window: MainWindow) -> None:
        qtbot = self.qtbot
        window.list_page.table.setFocus()
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.mode == Mode.CASE)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW)
        self.opened("go to", self.keys(Qt.Key.Key_G))
        export_dialog.drive_dialog = self.tabs("export")
        press(qtbot, Qt.Key.Key_E, CTRL)


LIST_AND_CASE_DIALOGS = 20  # how many ``of_the_list_and_a_case`` visits (4 summary pages)
CONTACT_DIALOGS = 5  # go to, and the export's four pages
