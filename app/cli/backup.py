"""``python main.py backup FILE``: an encrypted backup of the store (sqlcipher_export)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import CommandError, unlocked
from app.passphrase import add_store_arguments, reader

NAME = "backup"
HELP = (
    "write an encrypted backup of the store to FILE (keyed with the store's passphrase, "
    "or with --new-passphrase a new one; with --passphrase-stdin: the store's passphrase "
    "on the first line, the backup's on the second)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the backup file to write")
    add_store_arguments(parser)
    parser.add_argument(
        "--new-passphrase",
        action="store_true",
        help="key the backup with a passphrase of its own (asked for)",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")


def run(args: argparse.Namespace) -> int:
    from app.store import check_new_passphrase
    from app.store.backup import make_backup

    target = Path(args.file).expanduser()
    if (target.exists() or target.is_symlink()) and not args.overwrite:
        raise CommandError(f"{target} already exists; add --overwrite to replace it")
    if target.is_dir():
        raise CommandError(f"{target} is a folder; give a file name for the backup")
    passphrases = reader(args)
    with unlocked(args, passphrases) as store:
        key = None
        if args.new_passphrase:
            key, confirm = passphrases.read_new(
                "Passphrase for the backup: ", "Repeat the backup's passphrase: "
            )
            check_new_passphrase(key, confirm)
        report = make_backup(store, target, passphrase=key)
    print(
        f"Backup written to {report.path}: {report.interviews} interview(s), "
        f"{report.size} bytes, checked"
    )
    return 0
