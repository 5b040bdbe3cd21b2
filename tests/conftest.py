"""Suite-wide setup: Qt runs offscreen, never prompts."""

from __future__ import annotations

import os

# Before any Qt import: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
