"""What every CLI command shares: the open-store -> run -> lock block and the error line.

``unlocked(args)`` opens the store (passphrase prompted or from stdin), yields it,
and locks it whatever happens. Errors are not caught in the commands: they reach
``app.cli.run_cli``, which turns each into ONE line on stderr (``one_line``) and a
non-zero exit code, never a traceback. ``printable`` escapes control characters
(ESC, CR, TAB, LF, bidi overrides such as U+202E, lone surrogates from a path that
is not UTF-8) so neither a name nor a path can break a table or the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.passphrase import PassphraseInputError, PassphraseReader, reader, store_path

if TYPE_CHECKING:
    from app.store import Store

# Unicode categories printed as escapes: controls (C0, DEL, C1), format characters
# (bidi embeddings/overrides/isolates, zero-width joiners, BOM), line and paragraph
# separators, lone surrogates (bytes of a non-UTF-8 path) and unassigned code points.
_ESCAPED = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


class CommandError(Exception):
    """A command cannot go on; ``str(exc)`` is the one line shown after ``COMMAND:``."""


def printable(text: object) -> str:
    """``text`` with every character that could move the cursor or reorder the line escaped."""
    out = []
    for ch in str(text):
        if ch in _SHORT:
            out.append(_SHORT[ch])
        elif unicodedata.category(ch) in _ESCAPED:
            code = ord(ch)
            out.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
        else:
            out.append(ch)
    return "".join(out)


def fail(command: str, message: object, code: int = 1) -> int:
    """Print ``COMMAND: message`` as one escaped line on stderr; return ``code``."""
    print(f"{command}: {printable(message)}", file=sys.stderr)
    return code


def utf8_stdout() -> None:
    """Names in any script must print on a Windows console too."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")


def checked_store_path(args: argparse.Namespace) -> Path:
    """The store path, refused at once when no store could ever be there."""
    path = store_path(args)
    try:
        os.fsencode(path)
        str(path).encode("utf-8")
    except UnicodeError:
        raise CommandError(
            f"{path}: the path is not valid UTF-8 text and cannot be used; rename it"
        ) from None
    return path


@contextlib.contextmanager
def unlocked(
    args: argparse.Namespace,
    passphrases: PassphraseReader | None = None,
    prompt: str | None = None,
    passphrase: str | None = None,
    reading: bool = False,
) -> Iterator[Store]:
    """Open the store named by ``args``, yield it, lock it on the way out (errors too).

    Files left by a backup that was killed half-way (listed in the store's folder)
    are removed after the unlock, and the removal is said on stderr. ``reading``:
    a command that only reads (``list``, ``audit``) reads beside a window that has
    the store open (``Store.open_for_reading``), and then removes nothing.
    """
    from app.store import Store
    from app.store.safefiles import remove_unfinished_backups

    path = checked_store_path(args)
    if passphrase is None:
        passphrases = passphrases or reader(args)
        passphrase = passphrases.read(prompt or f"Passphrase for {path}: ")
    store = (Store.open_for_reading if reading else Store.open)(path, passphrase)
    del passphrase  # the store's key holder keeps what it needs; nothing else should
    try:
        removed = 0 if store.read_only else remove_unfinished_backups(path)
        if removed:
            print(
                f"note: removed {removed} file(s) left by a backup that was interrupted",
                file=sys.stderr,
            )
        yield store
    finally:
        store.lock()


def read_line(passphrases: PassphraseReader, what: str) -> str:
    """One more line from standard input (after any passphrase lines), e.g. search text.

    Read through the same reader as the passphrases, so both see one stream.
    """
    if passphrases.from_stdin:
        return passphrases.read(what)
    if sys.stdin is None:
        raise PassphraseInputError(f"no standard input to read the {what} from")
    if sys.stdin.isatty():
        print(f"{what}: ", end="", file=sys.stderr, flush=True)
    return PassphraseReader(True).read(what)
