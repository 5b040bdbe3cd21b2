"""Store files for tests and benchmarks: a template made once, copied per use.

Creating a store costs one PBKDF2 derivation; copying the closed template file
does not. The copy is a real SQLCipher store keyed with ``PASSPHRASE``.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from pathlib import Path

from app.store import Store

PASSPHRASE = "violet kettle on the harbour 42"  # a fictional test passphrase
_template: Path | None = None


def template() -> Path:
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="cec-template-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "template.cec"
        Store.create(path, PASSPHRASE, PASSPHRASE).lock()
        _template = path
    return _template


def copy_store(folder: Path, name: str = "store.cec") -> Path:
    """A fresh, empty, closed store at ``folder/name``."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(template(), target)
    target.chmod(0o600)
    return target


def folder_digest(folder: Path) -> dict[str, str]:
    """Name -> SHA-256 of every file under ``folder``: "byte-for-byte as it was"."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
