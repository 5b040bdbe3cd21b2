"""Issue 11: the whole passphrase keys the store, however it arrives; stores keyed the
old way (PRAGMA hexkey, cut at 40 UTF-8 bytes) are moved to the new key at the first
unlock; a new passphrase must be rated safe by zxcvbn.

Real SQLCipher files in tmp_path; legacy stores are built with raw sqlcipher3 and
``PRAGMA hexrekey``, the statement the app used before.
"""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from app.store import Store, WeakPassphrase, WrongPassphrase
from app.store.backup import check_backup, make_backup, restore_backup
from tests.helpers.legacy import P75, make_legacy, old_hexkey, quoted_key, raw_opens
from tests.helpers.stores import full_record

ROOT = Path(__file__).resolve().parent.parent

# Fictional passphrases of the lengths the issue names.
P60 = "violet ferries cross the quiet harbour before the copper dawn"[:60]
CYR41 = "тихая гавань светит медным фонарём на лугу"[:41]  # 2 UTF-8 bytes a letter
ACCENTED = "Crème brûlée au café de la Rivière 42"


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


@pytest.fixture
def filled(tmp_path: Path):
    """A store made by the core with a passphrase, holding one interview; locked."""

    def make(passphrase: str, name: str = "store.cec") -> tuple[Path, str]:
        path = tmp_path / name
        store = Store.create(path, passphrase, passphrase)
        interview_id = store.create_interview(full_record("W"))
        store.lock()
        return path, interview_id

    return make


# --- the whole passphrase ------------------------------------------------------------


@pytest.mark.parametrize("passphrase", [P60, P75, CYR41], ids=["60-char", "75-char", "cyrillic-41"])
def test_every_character_of_the_passphrase_counts(filled, passphrase: str) -> None:
    assert _utf8_len(passphrase) > 40
    path, interview_id = filled(passphrase)
    # SQLCipher itself: the file opens with the whole passphrase as the key ...
    assert raw_opens(path, quoted_key(passphrase))
    # ... and not with the old 40-byte cut (today's hexkey opened it with that).
    assert not raw_opens(path, old_hexkey(passphrase))
    same_start = passphrase[:-1] + ("x" if passphrase[-1] != "x" else "y")
    cut_plus = passphrase.encode("utf-8")[:40].decode("utf-8", "ignore") + "anything at all"
    for wrong in (same_start, cut_plus):
        with pytest.raises(WrongPassphrase):
            Store.open(path, wrong)
    store = Store.open(path, passphrase)
    try:
        assert store.load(interview_id).id == interview_id
    finally:
        store.lock()


def test_a_new_passphrase_sharing_the_first_40_bytes_really_replaces_the_old(filled) -> None:
    old = P75
    new = P75[:45] + " and amber gulls call over the pier"
    assert old.encode()[:40] == new.encode()[:40]
    path, interview_id = filled(old)
    store = Store.open(path, old)
    store.change_passphrase(old, new, new)
    assert store.verify() == []  # the live connection sees one key on every page
    store.lock()
    with pytest.raises(WrongPassphrase):
        Store.open(path, old)
    assert not raw_opens(path, quoted_key(old))
    reopened = Store.open(path, new)
    try:
        assert reopened.load(interview_id).id == interview_id
    finally:
        reopened.lock()


def test_a_quote_in_the_passphrase_is_part_of_the_key(filled) -> None:
    tricky = "it's the harbour's ' OR 1=1; -- lantern 42"
    path, _ = filled(tricky)
    assert raw_opens(path, quoted_key(tricky))
    with pytest.raises(WrongPassphrase):
        Store.open(path, tricky.replace("'", ""))
    Store.open(path, tricky).lock()


def test_a_backup_is_keyed_with_the_whole_passphrase(filled, tmp_path: Path) -> None:
    path, _ = filled(P75)
    store = Store.open(path, P75)
    try:
        target = tmp_path / "backup.cec"
        make_backup(store, target)
        own = tmp_path / "own.cec"
        make_backup(store, own, passphrase=CYR41)
    finally:
        store.lock()
    assert raw_opens(target, quoted_key(P75)) and not raw_opens(target, old_hexkey(P75))
    assert raw_opens(own, quoted_key(CYR41)) and not raw_opens(own, old_hexkey(CYR41))
    with pytest.raises(WrongPassphrase):
        check_backup(target, P75[:40] + "something else")
    assert check_backup(target, P75).interviews == 1


def test_the_training_store_key_is_used_whole(tmp_path: Path) -> None:
    from app.training.store import key_path, open_training_store

    path = tmp_path / "training" / "training.cec"
    open_training_store(path).lock()
    key = key_path(path).read_text(encoding="ascii")
    assert len(key) == 64
    assert raw_opens(path, quoted_key(key))
    assert not raw_opens(path, old_hexkey(key))


# --- stores keyed the old way ---------------------------------------------------------


