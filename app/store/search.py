"""Full-text search over everything the CSW typed (FTS5 table ``search_text``).

The index lives inside the encrypted store (migration 0007 creates it, and the
triggers that keep it current in the same transaction as each write). This
module only reads it: ``search_all`` (as you type, every word a prefix) and
``echoes`` (a moniker, nickname, handle or phone number of one case that
appears in another). See docs/store.md, "Search".

Any user text is safe: it is never FTS5 query syntax. Each whitespace-separated
word keeps only its letters, digits and marks (everything else, quotes and ``*``
included, becomes a space) and is quoted as a phrase with a prefix star, so
``NEAR``, ``AND``, ``"`` and ``-`` are words or separators, never operators.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Connection, text

from app.store.types import Echo, SearchHit

MAX_WORDS = 12  # a pasted paragraph searches for its first words
MAX_WORD_CHARS = 64  # longer "words" are cut (FTS5 still matches them as prefixes)
SNIPPET_TOKENS = 12

# Echo sources: (part, table, column, how). Monikers, nicknames, handles, phones.
_ECHO_TERMS = (
    ("associates", "associates", "nicknames", "list"),
    ("online_accounts", "online_accounts", "handle", "text"),
    ("online_accounts", "online_accounts", "nicknames", "list"),
    ("online_accounts", "online_accounts", "phone_numbers", "phones"),
    ("tattoos", "tattoos", "exploiter_moniker", "text"),
)


def _is_word_char(ch: str) -> bool:
    # unicode61 keeps letters, numbers and private-use characters as token
    # characters; marks stay so that remove_diacritics sees them.
    return unicodedata.category(ch)[0] in "LNM" or unicodedata.category(ch) == "Co"


def _clean(word: str) -> str:
    return " ".join("".join(ch if _is_word_char(ch) else " " for ch in word).split())


def words(text_: str) -> list[str]:
    """The user's text as words: letters, digits and marks only (lone surrogates go)."""
    out = []
    for chunk in text_.split():
        cleaned = _clean(chunk)[:MAX_WORD_CHARS].strip()
        if cleaned:
            out.append(cleaned)
        if len(out) == MAX_WORDS:
            break
    return out


def match_query(text_: str, *, prefix: bool = True) -> str:
    """An FTS5 MATCH expression: every word a quoted phrase (a prefix as you type)."""
    star = "*" if prefix else ""
    return " ".join(f'"{w}"{star}' for w in words(text_))


def digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


# The query of search_all (named parameters :q and :limit; the benchmark runs the
# very same text on an unencrypted copy for its baseline).
SEARCH_SQL = (
    "SELECT case_id, contact_id, part, key, field, "
    f"snippet(search_text, 5, '', '', '…', {SNIPPET_TOKENS}) "
    "FROM search_text WHERE search_text MATCH :q ORDER BY rowid LIMIT :limit"
)


def search_all(conn: Connection, text_: str, limit: int = 50) -> list[SearchHit]:
    """Where the words were typed, at most ``limit``: names, AKAs, monikers, handles
    and phone numbers first, then notes and narratives; in the order written in each.

    (Not bm25: ranking every match of a one-letter prefix among 15,000 contacts
    takes a second; ascending rowid order, which 0007's rowids make "names first, then
    in the order written", streams and stops at ``limit``.)
    """
    query = match_query(text_)
    if not query or limit <= 0:
        return []
    rows = conn.execute(text(SEARCH_SQL), {"q": query, "limit": limit}).all()
    return [SearchHit(*r[:5], tidy_snippet(r[4], r[5])) for r in rows]


def tidy_snippet(field: str, snippet: str) -> str:
    """One line: list items (AKAs, nicknames, numbers) joined by "; ", and a phone
    number shown as typed, not also as the digits-only form the index adds."""
    lines = [line for line in snippet.split("\n") if line]
    if field == "phone_numbers":
        typed = [line for line in lines if not line.strip("…").isdigit()]
        lines = typed or lines
    return "; ".join(dict.fromkeys(lines))


def _case_column(conn: Connection, table: str) -> str:
    """The column naming a finding's case: ``case_id`` (0006), else the contact's id."""
    columns = {r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}
    return "case_id" if "case_id" in columns else "interview_id"


def _case_terms(conn: Connection, case_id: str) -> list[tuple[str, str, str]]:
    """(term as typed, part, FTS5 phrase) for the case's monikers, nicknames, handles, phones."""
    terms: list[tuple[str, str, str]] = []
    for part, table, column, how in _ECHO_TERMS:
        owner = _case_column(conn, table)
        rows = conn.execute(
            text(f'SELECT "{column}" FROM "{table}" WHERE "{owner}" = :case ORDER BY rowid'),
            {"case": case_id},
        ).all()
        for (value,) in rows:
            values: Iterable[str] = json.loads(value) if how != "text" else [value or ""]
            for term in values:
                if how == "phones":
                    number = digits(term)
                    # a fragment of a number would echo unrelated ones
                    phrase = f'"{number}"' if len(number) >= 7 else ""
                else:
                    phrase = match_query(term, prefix=False)
                if phrase:
                    terms.append((term, part, phrase))
    return terms


def echoes(conn: Connection, case_id: str) -> list[Echo]:
    """Each moniker, nickname, handle or phone number of the case found in other cases."""
    out: list[Echo] = []
    seen: set[str] = set()
    for term, part, look_for in _case_terms(conn, case_id):
        if look_for.casefold() in seen:
            continue
        seen.add(look_for.casefold())
        rows = conn.execute(
            text(
                "SELECT DISTINCT case_id FROM search_text "
                "WHERE search_text MATCH :q AND case_id <> :case AND case_id <> ''"
            ),
            {"q": look_for, "case": case_id},
        ).all()
        if rows:
            out.append(Echo(term, part, tuple(sorted(r[0] for r in rows))))
    return out
