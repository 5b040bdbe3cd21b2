"""The training store: its own SQLCipher file, never the real one.

Where: ``training.cec`` in a folder of its own *beside* the real store's default
folder (``<data>/cec-interview-assistant-training/``), or a path given by the
caller. Never inside the real store's folder: a training session must leave that
folder byte for byte as it was (a test hashes it before and after).

The key: a random 256-bit key generated on first use and kept in
``training.key`` beside the store, created 0600 in a 0700 folder. Training holds
only fictional cases, so a trainee has no passphrase to remember; but a key
constant in the source would be the same on every laptop and public, so a copied
training file (or something real a trainee typed by mistake) would open
anywhere. A per-install random key keeps the file unreadable without its key
file, and the file keeps the same at-rest form as the real store. The key is not
a secret from the account that owns the folder, and need not be.

Kept apart: every interview in it has ``training=True`` (``create_interview``
refuses any other), and the real store refuses a training interview (the check
is in ``app.store``), so records can never be imported, exported or moved across.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from app import APP_ID
from app.model import Interview
from app.store import InvalidValue, Store, StoreError, default_store_path
from app.store.engine import FILE_MODE
from app.store.folders import make_private_dirs
from app.store.kinds import TRAINING_EVENT, TRAINING_KEY_NAME, TRAINING_STORE_NAME

STORE_NAME = TRAINING_STORE_NAME
KEY_NAME = TRAINING_KEY_NAME
FOLDER_NAME = f"{APP_ID}-training"


class TrainingStoreError(StoreError):
    """The training store cannot be used; the message says why and what to do."""


def default_training_path() -> Path:
    """``training.cec`` in a folder beside the real store's default folder."""
    return default_store_path().parent.parent / FOLDER_NAME / STORE_NAME


def key_path(store_path: Path) -> Path:
    return store_path.parent / KEY_NAME


def refuse_real_location(path: Path) -> None:
    """Training never lives in, or is, the real store's file or folder."""
    real = default_store_path().resolve()
    here = path.resolve()
    if here == real or here.parent == real.parent or real.parent in here.parents:
        raise TrainingStoreError(
            "The training store is kept apart from real records: choose a folder outside "
            f"{real.parent}.",
            kind="training_apart",
            folder=str(real.parent),
        )


class TrainingStore(Store):
    """A store whose every interview is a fictional training case."""

    TRAINING = True  # read by app.store's create_interview check

    def create_interview(self, interview: Interview) -> str:
        if not interview.training:
            raise InvalidValue(
                "This is the training store: it refuses a real interview; "
                "it holds fictional training cases only.",
                kind="training_real_interview",
            )
        return super().create_interview(interview)


def open_training_store(path: Path | str | None = None) -> TrainingStore:
    """Open the training store at ``path`` (default beside the real folder), creating it."""
    path = Path(path) if path is not None else default_training_path()
    refuse_real_location(path)
    _prepare_folder(path.parent)
    key_file = key_path(path)
    if path.exists():
        if not key_file.exists():
            raise TrainingStoreError(
                "The training store's key file is missing, so its practice cases cannot be "
                "opened. Reset the training store to start again (it holds fictional cases only).",
                kind="training_key_missing",
            )
        store = TrainingStore.open(path, _read_key(key_file))
    else:
        key = _read_key(key_file) if key_file.exists() else _new_key(key_file)
        store = TrainingStore.create(path, key, key)
    assert isinstance(store, TrainingStore)
    _mark(store)
    return store


def _mark(store: TrainingStore) -> None:
    """The training marker in the audit log, once (a backup of this store carries it)."""
    if not any(entry.event == TRAINING_EVENT for entry in store.audit_log()):
        store.audit(TRAINING_EVENT)


def reset_training_store(path: Path | str | None = None) -> None:
    """Delete the training store and its key (fictional data only); the next open starts fresh."""
    path = Path(path) if path is not None else default_training_path()
    refuse_real_location(path)
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), key_path(path)):
        leftover.unlink(missing_ok=True)


def _prepare_folder(folder: Path) -> None:
    make_private_dirs(folder)  # every level it creates 0700, whatever the umask


def _new_key(key_file: Path) -> str:
    key = secrets.token_hex(32)
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        os.write(fd, key.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return key


def _read_key(key_file: Path) -> str:
    key = key_file.read_text(encoding="ascii").strip()
    if len(key) != 64:
        raise TrainingStoreError(
            "The training store's key file is damaged. Reset the training store.",
            kind="training_key_damaged",
        )
    return key
