"""Shared pieces of the training-window tests (no tests here): a real store and a
training store side by side in a temp data folder, and the window opened on them."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tests import test_ui_shell_support as support
from ui import dialogs
from ui.settings import TOUR_SHOWN, Settings
from ui.training.debrief_page import next_save_path

template_store = support.template_store
PASSPHRASE = support.PASSPHRASE


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


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template_store: Path) -> Path:
    """The user's data folder in tmp: the real store at its default place (a copy of the
    shell tests' template, three fictional interviews), training beside it."""
    from app.store import default_store_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    real = default_store_path()
    assert str(real).startswith(str(tmp_path))
    real.parent.mkdir(parents=True)
    for file in template_store.parent.iterdir():
        shutil.copy2(file, real.parent / file.name)
    return real


@pytest.fixture
def seen_tour_settings(tmp_path: Path) -> Settings:
    """Settings in a temp INI file, tour already seen (tests of the tour use fresh ones)."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(TOUR_SHOWN, True)
    return settings


@pytest.fixture(autouse=True)
def _hooks() -> Iterator[None]:
    dialogs.reset_hooks()
    next_save_path.clear()
    yield
    dialogs.reset_hooks()
    next_save_path.clear()
    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


def open_training(qtbot, settings: Settings, path: Path | None):  # noqa: ANN001, ANN201
    from ui.training import open_training_window

    window = open_training_window(settings, path)
    assert window is not None, dialogs.shown
    qtbot.addWidget(window)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    return window
