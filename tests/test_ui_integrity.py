"""Issue 17 ("performance"): the whole-file page check runs in a worker once the list is
shown (ui/integrity.py), never on the GUI thread; damage found there locks the window
with a clear message and the restore offer; lock and quit stop the worker cleanly."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.store import Store
from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.stores import full_record
from tests.helpers.window import open_window, type_passphrase
from ui.integrity import PageCheck
from ui.main_window import Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
PAGE = 4096


def _checks(window) -> PageCheck:  # noqa: ANN001
    check = window.findChild(PageCheck)
    assert check is not None, "the window made no page check"
    return check


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, list[str]]]:
    """Every Store.check_pages call: the thread it ran on and what it found."""
    calls: list[tuple[int, list[str]]] = []
    real = Store.check_pages

    def spy(self: Store) -> list[str]:
        found = real(self)
        calls.append((threading.get_ident(), found))
        return found

    monkeypatch.setattr(Store, "check_pages", spy)
    return calls


def test_damage_far_from_the_first_pages_opens_then_locks_with_the_message(
    qtbot,
    store_path: Path,
    ini_settings,
    spied,  # noqa: ANN001
) -> None:
    store = Store.open(store_path, PASSPHRASE)
    for i in range(30):
        store.create_interview(full_record(f"P{i}"))
    store.lock()
    data = bytearray(store_path.read_bytes())
    pages = len(data) // PAGE
    assert pages >= 20
    far = (pages * 2 // 3) * PAGE  # far from page 1, and not the list's index pages
    data[far + 700] ^= 0x10
    store_path.write_bytes(bytes(data))

    window = open_window(qtbot, store_path, ini_settings)
    modes: list[Mode] = []
    window.mode_changed.connect(modes.append)
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.mode == Mode.LOCKED, timeout=20000)

    assert modes[0] == Mode.LIST  # the list was shown first, then the check locked it
    assert window.store is None
    text = window.locked_page.error.text()
    assert "damaged" in text and "backup" in text
    offer = next(o for o in window.trust.offers if o.page is window.locked_page)
    assert offer.box.isVisible()
    assert len(spied) == 1
    gui_thread, found = threading.get_ident(), spied[0][1]
    assert spied[0][0] != gui_thread  # never on the GUI thread
    assert found and any("HMAC" in p or "hmac" in p.lower() for p in found), found
    assert not _checks(window).running
    window.close()


def test_a_whole_store_stays_open_and_the_check_ran_off_the_gui_thread(
    qtbot,
    store_path: Path,
    ini_settings,
    spied,  # noqa: ANN001
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    check = _checks_after_unlock(qtbot, window)
    with qtbot.waitSignal(check.finished, timeout=20000) as done:
        pass
    assert done.args == [True]
    assert [found for _, found in spied] == [[]]
    assert spied[0][0] != threading.get_ident()
    assert window.mode == Mode.LIST and window.store is not None
    window.close()


def _checks_after_unlock(qtbot, window) -> PageCheck:  # noqa: ANN001
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    return _checks(window)


@pytest.fixture
def slow_check(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """A check that takes a while and then reports damage (to see a late answer dropped)."""
    state: dict[str, object] = {"started": threading.Event(), "ended": False}

    def slow(self: Store) -> list[str]:
        state["started"].set()  # type: ignore[attr-defined]
        time.sleep(0.6)
        state["ended"] = True
        return ["page 9: HMAC check failed (a late answer)"]

    monkeypatch.setattr(Store, "check_pages", slow)
    return state


def test_lock_while_the_check_runs_stops_it_and_drops_its_answer(
    qtbot,
    store_path: Path,
    ini_settings,
    slow_check,  # noqa: ANN001
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    check = _checks_after_unlock(qtbot, window)
    qtbot.waitUntil(slow_check["started"].is_set, timeout=10000)  # type: ignore[attr-defined]
    assert check.running
    person.press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L, as a person
    assert window.mode == Mode.LOCKED
    assert slow_check["ended"] is True and not check.running  # the lock waited for it
    qtbot.wait(50)  # any queued answer would arrive now
    assert window.locked_page.error.text() == ""  # the late answer was dropped
    assert not check.found_damage
    # The next unlock does not check up front, and shows the list again.
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    window.close()
    assert not check.running


def test_quit_while_the_check_runs_leaves_no_thread(
    qtbot,
    store_path: Path,
    ini_settings,
    slow_check,  # noqa: ANN001
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    check = _checks_after_unlock(qtbot, window)
    qtbot.waitUntil(slow_check["started"].is_set, timeout=10000)  # type: ignore[attr-defined]
    before = {t.ident for t in threading.enumerate()}
    window.close()  # quits: locks, which stops the check (Qt would warn of a running QThread)
    assert slow_check["ended"] is True and not check.running
    assert window.store is None
    after = {t.ident for t in threading.enumerate()}
    assert after <= before
