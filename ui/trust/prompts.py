"""The file and passphrase questions of the trust flows, with test hooks.

GUI tests must never block on a native file dialog, so every question goes
through these functions; a test queues the answer with ``answer_next(value)``
(``None`` answers "Cancel"), like ``ui.dialogs.answer_next``.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

_next: deque[str | None] = deque()


def answer_next(value: str | Path | None) -> None:
    _next.append(None if value is None else str(value))


def reset_hooks() -> None:
    _next.clear()


def _queued() -> tuple[bool, str | None]:
    if _next:
        return True, _next.popleft()
    return False, None


def save_file(parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
    queued, value = _queued()
    if not queued:
        value, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(value) if value else None


def open_file(parent: QWidget, title: str, folder: Path, file_filter: str) -> Path | None:
    queued, value = _queued()
    if not queued:
        value, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return Path(value) if value else None


def passphrase(parent: QWidget, title: str, label: str) -> str | None:
    """Ask for a passphrase (echo off). ``None`` when cancelled or empty."""
    queued, value = _queued()
    if not queued:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        if not ok:
            return None
    return value or None
