"""The deployment files agree with the build and the app (no build needed)."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import APP_ID, APP_NAME
from tests.packaging.frozen import ROOT

PACKAGING = ROOT / "packaging"
EXECUTABLE = "cec-assistant"  # the spec's NAME


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(PACKAGING / "linux" / "cec-assistant.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_spec_and_build_script_name_the_same_program() -> None:
    spec = (PACKAGING / "cec-assistant.spec").read_text(encoding="utf-8")
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert f'NAME = "{EXECUTABLE}"' in spec
    assert f'NAME = "{EXECUTABLE}"' in build
    assert f'APP_NAME = "{APP_NAME}"' in spec


def test_desktop_entry_launches_the_installed_program() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == EXECUTABLE
    assert entry["Icon"] == EXECUTABLE
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_desktop_entry_passes_the_freedesktop_validator() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt install desktop-file-utils)")
    done = subprocess.run(
        [validator, str(PACKAGING / "linux" / "cec-assistant.desktop")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX shell script")
def test_linux_install_script_stages_program_launcher_and_icons(tmp_path: Path) -> None:
    fake_build = tmp_path / "build"
    (fake_build / "_internal").mkdir(parents=True)
    program = fake_build / EXECUTABLE
    program.write_text("#!/bin/sh\necho fictional build\n", encoding="utf-8")
    program.chmod(0o755)
    prefix = tmp_path / "stage"
    env = {**os.environ, "PREFIX": str(prefix), "BUILD": str(fake_build)}
    done = subprocess.run(
        ["sh", str(PACKAGING / "linux" / "install.sh")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (prefix / "opt/cec-assistant" / EXECUTABLE).is_file()
    assert (prefix / "opt/cec-assistant/_internal").is_dir()
    link = prefix / "usr/local/bin" / EXECUTABLE
    assert os.readlink(link) == f"/opt/cec-assistant/{EXECUTABLE}"
    # The window calls setDesktopFileName(APP_ID): the launcher must carry that name.
    assert (prefix / f"usr/share/applications/{APP_ID}.desktop").is_file()
    icon = _desktop_entry()["Icon"]
    assert (prefix / f"usr/share/icons/hicolor/scalable/apps/{icon}.svg").is_file()
    assert (prefix / f"usr/share/icons/hicolor/256x256/apps/{icon}.png").is_file()
    assert not (prefix / "opt/cec-assistant.new").exists()


def test_linux_install_script_refuses_without_a_build(tmp_path: Path) -> None:
    env = {**os.environ, "PREFIX": str(tmp_path / "stage"), "BUILD": str(tmp_path / "none")}
    done = subprocess.run(
        ["sh", str(PACKAGING / "linux" / "install.sh")], env=env, capture_output=True, text=True
    )
    assert done.returncode != 0
    assert "packaging/build.py" in done.stderr
    assert not (tmp_path / "stage").exists()


def test_windows_installer_ships_the_build_and_keeps_the_store() -> None:
    iss = (PACKAGING / "windows" / "cec-assistant.iss").read_text(encoding="utf-8")
    assert '#define BuildDir "..\\..\\dist\\cec-assistant"' in iss
    assert f'#define AppExe "{EXECUTABLE}.exe"' in iss
    assert "AppVersion={#AppVersion}" in iss  # from pyproject, passed by /DAppVersion
    sections = re.findall(r"^\[(\w+)\]", iss, re.MULTILINE)
    # The store lives in %LOCALAPPDATA%; an uninstaller must never delete it.
    assert "UninstallDelete" not in sections
    assert "{localappdata}" not in iss.lower() and "{userappdata}" not in iss.lower()
