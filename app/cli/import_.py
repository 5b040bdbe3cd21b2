"""``python main.py import FILE.json``: add an exported interview to the store."""

from __future__ import annotations

import argparse

from app.cli.common import CommandError, unlocked
from app.passphrase import add_store_arguments

NAME = "import"
HELP = (
    "import an interview from a JSON export (checked against docs/interview.schema.json; "
    "all or nothing)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.json", help="the JSON file to import")
    add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from app.interchange import InterchangeError, import_interview, read_file

    # Checked before the passphrase is even asked: a regular file, within the size limit.
    data = read_file(args.file)
    with unlocked(args) as store:
        try:
            new_id = import_interview(store, data)
        except InterchangeError as exc:
            raise CommandError(f"{args.file}: {exc}") from None
    print(new_id)
    return 0
