"""The benchmark registry: a benchmark is a function that returns figures.

To add figures, write ``tests/benchmarks/bench_<area>.py`` with functions
decorated ``@benchmark("name")``; ``python -m tests.benchmarks`` finds the
module, runs every registered function in one process, and prints each figure
beside its baseline, the ratio, and the goal.

A function receives the shared ``Context`` (a scratch folder, and lazily built
stores other benchmarks can reuse) and returns a list of ``Figure``. It chooses its
sizes with ``ctx.pick(full, quick, smoke)``: the figures, ``--quick`` (smaller, fewer
repeats), or ``--smoke`` (the smallest run that still takes every path the figures
measure; tests/test_benchmarks_smoke.py runs each benchmark so in the test suite).
A benchmark returns the same figures whatever the mode: ``smoke_problems`` fails a
smoke run on a missing or non-finite figure.
"""

from __future__ import annotations

import importlib
import math
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Figure:
    name: str
    value: float
    unit: str  # "ms", "bytes", ...
    baseline: float | None = None  # what the figure is compared with, same unit
    baseline_name: str = ""
    goal: str = ""  # in words, e.g. "ratio <= 1.2" or "<= 5 ms"
    ok: bool | None = None  # None: no goal, just reported

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline


@dataclass
class Context:
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="cec-bench-")))
    quick: bool = False
    # The smallest sizes (e.g. 20 interviews, one run): every figure produced, none
    # judged. A smoke run is a quick run too, so a size chosen with ``ctx.quick``
    # alone gets its quick value.
    smoke: bool = False
    cache: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.quick = self.quick or self.smoke

    def pick(self, full: int, quick: int, smoke: int = 1) -> int:
        """A size (interviews, repeats) for this run: ``full`` for the figures,
        ``quick`` with ``--quick``, ``smoke`` (one run unless named) with ``--smoke``."""
        if self.smoke:
            return smoke
        return quick if self.quick else full

    def shared(self, key: str, build: Callable[[], Any]) -> Any:
        """Build something once per run (e.g. the 5,000-interview store) and reuse it."""
        if key not in self.cache:
            self.cache[key] = build()
        return self.cache[key]


BenchmarkFn = Callable[[Context], list[Figure]]
REGISTRY: dict[str, BenchmarkFn] = {}


def benchmark(name: str) -> Callable[[BenchmarkFn], BenchmarkFn]:
    def register(fn: BenchmarkFn) -> BenchmarkFn:
        if name in REGISTRY:
            raise ValueError(f"benchmark {name!r} registered twice")
        REGISTRY[name] = fn
        return fn

    return register


def discover() -> dict[str, str]:
    """Import every ``bench_*.py`` beside this file, registering its benchmarks.
    Returns the modules that failed to import, each with its error (one broken module
    must not hide everyone else's figures; a smoke run fails on it)."""
    failed: dict[str, str] = {}
    for path in sorted(Path(__file__).resolve().parent.glob("bench_*.py")):
        try:
            importlib.import_module(f"tests.benchmarks.{path.stem}")
        except Exception as exc:
            failed[path.name] = f"{type(exc).__name__}: {exc}"
    return failed


def timed_ms(fn: Callable[[], Any], repeat: int) -> list[float]:
    """Wall-clock milliseconds of ``repeat`` calls (perf_counter)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def smoke_problems(name: str, figures: object) -> list[str]:
    """What makes a smoke run's figures unusable: none at all, a figure that is not
    a ``Figure``, or a value or baseline that is not a finite number >= 0 (NaN, None,
    infinite). Sizes are tiny, so the goals are not judged."""
    if not isinstance(figures, list) or not figures:
        return [f"{name}: no figures (returned {figures!r})"]
    problems = []
    for n, f in enumerate(figures):
        if not isinstance(f, Figure):
            problems.append(f"{name}: figure {n} is {f!r}, not a Figure")
            continue
        label = f"{name}: {f.name.strip() or f'figure {n} (no name)'}"
        if not f.name.strip() or not f.unit:
            problems.append(f"{label}: no name or unit")
        for what, value in (("value", f.value), ("baseline", f.baseline)):
            if value is None and what == "baseline":
                continue
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or value < 0
            ):
                problems.append(f"{label}: {what} {value!r} is not a finite number >= 0")
    return problems
