"""The training window opened as a trainee meets it, and a folder's digest with
modes (fixtures ``data_home`` and ``seen_tour_settings``: tests/helpers/fixtures.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ui import dialogs
from ui.settings import Settings


def folder_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its bytes' digest, and each mode: 'never touched'."""
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = str(path.relative_to(folder))
        if path.is_file():
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest() + oct(path.stat().st_mode)
        else:
            out[rel] = "dir" + oct(path.stat().st_mode)
    return out


def open_training(qtbot, settings: Settings, path: Path | None):  # noqa: ANN001, ANN201
    from ui.training import open_training_window

    window = open_training_window(settings, path)
    assert window is not None, dialogs.shown
    qtbot.addWidget(window)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    return window
