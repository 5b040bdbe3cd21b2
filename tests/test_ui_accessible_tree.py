"""What a screen reader is told (issue 16, WCAG 4.1.2, 1.3.1): the QAccessible tree of
every page at 1366x768 (the list, a case, and every panel of a contact), walked as an
assistive technology walks it. Fails on an interactive element that is shown and has
no name, and on two shown on one page with the same name and no description to tell
them apart.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface

from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window
from ui.dialogs_new_interview import NewInterviewDialog
from ui.keyboard import GoToDialog, ShortcutsSheet, locations
from ui.main_window import Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

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


def problems(page) -> list[str]:  # noqa: ANN001
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


def test_every_page_names_every_control_for_a_screen_reader(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    window.resize(1366, 768)
    window.finish_setup()
    failures: dict[str, list[str]] = {}

    def check(name: str) -> None:
        found = problems(window)
        if found:
            failures[name] = found

    check("unlock")
    person.type_keys(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    check("list")
    window.list_page.table.setFocus()
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.CASE)
    check("case")
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW)
    view = window.view
    for panel_id in view.flow():
        view.open_panel(panel_id)
        qtbot.wait(20)
        check(f"panel {panel_id}")
    # The keyboard's own dialogs (issue 16), and the new-contact dialog.
    for name, dialog in (
        ("go to", GoToDialog(locations(view.navigator), window)),
        ("shortcuts", ShortcutsSheet(window)),
        ("new interview", NewInterviewDialog(window.store, window.bank, window)),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)
        found = problems(dialog)
        if found:
            failures[name] = found
        dialog.reject()
        dialog.deleteLater()
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())
    window.close()
