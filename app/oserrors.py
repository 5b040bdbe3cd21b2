"""What an operating-system error means, as a code the window words in its own language.

``OSError.strerror`` is the C library's English ("No space left on device"): fine for
IT, wrong in a Spanish window. ``reason(exc)`` files an error under one of a few
plain reasons by its ``errno``; ``ui/app_messages.py`` words each reason in the
window's language (docs/translations.md). ``technical(exc)`` is the short detail
for IT (the errno's symbolic name, or the exception's class): no path, no text.
No Qt here (tests/test_layering.py).
"""

from __future__ import annotations

import errno

DISK_FULL = "disk_full"
NO_PERMISSION = "no_permission"
READ_ONLY = "read_only"
NOT_FOUND = "not_found"
NAME_TOO_LONG = "name_too_long"
DEVICE_ERROR = "device_error"
OTHER = "other"

REASONS = (DISK_FULL, NO_PERMISSION, READ_ONLY, NOT_FOUND, NAME_TOO_LONG, DEVICE_ERROR, OTHER)

BY_ERRNO: dict[int, str] = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,  # a quota is a full disk to the CSW
    errno.EFBIG: DISK_FULL,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.EROFS: READ_ONLY,
    errno.ENOENT: NOT_FOUND,
    errno.ENOTDIR: NOT_FOUND,
    errno.ENAMETOOLONG: NAME_TOO_LONG,
    errno.EIO: DEVICE_ERROR,
    errno.ENXIO: DEVICE_ERROR,
    errno.ENODEV: DEVICE_ERROR,
}


def reason(exc: BaseException) -> str:
    """One of ``REASONS`` for ``exc`` (``OTHER`` for anything not an OSError it knows)."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return BY_ERRNO.get(exc.errno, OTHER)
    return OTHER


def technical(exc: BaseException) -> str:
    """``ENOSPC`` or ``PermissionError``: what IT needs to look it up, nothing more."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return errno.errorcode.get(exc.errno, f"errno {exc.errno}")
    return type(exc).__name__
