"""Every registered benchmark runs once at its smallest size (``--smoke``), so none rots
unseen: session 21 found ``search.full_text`` broken since migration 0008, because
nothing ran it.

One test per benchmark, parametrized from the registry, so a new ``@benchmark`` is
covered without touching this file. A benchmark fails its test when it raises (a
probe process that exits non-zero or shows the wrong page raises in
tests/benchmarks/bench_window.py), or when a figure is missing or not a finite number
(``smoke_problems``). The figures are printed (``pytest -s``), not judged: at 20
interviews and one run they mean nothing. Scratch is under tmp_path, with a private
home and config (``isolated``); sockets stay blocked for the in-process part.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.benchmarks.__main__ import main
from tests.benchmarks.registry import REGISTRY, Context, Figure, discover, smoke_problems

ROOT = Path(__file__).resolve().parents[1]
FAILED_IMPORTS = discover()
BENCH_MODULES = sorted(p.stem for p in (ROOT / "tests" / "benchmarks").glob("bench_*.py"))
# The packaging benchmark runs PyInstaller (packaging/build.py --if-stale): it runs with
# the packaging tests (CI's whole run; `-m packaging`), which build the app first, so
# here it only reads the build and starts it.
MARKS = {"packaging": (pytest.mark.packaging,)}
# window.open_interview shows a top-level view: the offscreen platform's own remark.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _print(name: str, figures: list[Figure], seconds: float) -> None:
    for f in figures:
        base = f" (baseline {f.baseline:.2f} {f.baseline_name})" if f.baseline else ""
        print(f"  {f.name.strip()}: {f.value:.2f} {f.unit}{base}")
    print(f"# {name}: {len(figures)} figure(s) in {seconds:.1f} s (smoke)")


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=MARKS.get(n, ())) for n in sorted(REGISTRY)]
)
def test_benchmark_runs_in_smoke_mode(
    name: str, tmp_path: Path, isolated: dict[str, Path], qapp: object
) -> None:
    if name == "packaging" and not os.environ.get("CI"):
        if importlib.util.find_spec("PyInstaller") is None:
            pytest.skip("PyInstaller is not installed: pip install -e '.[packaging]'")
    ctx = Context(folder=tmp_path / "bench", smoke=True)
    ctx.folder.mkdir()
    start = time.perf_counter()
    figures = REGISTRY[name](ctx)
    _print(name, figures, time.perf_counter() - start)
    assert smoke_problems(name, figures) == []
    # No user settings or data touched: the window's probes get a scratch home
    # under ctx.folder, and nothing in this process writes to the (private) home.
    assert sorted(p.name for p in isolated["config"].iterdir()) == []
    assert sorted(p.name for p in isolated["home"].iterdir() if p.name != ".cache") == []


def test_every_benchmark_module_imports_and_registers_a_benchmark() -> None:
    """A module that no longer imports (or lost its decorator) would drop out of the
    parametrized tests above, silently: that is a failure here."""
    assert FAILED_IMPORTS == {}
    registered = {fn.__module__.rsplit(".", 1)[-1] for fn in REGISTRY.values()}
    assert [m for m in BENCH_MODULES if m not in registered] == []


def test_smoke_sizes_are_the_smallest_and_a_smoke_run_is_quick() -> None:
    smoke, quick, full = Context(smoke=True), Context(quick=True), Context()
    assert (smoke.pick(5000, quick=500, smoke=20), smoke.pick(9, quick=3)) == (20, 1)
    assert (quick.pick(5000, quick=500, smoke=20), quick.pick(9, quick=3)) == (500, 3)
    assert (full.pick(5000, quick=500, smoke=20), full.pick(9, quick=3)) == (5000, 9)
    assert smoke.quick  # a size chosen with ctx.quick alone gets its quick value
    for ctx in (smoke, quick, full):
        ctx.folder.rmdir()


def test_smoke_run_fails_on_a_missing_or_broken_figure(
    monkeypatch: pytest.MonkeyPatch, isolated: dict[str, Path], capsys: pytest.CaptureFixture
) -> None:
    seen: list[tuple[bool, bool]] = []

    def good(ctx: Context) -> list[Figure]:
        seen.append((ctx.smoke, ctx.quick))
        return [Figure("fine", 1.5, "ms", 1.0, "raw", "<= 1 ms", False)]

    broken = {
        "fake.nan": lambda ctx: [Figure("nan figure", math.nan, "ms")],
        "fake.none": lambda ctx: [Figure("none figure", None, "ms")],  # type: ignore[arg-type]
        "fake.baseline": lambda ctx: [Figure("bad base", 1.0, "ms", math.inf, "raw")],
        "fake.empty": lambda ctx: [],
    }
    monkeypatch.setitem(REGISTRY, "fake.good", good)
    for name, fn in broken.items():
        monkeypatch.setitem(REGISTRY, name, fn)

    # A missed goal is not judged in a smoke run (it is in a real one).
    assert main(["--smoke", "--only", "fake.good"]) == 0
    assert "MISSED" not in capsys.readouterr().out
    assert main(["--only", "fake.good"]) == 1
    assert "MISSED" in capsys.readouterr().out
    assert seen == [(True, True), (False, False)]
    for name in broken:
        assert main(["--smoke", "--only", "fake.good", "--only", name]) == 1, name
        err = capsys.readouterr().err
        assert f"# smoke: {name}" in err, err

    def raises(ctx: Context) -> list[Figure]:
        raise RuntimeError("probe exited 1")

    monkeypatch.setitem(REGISTRY, "fake.raises", raises)
    with pytest.raises(RuntimeError, match="probe exited 1"):
        main(["--smoke", "--only", "fake.raises"])
    assert list(isolated["tmp"].iterdir()) == []  # each run's scratch folder removed


def test_the_documented_command_runs_a_smoke_run(tmp_path: Path) -> None:
    """``python -m tests.benchmarks --smoke --only NAME --json FILE`` (README)."""
    out = tmp_path / "figures.json"
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "--smoke", "--only", "store.set_answer"]
        + ["--json", str(out)],
        cwd=ROOT,
        env=dict(os.environ, TMPDIR=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "# smoke run" in done.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert [f["name"] for f in figures] == [
        "set_answer committed, median",
        "set_answer committed, p95",
    ]
    assert all(math.isfinite(f["value"]) for f in figures)
