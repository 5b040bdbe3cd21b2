"""The store's exceptions: each carries a message fit to show the CSW as it is."""

from __future__ import annotations

from app.model import TextRefused


class StoreError(Exception):
    """Base of every store failure; ``str(exc)`` is a user-facing message."""

    default_message = "the store could not be used"

    def __init__(self, message: str | None = None, kind: str = "", **fields: object) -> None:
        super().__init__(message or self.default_message)
        # What the message says, as data, so the window can say it in its own language
        # (ui/store_messages.py, issue 15): "default" for the class's own message.
        self.kind = kind or ("" if message else "default")
        self.fields = fields


class WrongPassphrase(StoreError):
    # The cipher cannot tell a wrong key from a damaged first page, so neither do we.
    default_message = "wrong passphrase or damaged store"


class DamagedStore(StoreError):
    default_message = (
        "the store is damaged and cannot be opened safely; it has not been changed. "
        "Keep the file and ask IT to restore it from a backup"
    )

    def __init__(
        self,
        message: str | None = None,
        problems: list[str] | None = None,
        kind: str = "",
        **fields: object,
    ) -> None:
        super().__init__(message, kind, **fields)
        self.problems: list[str] = list(problems or [])


class NewerStore(StoreError):
    default_message = (
        "this store was written by a newer version of the CEC Interview Assistant; "
        "update the application to open it"
    )


class WeakPassphrase(StoreError):
    default_message = "the passphrase is too weak"


class StoreFull(StoreError):
    # SQLite reports a full disk and the store's page limit alike; the change is
    # rolled back, everything committed before stays, and saving can resume.
    default_message = (
        "the disk is full, so this change was not saved; everything saved before is safe. "
        "Free some space and save again"
    )


class StoreLocked(StoreError):
    default_message = "the store is locked; unlock it with the passphrase"


class StoreNotFound(StoreError):
    default_message = "there is no store at that location"


class StoreExists(StoreError):
    default_message = "a store already exists at that location"


class NotFound(StoreError):
    default_message = "no such interview in the store"


class InvalidValue(StoreError, TextRefused):
    """A value the store refuses (text that cannot be saved, unknown enum value, ...)."""

    default_message = "a value could not be saved"


class NotAStore(StoreError):
    """An existing file that is not a healthy store of ours; it is left as it was."""

    default_message = (
        "that file is not a store of the CEC Interview Assistant; it has not been changed"
    )


class DamagedLog(DamagedStore):
    """The store's write-ahead log is damaged; it was kept aside, never deleted."""


class StoreReadOnly(StoreError):
    default_message = (
        "the store's folder cannot be written (a read-only disk or folder), so the notes "
        "cannot be opened for work; nothing was changed. Move the store to a folder you can "
        "write, or ask IT"
    )


class StoreInUse(StoreError):
    default_message = (
        "the store is open in another window (or another program is using it); nothing was "
        "changed. Lock or close it there first"
    )
