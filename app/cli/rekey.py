"""``python main.py rekey``: change the store's passphrase (old, then new)."""

from __future__ import annotations

import argparse

from app.passphrase import PassphraseInputError, add_store_arguments, fail, reader, store_path

NAME = "rekey"
HELP = ("change the store's passphrase (with --passphrase-stdin: the current one on the "
        "first line, the new one on the second)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from app.store import Store, StoreError

    path = store_path(args)
    passphrases = reader(args)
    try:
        old = passphrases.read(f"Current passphrase for {path}: ")
        store = Store.open(path, old)
    except (PassphraseInputError, StoreError) as exc:
        return fail(NAME, exc)
    try:
        new, confirm = passphrases.read_new("New passphrase: ", "Repeat the new passphrase: ")
        store.change_passphrase(old, new, confirm)
    except (PassphraseInputError, StoreError) as exc:
        return fail(NAME, exc)
    finally:
        store.lock()
    print(f"The passphrase of {path} was changed")
    return 0