@pytest.mark.parametrize("passphrase", [P75, CYR41], ids=["75-char", "cyrillic-41"])
def test_a_legacy_store_opens_with_the_full_passphrase_and_moves_to_the_new_key(
    filled, passphrase: str
) -> None:
    path, interview_id = filled(passphrase)
    make_legacy(path, passphrase)
    assert not raw_opens(path, quoted_key(passphrase))

    # The user does nothing else: the first unlock opens the notes and notes what
    # was typed; the next unlock typed the same way moves the store.
    store = Store.open(path, passphrase)
    try:
        assert store.load(interview_id).id == interview_id
        assert "passphrase_key_upgrade_pending" in [e.event for e in store.audit_log()]
    finally:
        store.lock()
    assert raw_opens(path, old_hexkey(passphrase))
    store = Store.open(path, passphrase)
    try:
        assert store.load(interview_id).id == interview_id
        events = [e.event for e in store.audit_log()]
        assert "passphrase_key_upgraded" in events
        assert store.verify() == []
    finally:
        store.lock()
    assert raw_opens(path, quoted_key(passphrase))
    assert not raw_opens(path, old_hexkey(passphrase))
    # The cut passphrase that opened the legacy store opens nothing any more.
    cut = passphrase.encode("utf-8")[:40].decode("utf-8", "ignore") + "zz"
    with pytest.raises(WrongPassphrase):
        Store.open(path, cut)
    again = Store.open(path, passphrase)
    try:
        assert [e.event for e in again.audit_log()].count("passphrase_key_upgraded") == 1
    finally:
        again.lock()


def test_a_typo_after_the_40th_byte_at_the_first_unlock_never_becomes_the_key(filled) -> None:
    """The old key ignored the tail: a typo there opens an old store. Rekeying to it
    at once would lock the CSW out (they do not know the typo); the store moves only
    when two unlocks typed the whole passphrase alike."""
    path, interview_id = filled(P75)
    make_legacy(path, P75)
    typo = P75[:-3] + "xyz"
    for typed in (typo, P75, typo):  # each opens (old key); no two in a row agree
        store = Store.open(path, typed)
        try:
            assert store.load(interview_id).id == interview_id
        finally:
            store.lock()
        assert raw_opens(path, old_hexkey(P75)), typed
    for _ in range(2):  # now the real passphrase, twice
        Store.open(path, P75).lock()
    assert raw_opens(path, quoted_key(P75))
    with pytest.raises(WrongPassphrase):
        Store.open(path, typo)
    Store.open(path, P75).lock()


def test_a_legacy_store_whose_upgrade_fails_still_opens_and_upgrades_next_time(
    filled, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store import StoreFull

    path, interview_id = filled(P75)
    make_legacy(path, P75)

    def full(self, new):  # noqa: ANN001, ANN202 - the disk fills during the rekey
        raise StoreFull()

    Store.open(path, P75).lock()  # the first unlock: typed once, nothing to move yet
    with monkeypatch.context() as patch:
        patch.setattr(Store, "_rekey", full)
        store = Store.open(path, P75)
        try:
            assert store.load(interview_id).id == interview_id
            store.set_narrative(interview_id, "written with the old key")
        finally:
            store.lock()
    assert raw_opens(path, old_hexkey(P75))
    store = Store.open(path, P75)
    try:
        assert store.load(interview_id).narrative == "written with the old key"
    finally:
        store.lock()
    assert raw_opens(path, quoted_key(P75))


def test_a_new_store_with_a_40_byte_passphrase_does_not_open_with_more_typed(filled) -> None:
    exact = "quiet harbour lantern over copper meadow"
    assert _utf8_len(exact) == 40
    path, _ = filled(exact)
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase):
        Store.open(path, exact + " and a typo")  # its first 40 bytes are the key
    assert {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()} == before
    with pytest.raises(WrongPassphrase):
        Store.verify_file(path, exact + " and a typo")
    store = Store.open(path, exact)
    try:
        make_backup(store, path.parent / "backup.cec")
    finally:
        store.lock()
    with pytest.raises(WrongPassphrase):
        check_backup(path.parent / "backup.cec", exact + " and a typo")
    assert check_backup(path.parent / "backup.cec", exact).interviews == 1


def test_a_wrong_passphrase_on_a_legacy_store_changes_nothing(filled) -> None:
    path, _ = filled(P75)
    make_legacy(path, P75)
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase):
        Store.open(path, "the quiet harbour lantern glows over a different meadow")
    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    assert after == before


def test_verify_reads_a_legacy_store_with_the_full_passphrase(filled) -> None:
    path, _ = filled(P60)
    make_legacy(path, P60)
    assert Store.verify_file(path, P60) == []


