"""``python -m app.content.digests``: record the content files that pass the schema.

Runs the full check (jsonschema on every file, then the cross-references) on
``data/content`` and writes ``data/schema/content.digests.json``: the SHA-256 of the
schema and of each file that passed it. At start the loader skips jsonschema for
files whose bytes are listed there (app/content/loader.py). Run it after editing
the content or the schema; ``tests/test_content_loader.py`` fails while the record
is out of date.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.content import loader


def expected(folder: Path | None = None) -> dict[str, Any]:
    """The record for ``folder`` (default ``data/content``) after a full check of it."""
    folder = Path(folder) if folder is not None else loader.default_content_dir()
    schema_raw = loader.default_schema_path().read_bytes()
    schema = json.loads(schema_raw)
    manifest = loader._read_json(folder / loader.MANIFEST)
    loader._validate(
        manifest, {"$ref": "#/$defs/manifest", "$defs": schema["$defs"]}, folder / loader.MANIFEST
    )
    digests = {loader.sha256((folder / loader.MANIFEST).read_bytes())}
    for name in manifest["files"]:
        file = folder / name
        loader._validate(loader._read_json(file), schema, file)
        digests.add(loader.sha256(file.read_bytes()))
    schema_for_translations = loader.translation_schema(schema)
    for files in loader.translation_files(folder, manifest).values():
        for file in files:
            loader._validate(loader._read_json(file), schema_for_translations, file)
            digests.add(loader.sha256(file.read_bytes()))
    loader._load_cached.__wrapped__(folder.resolve())  # the cross-references too
    return {"schema": loader.sha256(schema_raw), "files": sorted(digests)}


def render(record: dict[str, Any]) -> str:
    return json.dumps(record, indent=2) + "\n"


def main() -> int:
    target = loader.default_digests_path()
    target.write_text(render(expected()), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
