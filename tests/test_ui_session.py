"""The session owns the store and the lock; the window is parts wired by signals (issue 17).

A real SQLCipher store in tmp_path, a real window driven by keys. The structure tests
read the source of ui/ and fail if the old shape comes back: mixins sharing the
window's private state, the trust UI or training importing the window, a call of
another object's private method, a Session that calls the window's parts by name.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.store import Store, StoreLocked
from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from ui.main_window import MainWindow, Mode
from ui.session import FREE_TRIES, Session, backoff_seconds

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "ui"


def ui_modules() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for path in sorted(UI.rglob("*.py"))
    ]


# -- the Session alone: no window, no pages ----------------------------------------------
def test_wrong_passphrases_back_off_then_a_good_one_unlocks_and_is_audited(
    qtbot, store_path: Path
) -> None:
    session = Session(store_path)
    failed: list[tuple[str, int]] = []
    opened: list[bool] = []
    session.unlock_failed.connect(lambda message, wait: failed.append((message, wait)))
    session.unlocked.connect(lambda: opened.append(session.store is not None))
    for _ in range(FREE_TRIES + 1):
        assert session.unlock("not the passphrase") is False
    assert session.is_locked and session.failures == FREE_TRIES + 1
    assert [wait for _message, wait in failed] == [0] * (FREE_TRIES - 1) + [3, 6]
    assert all("Wrong passphrase" in message for message, _wait in failed)
    assert session.unlock(PASSPHRASE) is True
    assert opened == [True] and session.failures == 0 and not session.is_locked
    events = [entry for entry in session.store.audit_log() if entry.event == "unlock_failed"]
    assert events and f"{FREE_TRIES + 1} wrong" in events[-1].detail
    session.lock()
    assert backoff_seconds(FREE_TRIES) == 3


def test_lock_tells_before_and_after_and_runs_once_even_when_asked_again_or_a_slot_fails(
    qtbot, store_path: Path
) -> None:
    session = Session(store_path)
    assert session.unlock(PASSPHRASE)
    store = session.store
    seen: list[tuple[str, str, bool]] = []

    def while_locking(reason: str) -> None:
        # The store is still open: this is the moment to save what shows.
        seen.append(("locking", reason, session.store is not None))
        assert session.is_locking
        store.list_interviews()
        session.lock("again")  # a dialog closed by the lock asking to lock: ignored

    def failing(_reason: str) -> None:
        raise RuntimeError("a slot that fails must not keep the notes open")

    session.locking.connect(while_locking)
    session.locking.connect(failing)
    session.locked.connect(
        lambda reason: seen.append(("locked", reason, session.store is not None))
    )
    with qtbot.capture_exceptions() as raised:
        session.lock("idle")
    assert [type(exc).__name__ for _t, exc, _tb in raised] == ["RuntimeError"]
    assert seen == [("locking", "idle", True), ("locked", "idle", False)]
    assert session.is_locked and not session.is_locking
    with pytest.raises(StoreLocked):
        store.list_interviews()
    session.lock("manual")  # locked already: nothing happens
    assert len(seen) == 2
    reopened = Store.open(store_path, PASSPHRASE)
    locks = [entry.detail for entry in reopened.audit_log() if entry.event == "locked"]
    reopened.lock()
    assert locks[-1] == "idle" and "again" not in locks


# -- the window: parts wired by signals --------------------------------------------------
def test_ctrl_l_runs_the_sequence_through_the_session_and_the_list_is_shown_after_unlock(
    qtbot, store_path: Path, ini_settings
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    shown: list[Mode] = []
    window.shown_after_unlock.connect(lambda: shown.append(window.mode))
    type_passphrase(qtbot, window, PASSPHRASE)
    assert shown == [Mode.LIST] and window.list_page.table.model().rowCount() == 3
    window.list_page.table.setFocus()
    person.press(qtbot, Qt.Key.Key_Return)  # open the selected case (issue 14)
    person.press(qtbot, Qt.Key.Key_Return)  # and its contact
    assert window.mode == Mode.INTERVIEW and window.view is not None
    opened = window.interview_id
    reasons: list[str] = []
    window.session.locking.connect(
        lambda reason: reasons.append(f"locking:{reason}:{window.view is not None}")
    )
    window.session.locked.connect(
        lambda reason: reasons.append(f"locked:{reason}:{window.view is not None}")
    )
    person.press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # Connected after the window's own slots: by the time ours run on ``locking`` they
    # have saved and dropped the view (the store is still open), as on ``locked``.
    assert reasons == ["locking:manual:False", "locked:manual:False"]
    assert window.mode == Mode.LOCKED and window.store is None and window.view is None
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.INTERVIEW and window.interview_id == opened
    assert shown == [Mode.LIST, Mode.INTERVIEW]  # the hook comes after each unlock
    window.close()


def test_the_main_window_is_one_qt_class_not_mixins() -> None:
    bases = [cls for cls in MainWindow.__mro__[1:] if cls is not object]
    assert bases and all(cls.__module__.startswith(("PySide6", "Shiboken")) for cls in bases)
    for path, tree in ui_modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for stmt in node.body:
                    empty_slots = (
                        isinstance(stmt, ast.Assign)
                        and any(getattr(t, "id", "") == "__slots__" for t in stmt.targets)
                        and isinstance(stmt.value, ast.Tuple)
                        and not stmt.value.elts
                    )
                    assert not empty_slots, f"{path}: {node.name} is a mixin without state"
    assert not list(UI.glob("window_[!s]*.py"))  # window_setup, _chrome, _pages, ... gone


def imported_modules(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):  # TYPE_CHECKING and function-level imports count too
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_trust_and_training_never_import_the_window() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path, tree in ui_modules()
        if path.parent.name in ("trust", "training") and "ui.main_window" in imported_modules(tree)
    ]
    assert offenders == []


def test_the_session_calls_no_part_of_the_window_by_name() -> None:
    tree = ast.parse((UI / "session.py").read_text(encoding="utf-8"))
    ui_imports = {m for m in imported_modules(tree) if m.startswith("ui")}
    assert ui_imports == {"ui.window_support"}  # user_message, wait_cursor: leaves
    names = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert not names & {
        "view",
        "clipboard",
        "clear_if_ours",
        "flush",
        "list_page",
        "close_view",
        "autolock",
        "deactivate",
        "statusBar",
        "reject",
    }


def test_nothing_in_ui_calls_another_objects_private_method() -> None:
    found = []
    for path, tree in ui_modules():
        # A class's own static helper, called through its name, is not another object's.
        own = {node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            name, owner = node.func.attr, node.func.value
            if not name.startswith("_") or name.startswith("__"):
                continue
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls", *own):
                continue
            if isinstance(owner, ast.Call) and getattr(owner.func, "id", "") == "super":
                continue
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert found == []
