"""``python main.py verify``: check every page and the database structure."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import checked_store_path, fail, printable
from app.passphrase import add_store_arguments, reader

NAME = "verify"
HELP = "check the store (cipher_integrity_check and integrity_check); exit 0 only when clean"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from app.store import Store

    path = checked_store_path(args)
    # verify_file: reads only, never migrates, so a damaged store is described
    # rather than refused.
    problems = Store.verify_file(path, reader(args).read(f"Passphrase for {path}: "))
    if problems:
        for problem in problems:
            print(printable(problem), file=sys.stderr)
        return fail(NAME, f"{len(problems)} problem(s) found in {path}; the store was not changed")
    print(f"OK: {printable(path)} is intact")
    return 0
