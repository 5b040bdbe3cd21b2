"""A fresh Python process for a check that must start clean (what it imports, what it
leaves in memory): ``python -c CODE ARGS`` from the project's folder, the fictional
passphrase on its standard input (never on the command line)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def run_python(
    code: str, *args: str | Path, stdin: str = PASSPHRASE + "\n", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new interpreter and return it once it has exited 0 (the test
    fails with the end of its standard error otherwise)."""
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done
