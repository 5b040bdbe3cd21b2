"""Where the application's own files live, from source and when frozen."""

from __future__ import annotations

import re
import sys
from pathlib import Path


def root() -> Path:
    """The folder holding data/ and resources/ (PyInstaller unpacks to _MEIPASS)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return root() / "data"


def resources_dir() -> Path:
    return root() / "resources"


def read_pyproject_version() -> str:
    text = (root() / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else "0+unknown"
