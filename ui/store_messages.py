"""The store's messages in the window's language (issue 15).

The store (app/store) words its failures in English fragments the CSW can read
(``str(exc)``); the window shows them through ``ui.window_support.user_message``,
which asks here first. An error raised with its class's own message (``kind ==
"default"``) or with a reason this table knows (``kind`` and ``fields``) is worded
from the tables below; any other keeps the store's English. The English here is the
store's word for word (``tests/test_ui_translations_loading.py`` checks it).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "StoreMessages"

# Each StoreError class's default_message, by module.class.
DEFAULTS = {
    "app.store.errors.StoreError": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the store could not be used",
    ),
    # Its own class, the base's words (training's store refusals say more in their text).
    "app.training.store.TrainingStoreError": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the store could not be used",
    ),
    "app.store.errors.WrongPassphrase": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "wrong passphrase or damaged store",
    ),
    "app.store.errors.DamagedStore": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the store is damaged and cannot be opened safely; it has not been changed. Keep "
        "the file and ask IT to restore it from a backup",
    ),
    "app.store.errors.DamagedLog": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the store is damaged and cannot be opened safely; it has not been changed. Keep "
        "the file and ask IT to restore it from a backup",
    ),
    "app.store.errors.NewerStore": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "this store was written by a newer version of the CEC Interview Assistant; update"
        " the application to open it",
    ),
    "app.store.errors.WeakPassphrase": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the passphrase is too weak",
    ),
    "app.store.errors.StoreFull": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the disk is full, so this change was not saved; everything saved before is safe."
        " Free some space and save again",
    ),
    "app.store.errors.StoreLocked": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the store is locked; unlock it with the passphrase",
    ),
    "app.store.errors.StoreNotFound": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "there is no store at that location",
    ),
    "app.store.errors.StoreExists": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "a store already exists at that location",
    ),
    "app.store.errors.NotFound": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "no such interview in the store",
    ),
    "app.store.errors.InvalidValue": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "a value could not be saved",
    ),
    "app.store.errors.NotAStore": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "that file is not a store of the CEC Interview Assistant; it has not been changed",
    ),
    "app.store.errors.StoreReadOnly": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the store's folder cannot be written (a read-only disk or folder), so the notes "
        "cannot be opened for work; nothing was changed. Move the store to a folder you "
        "can write, or ask IT",
    ),
    "app.store.errors.StoreInUse": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the store is open in another window (or another program is using it); nothing "
        "was changed. Lock or close it there first",
    ),
    "app.store.backup.StoreInUse": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the store is open in another window or program; lock and close it there first, "
        "then restore",
    ),
    "app.store.backup.BackupError": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the backup could not be made",
    ),
    "app.store.backup.BackupCancelled": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the backup was cancelled; nothing was written",
    ),
    "app.store.backup.NotABackup": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "that file is not a backup of this application's store",
    ),
    "app.store.backup.WrongKindOfStore": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "that backup is of another kind of store; nothing was changed",
    ),
}

# Reasons raised with a ``kind`` (WeakPassphrase's in app/store/passphrase.py, the
# training store's, worded for the window: it has no reset of its own), by kind;
# tests/test_ui_app_messages.py finds every kind raised.
REASONS = {
    "not_text": QT_TRANSLATE_NOOP("StoreMessages", "the passphrase must be text"),
    "bad_character": QT_TRANSLATE_NOOP(
        "StoreMessages", "the passphrase contains a character that cannot be used"
    ),
    "mismatch": QT_TRANSLATE_NOOP("StoreMessages", "the two passphrases do not match"),
    "raw_key": QT_TRANSLATE_NOOP(
        "StoreMessages", "a passphrase cannot have the form x'…'; choose words instead"
    ),
    "too_short": QT_TRANSLATE_NOOP(
        "StoreMessages", "the passphrase must be at least {n} characters long"
    ),
    "too_easy": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "that passphrase is too common or too easy to guess: someone with a copy of the "
        "file could find it in {time}. {advice} Choose another",
    ),
    # The training store's refusals (app/training/store.py), by kind.
    "training_apart": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "The training store is kept apart from real records: choose a folder outside {folder}.",
    ),
    "training_real_interview": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "This is the training store: it refuses a real interview; it holds fictional training "
        "cases only.",
    ),
    "training_key_missing": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "The training store's key file is missing, so its practice cases cannot be opened. "
        "County IT can reset the training store to start again (it holds fictional cases "
        "only).",
    ),
    "training_key_damaged": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "The training store's key file is damaged, so its practice cases cannot be opened. "
        "County IT can reset the training store to start again (it holds fictional cases "
        "only).",
    ),
    # The backup's refusals (app/store/backup.py).
    "backup_no_passphrase": QT_TRANSLATE_NOOP(
        "StoreMessages", "a passphrase is needed for the backup"
    ),
    "backup_over_store": QT_TRANSLATE_NOOP(
        "StoreMessages", "the backup cannot replace the store itself; choose another file"
    ),
    "no_backup_there": QT_TRANSLATE_NOOP("StoreMessages", "there is no backup at {file}"),
    "backup_unreadable": QT_TRANSLATE_NOOP("StoreMessages", "the file {file} cannot be read"),
    "backup_training_over_real": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "a backup of the training store (fictional practice cases) cannot replace the real "
        "notes. Nothing was changed",
    ),
    "backup_real_over_training": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "a backup of real notes cannot replace the training store, which holds fictional "
        "practice cases only. Nothing was changed",
    ),
    "backup_not_written": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the backup could not be written (the disk may be full, or the place cannot be "
        "written); choose another place",
    ),
    "backup_wrong_passphrase": QT_TRANSLATE_NOOP(
        "StoreMessages", "wrong passphrase for this backup, or the backup is damaged"
    ),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "the backup is damaged and cannot be used; nothing was changed. Try another backup",
    ),
    # The store file's checks at the door (app/store/guard.py).
    "empty_file": QT_TRANSLATE_NOOP(
        "StoreMessages", "the store file is empty; it has not been changed"
    ),
    "plain_database": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "that file is a plain, unencrypted database, not a store of the CEC Interview "
        "Assistant; it has not been changed",
    ),
    "not_whole_pages": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "that file ({size} bytes) is damaged or is not a store of the CEC Interview "
        "Assistant; it has not been changed. Keep it and ask IT to restore the notes from a "
        "backup",
    ),
    "earlier_log": QT_TRANSLATE_NOOP(
        "StoreMessages",
        "files of an earlier store (its log) are in that folder; nothing was created. Move "
        "them away or ask IT",
    ),
    # app/store/store.py's change of passphrase, app/store/retention.py's rebuild.
    "current_wrong": QT_TRANSLATE_NOOP("StoreMessages", "the current passphrase is not correct"),
    "busy_rebuilding": QT_TRANSLATE_NOOP(
        "StoreMessages", "the store is busy; the deleted pages are not yet rebuilt"
    ),
    "cannot_open": QT_TRANSLATE_NOOP("StoreMessages", "the store file cannot be opened: {reason}"),
}
NO_WARNING = QT_TRANSLATE_NOOP(
    "StoreMessages", "Add another word or two; uncommon words are better."
)


def words(exc: BaseException) -> str | None:
    """``exc``'s message in the window's language, or None (show ``str(exc)``)."""
    kind = getattr(exc, "kind", "")
    fields = dict(getattr(exc, "fields", {}) or {})
    if kind == "default":
        for cls in type(exc).__mro__:
            key = f"{cls.__module__}.{cls.__name__}"
            if key in DEFAULTS:
                return QCoreApplication.translate(CONTEXT, DEFAULTS[key])
        return None
    if kind not in REASONS:
        return None
    if "os_reason" in fields:  # an OS error's reason (app.oserrors), in the window's words
        from ui.app_messages import OS_REASONS  # noqa: PLC0415 - only on this refusal

        fields["reason"] = QCoreApplication.translate(
            "AppMessages", OS_REASONS[str(fields["os_reason"])]
        ).format(code=fields.get("code", ""))
    if kind == "too_easy":
        from ui.pages.strength import crack_time, translated  # noqa: PLC0415 - only on this refusal

        warning = str(fields.get("warning") or "")
        fields["time"] = crack_time(float(fields.get("guesses_log10") or 0.0))
        fields["advice"] = (
            translated(warning) if warning else QCoreApplication.translate(CONTEXT, NO_WARNING)
        )
    return QCoreApplication.translate(CONTEXT, REASONS[kind]).format(**fields)
