"""Suite-wide setup: Qt runs offscreen, never prompts."""

from __future__ import annotations

import os
import tempfile

# Before any Qt import: CI has no display. The offscreen screen is a 1366x768
# laptop (Qt's default is 800x600), so a click or wheel turn at a screen point of
# a full-size window finds the widget there (tests/person.py), as on the CSW's laptop.
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-1366x768.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"


import pytest  # noqa: E402

from app.content import load_content  # noqa: E402
from tests.trust.nonet import block_sockets  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _no_network():
    """The tool never opens a socket: any attempt during the run fails (issue 7)."""
    with block_sockets():
        yield


# The one fictional passphrase of the window and store tests (the trust tests keep theirs).
PASS = "a fictional passphrase 1"


@pytest.fixture
def store(tmp_path):  # noqa: ANN001, ANN201
    """A new, unlocked store in a temporary folder, locked again after the test."""
    from app.store import Store

    s = Store.create(tmp_path / "store.db", PASS, PASS)
    yield s
    if not s.locked:
        s.lock()


@pytest.fixture(scope="session")
def bank():
    """The content bank as shipped: frozen data, so one copy serves the whole run."""
    return load_content()


@pytest.fixture(scope="session")
def scenarios(bank):
    """The shipped training scenarios (frozen), checked against the bank."""
    from app.training import load_scenarios

    return load_scenarios(bank)


# Shared by the canary tests of the core (tests/trust) and of the window.
@pytest.fixture
def isolated(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """Private temp, home and config folders, so whatever the tool writes can be found."""
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


# The laptop's time zone, for tests of times shown to the CSW (app/localtime.py).
@pytest.fixture
def local_zone():  # noqa: ANN201
    """``local_zone("America/Los_Angeles")`` runs the rest of the test in that zone.

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


# Issue 13: the wheel guard is installed on the (session-wide) QApplication by the
# windows that need it; each test starts without one, as a fresh application would.
@pytest.fixture(autouse=True)
def _wheel_guard_per_test():  # noqa: ANN202
    yield
    import sys

    guard = sys.modules.get("ui.wheel_guard")
    if guard is not None:
        guard.uninstall()
