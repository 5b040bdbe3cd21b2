"""Build the one-folder application with PyInstaller: ``dist/cec-assistant/``.

    .venv/bin/pip install -e '.[packaging]' && .venv/bin/python packaging/build.py

Runs on the machine it builds for (Linux, Windows or macOS; PyInstaller does
not cross-compile). Afterwards it starts the frozen program once, with an
almost empty environment from a temporary folder, and checks that it reports
the version declared in pyproject.toml. ``--if-stale`` keeps an existing build
that is newer than every source file (the smoke test uses it).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import sysconfig
import tempfile
import time
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cec-assistant.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
STAMP = WORK / "last-build.json"
NAME = "cec-assistant"
DIST_NAME = "cec-interview-assistant"
# What goes into the build: a change to any of these (or to the installed
# packages) makes the build stale.
SOURCES = ("main.py", "pyproject.toml", "app", "ui", "data", "resources", "packaging")


def pyproject_version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)["project"]["version"]


def app_folder() -> Path:
    return DIST / NAME


def cli_executable(folder: Path | None = None) -> Path:
    """The program that answers on the console (on Windows the -cli twin)."""
    folder = folder or app_folder()
    if sys.platform == "win32":
        return folder / f"{NAME}-cli.exe"
    return folder / NAME


def newest_source_mtime() -> float:
    # site-packages itself changes when pip adds, removes or upgrades a package.
    newest = Path(sysconfig.get_paths()["purelib"]).stat().st_mtime
    for name in SOURCES:
        path = ROOT / name
        files = path.rglob("*") if path.is_dir() else [path]
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


def is_stale() -> bool:
    if not STAMP.is_file() or not cli_executable().is_file():
        return True
    built_from = json.loads(STAMP.read_text(encoding="utf-8")).get("sources_mtime", 0.0)
    return built_from < newest_source_mtime()


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def clean_env(home: Path) -> dict[str, str]:
    """An environment without the venv, PYTHONPATH or the developer's settings."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    if sys.platform == "win32":  # Windows programs need these to start at all
        env = {k: os.environ[k] for k in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP") if k in os.environ}
        env["PATH"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
    return env


def check_metadata_version() -> None:
    """The frozen app reads its version from the installed metadata: it must match pyproject."""
    declared = pyproject_version()
    try:
        installed = metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        sys.exit(f"{DIST_NAME} is not installed in this Python: run pip install -e '.[packaging]'")
    if installed != declared:
        sys.exit(
            f"installed metadata says {installed} but pyproject.toml says {declared}: "
            "run pip install -e '.[packaging]' again, then build"
        )


def run_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401, PLC0415 - optional: the packaging extra
    except ImportError:
        sys.exit("PyInstaller is missing: run pip install -e '.[packaging]'")
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    subprocess.run(cmd, cwd=ROOT, check=True)


def check_frozen_version() -> str:
    """Start the frozen CLI from outside the tree with a clean environment."""
    with tempfile.TemporaryDirectory(prefix="cec-build-check-") as tmp:
        done = subprocess.run(
            [str(cli_executable()), "--version"],
            cwd=tmp,
            env=clean_env(Path(tmp)),
            capture_output=True,
            text=True,
            timeout=120,
        )
    out = done.stdout.strip()
    if done.returncode != 0 or pyproject_version() not in out:
        sys.exit(
            f"the frozen app failed its version check (exit {done.returncode}):\n"
            f"{out}\n{done.stderr}"
        )
    return out


def missing_translations() -> list[str]:
    """The window's languages (resources/translations/cec_<lang>.ts) without their
    compiled .qm in the build: the spec compiles them with pyside6-lrelease."""
    inside = app_folder() / "_internal" / "resources" / "translations"
    if sys.platform == "darwin" and not inside.is_dir():
        inside = app_folder() / "resources" / "translations"
    return [
        ts.with_suffix(".qm").name
        for ts in sorted((ROOT / "resources" / "translations").glob("cec_*.ts"))
        if ts.stem != "cec_en" and not (inside / ts.with_suffix(".qm").name).is_file()
    ]


def unresolved_x11_libraries() -> list[str]:
    """Libraries Qt's X11 plugin needs that neither the build nor a bare system has.

    PyInstaller bundles the build machine's copies of the X11 client libraries;
    one the build machine lacks is left for the laptop to provide, and without
    it the window cannot open under X11 (offscreen and Wayland still work).
    """
    if not sys.platform.startswith("linux"):
        return []
    inside = app_folder() / "_internal"
    plugin = inside / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return ["libqxcb.so (the plugin itself)"]
    env = {**os.environ, "LD_LIBRARY_PATH": f"{inside}:{inside / 'PySide6' / 'Qt' / 'lib'}"}
    done = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True)
    return sorted({line.split()[0] for line in done.stdout.splitlines() if "not found" in line})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--if-stale",
        action="store_true",
        help="keep an existing build that is newer than every source file",
    )
    args = parser.parse_args(argv)
    if args.if_stale and not is_stale():
        print(f"build is up to date: {app_folder()}")
        return 0
    check_metadata_version()
    sources_mtime = newest_source_mtime()  # before the build: edits made during it count as new
    started = time.perf_counter()
    run_pyinstaller()
    seconds = time.perf_counter() - started
    version_line = check_frozen_version()
    lost = missing_translations()
    if lost:
        sys.exit(f"the build lacks the compiled translations: {', '.join(lost)}")
    size = folder_size(app_folder())
    STAMP.parent.mkdir(parents=True, exist_ok=True)
    STAMP.write_text(
        json.dumps(
            {
                "version": pyproject_version(),
                "seconds": round(seconds, 1),
                "bytes": size,
                "platform": sys.platform,
                "sources_mtime": sources_mtime,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"built {app_folder()} in {seconds:.0f} s: {size / 2**20:.0f} MiB; {version_line}")
    missing = unresolved_x11_libraries()
    if missing:
        print(
            f"warning: not bundled, the laptops must have them for X11: {', '.join(missing)}\n"
            "  (Debian/Ubuntu build machine: apt install libxcb-icccm4 libxcb-keysyms1 "
            "libxcb-cursor0, then build again to bundle them)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
