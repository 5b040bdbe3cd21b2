"""``python main.py init``: create a new, empty encrypted store."""

from __future__ import annotations

import argparse

from app.passphrase import PassphraseInputError, add_store_arguments, fail, reader, store_path

NAME = "init"
HELP = ("create a new encrypted store (passphrase asked twice; with --passphrase-stdin, "
        "one line)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from app.store import MIN_LENGTH, Store, StoreError

    path = store_path(args)
    try:
        passphrase, confirm = reader(args).read_new(
            f"New passphrase (at least {MIN_LENGTH} characters): ", "Repeat the passphrase: ")
        Store.create(path, passphrase, confirm).lock()
    except (PassphraseInputError, StoreError) as exc:
        return fail(NAME, exc)
    print(f"Created an encrypted store at {path}")
    return 0
