"""Load the content bank from ``data/content`` and check it before anyone uses it.

The policy guide lives in JSON files listed by ``manifest.json`` (which also holds
the one content version). Each file is checked against
``data/schema/content.schema.json``, then the bank as a whole is checked for
cross-references (unique ids, ``see_also``/``parent`` targets, step numbering),
so a bad edit by policy staff fails at start-up with the file and item named,
never half-way through an interview.

The schema check (jsonschema, ~9 MB and a few hundred ms to import) runs only for
bytes it has not already passed: ``data/schema/content.digests.json`` lists the
SHA-256 of every file that passed it, under the SHA-256 of the schema it passed.
The file is written by ``python -m app.content.digests`` after a full check, and a
test keeps it current. A file whose digest is listed skips jsonschema; any other
file (an edit, a copy changed in a test, a different schema) gets the full check,
with the same messages. The cross-reference checks always run.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from app import paths
from app.content import i18n
from app.content.bank import (
    CATEGORIES,
    AtRiskIndicator,
    ContentBank,
    Determination,
    Duty,
    Item,
    Language,
    Procedure,
    RedFlag,
    Section,
    Step,
    Subcategory,
)

MANIFEST = "manifest.json"
SCHEMA = "content.schema.json"
DIGESTS = "content.digests.json"
AT_RISK_LETTERS = "ABCDEFGH"

# Sections other parts of the application rely on (docs/architecture.md).
REQUIRED_SECTIONS: tuple[str, ...] = (
    "youth.rapport", "youth.open_ended", "youth.specific", "youth.techniques", "youth.notes",
    "caregiver.opening", "caregiver.questions", "investigative_areas",
    "definitions.cse_examples", "definitions.labor_settings", "definitions.criminal_industries",
    "definitions.tactics", "definitions.terms", "tattoos.locations", "tattoos.symbols",
    "online.signs", "online.recruitment", "special.immigrant", "special.runaway",
    "collateral.types", "disposition.regardless", "needs.factors", "services",
    "reference.tools", "reference.statutes",
)  # fmt: skip


class ContentError(Exception):
    """The content bank cannot be used; the message names the file and the item."""


def default_content_dir() -> Path:
    return paths.data_dir() / "content"


def default_schema_path() -> Path:
    return paths.data_dir() / "schema" / SCHEMA


def default_digests_path() -> Path:
    return paths.data_dir() / "schema" / DIGESTS


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _passed_digests(schema_digest: str) -> frozenset[str]:
    """Digests of files that passed the schema whose digest is ``schema_digest``."""
    try:
        record = json.loads(default_digests_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()  # no record: everything gets the full check
    if not isinstance(record, dict) or record.get("schema") != schema_digest:
        return frozenset()
    files = record.get("files")
    if not isinstance(files, list):
        return frozenset()
    return frozenset(d for d in files if isinstance(d, str))


def load_content(path: Path | None = None) -> ContentBank:
    """Load and validate the bank in ``path`` (default ``data/content``); cached per folder."""
    folder = Path(path) if path is not None else default_content_dir()
    return _load_cached(folder.resolve())


def content_version(path: Path | None = None) -> str:
    return load_content(path).version


def full_check(path: Path | None = None) -> dict[str, Any]:
    """Check the bank in ``path`` (default ``data/content``) in full, skipping nothing.

    Every file goes through jsonschema whatever the digests record says, then the
    cross-references. Returns what ``python -m app.content.digests`` records: the
    schema's SHA-256 and the sorted SHA-256 of the manifest, each listed file and
    each translation file.
    Raises ``ContentError`` as ``load_content`` does.
    """
    folder = (Path(path) if path is not None else default_content_dir()).resolve()
    schema_raw = _read_bytes(default_schema_path())
    _load(folder, schema_raw, frozenset())
    manifest_raw = _read_bytes(folder / MANIFEST)
    manifest = _parse_json(folder / MANIFEST, manifest_raw)
    digests = {sha256(manifest_raw)}
    for name in manifest["files"]:
        digests.add(sha256(_read_bytes(folder / name)))
    for files in translation_files(folder, manifest).values():
        digests.update(sha256(_read_bytes(file)) for file in files)
    return {"schema": sha256(schema_raw), "files": sorted(digests)}


def forget_loaded() -> None:
    """Drop the banks ``load_content`` has cached, so the next call reads the files again."""
    _load_cached.cache_clear()


@functools.lru_cache(maxsize=8)
def _load_cached(folder: Path) -> ContentBank:
    schema_raw = _read_bytes(default_schema_path())
    return _load(folder, schema_raw, _passed_digests(sha256(schema_raw)))


def _load(folder: Path, schema_raw: bytes, passed: frozenset[str]) -> ContentBank:
    """Read and check the bank in ``folder``; a file whose digest is in ``passed`` skips
    jsonschema (it passed this schema before)."""
    schema = _parse_json(default_schema_path(), schema_raw)
    manifest_raw = _read_bytes(folder / MANIFEST)
    manifest = _parse_json(folder / MANIFEST, manifest_raw)
    if sha256(manifest_raw) not in passed:
        _validate(
            manifest, {"$ref": "#/$defs/manifest", "$defs": schema["$defs"]}, folder / MANIFEST
        )
    listed = manifest["files"]
    present = sorted(p.name for p in folder.glob("*.json") if p.name != MANIFEST)
    unlisted = [name for name in present if name not in listed]
    if unlisted:
        # A file nobody loads would be content policy staff think is live but is not.
        raise ContentError(
            f"{folder / MANIFEST}: files not listed in the manifest: {', '.join(unlisted)}"
        )
    parts: list[tuple[Path, dict[str, Any]]] = []
    for name in listed:
        file = folder / name
        raw = _read_bytes(file)
        data = _parse_json(file, raw)
        if sha256(raw) not in passed:
            _validate(data, schema, file)
        parts.append((file, data))
    bank = _build(manifest["version"], parts, folder / MANIFEST)
    languages = _load_languages(folder, manifest, parts, schema, passed)
    return dataclasses.replace(bank, languages=languages) if languages else bank


def translation_files(folder: Path, manifest: dict[str, Any]) -> dict[str, list[Path]]:
    """Each language's files (``i18n/<code>/<part>.json``), checked against the folder."""
    out: dict[str, list[Path]] = {}
    translations = manifest.get("translations", {})
    root = folder / i18n.I18N
    if root.is_dir():
        unknown = sorted(p.name for p in root.iterdir() if p.name not in translations)
        if unknown:
            raise ContentError(
                f"{folder / MANIFEST}: translations not listed in the manifest: "
                + ", ".join(unknown)
            )
    for code, spec in translations.items():
        lang_dir = root / code
        for name in spec["files"]:
            if name not in manifest["files"]:
                raise ContentError(
                    f"{folder / MANIFEST}: translations {code!r}: {name} is no English part file"
                )
        present = sorted(p.name for p in lang_dir.glob("*.json")) if lang_dir.is_dir() else []
        unlisted = [name for name in present if name not in spec["files"]]
        if unlisted:
            raise ContentError(
                f"{folder / MANIFEST}: translations {code!r}: files not listed: "
                + ", ".join(unlisted)
            )
        out[code] = [lang_dir / name for name in spec["files"]]
    return out


