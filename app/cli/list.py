"""``python main.py list``: the interviews in the store, most recently changed first."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import printable, read_line, unlocked, utf8_stdout
from app.passphrase import add_store_arguments, reader

NAME = "list"
HELP = "list the interviews in the store (id, contact date, status, youth, AKAs, referral)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    search = parser.add_mutually_exclusive_group()
    search.add_argument(
        "--search",
        metavar="TEXT",
        help="only interviews whose youth name, AKA or referral number contains TEXT (any case)",
    )
    search.add_argument(
        "--search-stdin",
        action="store_true",
        help="as --search, with TEXT read from standard input (after the "
        "passphrase line with --passphrase-stdin), so a name stays out "
        "of the shell's history and the process list",
    )


def run(args: argparse.Namespace) -> int:
    passphrases = reader(args)
    with unlocked(args, passphrases, reading=True) as store:
        needle = read_line(passphrases, "Search for") if args.search_stdin else args.search
        rows = store.search(needle) if needle else store.list_interviews()
    utf8_stdout()
    for s in rows:
        fields = [
            s.id,
            s.contact_date.isoformat() if s.contact_date else "-",
            s.status.value + (" training" if s.training else ""),
            s.youth_name or "-",
            ", ".join(s.akas) or "-",
            s.referral_number or "-",
        ]
        # Escaped: a TAB, newline, ESC sequence or U+202E in a name cannot break the
        # table or take over the terminal.
        print("\t".join(printable(f) for f in fields))
    if not rows:
        print("(nothing found)" if needle else "(no interviews)", file=sys.stderr)
    return 0
