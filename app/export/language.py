"""The language check: labels and phrases the guide says not to use, in the CSW's text.

Only the CSW's own writing is checked (notes, narrative, allegation reasons, ...).
The person's own words (``Answer.own_words``, ``Tattoo.youth_description``) and
the youth's own terms for people (``Associate.relationship``) are quotes: they are
never checked and never changed. The term list is data: ``data/language/terms.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.content.bank import ContentBank
from app.model import Interview
from app.paths import data_dir

CONTEXT = 40  # characters shown either side of a finding


class TermsError(ValueError):
    """terms.json is malformed; the message names the file and the term."""


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    regex: re.Pattern[str]
    reason: str
    suggestion: str
    replacement: str | None = None
    language: str = "en"  # issue 15: Spanish labels ("prostituta", "delincuente") are "es"


@dataclass(frozen=True)
class LanguageFinding:
    path: str  # e.g. "narrative", "answers[youth.q03].notes", "tattoos[2].description"
    owner: str  # "interview", "answer", "tattoo", ... : which record holds the text
    key: str  # the record's id (answer/flag/step id, list item id), "" for the interview
    field: str  # the attribute holding the text
    start: int  # the match within the field's text
    end: int
    term_id: str
    term: str
    matched: str  # the text as written
    context: str  # "... the words around it ..."
    reason: str
    suggestion: str
    replacement: str | None  # a drop-in fix, when one fits; otherwise reword by hand


def terms_path() -> Path:
    return data_dir() / "language" / "terms.json"


@lru_cache(maxsize=4)
def load_terms(path: Path | None = None) -> tuple[Term, ...]:
    import jsonschema  # noqa: PLC0415 - slow import, only when checking

    path = path or terms_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads((path.parent / "terms.schema.json").read_text(encoding="utf-8"))
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path)
        raise TermsError(f"{path.name}: {where}: {exc.message}") from None
    terms = []
    for raw in data["terms"]:
        try:
            regex = re.compile(
                r"\b(?:" + "|".join(f"(?:{p})" for p in raw["patterns"]) + r")\b", re.IGNORECASE
            )
        except re.error as exc:
            raise TermsError(f"{path.name}: term {raw['id']}: bad pattern: {exc}") from None
        terms.append(
            Term(
                raw["id"],
                raw["term"],
                regex,
                raw["reason"],
                raw["suggestion"],
                raw.get("replacement"),
                raw.get("language", "en"),
            )
        )
    return tuple(terms)


def csw_texts(interview: Interview) -> Iterator[tuple[str, str, str, object, str]]:
    """(path, owner, key, object, field) for every piece of the CSW's own text."""
    iv = interview
    yield "narrative", "interview", "", iv, "narrative"
    yield "contact.purpose", "contact", "", iv.contact, "purpose"
    yield "special.notes", "special", "", iv.special, "notes"
    for kid, a in iv.answers.items():
        yield f"answers[{kid}].notes", "answer", kid, a, "notes"
    for name, mapping in (
        ("red_flags", iv.red_flags),
        ("at_risk_indicators", iv.at_risk_indicators),
        ("labor_risk_factors", iv.labor_risk_factors),
        ("responsibilities", iv.responsibilities),
        ("needs", iv.needs),
        ("services", iv.services),
    ):
        for kid, obj in mapping.items():
            yield f"{name}[{kid}].note", name, kid, obj, "note"
    for i, t in enumerate(iv.tattoos):
        for f in ("description", "how_obtained", "where_obtained"):
            yield f"tattoos[{i}].{f}", "tattoo", t.id, t, f
    for name, items, fields in (
        ("online_accounts", iv.online_accounts, ("notes",)),
        ("associates", iv.associates, ("notes",)),
        ("other_victims", iv.other_victims, ("notes", "where")),
        ("collateral_contacts", iv.collateral_contacts, ("summary",)),
        ("allegations", iv.allegations, ("reasons",)),
    ):
        for i, obj in enumerate(items):
            for f in fields:
                yield f"{name}[{i}].{f}", name, obj.id, obj, f


