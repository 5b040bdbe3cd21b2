"""``python main.py restore FILE``: replace the store with a checked encrypted backup."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import CommandError, checked_store_path
from app.passphrase import add_store_arguments, reader

NAME = "restore"
HELP = (
    "replace the store with the backup FILE: the backup is checked first (every page, "
    "the structure, the schema version), the current store is kept aside until the "
    "restored one opens; the backup's passphrase becomes the store's"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the backup file to restore")
    add_store_arguments(parser)
    parser.add_argument(
        "--replace",
        action="store_true",
        help="needed when a store already exists: it is replaced (and "
        "deleted once the restored store has opened)",
    )


def run(args: argparse.Namespace) -> int:
    from app.store.backup import restore_backup

    path = checked_store_path(args)
    backup = Path(args.file).expanduser()
    if (path.exists() or path.is_symlink()) and not args.replace:
        raise CommandError(
            f"a store exists at {path}; add --replace to replace it with "
            "the backup (everything saved since the backup is lost)"
        )
    passphrase = reader(args).read(f"Passphrase of the backup {backup}: ")
    store = restore_backup(backup, path, passphrase)
    try:
        count = len(store.list_interviews())
    finally:
        store.lock()
    print(f"Restored {path} from {backup}: {count} interview(s)")
    return 0
