"""Process settings that keep the notes out of places nobody looks: core dumps, freed memory.

``harden_process()`` runs first thing in the window (``ui.application.run_window``)
and in every CLI command (``app.cli.run_cli``):

- core dumps off (``RLIMIT_CORE`` soft and hard 0, where the OS has it): a crash
  must not write the process's memory (decrypted pages, the passphrase) to a
  ``core`` file or to the system's crash collector;
- SQLCipher's memory security on (``PRAGMA cipher_memory_security = ON``, a
  process-wide switch): every buffer SQLCipher frees is zeroed and its pages are
  locked out of swap. ``app.store.engine.raw_connect`` sets it too, before the key,
  for callers that skip this function (tests, scripts).

What Python itself cannot wipe is described in docs/trust.md ("Nothing left behind").
"""

from __future__ import annotations

import contextlib


def disable_core_dumps() -> bool:
    """Set RLIMIT_CORE to (0, 0); ``False`` where the OS has no such limit (Windows)."""
    try:
        import resource  # noqa: PLC0415 - POSIX only
    except ImportError:  # Windows: no core files; crash dumps are the OS's (WER) settings
        return False
    if not hasattr(resource, "RLIMIT_CORE"):
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return True


def sqlcipher_memory_security() -> bool:
    """Switch SQLCipher's zero-on-free on for the whole process; ``True`` when it reads back 1."""
    try:
        from sqlcipher3 import dbapi2  # noqa: PLC0415 - optional: see below
    except ImportError:
        return False
    conn = dbapi2.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_memory_security = ON")
        row = conn.execute("PRAGMA cipher_memory_security").fetchone()
    except dbapi2.Error:
        return False
    finally:
        with contextlib.suppress(dbapi2.Error):
            conn.close()
    return row is not None and str(row[0]) == "1"


def harden_process() -> None:
    disable_core_dumps()
    sqlcipher_memory_security()
