"""Getting a passphrase and a store path on the command line (never from argv).

A passphrase comes from a prompt without echo (``getpass`` on the terminal) or,
for scripts, from standard input with ``--passphrase-stdin``: one passphrase per
line, read in the order the command documents, as UTF-8 whatever the locale,
normalised like every passphrase (``app.passphrase_rules.normalise``: a leading
byte-order mark and the line ending dropped, NFC). The rules a new passphrase
must meet live in ``app.store.passphrase``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

from app.passphrase_rules import normalise


class PassphraseInputError(Exception):
    """No passphrase could be read (no terminal, input ended, ...)."""


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    """``--store PATH`` (also accepted before the command) and ``--passphrase-stdin``."""
    parser.add_argument(
        "--store",
        metavar="PATH",
        default=argparse.SUPPRESS,  # keep a --store given before the command name
        help="the store file (default: store.cec in the per-user data folder)",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from standard input (one per line) instead of prompting",
    )


def store_path(args: argparse.Namespace) -> Path:
    from app.store import default_store_path  # noqa: PLC0415 - app.store (SQLAlchemy) only when used

    given = getattr(args, "store", None)
    return Path(given).expanduser() if given else default_store_path()


class PassphraseReader:
    """Hands out passphrases in order: prompted, or line by line from stdin."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.stdin = stdin if stdin is not None else sys.stdin

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = _read_line(self.stdin)
            if not line:
                raise PassphraseInputError(
                    f"standard input ended before the passphrase ({prompt.rstrip(': ')})"
                )
            # Only the line ending is removed (spaces may be part of a passphrase),
            # with a leading byte-order mark; NFC, as every passphrase is.
            return normalise(line)
        if not sys.stdin.isatty():
            raise PassphraseInputError(
                "no terminal to ask for the passphrase; use --passphrase-stdin"
            )
        try:
            return getpass.getpass(prompt)
        except EOFError:
            raise PassphraseInputError("no passphrase entered") from None

    def read_new(self, prompt: str, again: str) -> tuple[str, str]:
        """A new passphrase and its confirmation (stdin: one line serves as both)."""
        first = self.read(prompt)
        if self.from_stdin:
            return first, first
        return first, self.read(again)


def _read_line(stdin: TextIO) -> str:
    """One line of standard input, read as UTF-8 whatever the locale says.

    The bytes under the text stream are read when there are some (a Windows pipe
    or ``LANG=C`` would otherwise decode them in the locale's code page).
    """
    raw = getattr(stdin, "buffer", None)
    if raw is None:  # already text (a test's StringIO)
        return stdin.readline()
    data = raw.readline()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise PassphraseInputError(
            "the passphrase on standard input is not UTF-8 text; save it as UTF-8"
        ) from None


def reader(args: argparse.Namespace) -> PassphraseReader:
    return PassphraseReader(bool(getattr(args, "passphrase_stdin", False)))
