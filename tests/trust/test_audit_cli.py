"""Audit trail and the backup/restore/audit CLI, on real store files."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest

import main
from app.store import Store, WrongPassphrase
from app.store.audit import UnlockAttempts, open_audited
from app.store.backup import make_backup, restore_backup
from tests.helpers import OTHER_PASSPHRASE, PASSPHRASE
from tests.helpers.stores import full_record

CANARY = "Zq-AUDIT-CANARY"


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_kind_of_event_is_recorded_with_times_and_no_content(
    new_store_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = Store.create(new_store_path, PASSPHRASE, PASSPHRASE)  # first run
    iid = store.create_interview(full_record(CANARY))
    doomed = store.create_interview(full_record(CANARY + "-2"))
    store.lock()

    attempts = UnlockAttempts()
    with pytest.raises(WrongPassphrase):
        open_audited(new_store_path, "not the passphrase at all", attempts)
    store = open_audited(new_store_path, PASSPHRASE, attempts)
    assert attempts.failures == []
    store.record_export(iid, "pdf", f"/home/csw/{CANARY}.pdf")
    make_backup(store, tmp_path / "b.cec")
    store.delete_interview(doomed)
    store.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE)
    store.lock()
    restore_backup(tmp_path / "b.cec", new_store_path, PASSPHRASE).lock()

    code, out, err = cli(
        monkeypatch,
        capsys,
        "audit",
        "--store",
        str(new_store_path),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert (code, err) == (0, "")
    events = [line.split("\t")[1] for line in out.splitlines()]
    # The restored store is the backup's: its history up to the backup, then the restore.
    for event in (
        "store_created",
        "unlock_failed",
        "store_unlocked",
        "store_locked",
        "summary_exported",
        "store_restored",
    ):
        assert event in events, event
    assert all(re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\t", line) for line in out.splitlines())
    assert CANARY not in out and "/home/csw" not in out

    # The events after the backup are in the history of the store they happened to
    # (the one replaced by the restore); check them on a store that saw them all.
    other = Store.create(tmp_path / "second.cec", PASSPHRASE, PASSPHRASE)
    gone = other.create_interview(full_record(CANARY))
    other.delete_interview(gone)
    make_backup(other, tmp_path / "second-backup.cec")
    other.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE)
    other.lock()
    code, out, _ = cli(
        monkeypatch,
        capsys,
        "audit",
        "--store",
        str(tmp_path / "second.cec"),
        "--passphrase-stdin",
        "--last",
        "5",
        stdin=OTHER_PASSPHRASE + "\n",
    )
    assert code == 0
    assert [line.split("\t")[1] for line in out.splitlines()] == [
        "interview_deleted",
        "backup_made",
        "passphrase_changed",
        "store_locked",
        "store_unlocked",
    ]
    assert CANARY not in out


def test_cli_backup_and_restore(
    store: Store,
    new_store_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.create_interview(full_record("CLI1"))
    store.lock()
    target = tmp_path / "backup.cec"
    code, out, err = cli(
        monkeypatch,
        capsys,
        "backup",
        str(target),
        "--store",
        str(new_store_path),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert (code, err) == (0, "") and "1 interview(s)" in out and target.is_file()

    code, _, err = cli(
        monkeypatch,
        capsys,
        "backup",
        str(target),
        "--store",
        str(new_store_path),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and "already exists" in err

    own = tmp_path / "own.cec"
    code, _, err = cli(
        monkeypatch,
        capsys,
        "backup",
        str(own),
        "--store",
        str(new_store_path),
        "--new-passphrase",
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{OTHER_PASSPHRASE}\n",
    )
    assert (code, err) == (0, "")

    reopened = Store.open(new_store_path, PASSPHRASE)
    reopened.create_interview(full_record("CLI2"))
    reopened.lock()

    code, _, err = cli(
        monkeypatch,
        capsys,
        "restore",
        str(own),
        "--store",
        str(new_store_path),
        "--passphrase-stdin",
        stdin=OTHER_PASSPHRASE + "\n",
    )
    assert code == 1 and "--replace" in err
    code, _, err = cli(
        monkeypatch,
        capsys,
        "restore",
        str(own),
        "--store",
        str(new_store_path),
        "--replace",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert code == 1 and "wrong passphrase" in err
    code, out, err = cli(
        monkeypatch,
        capsys,
        "restore",
        str(own),
        "--store",
        str(new_store_path),
        "--replace",
        "--passphrase-stdin",
        stdin=OTHER_PASSPHRASE + "\n",
    )
    assert (code, err) == (0, "") and "1 interview(s)" in out
    restored = Store.open(new_store_path, OTHER_PASSPHRASE)  # the backup's passphrase now
    try:
        assert [s.youth_name for s in restored.list_interviews()] == ["CLI1-youth.name-Zq"]
    finally:
        restored.lock()


def test_cli_help_lists_the_new_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main.main(["--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in ("backup", "restore", "audit"))
