"""Suite-wide setup: Qt runs offscreen on a laptop-size screen; the shared fixtures
are the tests.helpers.fixtures plugin."""

from __future__ import annotations

import os

# Before any Qt import: CI has no display. The offscreen screen is a 1366x768
# laptop (Qt's default is 800x600), so a click or wheel turn at a screen point of
# a full-size window finds the widget there (tests/person.py), as on the CSW's laptop.
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


# Every shared fixture and guard lives in tests/helpers (docs/testing.md).
pytest_plugins = ["tests.helpers.fixtures"]
