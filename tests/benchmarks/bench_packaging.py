"""Benchmark: the PyInstaller build (size, build time) and the frozen app's start.

``python -m tests.benchmarks --only packaging``. Builds with packaging/build.py
(reusing a build newer than the sources), then starts the frozen program and
the source install (``python main.py``) alternately, same arguments, same clean
environment: ``--version`` (the CLI's start, whole process) and the window up
on the offscreen platform (process start to the first page shown, as
ui/application.py's ``CEC_STARTUP_PROBE`` reports it). No goal: the figures
are reported beside each other.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.registry import Context, Figure, benchmark
from tests.packaging.frozen import BUILT, ROOT, build, clean_env, executable

STAMP = ROOT / "build" / "pyinstaller" / "last-build.json"


def _wall_ms(program: list[str], home: Path) -> float:
    """Process start to exit, or to the first page shown when the window reports it."""
    start = time.time()  # wall clock: the window's probe reports time.time() too
    env = clean_env(home, CEC_STARTUP_PROBE="1")
    try:
        done = subprocess.run(
            program, cwd=home, env=env, capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"{program[1:]} did not exit") from exc
    end = time.time()
    if done.returncode != 0:
        raise RuntimeError(f"{program[1:]} exited {done.returncode}: {done.stderr[-500:]}")
    for line in done.stdout.splitlines():
        if line.startswith("first page shown:"):
            end = float(line.split()[-1])
    return (end - start) * 1000


def _compare(name: str, args: list[str], ctx: Context, runs: int) -> Figure:
    home = ctx.folder / "packaging-home"
    home.mkdir(exist_ok=True)
    frozen_cmd = [str(executable(BUILT)), *args]
    source_cmd = [sys.executable, str(ROOT / "main.py"), *args]
    for warm_up in (frozen_cmd, source_cmd):  # the page cache, for both alike
        _wall_ms(warm_up, home)
    frozen, source = [], []
    for _ in range(runs):  # alternate, so drift on a shared machine hits both alike
        frozen.append(_wall_ms(frozen_cmd, home))
        source.append(_wall_ms(source_cmd, home))
    return Figure(
        name, statistics.median(frozen), "ms", statistics.median(source), "python main.py"
    )


@benchmark("packaging")
def packaging_figures(ctx: Context) -> list[Figure]:
    build()
    runs = ctx.pick(9, quick=3)
    stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    size = sum(f.stat().st_size for f in BUILT.rglob("*") if f.is_file() and not f.is_symlink())
    figures = [
        Figure("build: one-folder size", size, "bytes"),
        Figure("build: PyInstaller time (last build)", stamp["seconds"] * 1000, "ms"),
        _compare("frozen start: --version", ["--version"], ctx, runs),
    ]
    window = ["--store", str(ctx.folder / "bench-store.cec")]  # none there: the welcome page
    figures.append(_compare("frozen start: first page shown", window, ctx, runs))
    return figures
