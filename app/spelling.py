"""Spell checking of the CSW's own writing (narrative, notes), offline.

The dictionaries are Hunspell's (the ones LibreOffice and Firefox use), read
through Enchant (PyPI ``pyenchant``): ``en_US`` for English and ``es_MX`` (or
another Spanish one present) for a contact held in Spanish. Nothing is fetched.
Where Enchant or a dictionary is missing, spell checking is simply off and the
window says so; nothing else depends on it.

The CSW's personal word list lives in the encrypted store (``personal_words``),
never in a plain file: Enchant's own personal dictionary (a plain file in the
user's config folder) is never written - we check the list ourselves, and
never call ``Dict.add``.

Never used on the person's own words: those are kept exactly as said, and a
misspelling there may be how the youth spells a name or a moniker.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any, NamedTuple

# Letters (any script) with inner apostrophes or hyphens: "don't", "couch-surfing".
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", re.UNICODE)

# Words of this work that a general dictionary does not know; every one is from
# the policy guide or DOMAIN.md, so the CSW is not told their agency's terms
# are misspelt.
DOMAIN_WORDS = frozenset(
    w.casefold()
    for w in (
        "CSW",
        "CSWs",
        "CSEC",
        "CSE",
        "CEC",
        "CPH",
        "CPHL",
        "OTIP",
        "RFA",
        "DCFS",
        "CWS",
        "CMS",
        "NCIC",
        "NCMEC",
        "AKA",
        "AKAs",
        "TSC",
        "ROU",
        "DREAM",
        "SOGIE",
        "ACES",
        "FYI",
        "WIC",
        "NMD",
        "NMDs",
        "LGBTQ",
        "caregiver",
        "caregivers",
        "moniker",
        "monikers",
        "truant",
        "truancy",
        "runaway",
        "runaways",
        "couch",
        "hotline",
        "placement",
        "placements",
        "Instagram",
        "Snapchat",
        "Craigslist",
        "TikTok",
        "Facebook",
        "WhatsApp",
    )
)

# Spanish is chosen by the contact's language field, which the CSW types freely.
_SPANISH = ("es", "spa", "span", "esp")


def language_for(contact_language: str) -> str:
    """'es' for a contact held in Spanish ("Spanish", "español", "es"...), else 'en'."""
    text = contact_language.strip().casefold()
    return "es" if text.startswith(_SPANISH) else "en"


class Misspelling(NamedTuple):
    start: int
    length: int
    word: str


_lock = threading.Lock()
_dicts: dict[str, Any] = {}

# Preferred dictionaries, first found wins (Hunspell packages name them by region).
_TAGS = {
    "en": ("en_US", "en_CA", "en_GB", "en"),
    "es": ("es_MX", "es_US", "es_ES", "es"),
}


def _dictionary(language: str) -> Any | None:
    """Enchant's dictionary for ``language``, or None where none is installed."""
    with _lock:
        if language in _dicts:
            return _dicts[language]
        found = None
        try:
            import enchant  # noqa: PLC0415 - imported late: start-up stays fast; absent: no checking

            for tag in _TAGS.get(language, ()):
                if enchant.dict_exists(tag):
                    found = enchant.Dict(tag)
                    break
        except (ImportError, OSError):  # no pyenchant, or no Enchant C library
            found = None
        _dicts[language] = found
        return found


def available(language: str) -> bool:
    return _dictionary(language) is not None


class Speller:
    """Checks text against one language's dictionary plus the CSW's own words."""

    def __init__(self, language: str, personal: Iterable[str] = ()) -> None:
        self.language = language if language in ("en", "es") else "en"
        self.personal = {w.casefold() for w in personal}

    @property
    def available(self) -> bool:
        return _dictionary(self.language) is not None

    def _known(self, word: str) -> bool:
        folded = word.casefold()
        if folded in DOMAIN_WORDS or folded in self.personal:
            return True
        # Acronyms and initials ("T.R.", "LAPD") are not words to correct.
        if len(word) < 2 or word.isupper():
            return True
        found = _dictionary(self.language)
        if found is None:
            return True  # no dictionary: nothing is marked
        word = word.replace("\u2019", "'")
        if found.check(word):
            return True
        # "couch-surfing": Hunspell knows the parts, not every compound.
        parts = [p for p in word.split("-") if p]
        return len(parts) > 1 and all(self._known(p) for p in parts)

    def misspelled(self, text: str) -> list[Misspelling]:
        """Where the unknown words are (offsets in ``text``)."""
        return [
            Misspelling(m.start(), m.end() - m.start(), m.group())
            for m in _WORD.finditer(text)
            if not self._known(m.group())
        ]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Hunspell's likely corrections, best first."""
        found = _dictionary(self.language)
        if found is None:
            return []
        return [w for w in found.suggest(word) if w != word][:limit]
