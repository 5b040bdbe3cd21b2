"""``python -m tests.benchmarks [--quick] [--only NAME] [--json FILE]``: run and print."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

from tests.benchmarks.registry import REGISTRY, Context, Figure


def _discover() -> None:
    here = Path(__file__).resolve().parent
    for path in sorted(here.glob("bench_*.py")):
        try:
            importlib.import_module(f"tests.benchmarks.{path.stem}")
        except Exception as exc:  # one broken module must not hide everyone else's figures
            print(f"# skipped {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit == "bytes":
        return f"{value:,.0f} B"
    return f"{value:.2f} {unit}".strip()


def _print(figures: list[Figure]) -> None:
    header = ("figure", "value", "baseline", "ratio", "goal", "")
    rows = [header]
    for f in figures:
        verdict = {True: "ok", False: "MISSED", None: ""}[f.ok]
        baseline = f"{_fmt(f.baseline, f.unit)} ({f.baseline_name})" if f.baseline else "-"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        rows.append((f.name, _fmt(f.value, f.unit), baseline, ratio, f.goal, verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="fewer repetitions and a smaller store (a smoke run, not figures)",
    )
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="run only this benchmark (repeatable)"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    _discover()
    names = args.only or list(REGISTRY)
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(REGISTRY)}",
            file=sys.stderr,
        )
        return 2
    ctx = Context(quick=args.quick)
    print(
        f"# {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPU(s); scratch {ctx.folder}"
    )
    figures: list[Figure] = []
    try:
        for name in names:
            start = time.perf_counter()
            got = REGISTRY[name](ctx)
            print(
                f"# {name}: {len(got)} figure(s) in {time.perf_counter() - start:.1f} s",
                file=sys.stderr,
            )
            figures.extend(got)
    finally:
        shutil.rmtree(ctx.folder, ignore_errors=True)
    _print(figures)
    if args.json:
        Path(args.json).write_text(
            json.dumps([dict(f.__dict__, ratio=f.ratio) for f in figures], indent=2) + "\n",
            encoding="utf-8",
        )
    return 1 if any(f.ok is False for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
