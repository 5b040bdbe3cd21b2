"""``python main.py list``: the cases in the store (``--contacts``: their contacts).

One line per case, most recently changed first: id, youth, AKAs, referral number,
last contact, number of contacts, status, next deadline. ``--contacts`` gives one
line per contact instead, with today's columns first (so scripts written for the
interview list keep working) and the case id and interviewee after them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC

from app.cli.common import printable, read_line, unlocked, utf8_stdout
from app.passphrase import add_store_arguments, reader

NAME = "list"
HELP = (
    "list the cases in the store (id, youth, AKAs, referral, last contact, contacts, status, "
    "next deadline); --contacts lists the contacts"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    parser.add_argument(
        "--contacts",
        action="store_true",
        help="one line per contact (id, contact date, status, youth, AKAs, referral, "
        "case id, interviewee) instead of one per case",
    )
    search = parser.add_mutually_exclusive_group()
    search.add_argument(
        "--search",
        metavar="TEXT",
        help="only cases (or contacts) whose youth name, AKA or referral number contains "
        "TEXT (any case)",
    )
    search.add_argument(
        "--search-stdin",
        action="store_true",
        help="as --search, with TEXT read from standard input (after the "
        "passphrase line with --passphrase-stdin), so a name stays out "
        "of the shell's history and the process list",
    )


def _contact_line(s) -> list[str]:  # noqa: ANN001 - an InterviewSummary
    return [
        s.id,
        s.contact_date.isoformat() if s.contact_date else "-",
        s.status.value + (" training" if s.training else ""),
        s.youth_name or "-",
        ", ".join(s.akas) or "-",
        s.referral_number or "-",
        s.case_id or "-",
        s.interviewee_type.value if s.interviewee_type else "-",
    ]


def _case_line(c) -> list[str]:  # noqa: ANN001 - a CaseSummary
    due = "-"
    if c.next_due is not None:
        due = c.next_due.astimezone(UTC).isoformat(timespec="minutes")
        due += " overdue" if c.overdue else ""
    return [
        c.id,
        c.youth_name or "-",
        ", ".join(c.akas) or "-",
        c.referral_number or "-",
        c.last_contact.isoformat() if c.last_contact else "-",
        str(c.contacts),
        c.status.value + (" training" if c.training else ""),
        due,
    ]


def run(args: argparse.Namespace) -> int:
    passphrases = reader(args)
    with unlocked(args, passphrases, reading=True) as store:
        needle = read_line(passphrases, "Search for") if args.search_stdin else args.search
        contacts = store.search(needle) if needle else store.list_interviews()
        if args.contacts:
            lines = [_contact_line(s) for s in contacts]
        else:
            cases = store.list_cases()
            if needle:  # the cases of the contacts found (name, AKA, referral: the case's)
                found = {s.case_id for s in contacts}
                cases = [c for c in cases if c.id in found]
            lines = [_case_line(c) for c in cases]
    utf8_stdout()
    for fields in lines:
        # Escaped: a TAB, newline, ESC sequence or U+202E in a name cannot break the
        # table or take over the terminal.
        print("\t".join(printable(f) for f in fields))
    if not lines:
        what = "contacts" if args.contacts else "cases"
        print("(nothing found)" if needle else f"(no {what})", file=sys.stderr)
    return 0
