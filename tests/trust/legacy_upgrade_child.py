"""Child process for the legacy-key upgrade kill test.

Usage: python -m tests.trust.legacy_upgrade_child STORE (the passphrase on stdin).
Prints "ready", then unlocks the store (which moves a store keyed the old way,
hexkey cut at 40 bytes, to the whole-passphrase key), printing "rekeying" when
the rekey starts and "done" once ``Store.open`` has returned.
"""

from __future__ import annotations

import sys

from app.store import Store


def main() -> None:
    passphrase = sys.stdin.readline().rstrip("\n")
    # Says when the rekey starts, so the parent can kill the process in the middle of it.
    rekey = Store._rekey  # noqa: SLF001 - see above

    def announced(self: Store, new: str) -> None:
        print("rekeying", flush=True)  # the old key has opened it; the rekey starts
        rekey(self, new)

    Store._rekey = announced  # type: ignore[method-assign]  # noqa: SLF001
    print("ready", flush=True)
    store = Store.open(sys.argv[1], passphrase)
    print("done", flush=True)
    store.lock()


if __name__ == "__main__":
    main()
