"""``python main.py audit``: the store's audit log (times and events, never content)."""

from __future__ import annotations

import argparse
import sys

from app.passphrase import PassphraseInputError, add_store_arguments, fail, reader, store_path

NAME = "audit"
HELP = ("list the audit log: first run, unlocks (and failed ones), locks, exports, "
        "backups, restores, deletions, passphrase changes; times in UTC, never content")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    parser.add_argument("--last", metavar="N", type=int, default=0,
                        help="only the last N events")


def run(args: argparse.Namespace) -> int:
    from app.store import Store, StoreError
    from app.store.audit import format_entry

    path = store_path(args)
    try:
        store = Store.open_for_reading(path, reader(args).read(f"Passphrase for {path}: "))
    except (PassphraseInputError, StoreError) as exc:
        return fail(NAME, exc)
    try:
        entries = store.audit_log()
    except StoreError as exc:
        return fail(NAME, exc)
    finally:
        store.lock()
    if args.last > 0:
        entries = entries[-args.last:]
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")
    for entry in entries:
        print(format_entry(entry))
    return 0
