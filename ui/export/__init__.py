"""The window side of the contact summary export (issue 5): language check, preview,
paste-ready text with copy buttons, Save PDF… and Save JSON….

``open_export(view)`` is the one entry point the interview view calls (Ctrl+E).
Imported lazily: nothing here loads until the CSW first exports.
"""

from __future__ import annotations

from typing import Any

__all__ = ["open_export"]


def open_export(view: Any) -> None:
    from ui.export.dialog import open_export as _open  # noqa: PLC0415 - on first use

    _open(view)
