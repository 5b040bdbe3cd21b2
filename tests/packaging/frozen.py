"""Helpers for the frozen-app tests: build once, copy out of the tree, run clean."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "packaging" / "build.py"
BUILT = ROOT / "dist" / "cec-assistant"
# Generous: a clean PyInstaller build took well under 2 minutes on 2 cores.
BUILD_TIMEOUT = 30 * 60


def require_pyinstaller() -> None:
    """Fail in CI (the build must be proven there), skip on a desk without the extra."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        message = "PyInstaller is not installed: pip install -e '.[packaging]'"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def build() -> None:
    """Build with the documented command, keeping a build newer than every source."""
    done = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--if-stale"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    assert done.returncode == 0, f"build failed:\n{done.stdout[-4000:]}\n{done.stderr[-8000:]}"


def install_copy(target: Path) -> Path:
    """Copy the build out of the repository, as IT staff would deploy it."""
    folder = target / "cec-assistant"
    shutil.copytree(BUILT, folder, symlinks=True)
    return folder


def internal(folder: Path) -> Path:
    """Where PyInstaller 6 puts everything but the executables (sys._MEIPASS)."""
    return folder / "_internal"


def executable(folder: Path) -> Path:
    return folder / ("cec-assistant-cli.exe" if sys.platform == "win32" else "cec-assistant")


def frozen_modules(program: Path) -> set[str]:
    """The module names in the PYZ archive that PyInstaller appends to the executable."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(program))
    pyz = next(name for name in archive.toc if name.endswith(".pyz"))
    return set(archive.open_embedded_archive(pyz).toc)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """As `env -i`: no venv, no PYTHONPATH, a fresh home, Qt offscreen."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        # Without it Qt warns on stderr, and these tests take any stderr as a failure.
        "XDG_RUNTIME_DIR": str(runtime),
    }
    env.update(extra)
    return env


def run(
    program: list[str], cwd: Path, env: dict[str, str], stdin: str = "", timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        program, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=timeout
    )


@contextlib.contextmanager
def x_server() -> Iterator[str]:
    """A private Xvfb on a free display (Unix socket only); yields DISPLAY."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt install xvfb); offscreen is still tested")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        assert ready, "Xvfb did not start within 30 s"
        yield ":" + os.read(read_end, 32).decode().strip()
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)
