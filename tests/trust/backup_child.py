"""Child process for the backup kill test.

Usage: python -m tests.trust.backup_child STORE DESTINATION (passphrase on stdin).
Prints "ready" once the store is open, then writes the backup and prints "done".
"""

from __future__ import annotations

import sys

from app.store import Store
from app.store.backup import make_backup


def main() -> None:
    path, destination = sys.argv[1:3]
    store = Store.open(path, sys.stdin.readline().rstrip("\n"))
    print("ready", flush=True)
    make_backup(store, destination)
    print("done", flush=True)
    store.lock()


if __name__ == "__main__":
    main()
