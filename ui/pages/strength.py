"""A rough passphrase strength estimate, shown while the CSW types.

Only a hint: the store's own rules (length, common-passphrase list, confirm)
decide what is accepted. The estimate counts the character pool and length and
discounts repeats and runs, which is what people most often lean on.
"""

from __future__ import annotations

import math
import string

MIN_LENGTH = 10  # the store's minimum (docs: WeakPassphrase); shown, not enforced here


def entropy_bits(passphrase: str) -> float:
    if not passphrase:
        return 0.0
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    # Count only characters that are not a repeat or a step of the previous one
    # ("aaaa", "1234", "abcd" add little).
    effective = 1.0
    for prev, cur in zip(passphrase, passphrase[1:], strict=False):
        step = ord(cur) - ord(prev)
        effective += 0.25 if step in (-1, 0, 1) else 1.0
    return effective * math.log2(max(pool, 2))


def strength_score(passphrase: str) -> int:
    """0 (too short) .. 4 (very strong)."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    bits = entropy_bits(passphrase)
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4
