"""``python main.py export ID --format json [-o FILE]``: write one interview out.

The formats are a table: ``FORMATS`` maps a name to a writer. ``json`` is the
lossless interchange (``app.interchange``); ``pdf`` and ``text`` (the contact
summary) are added here by the export work, as writers of the same shape.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import CommandError, unlocked
from app.passphrase import add_store_arguments

NAME = "export"
HELP = "export one interview (by id, or a unique start of it) to a file or standard output"


def _json(store: Any, interview: Any, out: Path | None) -> None:
    from app.content import load_content
    from app.interchange import dumps, interview_to_dict

    _write(out, dumps(interview_to_dict(interview, load_content())).encode("utf-8"))
    # A data export, not the contact summary: audited, the status is left alone.
    store.audit("interview_exported", f"{interview.id} json {'file' if out else 'stdout'}")


def _pdf(store: Any, interview: Any, out: Path | None, password: str | None = None) -> None:
    from app.content import load_content
    from app.export import render_pdf

    assert out is not None  # run() refuses pdf without -o
    result = render_pdf(interview, load_content(), out, password=password or None)
    store.record_export(interview.id, "pdf", "file")
    for char, name in result.missing_glyphs:
        print(f"note: printed as [U+{ord(char):04X}] (the font lacks it): {name}", file=sys.stderr)


def _text(store: Any, interview: Any, out: Path | None) -> None:
    from app.content import load_content
    from app.export import render_text

    _write(out, render_text(interview, load_content()).encode("utf-8"))
    store.record_export(interview.id, "text", "file" if out else "stdout")


# name -> writer(store, interview, out path or None for stdout).
FORMATS: dict[str, Callable[[Any, Any, Path | None], None]] = {
    "json": _json,
    "pdf": _pdf,
    "text": _text,
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="the interview's id (see `list`)")
    parser.add_argument(
        "--format", choices=sorted(FORMATS), default="json", help="output format (default: json)"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (created owner-only; never overwritten) instead of standard output",
    )
    parser.add_argument(
        "--pdf-password-stdin",
        action="store_true",
        help="pdf: read a password for the PDF from standard input (after the "
        "store passphrase); otherwise asked on a terminal, empty for none",
    )
    add_store_arguments(parser)


def _write(out: Path | None, payload: bytes) -> None:
    if out is None:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        return
    # O_EXCL: never overwrite; 0600: the export holds the same content as the store.
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        out.unlink(missing_ok=True)
        raise


def find_id(store: Any, wanted: str) -> str:
    from app.store import NotFound

    matches = [s.id for s in store.list_interviews() if s.id.startswith(wanted.lower())]
    if wanted and len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFound(f"{wanted!r} matches {len(matches)} interviews; give more of the id")
    raise NotFound(f"no interview with the id {wanted!r}")


def _pdf_password(args: argparse.Namespace) -> str:
    from app.passphrase import PassphraseReader

    if args.pdf_password_stdin:
        return PassphraseReader(True).read("PDF password: ")
    if sys.stdin.isatty():
        return PassphraseReader(False).read("PDF password (Enter for none): ")
    return ""


def run(args: argparse.Namespace) -> int:
    out = Path(args.output) if args.output else None
    if out is not None and (out.exists() or out.is_symlink()):
        raise CommandError(f"{out} already exists; choose another name")
    if args.format == "pdf" and out is None:  # binary on a terminal; -o gives the atomic write
        raise CommandError("--format pdf needs -o FILE")
    with unlocked(args) as store:
        interview = store.load(find_id(store, args.id))
        writer = FORMATS[args.format]
        if args.format == "pdf":
            writer = functools.partial(_pdf, password=_pdf_password(args))
        writer(store, interview, out)
    if out is not None:
        print(f"Exported {interview.id} to {out}", file=sys.stderr)
    return 0
