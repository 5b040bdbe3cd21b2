"""``python main.py list``: the interviews in the store, most recently changed first."""

from __future__ import annotations

import argparse
import sys

from app.passphrase import PassphraseInputError, add_store_arguments, fail, reader, store_path

NAME = "list"
HELP = "list the interviews in the store (id, contact date, status, youth, AKAs, referral)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)
    parser.add_argument("--search", metavar="TEXT",
                        help="only interviews whose youth name, AKA or referral number "
                             "contains TEXT (any case)")


def run(args: argparse.Namespace) -> int:
    from app.store import Store, StoreError

    path = store_path(args)
    try:
        store = Store.open_for_reading(path, reader(args).read(f"Passphrase for {path}: "))
    except (PassphraseInputError, StoreError) as exc:
        return fail(NAME, exc)
    try:
        rows = store.search(args.search) if args.search else store.list_interviews()
    except StoreError as exc:
        return fail(NAME, exc)
    finally:
        store.lock()
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:  # names in any script must print on a Windows console
        reconfigure(encoding="utf-8")
    for s in rows:
        fields = [
            s.id,
            s.contact_date.isoformat() if s.contact_date else "-",
            s.status.value + (" training" if s.training else ""),
            s.youth_name or "-",
            ", ".join(s.akas) or "-",
            s.referral_number or "-",
        ]
        print("\t".join(fields))
    if not rows:
        print("(no interviews)" if not args.search else "(nothing found)", file=sys.stderr)
    return 0
