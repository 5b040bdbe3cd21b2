"""Translations of the bank: ``data/content/i18n/<code>/<part>.json`` beside the English.

The manifest's ``translations`` names each language (code, own name, English name,
the words a CSW may type for it), the part files it has and the English sections it
must cover. A translation file holds ``entries`` keyed by the English id; an item's
entry renders ``text`` (and ``help`` when the English has help), a section's entry its
``title`` (and ``intro``). Each entry has a ``review`` status: ``draft`` (draft
translation, pending county review) until the county's policy staff review it.

The checks here fail the load (``ContentError``, naming the file and the id) when an
English item of a covered section has no entry, an entry has no English item, an
entry lacks a field the English has (or has one it lacks), or a field still carries
a placeholder: empty, identical to the English, the English text inside it, or a
marker such as ``TODO``. Adding a language is data only: a manifest entry and its
files (docs/content.md, "Translations").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.content.bank import Language, Translation

I18N = "i18n"

# Upper case only: "todo" is an everyday Spanish word ("all").
_MARKER = re.compile(r"\b(?:TODO|FIXME|TBD|XXX)\b|\?\?\?")


class TranslationError(Exception):
    """A translation file fails a check; the loader turns it into ContentError."""


@dataclass(frozen=True)
class English:
    """What a translation entry must render: the English id's fields and where it lives."""

    id: str
    file: str  # the English part file ("youth.json")
    section: str  # the section id (the section's own id for a section)
    fields: dict[str, str]  # "text"/"help" for an item, "title"/"intro" for a section


def english_entries(parts: list[tuple[Path, dict[str, Any]]]) -> dict[str, English]:
    """Every section and section item of the English bank, by id."""
    out: dict[str, English] = {}
    for file, data in parts:
        for raw in data.get("sections", ()):
            fields = {"title": raw["title"]}
            if raw.get("intro"):
                fields["intro"] = raw["intro"]
            out[raw["id"]] = English(raw["id"], file.name, raw["id"], fields)
            for it in raw["items"]:
                item_fields = {"text": it["text"]}
                if it.get("help"):
                    item_fields["help"] = it["help"]
                out[it["id"]] = English(it["id"], file.name, raw["id"], item_fields)
    return out


# What a CSW may type for English as a contact's language (or nothing at all).
ENGLISH = frozenset({"", "en", "english", "inglés", "ingles", "en-us"})


def speaks_english(language: str) -> bool:
    """True for a contact in English (or with no language recorded)."""
    return _norm(language) in ENGLISH


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def placeholder_problem(translated: str, english: str) -> str:
    """Why ``translated`` is not yet a translation of ``english``; "" when it is one."""
    if not translated.strip():
        return "is empty"
    if _norm(translated) == _norm(english):
        return "is the English text"
    if len(english) >= 12 and _norm(english) in _norm(translated):
        return "still holds the English text"
    marker = _MARKER.search(translated)
    if marker:
        return f"holds the placeholder {marker.group(0)!r}"
    return ""


def build_language(
    code: str,
    spec: dict[str, Any],
    files: list[tuple[Path, dict[str, Any]]],
    english: dict[str, English],
) -> Language:
    """Check one language's files against the English and build its Language."""
    covered = tuple(spec["sections"])
    for section in covered:
        if section not in english or english[section].section != section:
            raise TranslationError(f"translations {code!r}: unknown English section {section!r}")
    entries: dict[str, Translation] = {}
    seen_in: dict[str, Path] = {}
    for file, data in files:
        if data["language"] != code:
            raise TranslationError(
                f"{file}: says language {data['language']!r}, but sits under {code!r}"
            )
        for id_, raw in data["entries"].items():
            source = english.get(id_)
            if source is None or source.section not in covered:
                raise TranslationError(f"{file}: item {id_!r}: no English item to translate")
            if source.file != file.name:
                raise TranslationError(
                    f"{file}: item {id_!r}: belongs in {code}/{source.file}, beside the English"
                )
            if id_ in seen_in:
                raise TranslationError(f"{file}: item {id_!r}: already in {seen_in[id_].name}")
            seen_in[id_] = file
            given = {k: v for k, v in raw.items() if k != "review"}
            if set(given) != set(source.fields):
                raise TranslationError(
                    f"{file}: item {id_!r}: has {sorted(given)}, the English has "
                    f"{sorted(source.fields)}"
                )
            for key, english_text in source.fields.items():
                problem = placeholder_problem(given[key], english_text)
                if problem:
                    raise TranslationError(f"{file}: item {id_!r}: {key} {problem}")
            first, second = ("title", "intro") if "title" in given else ("text", "help")
            entries[id_] = Translation(id_, given[first], given.get(second, ""), raw["review"])
    missing = [e.id for e in english.values() if e.section in covered and e.id not in entries]
    if missing:
        raise TranslationError(
            f"translations {code!r}: no entry for {len(missing)} English item(s): "
            + ", ".join(missing[:8])
            + (" ..." if len(missing) > 8 else "")
        )
    names = (*spec["aliases"], spec["name"], spec["english_name"])
    aliases = tuple(dict.fromkeys(_norm(a) for a in names))
    return Language(
        code=code,
        name=spec["name"],
        english_name=spec["english_name"],
        aliases=aliases,
        sections=covered,
        entries=entries,
    )
