"""``python main.py import FILE.json [--update]``: add an exported case or interview.

A version 2 file (``cec-case``, docs/case.schema.json) is one case with its
contacts, imported under its own ids; its case id is printed. A version 1 file
(``cec-interview``, docs/interview.schema.json) becomes a new case with one
contact, under fresh ids; the contact's id is printed (as before issue 14).
A version 2 case already in the store is refused with exit code 3 and a line
saying what an update would change; ``--update`` replaces the stored case.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import CommandError, fail, unlocked
from app.passphrase import add_store_arguments

NAME = "import"
HELP = (
    "import a case (JSON version 2, docs/case.schema.json) or an interview (version 1, "
    "docs/interview.schema.json); checked first, all or nothing"
)
# Exit code when the file's case is already in the store and --update was not given.
EXIT_CASE_EXISTS = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.json", help="the JSON file to import")
    parser.add_argument(
        "--update",
        action="store_true",
        help="version 2: when the file's case is already in the store, replace the stored "
        "case with the file's (without it the import is refused, exit code "
        f"{EXIT_CASE_EXISTS}, with what would change)",
    )
    add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from app.interchange import InterchangeError, read_file
    from app.interchange_v2 import CaseExists, import_document

    # Checked before the passphrase is even asked: a regular file, within the size limit.
    data = read_file(args.file)
    with unlocked(args) as store:
        try:
            done = import_document(store, data, update=args.update)
        except CaseExists as exc:
            return fail(NAME, f"{args.file}: {exc}", EXIT_CASE_EXISTS)
        except InterchangeError as exc:
            raise CommandError(f"{args.file}: {exc}") from None
    if done.updated:
        print(f"updated the case {done.case_id} from {args.file}", file=sys.stderr)
    print(done.case_id if done.version == 2 else done.contact_ids[0])
    return 0