def _context(text: str, start: int, end: int) -> str:
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    snippet = " ".join(text[a:b].split())
    return ("\u2026" if a > 0 else "") + snippet + ("\u2026" if b < len(text) else "")


def find_terms(
    text: str,
    terms: tuple[Term, ...] | None = None,
) -> list[tuple[Term, re.Match[str]]]:
    """Non-overlapping matches in text order; at one place the longer term wins."""
    terms = terms if terms is not None else load_terms()
    hits = [(t, m) for t in terms for m in t.regex.finditer(text)]
    hits.sort(key=lambda h: (h[1].start(), -(h[1].end() - h[1].start())))
    out: list[tuple[Term, re.Match[str]]] = []
    end = -1
    for term, match in hits:
        if match.start() >= end:
            out.append((term, match))
            end = match.end()
    return out


def check_language(
    interview: Interview,
    bank: ContentBank | None = None,
) -> list[LanguageFinding]:
    """Every listed term in the CSW's own text, with the guide's reason and a suggestion."""
    terms = load_terms()
    findings = []
    for path, owner, key, obj, field in csw_texts(interview):
        text = getattr(obj, field, "") or ""
        for term, m in find_terms(text, terms):
            findings.append(
                LanguageFinding(
                    path,
                    owner,
                    key,
                    field,
                    m.start(),
                    m.end(),
                    term.id,
                    term.term,
                    m.group(0),
                    _context(text, m.start(), m.end()),
                    term.reason,
                    term.suggestion,
                    term.replacement,
                )
            )
    return findings


def quoted_texts(interview: Interview) -> Iterator[tuple[str, str, str, object, str]]:
    """(path, owner, key, object, field) for the person's quoted words and their rendering."""
    for kid, a in interview.answers.items():
        yield f"answers[{kid}].own_words", "answer", kid, a, "own_words"
        yield f"answers[{kid}].english_rendering", "answer", kid, a, "english_rendering"


def quoted_terms(interview: Interview) -> list[LanguageFinding]:
    """Listed terms inside the person's own words (and the CSW's English rendering of them).

    Information only (issue 15): a youth or a parent may say "prostituta" or "pandillero";
    their words are kept as said, so these findings carry no replacement, are never
    offered as a fix, and ``apply_fix`` refuses them (their paths are not the CSW's text).
    """
    findings = []
    for path, owner, key, obj, field in quoted_texts(interview):
        text = getattr(obj, field, "") or ""
        for term, m in find_terms(text):
            findings.append(
                LanguageFinding(
                    path, owner, key, field, m.start(), m.end(), term.id, term.term,
                    m.group(0), _context(text, m.start(), m.end()), term.reason,
                    term.suggestion, None,
                )
            )  # fmt: skip
    return findings


class FixRefused(ValueError):
    """A fix that cannot be applied; ``kind`` ("no_replacement", "stale") says why, for
    the window to word in its own language (ui/app_messages.py)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def fixed_text(text: str, finding: LanguageFinding, replacement: str | None = None) -> str:
    """The field's text with one finding replaced; refuses if the text changed since."""
    new = replacement if replacement is not None else finding.replacement
    if new is None:
        raise FixRefused(
            f"no replacement for {finding.term!r}: reword it by hand", "no_replacement"
        )
    if text[finding.start : finding.end] != finding.matched:
        raise FixRefused("the text changed since it was checked; check again", "stale")
    return text[: finding.start] + new + text[finding.end :]


def apply_fix(
    interview: Interview, finding: LanguageFinding, replacement: str | None = None
) -> str:
    """Fix one finding in the in-memory interview; return the field's new text.

    The window then saves that text through the store's named operation for the
    record (``finding.owner``/``finding.key``/``finding.field``). Apply fixes to one
    field from the last finding backwards, or check again between fixes, since a
    fix shifts the positions after it.
    """
    for path, _owner, _key, obj, field in csw_texts(interview):
        if path == finding.path:
            new = fixed_text(getattr(obj, field), finding, replacement)
            setattr(obj, field, new)
            return new
    raise KeyError(finding.path)
