"""Child process for the rekey kill test.

Usage: python -m tests.trust.rekey_child STORE (old and new passphrase on stdin, one a line).
Prints "ready" once the store is open, then changes the passphrase and prints
"done" once ``change_passphrase`` has returned (an acknowledged change).
"""

from __future__ import annotations

import sys

from app.store import Store


def main() -> None:
    old = sys.stdin.readline().rstrip("\n")
    new = sys.stdin.readline().rstrip("\n")
    store = Store.open(sys.argv[1], old)
    print("ready", flush=True)
    store.change_passphrase(old, new, new)
    print("done", flush=True)
    store.lock()


if __name__ == "__main__":
    main()
