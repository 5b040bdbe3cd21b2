"""Store files for tests and benchmarks: a template made once, copied per use.

Creating a store costs one PBKDF2 derivation; copying the closed template file
does not. The copy is a real SQLCipher store keyed with ``tests.helpers.PASSPHRASE``.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from pathlib import Path

from app.model import Interview
from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.records import full_interview

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


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (to prove nothing changed)."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def full_record(tag: str) -> Interview:
    """An interview with every field filled, as a real (non-training) record."""
    interview = full_interview(tag)
    interview.training = False
    return interview
