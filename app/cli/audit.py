"""``python main.py audit``: the store's audit log (times and events, never content)."""

from __future__ import annotations

import argparse

from app.cli.common import printable, unlocked, utf8_stdout
from app.passphrase import add_store_arguments

NAME = "audit"
HELP = (
    "list the audit log: first run, unlocks (and failed ones), locks, exports, "
    "backups, restores, deletions, passphrase changes; times in UTC, never content"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    parser.add_argument("--last", metavar="N", type=int, default=0, help="only the last N events")


def run(args: argparse.Namespace) -> int:
    from app.store.audit import format_entry

    with unlocked(args, reading=True) as store:
        entries = store.audit_log()
    if args.last > 0:
        entries = entries[-args.last :]
    utf8_stdout()
    for entry in entries:
        print("\t".join(printable(part) for part in format_entry(entry).split("\t")))
    return 0
