"""Child process for the restore kill test.

Usage: python -m tests.trust.restore_child STORE BACKUP (the backup's passphrase on stdin).
Prints "ready" after the imports, then restores and prints "done" once
``restore_backup`` has returned.
"""

from __future__ import annotations

import sys

from app.store.backup import restore_backup


def main() -> None:
    store, backup = sys.argv[1:3]
    passphrase = sys.stdin.readline().rstrip("\n")
    print("ready", flush=True)
    restore_backup(backup, store, passphrase).lock()
    print("done", flush=True)


if __name__ == "__main__":
    main()
