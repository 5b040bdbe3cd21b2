"""Child process for the migration kill test.

Usage: python -m tests.trust.migration_child STORE (the passphrase on stdin).
Unlocks a store at an older revision with a small page cache, so the upgrade's
pages spill into the -wal file before it commits; once every migration has run
(0006 cases, 0007 search index) and only the commit is left, prints "migrated"
and waits to be killed.
"""

from __future__ import annotations

import sys
import time

from sqlalchemy import Connection

from app.store import Store, migrate


def main() -> None:
    passphrase = sys.stdin.readline().rstrip("\n")
    upgrade = migrate.upgrade

    def held(conn: Connection, target: str = "head") -> None:
        conn.exec_driver_sql("PRAGMA cache_size = 16")  # pages: spill early and often
        upgrade(conn, target)
        print("migrated", flush=True)
        time.sleep(600)  # the commit never comes: the test kills this process

    migrate.upgrade = held
    Store.open(sys.argv[1], passphrase)
    print("committed", flush=True)


if __name__ == "__main__":
    main()
