"""The window's settings, declared once (name, type, default) and kept in QSettings.

Never secrets, never interview content: not the passphrase, not a youth's name,
not even the last interview's id (that stays in memory only; the store keeps
each interview's last panel itself). Only how the window looks and behaves.
"""

from __future__ import annotations

from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Setting(NamedTuple, Generic[T]):  # immutable; not a dataclass: 2 ms less at start-up
    key: str
    type: type
    default: T
    doc: str = ""
    minimum: int | None = None  # for int settings: values below are clamped
    maximum: int | None = None


IDLE_LOCK_MINUTES: Setting[int] = Setting(
    "lock/idle_minutes", int, 5, "Lock after this many minutes without key or mouse input.", 1, 240
)
CLIPBOARD_CLEAR_SECONDS: Setting[int] = Setting(
    "clipboard/clear_seconds",
    int,
    60,
    "Clear text this tool put on the clipboard after this many seconds (0 = only on lock).",
    0,
    3600,
)
WINDOW_GEOMETRY: Setting[QByteArray] = Setting(
    "window/geometry", QByteArray, QByteArray(), "Main window position and size."
)
WINDOW_STATE: Setting[QByteArray] = Setting(
    "window/state", QByteArray, QByteArray(), "Toolbar placement."
)
LIST_HEADER: Setting[QByteArray] = Setting(
    "list/header", QByteArray, QByteArray(), "Interview list column widths and sort order."
)
RETENTION_DAYS: Setting[int] = Setting(
    "retention/days",
    int,
    30,
    "Offer to delete interviews whose summary was exported more than this many days ago.",
    0,
    3650,
)
TOUR_SHOWN: Setting[bool] = Setting(
    "tour/shown", bool, False, "The first-run tour of the window was shown (Help reopens it)."
)
CSW_NAME: Setting[str] = Setting(
    "contact/csw_name", str, "", "The CSW's own name, filled into each new contact's CSW field."
)
TEXT_SIZE: Setting[int] = Setting(
    "window/text_size",
    int,
    0,
    "Text size in points for the whole window (0 = the system's).",
    0,
    28,
)
CONTRAST: Setting[str] = Setting(
    "window/contrast",
    str,
    "system",
    "Colours: 'system' (the system's, made readable) or 'high' (high contrast).",
)
WINDOW_LANGUAGE: Setting[str] = Setting(
    "window/language",
    str,
    "",
    "The window's language: '' = the system's, 'en', or a translation's code ('es'). "
    "Read when the window starts.",
)
# The county's heading, printed at the top of the contact summary. Set once per computer.
AGENCY: Setting[str] = Setting("summary/agency", str, "", "Agency name on the summary.")
OFFICE: Setting[str] = Setting("summary/office", str, "", "Office on the summary.")
UNIT: Setting[str] = Setting("summary/unit", str, "", "Unit on the summary.")

ALL: tuple[Setting[Any], ...] = (
    IDLE_LOCK_MINUTES,
    CLIPBOARD_CLEAR_SECONDS,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LIST_HEADER,
    RETENTION_DAYS,
    TOUR_SHOWN,
    CSW_NAME,
    TEXT_SIZE,
    CONTRAST,
    WINDOW_LANGUAGE,
    AGENCY,
    OFFICE,
    UNIT,
)

TEXT_SIZES = (0, 9, 10, 11, 12, 14, 16, 18, 20)  # the choices Preferences offers


def letterhead(app_settings: Settings | None = None) -> tuple[str, ...]:
    """The summary's heading lines (agency, office, unit), blanks left out."""
    s = app_settings or current()
    return tuple(v for v in (s.get(AGENCY), s.get(OFFICE), s.get(UNIT)) if v.strip())


def dialog_geometry(name: str) -> Setting[QByteArray]:
    """Each remembered dialog gets its own geometry key (see ui.dialogs.RememberedDialog)."""
    return Setting(f"dialogs/{name}/geometry", QByteArray, QByteArray(), "Dialog geometry.")


class Settings:
    """Typed access to QSettings through the declared settings above.

    Tests pass an INI-file QSettings in a temp folder so the user's own settings
    are never read or written by the suite.
    """

    def __init__(self, backend: QSettings | None = None) -> None:
        self._backend = backend if backend is not None else QSettings()

    @property
    def backend(self) -> QSettings:
        return self._backend

    def get(self, setting: Setting[T]) -> T:
        raw = self._backend.value(setting.key, None)
        if raw is None:
            return setting.default
        if setting.type is int:
            try:
                value = int(raw)
            except (TypeError, ValueError):
                return setting.default  # a hand-edited file must not break the window
            if setting.minimum is not None:
                value = max(setting.minimum, value)
            if setting.maximum is not None:
                value = min(setting.maximum, value)
            return value  # type: ignore[return-value]
        if setting.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else setting.default
        if setting.type is bool:
            return (raw in (True, "true", "1", 1)) if raw is not None else setting.default  # type: ignore[return-value]
        if setting.type is str:
            return str(raw).strip()  # type: ignore[return-value]
        return setting.type(raw)

    def set(self, setting: Setting[T], value: T) -> None:
        self._backend.setValue(setting.key, value)

    def sync(self) -> None:
        self._backend.sync()


_current: Settings | None = None


def current() -> Settings:
    """The settings the running window uses (dialogs read their geometry through it)."""
    global _current
    if _current is None:
        _current = Settings()
    return _current


def use(settings: Settings) -> None:
    global _current
    _current = settings
