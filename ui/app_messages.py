"""The core's other messages in the window's language: OS errors, training scenarios,
the language check's refusals (w-esapp, after issue 15).

``app/`` words its failures in English for the CLI and IT (``str(exc)``, an OS
error's ``strerror``). Each failure also carries what it says as data: an OS error
its ``errno`` (``app.oserrors.reason``), ``ScenarioError`` its ``kind``, file and OS
reason, ``FixRefused`` its ``kind``. ``words(exc)`` words them from the tables below;
``ui.window_support.user_message`` asks ``ui.store_messages`` first, then here. The
English detail stays for IT: ``details(exc)`` (shown behind a message box's
"Show Details…"), and the errno's symbolic name (``ENOSPC``) where no plain reason
fits. Never interview content: the messages name a reason, at most a file of the
tool's own (a scenario) or a folder the CSW chose.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import oserrors

CONTEXT = "AppMessages"

# app.oserrors.REASONS: what the computer said, in plain words (no advice: the caller
# knows what to do next).
OS_REASONS = {
    oserrors.DISK_FULL: QT_TRANSLATE_NOOP("AppMessages", "the disk is full"),
    oserrors.NO_PERMISSION: QT_TRANSLATE_NOOP(
        "AppMessages", "this computer does not allow it in that folder (no permission)"
    ),
    oserrors.READ_ONLY: QT_TRANSLATE_NOOP("AppMessages", "the disk or folder is read-only"),
    oserrors.NOT_FOUND: QT_TRANSLATE_NOOP(
        "AppMessages", "the file or folder is not there (any more)"
    ),
    oserrors.NAME_TOO_LONG: QT_TRANSLATE_NOOP("AppMessages", "the file name is too long"),
    oserrors.DEVICE_ERROR: QT_TRANSLATE_NOOP(
        "AppMessages", "the disk could not be read or written (it may be failing, or was removed)"
    ),
    oserrors.OTHER: QT_TRANSLATE_NOOP("AppMessages", "the computer refused it (for IT: {code})"),
}

# app.training.scenario.ScenarioError's kinds.
SCENARIO = {
    "unreadable": QT_TRANSLATE_NOOP(
        "AppMessages", "the practice scenario file {file} cannot be read: {reason}"
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "AppMessages",
        "the practice scenario file {file} is damaged. Reinstalling the tool usually fixes "
        "it; county IT can help (the details are for them)",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "AppMessages",
        "the practice scenarios are missing from this copy of the tool. Reinstalling the tool "
        "usually fixes it; county IT can help",
    ),
}

# app.export.language.FixRefused's kinds.
FIX = {
    "stale": QT_TRANSLATE_NOOP("AppMessages", "the text changed since it was checked; check again"),
    "no_replacement": QT_TRANSLATE_NOOP(
        "AppMessages", "there is no suggested wording for this one; reword it by hand"
    ),
}

# Anything else the core raises: its kind only (a message could carry anything).
UNEXPECTED = QT_TRANSLATE_NOOP("AppMessages", "something unexpected went wrong (for IT: {code})")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def os_words(exc: BaseException) -> str:
    """An OS error's reason in the window's language (a fragment: no capital, no period)."""
    return _tr(OS_REASONS[oserrors.reason(exc)]).format(code=oserrors.technical(exc))


def words(exc: BaseException) -> str | None:
    """``exc``'s message in the window's language, or None when this table does not
    know it (``ui.window_support.user_message`` then shows the store's words)."""
    if isinstance(exc, OSError):
        return os_words(exc)
    # By the class's name, as ui/store_messages.py does: importing the loader or the
    # language check to say why would cost more than half a second (reportlab).
    name = _class_name(exc)
    if name == SCENARIO_ERROR:
        reason = _tr(OS_REASONS[exc.reason]).format(code=exc.code) if exc.reason else ""  # type: ignore[attr-defined]
        return _tr(SCENARIO[exc.kind]).format(file=exc.file, reason=reason)  # type: ignore[attr-defined]
    if name == FIX_REFUSED:
        return _tr(FIX[exc.kind])  # type: ignore[attr-defined]
    return None


SCENARIO_ERROR = "app.training.scenario.ScenarioError"
FIX_REFUSED = "app.export.language.FixRefused"


def _class_name(exc: BaseException) -> str:
    return f"{type(exc).__module__}.{type(exc).__name__}"


def unexpected(exc: BaseException) -> str:
    """For an exception no table knows: its class name only, never its message."""
    return _tr(UNEXPECTED).format(code=type(exc).__name__)


def details(exc: BaseException) -> str:
    """The core's English for IT (a scenario's file and item), "" when it adds nothing."""
    if _class_name(exc) == SCENARIO_ERROR:
        return str(exc)
    if isinstance(exc, OSError):
        return oserrors.technical(exc)
    return ""
