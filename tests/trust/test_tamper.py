"""A damaged or tampered store: detected on open, left exactly as it was, restorable."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import DamagedStore, Store, WrongPassphrase
from app.store.backup import make_backup, restore_backup
from tests.helpers import PASSPHRASE
from tests.helpers.stores import folder_bytes, full_record

PAGE = 4096
# (name, offset from the page's start): inside the salt, the encrypted body,
# and the reserved IV/HMAC bytes at the page's end.
SPOTS = {
    "first page salt": (0, 5),
    "first page body": (0, 600),
    "middle page body": ("middle", 1000),
    "middle page hmac": ("middle", PAGE - 20),
    "last page body": ("last", 200),
    "last page iv": ("last", PAGE - 70),
}


def _offset(size: int, page: object, within: int) -> int:
    pages = size // PAGE
    index = {"middle": pages // 2, "last": pages - 1}.get(page, page)  # type: ignore[arg-type]
    return int(index) * PAGE + within


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> tuple[Path, Path]:
    for i in range(30):
        store.create_interview(full_record(f"T{i}"))
    backup = tmp_path / "backup.cec"
    make_backup(store, backup)
    store.lock()
    return store.path, backup


@pytest.mark.parametrize("spot", list(SPOTS))
def test_flipped_byte_is_detected_and_nothing_is_touched(
    filled: tuple[Path, Path], spot: str, capfd: pytest.CaptureFixture[str]
) -> None:
    path, backup = filled
    data = bytearray(path.read_bytes())
    assert len(data) // PAGE >= 10
    data[_offset(len(data), *SPOTS[spot])] ^= 0x04
    path.write_bytes(bytes(data))
    before = folder_bytes(path.parent)

    with pytest.raises((DamagedStore, WrongPassphrase)) as caught:
        store = Store.open(path, PASSPHRASE)
        # Not found on open? Then verify must find it (fail loudly either way).
        problems = store.verify()
        store.lock()
        raise AssertionError(f"not detected on open; verify said {problems}")
    message = str(caught.value)
    assert "damaged" in message
    if isinstance(caught.value, DamagedStore):
        assert "backup" in message  # the way out is offered
    assert folder_bytes(path.parent) == before  # byte for byte, no -wal/-shm left, not recreated
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")  # SQLCipher's own log (HMAC failures) stays silent

    # The way out works: restore from the backup made before the damage.
    restored = restore_backup(backup, path, PASSPHRASE)
    try:
        assert len(restored.list_interviews()) == 30
        assert restored.verify() == []
    finally:
        restored.lock()
