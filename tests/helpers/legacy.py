"""Stores as releases before issue 11 made them (the passphrase's UTF-8 bytes as a
hex key), and a raw look at which key form opens a file."""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2

# A fictional 75-character passphrase: longer than the 40 bytes the old hex key kept.
P75 = "the quiet harbour lantern glows over the copper meadow while violet ferries"


def raw_opens(path: Path, statement: str) -> bool:
    """Does ``statement`` (a PRAGMA key/hexkey) open ``path``? Read only."""
    conn = dbapi2.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(statement)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except dbapi2.DatabaseError:
        return False
    finally:
        conn.close()


def quoted_key(passphrase: str) -> str:
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def old_hexkey(passphrase: str) -> str:
    return f"PRAGMA hexkey = '{passphrase.encode('utf-8').hex()}'"


def make_legacy(path: Path, made_with: str) -> None:
    """Re-key a store the way the app did before issue 11: PRAGMA hexrekey of the UTF-8
    passphrase, which SQLite decodes into a 40-byte buffer; and no key-form mark."""
    conn = dbapi2.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(quoted_key(made_with))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.execute(f"PRAGMA hexrekey = '{made_with.encode('utf-8').hex()}'")
        conn.execute("PRAGMA user_version = 0")  # the old code never set it
    finally:
        conn.close()
    assert raw_opens(path, old_hexkey(made_with))
