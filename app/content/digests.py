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
    return loader.full_check(folder)


def render(record: dict[str, Any]) -> str:
    return json.dumps(record, indent=2) + "\n"


def main() -> int:
    target = loader.default_digests_path()
    target.write_text(render(expected()), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
