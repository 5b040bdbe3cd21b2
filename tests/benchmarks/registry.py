"""The benchmark registry: a benchmark is a function that returns figures.

To add figures, write ``tests/benchmarks/bench_<area>.py`` with functions
decorated ``@benchmark("name")``; ``python -m tests.benchmarks`` finds the
module, runs every registered function in one process, and prints each figure
beside its baseline, the ratio, and the goal.

A function receives the shared ``Context`` (a scratch folder, and lazily built
stores other benchmarks can reuse) and returns a list of ``Figure``.
"""

from __future__ import annotations

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
    cache: dict[str, Any] = field(default_factory=dict)

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
