"""Child process for the one-writer and leftover-log tests (passphrase on stdin).

``python -m tests.trust.store_child hold STORE`` unlocks the store as the window
does, prints "ready" and waits to be killed.
``... hold STORE --txn`` also keeps a write transaction open (a save in progress).
``... wal STORE INTERVIEW_ID N`` saves N answers with the checkpoint after each
save switched off (as before issue 11, or when a checkpoint could not finish),
printing each acknowledged n, then "done", and waits to be killed: the kill
leaves a -wal holding N committed saves, as a crash did.
"""

from __future__ import annotations

import sys
import time

from app.model import Answer, Response
from app.store import Store


def main() -> None:
    what, path = sys.argv[1:3]
    passphrase = sys.stdin.readline().rstrip("\n")
    store = Store.open(path, passphrase)
    # A crash is simulated: writes left in the log (no checkpoint) on a connection kept
    # open (closing it would roll back) until the parent kills this process.
    driver = store._require_driver()  # noqa: SLF001 - see above (the store's one connection)
    if what == "wal":
        interview_id, count = sys.argv[3], int(sys.argv[4])
        store._checkpoint = lambda: None  # type: ignore[method-assign]  # noqa: SLF001
        driver.execute("PRAGMA wal_autocheckpoint = 0")
        for n in range(count):
            words = f"logged-{n}"
            store.set_answer(interview_id, f"w.{n}", Answer(Response.YES, words, words))
            print(n, flush=True)
        print("done", flush=True)
    else:
        if "--txn" in sys.argv:
            driver.execute("BEGIN IMMEDIATE")
            driver.execute(
                "INSERT INTO audit_log (at, event, detail) "
                "VALUES ('2026-01-01 00:00:00', 'store_unlocked', '')"
            )
        print("ready", flush=True)
    while True:
        time.sleep(1)


if __name__ == "__main__":
    main()
