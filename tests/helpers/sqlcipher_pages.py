"""Read a SQLCipher 4 file page by page through its key, for tests only.

``sqlcipher_export`` copies the logical content and so cannot show what a free
page still holds; this decrypts every page of the main file and every frame of
its WAL (SQLCipher 4 defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, AES-256-
CBC, 4096-byte pages, 80 reserved bytes = IV 16 + HMAC-SHA512 64), so a test can
search the whole file, free pages included, for text that must be gone.
Nothing decrypted is ever written to disk.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
SALT_SIZE = 16
KDF_ITER = 256_000
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def derive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITER, 32)


def decrypt_page(page: bytes, pgno: int, key: bytes) -> bytes:
    offset = SALT_SIZE if pgno == 1 else 0
    body = page[offset : PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return bytes(offset) + decryptor.update(body) + decryptor.finalize()


def salt_of(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(SALT_SIZE)


def pages(path: Path, passphrase: str) -> Iterator[tuple[str, int, bytes]]:
    """Yield ("main"|"wal", page number, plaintext) for every page of the store."""
    key = derive_key(passphrase, salt_of(path))
    data = path.read_bytes()
    for index in range(len(data) // PAGE_SIZE):
        pgno = index + 1
        yield "main", pgno, decrypt_page(data[index * PAGE_SIZE : pgno * PAGE_SIZE], pgno, key)
    wal = Path(f"{path}-wal")
    if wal.exists():
        raw = wal.read_bytes()
        pos = WAL_HEADER
        while pos + WAL_FRAME_HEADER + PAGE_SIZE <= len(raw):
            (pgno,) = struct.unpack(">I", raw[pos : pos + 4])
            start = pos + WAL_FRAME_HEADER
            yield "wal", pgno, decrypt_page(raw[start : start + PAGE_SIZE], pgno, key)
            pos = start + PAGE_SIZE


def plaintext(path: Path, passphrase: str) -> bytes:
    """Every decrypted page of the file and its WAL, concatenated."""
    return b"".join(page for _, _, page in pages(path, passphrase))
