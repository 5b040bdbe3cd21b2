"""Folders the application creates: owner-only (0700) at every level, whatever the umask."""

from __future__ import annotations

import os
from pathlib import Path

DIR_MODE = 0o700


def make_private_dirs(folder: Path) -> list[Path]:
    """Create ``folder`` and any missing parents, each 0700; return the ones created.

    ``mkdir(parents=True, mode=...)`` applies the mode to the last level only, and
    through the umask (0o000 would leave 0777); so each missing level is made here
    and then chmod-ed. Folders that already exist are left as they are.
    """
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not os.path.lexists(probe) and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    created = []
    for level in reversed(missing):
        try:
            os.mkdir(level, DIR_MODE)
        except FileExistsError:
            if level.is_dir():  # made by someone else a moment ago: not ours to change
                continue
            raise
        os.chmod(level, DIR_MODE)  # the umask filtered mkdir's mode
        created.append(level)
    return created
