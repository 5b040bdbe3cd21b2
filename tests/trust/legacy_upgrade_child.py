"""Child process for the legacy-key upgrade kill test.

Usage: python -m tests.trust.legacy_upgrade_child STORE (the passphrase on stdin).
Prints "ready", then unlocks the store (which moves a store keyed the old way,
hexkey cut at 40 bytes, to the whole-passphrase key) and prints "done" once
``Store.open`` has returned.
"""

from __future__ import annotations

import sys

from app.store import Store


def main() -> None:
    passphrase = sys.stdin.readline().rstrip("\n")
    print("ready", flush=True)
    store = Store.open(sys.argv[1], passphrase)
    print("done", flush=True)
    store.lock()


if __name__ == "__main__":
    main()
