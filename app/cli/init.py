"""``python main.py init``: create a new, empty encrypted store."""

from __future__ import annotations

import argparse

from app.cli.common import CommandError, checked_store_path
from app.passphrase import add_store_arguments, reader

NAME = "init"
HELP = "create a new encrypted store (passphrase asked twice; with --passphrase-stdin, one line)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from app.store import MIN_LENGTH, Store

    path = checked_store_path(args)
    if path.is_symlink():  # dangling or not: a link is never made into a store
        raise CommandError(f"{path} is a link; give the path of a new file, not a link")
    if path.is_file():
        from app.store import guard
        from app.store.errors import StoreInUse

        if guard.held_elsewhere(path):  # the more useful thing to say of an existing store
            raise StoreInUse()
    if path.exists():
        kind = "a folder" if path.is_dir() else "a file"
        raise CommandError(f"{kind} already exists at {path}; init never replaces anything")
    passphrase, confirm = reader(args).read_new(
        f"New passphrase (at least {MIN_LENGTH} characters): ", "Repeat the passphrase: "
    )
    Store.create(path, passphrase, confirm).lock()
    print(f"Created an encrypted store at {path}")
    return 0