def test_a_legacy_backup_restores_with_the_full_passphrase(filled, tmp_path: Path) -> None:
    path, interview_id = filled(P75)
    store = Store.open(path, P75)
    backup = tmp_path / "old-backup.cec"
    try:
        make_backup(store, backup)
    finally:
        store.lock()
    make_legacy(backup, P75)
    assert check_backup(backup, P75).interviews == 1
    restored = restore_backup(backup, path, P75)
    try:
        assert restored.load(interview_id).id == interview_id
    finally:
        restored.lock()
    Store.open(path, P75).lock()  # the next unlock typed alike moves it
    assert raw_opens(path, quoted_key(P75))


def test_a_legacy_training_store_still_opens(tmp_path: Path) -> None:
    from app.training.store import key_path, open_training_store

    path = tmp_path / "training" / "training.cec"
    open_training_store(path).lock()
    key = key_path(path).read_text(encoding="ascii")
    make_legacy(path, key)
    open_training_store(path).lock()  # opens; and the next unlock with the same key moves it
    assert raw_opens(path, old_hexkey(key))
    open_training_store(path).lock()
    assert raw_opens(path, quoted_key(key))


# --- one key however the passphrase arrives ---------------------------------------------


def test_an_nfd_typed_passphrase_opens_an_nfc_made_store(filled) -> None:
    nfc = unicodedata.normalize("NFC", ACCENTED)
    nfd = unicodedata.normalize("NFD", ACCENTED)
    assert nfc != nfd
    path, _ = filled(nfc)
    Store.open(path, nfd).lock()
    Store.open(path, "\ufeff" + nfd + "\r\n").lock()  # pasted with a BOM and a line ending
    with pytest.raises(WrongPassphrase):
        Store.open(path, " " + nfc)  # spaces are part of the passphrase


def test_a_passphrase_piped_with_a_bom_and_crlf_under_lang_c(filled) -> None:
    words = "Ранок над гаванню, café crème 42"
    path, _ = filled(words)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHON"))}
    # A C locale, and a pipe the interpreter would decode as a Windows code page.
    env.update(LANG="C", LC_ALL="C", PYTHONIOENCODING="cp1252", PYTHONUTF8="0")
    piped = b"\xef\xbb\xbf" + words.encode("utf-8") + b"\r\n"
    run = subprocess.run(
        [sys.executable, "main.py", "--store", str(path), "list", "--passphrase-stdin"],
        cwd=ROOT,
        input=piped,
        capture_output=True,
        timeout=120,
        env=env,
    )
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in run.stderr


# --- strength -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "weak",
    [
        "ilovemykids2015",  # 15 characters, not on the old list: accepted before
        "Summer2024!!",
        "Jx7#kq9!Lm",
        "correct horse battery staple 42",  # the printed example, plus a number
    ],
)
def test_zxcvbn_refuses_what_an_offline_attack_would_find(tmp_path: Path, weak: str) -> None:
    with pytest.raises(WeakPassphrase, match="too common or too easy to guess") as err:
        Store.create(tmp_path / "s" / "store.cec", weak, weak)
    assert "could find it in" in str(err.value)
    assert not (tmp_path / "s").exists()


def test_a_nul_or_raw_key_form_is_refused_as_a_new_passphrase(tmp_path: Path) -> None:
    for bad in ("harbour\x00lantern meadow 42", "x'" + "ab" * 32 + "'"):
        with pytest.raises(WeakPassphrase, match="cannot"):
            Store.create(tmp_path / "s" / "store.cec", bad, bad)
    assert not (tmp_path / "s").exists()


def test_piped_bytes_that_are_not_utf8_are_a_one_line_error(filled) -> None:
    path, _ = filled(P60)
    before = path.read_bytes()
    run = subprocess.run(
        [sys.executable, "main.py", "--store", str(path), "list", "--passphrase-stdin"],
        cwd=ROOT,
        input=P60.encode("latin-1") + b"\xe9\xff\n",
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 1
    err = run.stderr.decode("utf-8")
    assert "not UTF-8" in err and "Traceback" not in err and err.count("\n") == 1
    assert path.read_bytes() == before


def test_the_cli_moves_a_legacy_store_and_rekeys_to_a_long_passphrase(filled) -> None:
    path, _ = filled(P75)
    make_legacy(path, P75)
    Store.open(path, P75).lock()  # an earlier unlock typed it the same way
    run = subprocess.run(
        [sys.executable, "main.py", "--store", str(path), "rekey", "--passphrase-stdin"],
        cwd=ROOT,
        input=f"{P75}\n{CYR41}\n".encode(),
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    assert raw_opens(path, quoted_key(CYR41))
    with pytest.raises(WrongPassphrase):
        Store.open(path, CYR41[:20] + "другие слова тут 42")
    store = Store.open(path, CYR41)
    try:
        events = [e.event for e in store.audit_log()]
        assert "passphrase_key_upgraded" in events and "passphrase_changed" in events
    finally:
        store.lock()
