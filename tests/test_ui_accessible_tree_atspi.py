"""The window read through AT-SPI, as Orca reads it on Linux (issue 16, WCAG 4.1.2, 4.1.3).

Runs tools/atspi/try.sh (Xvfb, a private D-Bus session with the accessibility bus, the
real window with Qt's AT-SPI bridge on, keys typed with xdotool) and reads what it
wrote: the unlock page's and the At-risk panel's AT-SPI trees name every shown control,
and ticking an indicator and locking reach AT-SPI as ``object:announcement`` events.
Skipped where the tools are missing (see tools/README.md); marked slow (about 40 s).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRY = ROOT / "tools" / "atspi" / "try.sh"
NEEDED = ("Xvfb", "xdotool", "dbus-run-session", "/usr/libexec/at-spi-bus-launcher")

pytestmark = pytest.mark.slow


def _missing() -> list[str]:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    has_atspi = subprocess.run(
        ["/usr/bin/python3", "-c", "import gi; gi.require_version('Atspi', '2.0')"],
        capture_output=True,
        check=False,
    )
    if not Path("/usr/bin/python3").exists() or has_atspi.returncode != 0:
        missing.append("gir1.2-atspi-2.0 for /usr/bin/python3")
    return missing


def test_atspi_names_every_control_and_hears_the_announcements(tmp_path: Path) -> None:
    missing = _missing()
    if missing:
        pytest.skip(f"AT-SPI try needs {missing}")
    env = dict(os.environ, PYTHON=sys.executable)
    env.pop("QT_QPA_PLATFORM", None)  # the try runs on its own X screen
    env.pop("DISPLAY", None)
    run = subprocess.run(
        [str(TRY), str(tmp_path)], env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    unlock = (tmp_path / "unlock-tree.txt").read_text()
    assert "[password text] 'Passphrase'" in unlock, unlock
    assert "[push button] 'Unlock'" in unlock, unlock
    for check in ("unlock-check.txt", "at-risk-check.txt"):
        assert " 0 problems" in (tmp_path / check).read_text(), (tmp_path / check).read_text()
    at_risk = (tmp_path / "at-risk-tree.txt").read_text()
    assert "[list] 'At-risk indicators A to H'" in at_risk, at_risk
    events = (tmp_path / "events.txt").read_text().splitlines()
    said = [line for line in events if "object:announcement" in line]
    assert any("Meets the at-risk definition for CSE." in line for line in said), said
    assert any("Locked. Enter the passphrase to go on." in line for line in said), said
