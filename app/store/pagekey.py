"""Does a key fit a store? Judged from page 1 alone, without SQLite.

After a crash the main file may be part-way through a checkpoint: SQLite copies
the log's pages into it in page order, so page 1 (which holds the database's
size in pages) can be new while the pages it counts are not there yet. Opened
alone (``immutable``), such a file is "malformed" to SQLite although nothing is
damaged: the log still holds every page, and replaying it completes the copy.
So the key check that must come before SQLite may touch the log cannot ask
SQLite to read the main file's schema. It checks one page's HMAC instead,
exactly as SQLCipher does when it reads that page, on each copy of page 1 there
is: the main file's, and the last committed one in the log. An HMAC made with
another key cannot match, so "fits" cannot be a false yes.

The layout is SQLCipher 4's default, which every store of ours uses (tests
check this module against SQLCipher itself): 4096-byte pages; page 1 begins
with the 16-byte KDF salt; each page ends with 80 reserved bytes, a 16-byte IV
then a 64-byte HMAC-SHA512 over the encrypted body, the IV and the page number
(4 bytes, little-endian); the key is PBKDF2-HMAC-SHA512 of the passphrase over
the salt, 256,000 rounds, 32 bytes; the HMAC key is PBKDF2-HMAC-SHA512 of the
key over the salt XOR 0x3a, 2 rounds.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
KDF_ITER = 256_000
FAST_KDF_ITER = 2
HMAC_SALT_MASK = 0x3A
USER_VERSION_AT = 60  # in the SQLite header
_RAW_KEY = re.compile(rb"x'([0-9a-fA-F]{64})(?:[0-9a-fA-F]{32})?'")


class PageOne:
    """One copy of page 1 (encrypted, as on disk) and what its key makes of it."""

    def __init__(self, page: bytes) -> None:
        if len(page) != PAGE_SIZE:
            raise ValueError("page 1 must be one whole page")
        self.page = page
        self.salt = page[:SALT_SIZE]

    def keys(self, key_material: bytes) -> tuple[bytes, bytes]:
        """(encryption key, HMAC key) that ``key_material`` gives with this salt."""
        raw = _RAW_KEY.fullmatch(key_material)
        if raw:
            # SQLCipher takes a passphrase written x'<64 hex>' (or with 32 more hex,
            # the salt) as the key itself, with no derivation: so must we.
            key = bytes.fromhex(raw.group(1).decode("ascii"))
        else:
            key = hashlib.pbkdf2_hmac("sha512", key_material, self.salt, KDF_ITER, 32)
        hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in self.salt)
        return key, hashlib.pbkdf2_hmac("sha512", key, hmac_salt, FAST_KDF_ITER, 32)

    def authentic(self, hmac_key: bytes) -> bool:
        signed = self.page[SALT_SIZE : PAGE_SIZE - HMAC_SIZE] + struct.pack("<I", 1)
        mac = hmac.new(hmac_key, signed, hashlib.sha512).digest()
        return hmac.compare_digest(mac, self.page[PAGE_SIZE - HMAC_SIZE :])

    def user_version(self, key: bytes) -> int:
        """``PRAGMA user_version`` as this page holds it (after ``authentic``).

        Only the first cipher blocks are decrypted, the SQLite header: no row of
        the record is in them.
        """
        body = self.page[SALT_SIZE : SALT_SIZE + 64]
        iv = self.page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_SIZE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        head = bytes(SALT_SIZE) + decryptor.update(body) + decryptor.finalize()
        return int.from_bytes(head[USER_VERSION_AT : USER_VERSION_AT + 4], "big")


def copies(path: Path, from_log: bytes | None) -> list[PageOne]:
    """The copies of page 1 to judge, newest first: the log's last committed one
    (``guard.read_log``'s ``page_one``), then the main file's."""
    found = []
    if from_log is not None:
        found.append(PageOne(from_log))
    with open(path, "rb") as f:
        page = f.read(PAGE_SIZE)
    if len(page) == PAGE_SIZE:
        found.append(PageOne(page))
    return found


def fitting(pages: list[PageOne], key_material: bytes) -> tuple[PageOne, bytes] | None:
    """The newest copy that ``key_material`` authenticates, with its encryption key;
    None when it authenticates none. (A torn or stale copy fails on its own: the
    other can still show that the key fits.)"""
    derived: dict[bytes, tuple[bytes, bytes]] = {}
    for page in pages:
        if page.salt not in derived:
            derived[page.salt] = page.keys(key_material)
        key, hmac_key = derived[page.salt]
        if page.authentic(hmac_key):
            return page, key
    return None
