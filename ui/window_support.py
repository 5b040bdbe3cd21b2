"""What every part of the main window shares: its ``Mode``, and how it tells of failures.

Kept apart from ``ui.main_window`` so the parts it is split into (``ui/window_*.py``)
can use them without importing the window; ``ui.main_window`` re-exports them.
"""

from __future__ import annotations

import sys
from enum import Enum
from types import ModuleType
from typing import Any


class Mode(Enum):
    WELCOME = "welcome"
    UNLOCK = "unlock"
    LIST = "list"
    INTERVIEW = "interview"
    CASE = "case"  # one case: its contacts and findings at a glance (issue 14)
    LOCKED = "locked"
    CONTENT_PROBLEM = "content_problem"  # the content bank failed its check: nothing opens


def user_message(exc: BaseException) -> str:
    """The store's messages are sentence fragments; show them as sentences, in the
    window's language where ui.store_messages (the store's) or ui.app_messages (an OS
    error, a training scenario, the language check) knows them (issue 15). Anything
    else from the store keeps its English; any other exception shows its class only."""
    from app.store import StoreError  # noqa: PLC0415 - only when a message is shown
    from ui import app_messages, store_messages  # noqa: PLC0415 - likewise

    text = store_messages.words(exc) or app_messages.words(exc)
    if text is None:
        text = str(exc) if isinstance(exc, StoreError) else app_messages.unexpected(exc)
    text = text.strip() or type(exc).__name__
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def wait_cursor() -> Any:
    from PySide6.QtCore import Qt  # noqa: PLC0415 - not at module level: see ui/pages/common.py

    return Qt.CursorShape.WaitCursor


def lazy_dialogs() -> ModuleType:
    """ui.dialogs, imported on first use: no message box is needed to show the first page."""
    import ui.dialogs  # noqa: PLC0415 - see above

    return ui.dialogs


def report(exc: BaseException) -> None:
    """Note an unexpected failure for IT: its kind and place only. A message or a
    traceback's locals could carry interview text (SQL parameters, field values)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"
    print(f"cec-interview-assistant: {type(exc).__name__} at {where}", file=sys.stderr)
