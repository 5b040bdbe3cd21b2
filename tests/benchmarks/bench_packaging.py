"""Benchmark: the PyInstaller build (size, build time) and the frozen app's start.

``python -m tests.benchmarks --only packaging``. Builds with packaging/build.py
(reusing a build newer than the sources), then starts the frozen program and
the source install (``python main.py``) alternately, same arguments, same clean
environment, and compares wall times: ``--version`` (the CLI's start) and
``--smoke-test`` (the window up on the offscreen platform, minus the smoke
test's fixed hold). No goal: the figures are reported beside each other.
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
SMOKE_HOLD_MS = 1000.0  # how long --smoke-test keeps the window up (ui/application.py)


def _wall_ms(program: list[str], home: Path) -> float:
    start = time.perf_counter()
    try:
        done = subprocess.run(program, cwd=home, env=clean_env(home), capture_output=True,
                              text=True, timeout=60)
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"{program[1:]} did not exit") from exc
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{program[-1]} failed: {done.stderr[-500:]}")
    return elapsed


def _compare(name: str, args: list[str], ctx: Context, runs: int, minus: float = 0.0) -> Figure:
    home = ctx.folder / "packaging-home"
    home.mkdir(exist_ok=True)
    frozen_cmd = [str(executable(BUILT)), *args]
    source_cmd = [sys.executable, str(ROOT / "main.py"), *args]
    for warm_up in (frozen_cmd, source_cmd):  # the page cache, for both alike
        _wall_ms(warm_up, home)
    frozen, source = [], []
    for _ in range(runs):  # alternate, so drift on a shared machine hits both alike
        frozen.append(_wall_ms(frozen_cmd, home) - minus)
        source.append(_wall_ms(source_cmd, home) - minus)
    return Figure(name, statistics.median(frozen), "ms", statistics.median(source),
                  "python main.py")


@benchmark("packaging")
def packaging_figures(ctx: Context) -> list[Figure]:
    build()
    runs = 3 if ctx.quick else 9
    stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    size = sum(f.stat().st_size for f in BUILT.rglob("*") if f.is_file() and not f.is_symlink())
    figures = [
        Figure("build: one-folder size", size, "bytes"),
        Figure("build: PyInstaller time (last build)", stamp["seconds"] * 1000, "ms"),
        _compare("frozen start: --version", ["--version"], ctx, runs),
    ]
    smoke = ["--smoke-test", "--store", str(ctx.folder / "bench-store.cec")]
    try:
        figures.append(_compare("frozen start: window shown", smoke, ctx, runs, SMOKE_HOLD_MS))
    except RuntimeError as exc:  # a build without the flag: report the rest
        print(f"# window start not measured: {exc}", file=sys.stderr)
    return figures
