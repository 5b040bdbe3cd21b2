"""Passphrases: the one normalisation, the SQLCipher key statement, the strength estimate.

Every passphrase that enters the app (typed in the window, pasted, piped to the
command line, read for a backup or a restore) goes through ``normalise`` before
it keys anything, so the same words always give the same key:

- a leading byte-order mark (U+FEFF) is dropped (Windows tools write one);
- one line ending at the end (``\\r\\n``, ``\\n`` or ``\\r``) is dropped, and
  nothing else: spaces are part of a passphrase;
- the text is put in Unicode NFC, so "é" typed as one character or as "e" plus
  a combining accent is the same key.

The whole normalised passphrase keys the store: ``key_statement`` builds
``PRAGMA key = '...'`` with the passphrase as a quoted SQL string, and
SQLCipher runs its PBKDF2 over every byte of it (see docs/store.md, "Keying").

``estimate`` is zxcvbn's rating, which the window's meter shows and
``app.store.passphrase.check_new_passphrase`` enforces (the threshold and why:
docs/store.md). This module imports neither the store nor Qt, so the first page's
meter can use it without loading the store.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MIN_LENGTH = 10
# zxcvbn's estimate of the guesses an attacker needs; at least this many (10^12)
# for a new passphrase. See docs/store.md, "How strong a new passphrase must be".
MIN_GUESSES_LOG10 = 12.0
# zxcvbn rates at most 72 characters (its cost grows quickly with length); more
# only makes a passphrase stronger, never weaker.
ESTIMATE_CHARS = 72
# What an attacker would try first against this tool's store: its own words, and
# the passphrases printed as examples everywhere (zxcvbn's lists miss these).
_CONTEXT_WORDS = [
    "cec",
    "interview",
    "assistant",
    "county",
    "csw",
    "cws",
    "cms",
    "notes",
    "correct horse battery staple",
    "correcthorsebatterystaple",
    "tr0ub4dor&3",
]
# SQLCipher reads a key of the form x'<hex>' as a raw key, not as a passphrase.
RAW_KEY_FORM = re.compile(r"^[xX]'.*'$", re.DOTALL)
LEGACY_KEY_BYTES = 40  # what PRAGMA hexkey kept of a passphrase before issue 11


def normalise(passphrase: str) -> str:
    """The one form of a passphrase that keys a store (see the module docstring)."""
    text = passphrase.removeprefix("\ufeff")
    for ending in ("\r\n", "\n", "\r"):
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    return unicodedata.normalize("NFC", text)


def usable_text(passphrase: str) -> bool:
    """False for text that cannot be an SQL string (NUL) or UTF-8 (lone surrogates)."""
    if "\x00" in passphrase:
        return False
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def key_statement(passphrase: str, schema: str | None = None) -> str:
    """``PRAGMA [schema.]key = '<passphrase>'``: the whole passphrase, quotes doubled.

    Raises ``ValueError`` for text that cannot be keyed (see ``usable_text``);
    such a passphrase can never have made a store.
    """
    if not usable_text(passphrase):
        raise ValueError("the passphrase contains a character that cannot be used")
    prefix = f"{schema}." if schema else ""
    quoted = passphrase.replace("'", "''")
    return f"PRAGMA {prefix}key = '{quoted}'"


def rekey_statement(passphrase: str) -> str:
    return key_statement(passphrase).replace("PRAGMA key", "PRAGMA rekey", 1)


def legacy_key_bytes(passphrase: str) -> bytes:
    """The key a store made before issue 11 has: the first 40 UTF-8 bytes."""
    return passphrase.encode("utf-8", "surrogatepass")[:LEGACY_KEY_BYTES]


def legacy_hexkey_statement(passphrase: str) -> str:
    """The key a store made before issue 11 has: PRAGMA hexkey, cut at 40 UTF-8 bytes."""
    return f"PRAGMA hexkey = '{legacy_key_bytes(passphrase).hex()}'"


def legacy_forms(typed: str) -> list[str]:
    """The passphrases whose old (cut) key differs from the new key of ``typed``.

    The old code keyed the text as it arrived (not normalised) and kept only its
    first 40 UTF-8 bytes. For a normalised passphrase of 40 bytes or fewer the old
    and the new key are the same bytes, so there is nothing to try.
    """
    new = normalise(typed)
    forms: list[str] = []
    for form in (new, typed, typed.removeprefix("\ufeff")):
        raw = form.encode("utf-8", "surrogatepass")
        if form == new and len(raw) <= LEGACY_KEY_BYTES:
            continue
        if form in forms or "\x00" in form:
            continue
        forms.append(form)
    return forms


@dataclass(frozen=True)
class Estimate:
    """zxcvbn's view of a passphrase, as the meter shows it."""

    score: int  # zxcvbn's 0..4
    guesses_log10: float
    crack_time: str  # offline, slow hash (10^4 guesses a second), e.g. "centuries"
    warning: str
    suggestions: tuple[str, ...]
    acceptable: bool  # meets MIN_GUESSES_LOG10 and MIN_LENGTH


def estimate(passphrase: str) -> Estimate:
    from zxcvbn import zxcvbn  # noqa: PLC0415 - slow import, on first use

    if not passphrase:
        return Estimate(0, 0.0, "instantly", "", (), False)
    result = zxcvbn(passphrase[:ESTIMATE_CHARS], user_inputs=_CONTEXT_WORDS)
    feedback = result.get("feedback") or {}
    guesses_log10 = float(result["guesses_log10"])
    return Estimate(
        score=int(result["score"]),
        guesses_log10=guesses_log10,
        crack_time=str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"]),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
        acceptable=guesses_log10 >= MIN_GUESSES_LOG10 and len(passphrase) >= MIN_LENGTH,
    )
