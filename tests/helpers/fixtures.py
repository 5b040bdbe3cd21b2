"""The shared fixtures, registered for the whole suite by ``tests/conftest.py``
(``pytest_plugins``). A test module asks for them by name and never redefines one
(tests/test_suite_layout.py); what only one module needs stays in that module."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.content import load_content
from tests.helpers import PASSPHRASE
from tests.helpers.nonet import block_sockets
from tests.helpers.stores import copy_store

# --- Suite-wide guards -----------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def _no_network() -> Iterator[None]:
    """The tool never opens a socket: any attempt during the run fails (issue 7)."""
    with block_sockets():
        yield


@pytest.fixture(autouse=True)
def _wheel_guard_per_test() -> Iterator[None]:
    """Issue 13: the wheel guard is installed on the (session-wide) QApplication by the
    windows that need it; each test starts without one, as a fresh application would."""
    yield
    guard = sys.modules.get("ui.wheel_guard")
    if guard is not None:
        guard.uninstall()


def _reset_window_hooks() -> None:
    # Only modules a test has imported: a core test never loads Qt for this.
    dialogs = sys.modules.get("ui.dialogs")
    if dialogs is not None:
        dialogs.reset_hooks()
    debrief = sys.modules.get("ui.training.debrief_page")
    if debrief is not None:
        debrief.next_save_path.clear()
    # The export dialogs' drive hooks: a test that sets one and fails (or forgets)
    # must not drive the next test's dialog (the fit walk met the order walk's).
    for name in ("ui.export.dialog", "ui.export.case_dialog"):
        module = sys.modules.get(name)
        if module is not None:
            module.drive_dialog = None


@pytest.fixture(autouse=True)
def _fresh_dialog_hooks() -> Iterator[None]:
    """Every test starts with the dialogs' test hooks empty and leaves them empty,
    and leaves nothing of its own on the clipboard."""
    _reset_window_hooks()
    yield
    _reset_window_hooks()
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        widgets.QApplication.clipboard().clear()


# --- Content ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def bank():  # noqa: ANN201
    """The content bank as shipped: frozen data, so one copy serves the whole run."""
    return load_content()


@pytest.fixture(scope="session")
def scenarios(bank):  # noqa: ANN001, ANN201
    """The shipped training scenarios (frozen), checked against the bank."""
    from app.training import load_scenarios

    return load_scenarios(bank)


# --- Stores ----------------------------------------------------------------------


@pytest.fixture
def new_store_path(tmp_path: Path) -> Path:
    """Where the ``store`` fixture's store lives, alone in its folder ("data")."""
    return tmp_path / "data" / "store.cec"


@pytest.fixture
def store(new_store_path: Path):  # noqa: ANN201
    """A new, empty, unlocked store (``PASSPHRASE``) at ``new_store_path``, locked
    again after the test. A copy of one template: no key derivation per test."""
    from app.store import Store

    opened = Store.open(copy_store(new_store_path.parent, new_store_path.name), PASSPHRASE)
    yield opened
    if not opened.locked:
        opened.lock()


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The window tests' store: three fictional interviews (tests/helpers/window.py
    ``make_interviews``), made once per run and copied per test by ``store_path``."""
    from app.store import Store
    from tests.helpers.window import make_interviews

    path = tmp_path_factory.mktemp("template") / "store.cec"
    made = Store.create(path, PASSPHRASE, PASSPHRASE)
    for interview in make_interviews():
        made.create_interview(interview)
    made.lock()
    return path


@pytest.fixture
def store_path(tmp_path: Path, template_store: Path) -> Path:
    """A locked copy of ``template_store`` (three interviews) in ``tmp_path/notes``."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for file in template_store.parent.iterdir():
        shutil.copy2(file, folder / file.name)
    return folder / template_store.name


# --- Window settings and the training data folder ---------------------------------


@pytest.fixture
def ini_settings(tmp_path: Path):  # noqa: ANN201
    """The window's settings in a temp INI file (never the user's)."""
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def seen_tour_settings(tmp_path: Path):  # noqa: ANN201
    """Settings in a temp INI file, tour already seen (tests of the tour use fresh ones)."""
    from PySide6.QtCore import QSettings

    from ui.settings import TOUR_SHOWN, Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(TOUR_SHOWN, True)
    return settings


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, template_store: Path) -> Path:
    """The user's data folder in tmp: the real store at its default place (a copy of
    ``template_store``, three fictional interviews), training beside it."""
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
def real_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real store's default place, moved into tmp_path (training lives beside it)."""
    from app.training import store as training_store

    path = tmp_path / "data" / "cec-interview-assistant" / "store.cec"
    monkeypatch.setattr(training_store, "default_store_path", lambda: path)
    return path


# --- The machine ------------------------------------------------------------------


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Private temp, home and config folders, so whatever the tool writes can be found.
    Shared by the canary tests of the core (tests/trust) and of the window."""
    places = {name: tmp_path / name for name in ("data", "tmp", "home", "config", "chosen")}
    for folder in places.values():
        folder.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(places["tmp"]))
    monkeypatch.setenv("HOME", str(places["home"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(places["config"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(places["home"] / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(places["home"] / ".cache"))
    monkeypatch.setattr(tempfile, "tempdir", str(places["tmp"]))
    return places


@pytest.fixture
def local_zone():  # noqa: ANN201
    """``local_zone("America/Los_Angeles")`` runs the rest of the test in that zone
    (the laptop's time zone, for times shown to the CSW: app/localtime.py).

    Sets TZ and calls ``time.tzset()`` (POSIX), as the operating system would;
    the zone the process had is put back afterwards.
    """
    import time

    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    before = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


# --- Walks -----------------------------------------------------------------------


@pytest.fixture
def walk(qtbot):  # noqa: ANN001, ANN201
    """A keys-only walk's dialogs (tests/helpers/walk.py ``Walk``); its guard against a
    dialog nobody asked for stops with the test, so it never closes another test's."""
    from tests.helpers.walk import Walk

    guard = Walk(qtbot)
    yield guard
    guard.stop()
