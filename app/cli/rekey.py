"""``python main.py rekey``: change the store's passphrase (old, then new)."""

from __future__ import annotations

import argparse

from app.cli.common import checked_store_path, unlocked
from app.passphrase import add_store_arguments, reader

NAME = "rekey"
HELP = (
    "change the store's passphrase (with --passphrase-stdin: the current one on the "
    "first line, the new one on the second)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_store_arguments(parser)


def run(args: argparse.Namespace) -> int:
    path = checked_store_path(args)
    passphrases = reader(args)
    old = passphrases.read(f"Current passphrase for {path}: ")
    with unlocked(args, passphrase=old) as store:
        new, confirm = passphrases.read_new("New passphrase: ", "Repeat the new passphrase: ")
        store.change_passphrase(old, new, confirm)
    print(f"The passphrase of {path} was changed")
    return 0
