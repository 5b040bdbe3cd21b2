"""Issue 11 through the window: a damaged file is never made a store, a store open in
another window or on a read-only folder says so, and a CLI writer is refused while
the window has the store unlocked. Keys go where the focus is, as a person types."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.store import Store, WrongPassphrase
from tests.helpers import PASSPHRASE
from tests.helpers.trust import CANNOT_WRITE, IN_USE, cli_process, holder, read_only_view
from tests.helpers.window import open_window
from tests.person import press, type_keys
from ui.main_window import Mode

OTHER = "Copper-meadow-violet-17"


def _unlock_by_keys(qtbot, window, passphrase: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.stack.currentWidget().passphrase.hasFocus(), timeout=2000)
    type_keys(qtbot, passphrase + "\n")


def test_a_one_byte_file_is_never_made_a_store(qtbot, tmp_path: Path, ini_settings) -> None:
    path = tmp_path / "notes" / "store.cec"
    path.parent.mkdir()
    path.write_bytes(b"x")
    window = open_window(qtbot, path, ini_settings)
    assert window.mode == Mode.UNLOCK  # an existing file: never the first-run page
    _unlock_by_keys(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.UNLOCK
    assert "not a store" in window.unlock_page.error.text()
    assert window.unlock_page.error.isVisible()
    assert sorted(p.name for p in path.parent.iterdir()) == ["store.cec"]
    assert path.read_bytes() == b"x"


def test_a_second_window_is_told_the_store_is_open(qtbot, store_path: Path, ini_settings) -> None:
    with holder(store_path, passphrase=PASSPHRASE):  # another window (process) has it unlocked
        before = store_path.read_bytes()
        window = open_window(qtbot, store_path, ini_settings)
        _unlock_by_keys(qtbot, window, PASSPHRASE)
        assert window.mode == Mode.UNLOCK
        text = window.unlock_page.error.text()
        assert IN_USE in text.lower() and "wrong passphrase" not in text.lower()
        assert store_path.read_bytes() == before
    # The other window is gone (killed): this one now unlocks.
    _unlock_by_keys(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST


def test_the_cli_cannot_rekey_while_the_window_has_the_store(
    qtbot, store_path: Path, ini_settings
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    _unlock_by_keys(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    done = cli_process(
        "rekey", "--store", str(store_path), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{OTHER}\n"
    )
    assert done.returncode == 1 and IN_USE in done.stderr
    # The window's store still saves: lock with Ctrl+L (audited), unlock again.
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.mode == Mode.LOCKED
    _unlock_by_keys(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    store = Store.open(store_path, PASSPHRASE)  # the old passphrase: nothing was rekeyed
    try:
        events = [e.event for e in store.audit_log()]
        assert events.count("store_unlocked") >= 3 and "passphrase_changed" not in events
    finally:
        store.lock()
    try:
        Store.open(store_path, OTHER).lock()
        raise AssertionError("the refused rekey changed the passphrase")
    except WrongPassphrase:
        pass


def test_a_read_only_folder_is_named_as_such(
    qtbot, store_path: Path, tmp_path: Path, ini_settings
) -> None:
    with read_only_view(store_path.parent, tmp_path / "ro") as view:
        window = open_window(qtbot, view / store_path.name, ini_settings)
        _unlock_by_keys(qtbot, window, PASSPHRASE)
        assert window.mode == Mode.UNLOCK
        text = window.unlock_page.error.text()
        assert CANNOT_WRITE in text.lower() and "wrong passphrase" not in text.lower()
        window.close()
