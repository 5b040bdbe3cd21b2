"""The rule a new passphrase must meet (new store, rekey, a backup's own key).

Long enough, typed the same twice, and rated safe against an offline attack on
a stolen laptop by zxcvbn (``app.passphrase_rules.estimate``; the threshold and
why are in docs/store.md). The normalisation and the key statement live in
``app.passphrase_rules`` (no store import, so the window's first page can use them).
"""

from __future__ import annotations

import hmac

from app.passphrase_rules import (
    MIN_GUESSES_LOG10,
    MIN_LENGTH,
    RAW_KEY_FORM,
    estimate,
    normalise,
    usable_text,
)
from app.store.errors import WeakPassphrase

__all__ = ["MIN_GUESSES_LOG10", "MIN_LENGTH", "check_new_passphrase"]


def check_new_passphrase(passphrase: str, confirm: str) -> None:
    """Raise ``WeakPassphrase`` (with the reason) unless the passphrase may be used.

    Both entries are compared after ``normalise``; callers key the store with
    ``normalise(passphrase)``.
    """
    if not isinstance(passphrase, str) or not isinstance(confirm, str):
        raise WeakPassphrase("the passphrase must be text", "not_text")
    if not usable_text(passphrase) or not usable_text(confirm):
        raise WeakPassphrase(
            "the passphrase contains a character that cannot be used", "bad_character"
        )
    passphrase, confirm = normalise(passphrase), normalise(confirm)
    # compare_digest: no timing hint about where the two entries differ.
    if not hmac.compare_digest(passphrase.encode("utf-8"), confirm.encode("utf-8")):
        raise WeakPassphrase("the two passphrases do not match", "mismatch")
    if RAW_KEY_FORM.match(passphrase):
        raise WeakPassphrase(
            "a passphrase cannot have the form x'…'; choose words instead", "raw_key"
        )
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase(
            f"the passphrase must be at least {MIN_LENGTH} characters long",
            "too_short",
            n=MIN_LENGTH,
        )
    rated = estimate(passphrase)
    if not rated.acceptable:
        advice = rated.warning or "Add another word or two; uncommon words are better."
        raise WeakPassphrase(
            "that passphrase is too common or too easy to guess: someone with a copy of the "
            f"file could find it in {rated.crack_time}. {advice} Choose another",
            "too_easy",
            guesses_log10=rated.guesses_log10,
            warning=rated.warning,
        )
