"""``python -m tests.benchmarks [--quick | --smoke] [--only NAME] [--json FILE]``: run and print."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

from tests.benchmarks.registry import REGISTRY, Context, Figure, discover, smoke_problems


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit == "bytes":
        return f"{value:,.0f} B"
    return f"{value:.2f} {unit}".strip()


def _print(figures: list[Figure], judged: bool = True) -> None:
    header = ("figure", "value", "baseline", "ratio", "goal", "")
    rows = [header]
    for f in figures:
        verdict = {True: "ok", False: "MISSED", None: ""}[f.ok] if judged else ""
        baseline = f"{_fmt(f.baseline, f.unit)} ({f.baseline_name})" if f.baseline else "-"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        rows.append((f.name, _fmt(f.value, f.unit), baseline, ratio, f.goal, verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for n, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths).rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="fewer repetitions and a smaller store (a rough look, not figures)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="the smallest sizes, one run each: every figure must be produced (a finite "
        "number), none is judged; exit 1 on an error or a missing figure",
    )
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="run only this benchmark (repeatable)"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    failed = discover()
    for module, error in failed.items():
        print(f"# skipped {module}: {error}", file=sys.stderr)
    names = args.only or list(REGISTRY)
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(REGISTRY)}",
            file=sys.stderr,
        )
        return 2
    ctx = Context(quick=args.quick, smoke=args.smoke)
    print(
        f"# {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPU(s); scratch {ctx.folder}"
    )
    figures: list[Figure] = []
    problems: list[str] = []
    try:
        for name in names:
            start = time.perf_counter()
            got = REGISTRY[name](ctx)
            print(
                f"# {name}: {len(got)} figure(s) in {time.perf_counter() - start:.1f} s",
                file=sys.stderr,
            )
            figures.extend(got)
            problems += smoke_problems(name, got) if args.smoke else []
    finally:
        shutil.rmtree(ctx.folder, ignore_errors=True)
    if args.smoke:
        print("# smoke run: tiny sizes, one run; figures checked for being produced, not judged")
    _print(figures, judged=not args.smoke)
    if args.json:
        Path(args.json).write_text(
            json.dumps([dict(f.__dict__, ratio=f.ratio) for f in figures], indent=2) + "\n",
            encoding="utf-8",
        )
    if args.smoke:
        for problem in [f"{m} did not import: {e}" for m, e in failed.items()] + problems:
            print(f"# smoke: {problem}", file=sys.stderr)
        return 1 if failed or problems else 0
    return 1 if any(f.ok is False for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