def translation_schema(schema: dict[str, Any]) -> dict[str, Any]:
    return {"$ref": "#/$defs/translation_file", "$defs": schema["$defs"]}


def _load_languages(
    folder: Path,
    manifest: dict[str, Any],
    parts: list[tuple[Path, dict[str, Any]]],
    schema: dict[str, Any],
    passed: frozenset[str],
) -> dict[str, Language]:
    english = i18n.english_entries(parts)
    languages: dict[str, Language] = {}
    for code, files in translation_files(folder, manifest).items():
        loaded = []
        for file in files:
            raw = _read_bytes(file)
            data = _parse_json(file, raw)
            if sha256(raw) not in passed:
                _validate(data, translation_schema(schema), file)
            loaded.append((file, data))
        try:
            languages[code] = i18n.build_language(
                code, manifest["translations"][code], loaded, english
            )
        except i18n.TranslationError as exc:
            raise ContentError(str(exc)) from None
    return languages


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _read_json(file: Path) -> Any:
    return _parse_json(file, _read_bytes(file))


def _read_bytes(file: Path) -> bytes:
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise ContentError(f"{file}: file is missing") from None
    except OSError as exc:
        raise ContentError(f"{file}: cannot be read ({exc})") from None


def _parse_json(file: Path, raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(f"{file}: cannot be read ({exc})") from None
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise ContentError(
            f"{file}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except ValueError as exc:
        raise ContentError(f"{file}: {exc}") from None


def _validate(data: Any, schema: dict[str, Any], file: Path) -> None:
    import jsonschema  # noqa: PLC0415 - only for bytes not already passed (see the module docstring)
    from jsonschema.exceptions import best_match  # noqa: PLC0415 - slow import, only when checking

    validator = jsonschema.Draft202012Validator(schema)
    error = best_match(validator.iter_errors(data))
    if error is None:
        return
    pointer = "/" + "/".join(str(p) for p in error.absolute_path)
    raise ContentError(
        f"{file}: {_item_at(data, list(error.absolute_path))}{pointer}: {error.message}"
    )


def _item_at(data: Any, path: list[Any]) -> str:
    """'item <id> at ' for the innermost object on the path that has an id, else ''."""
    found = ""
    node = data
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            found = node["id"]
    return f"item {found!r} at " if found else ""


class _Ids:
    """Every id in the bank, with the file it came from, to catch duplicates and dangling links."""

    def __init__(self) -> None:
        self.where: dict[str, Path] = {}
        self.links: list[tuple[Path, str, str]] = []  # (file, from id, to id)

    def add(self, file: Path, id_: str) -> None:
        if id_ in self.where:
            raise ContentError(f"{file}: item {id_!r}: id already used in {self.where[id_].name}")
        self.where[id_] = file

    def link(self, file: Path, from_id: str, targets: tuple[str, ...]) -> None:
        self.links.extend((file, from_id, t) for t in targets)

    def check_links(self) -> None:
        for file, from_id, target in self.links:
            if target not in self.where:
                raise ContentError(f"{file}: item {from_id!r}: refers to unknown id {target!r}")


def _item(file: Path, raw: dict[str, Any], ids: _Ids) -> Item:
    it = Item(
        id=raw["id"],
        text=raw["text"],
        help=raw.get("help", ""),
        see_also=tuple(raw.get("see_also", ())),
        tags=tuple(raw.get("tags", ())),
        parent=raw.get("parent", ""),
    )
    ids.add(file, it.id)
    ids.link(file, it.id, it.see_also + ((it.parent,) if it.parent else ()))
    return it


def _determination(file: Path, raw: dict[str, Any], ids: _Ids) -> Determination:
    base = _item(file, raw, ids)
    det = Determination(
        **{f: getattr(base, f) for f in ("id", "text", "help", "see_also", "tags", "parent")},
        kind=raw["kind"],
        concern_when=raw.get("concern_when", ""),
        value=raw.get("value", ""),
        same_as=raw.get("same_as", ""),
    )
    if det.same_as:
        ids.link(file, det.id, (det.same_as,))
    return det


def _section(file: Path, raw: dict[str, Any], ids: _Ids) -> Section:
    ids.add(file, raw["id"])
    items = tuple(_item(file, r, ids) for r in raw["items"])
    return Section(id=raw["id"], title=raw["title"], intro=raw.get("intro", ""), items=items)


def _procedure(file: Path, raw: dict[str, Any], ids: _Ids) -> Procedure:
    ids.add(file, raw["id"])
    steps = []
    for number, rs in enumerate(raw["steps"], 1):
        expected = f"{raw['id']}.s{number}"
        if rs["number"] != number or rs["id"] != expected:
            raise ContentError(
                f"{file}: item {rs['id']!r}: expected step {number} with id {expected!r}"
            )
        ids.add(file, rs["id"])
        dets = tuple(_determination(file, d, ids) for d in rs.get("determinations", ()))
        for d in dets:
            if not d.id.startswith(rs["id"] + ".d"):
                raise ContentError(
                    f"{file}: item {d.id!r}: a determination id must start with {rs['id']}.d"
                )
        steps.append(Step(rs["id"], number, rs["text"], rs["kind"], dets, rs.get("detail", "")))
    return Procedure(
        id=raw["id"], title=raw["title"], subcategory=raw["subcategory"], steps=tuple(steps)
    )


def _build(version: str, parts: list[tuple[Path, dict[str, Any]]], manifest: Path) -> ContentBank:
    ids = _Ids()
    sections: dict[str, Section] = {}
    red_flags: list[RedFlag] = []
    indicators: list[AtRiskIndicator] = []
    labor: Section | None = None
    subcategories: list[Subcategory] = []
    procedures: list[Procedure] = []
    extras: dict[str, object] = {}
    duties: list[Duty] = []
    for file, data in parts:
        for raw in data.get("sections", ()):
            sections[raw["id"]] = _section(file, raw, ids)
        for raw in data.get("red_flags", ()):
            ids.add(file, raw["id"])
            flag = RedFlag(
                raw["id"], raw["text"], frozenset(raw["categories"]), tuple(raw.get("see_also", ()))
            )
            ids.link(file, flag.id, flag.see_also)
            red_flags.append(flag)
        for raw in data.get("at_risk_indicators", ()):
            indicators.append(AtRiskIndicator(raw["id"], raw["group"], raw["text"]))
        if "labor_risk_factors" in data:
            if labor is not None:
                raise ContentError(f"{file}: labor_risk_factors is given twice")
            labor = _section(file, data["labor_risk_factors"], ids)
        for raw in data.get("subcategories", ()):
            subcategories.append(Subcategory(**raw))
        for raw in data.get("procedures", ()):
            procedures.append(_procedure(file, raw, ids))
        for raw in data.get("reporting_duties", ()):
            ids.add(file, raw["id"])
            duties.append(Duty(**raw))
        for key, value in data.get("extras", {}).items():
            if key in extras:
                raise ContentError(f"{file}: extras {key!r} is given twice")
            extras[key] = value
    ids.check_links()
    _check_whole(manifest, sections, indicators, labor, subcategories, procedures)
    assert labor is not None  # _check_whole raised otherwise
    return ContentBank(
        version=version,
        sections=sections,
        red_flags=tuple(red_flags),
        at_risk_indicators=tuple(sorted(indicators, key=lambda i: i.id)),
        labor_risk_factors=labor,
        subcategories=tuple(subcategories),
        procedures=tuple(procedures),
        extras=extras,
        duties=tuple(duties),
    )


def _check_whole(
    manifest: Path,
    sections: dict[str, Section],
    indicators: list[AtRiskIndicator],
    labor: Section | None,
    subcategories: list[Subcategory],
    procedures: list[Procedure],
) -> None:
    missing = [s for s in REQUIRED_SECTIONS if s not in sections]
    if missing:
        raise ContentError(f"{manifest}: sections missing from the bank: {', '.join(missing)}")
    if labor is None:
        raise ContentError(f"{manifest}: labor_risk_factors missing from the bank")
    letters = sorted(i.id for i in indicators)
    if letters != list(AT_RISK_LETTERS):
        raise ContentError(
            f"{manifest}: at-risk indicators must be A..H once each, found {letters}"
        )
    for ind in indicators:
        if ind.group != ("A-C" if ind.id in "ABC" else "D-H"):
            raise ContentError(f"{manifest}: item {ind.id!r}: wrong group {ind.group!r}")
    sub_ids = [s.id for s in subcategories]
    if sorted(sub_ids) != sorted(("cse", "labor", "criminal", "other")):
        raise ContentError(
            f"{manifest}: subcategories must be cse, labor, criminal, other once each"
        )
    for sub in subcategories:
        if sub.category not in (*CATEGORIES, "other"):
            raise ContentError(f"{manifest}: item {sub.id!r}: unknown category {sub.category!r}")
    for proc in procedures:
        if proc.subcategory not in sub_ids:
            raise ContentError(
                f"{manifest}: item {proc.id!r}: unknown subcategory {proc.subcategory!r}"
            )
