"""Actions and shortcuts are declared once (ui/actions.py) and the window shows them all.

The declarations: no two shortcuts clash, every action has a place in a menu or on
the toolbar, every place names a declared action. The real window: each declared
action is in its menu (or on the toolbar), shows its shortcut in its tooltip, is
enabled in the modes declared and no others, and the window makes no action that is
not declared.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from ui import actions
from ui.main_window import Mode


def test_no_two_declared_shortcuts_clash(qapp) -> None:  # noqa: ANN001 - standard keys need the app
    seen: dict[str, str] = {}
    for spec in actions.ACTIONS:
        for keys in spec.key_sequences():
            text = keys.toString(QKeySequence.SequenceFormat.PortableText)
            assert text, spec.id
            assert text not in seen, f"{text}: {spec.id} and {seen.get(text)}"
            seen[text] = spec.id
    # The fixed ones (docs/window.md, Keyboard); New, Quit and Preferences are the
    # platform's standard keys (Ctrl+N, Ctrl+Q on a Linux desktop; the offscreen
    # platform of the tests knows other bindings, or none).
    assert {"Ctrl+L", "Ctrl+Shift+L", "F1"} <= set(seen)


def test_every_declared_action_has_a_place_and_every_place_a_declared_action() -> None:
    declared = [spec.id for spec in actions.ACTIONS]
    assert len(declared) == len(set(declared))
    placed = [
        entry
        for _mid, _title, entries in actions.MENUS
        for entry in entries
        if entry != actions.SEPARATOR
    ]
    placed += [entry for entry in actions.TOOLBAR if entry != actions.SPACER]
    assert set(declared) <= set(placed), set(declared) - set(placed)
    assert set(placed) <= set(declared), set(placed) - set(declared)


def window_actions(window) -> dict[str, QAction]:  # noqa: ANN001
    return {act.objectName(): act for act in window.findChildren(QAction) if act.objectName()}


def test_the_window_shows_each_declared_action_in_its_place_enabled_by_mode(
    qtbot, store_path: Path, ini_settings
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    window.finish_setup()  # the Store menu and the toolbar
    made = window_actions(window)
    assert set(made) - {"mainToolbar"} == {spec.id for spec in actions.ACTIONS}
    menus = {menu.objectName(): menu for menu in window.menuBar().findChildren(QMenu)}
    bar = [act.menu().objectName() for act in window.menuBar().actions() if act.menu()]
    assert bar == [mid for mid, _title, _entries in actions.MENUS]  # File, Store, Help
    for menu_id, _title, entries in actions.MENUS:
        in_menu = [act.objectName() for act in menus[menu_id].actions() if not act.isSeparator()]
        assert in_menu == [e for e in entries if e != actions.SEPARATOR]
    on_toolbar = [act.objectName() for act in window.toolbar.actions() if act.objectName()]
    assert on_toolbar == [e for e in actions.TOOLBAR if e != actions.SPACER]
    for spec in actions.ACTIONS:  # the tooltip names the first (main) binding
        bindings = spec.key_sequences()
        if bindings:
            shown = bindings[0].toString(QKeySequence.SequenceFormat.NativeText)
            assert made[spec.id].toolTip().endswith(f"({shown})"), spec.id
            assert made[spec.id].shortcuts() == bindings, spec.id

    def enabled() -> set[str]:
        return {
            name
            for name, act in window_actions(window).items()
            if name in {s.id for s in actions.ACTIONS} and act.isEnabled()
        }

    def declared_for(mode: Mode) -> set[str]:
        return {spec.id for spec in actions.ACTIONS if mode in spec.modes}

    assert window.mode == Mode.UNLOCK and enabled() == declared_for(Mode.UNLOCK)
    assert "lockAction" not in enabled() and "backupAction" not in enabled()
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST and enabled() == declared_for(Mode.LIST)
    assert {"lockAction", "newAction", "backupAction"} <= enabled()
    window.lock_action.trigger()
    assert window.mode == Mode.LOCKED and enabled() == declared_for(Mode.LOCKED)
    window.close()
