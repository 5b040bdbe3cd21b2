"""Core of the CEC Interview Assistant: content, rules, store and export.

Nothing under ``app/`` imports a Qt widget or GUI module (a test enforces it),
so the core runs in the CLI, in tests and behind the window alike.
"""

from __future__ import annotations

APP_NAME = "CEC Interview Assistant"
APP_ID = "cec-interview-assistant"


def app_version() -> str:
    """The version declared once, in pyproject.toml."""
    # Imported here, not at module level: importlib.metadata costs tens of
    # milliseconds and every window start imports this package.
    from importlib import metadata  # noqa: PLC0415 - tens of ms: see above

    try:
        return metadata.version(APP_ID)
    except metadata.PackageNotFoundError:  # running from a tree that was never installed
        from app.paths import read_pyproject_version  # noqa: PLC0415 - rarely needed

        return read_pyproject_version()
