"""Passphrase policy for a new store or a rekey: long enough, typed twice, not common."""

from __future__ import annotations

import functools
import hmac

from app.paths import data_dir
from app.store.errors import WeakPassphrase

MIN_LENGTH = 10
COMMON_LIST = "common_passphrases.txt"


@functools.lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    path = data_dir() / COMMON_LIST
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().casefold() for line in lines if line.strip() and not line.startswith("#")
    )


def check_new_passphrase(passphrase: str, confirm: str) -> None:
    """Raise ``WeakPassphrase`` (with the reason) unless the passphrase may be used."""
    if not isinstance(passphrase, str) or not isinstance(confirm, str):
        raise WeakPassphrase("the passphrase must be text")
    # compare_digest: no timing hint about where the two entries differ.
    if not hmac.compare_digest(
        passphrase.encode("utf-8", "surrogatepass"), confirm.encode("utf-8", "surrogatepass")
    ):
        raise WeakPassphrase("the two passphrases do not match")
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise WeakPassphrase("the passphrase contains a character that cannot be used") from None
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase(f"the passphrase must be at least {MIN_LENGTH} characters long")
    if passphrase.strip().casefold() in _common() or len(set(passphrase)) < 4:
        raise WeakPassphrase("that passphrase is too common or too easy to guess; choose another")
