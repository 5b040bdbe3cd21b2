"""``python main.py import FILE.json``: add an exported interview to the store."""

from __future__ import annotations

import argparse

from app.passphrase import PassphraseInputError, add_store_arguments, fail, reader, store_path

NAME = "import"
HELP = ("import an interview from a JSON export (checked against docs/interview.schema.json; "
        "all or nothing)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.json", help="the JSON file to import")
    add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from app.interchange import InterchangeError, import_interview, read_file
    from app.store import Store, StoreError

    try:
        data = read_file(args.file)  # checked before the passphrase is even asked
    except InterchangeError as exc:
        return fail(NAME, exc)
    path = store_path(args)
    try:
        store = Store.open(path, reader(args).read(f"Passphrase for {path}: "))
    except (PassphraseInputError, StoreError) as exc:
        return fail(NAME, exc)
    try:
        new_id = import_interview(store, data)
    except InterchangeError as exc:
        return fail(NAME, f"{args.file}: {exc}")
    except StoreError as exc:
        return fail(NAME, exc)
    finally:
        store.lock()
    print(new_id)
    return 0
