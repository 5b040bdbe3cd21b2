"""``python main.py export ID --format json|pdf|text [-o FILE]``: write a case or a contact out.

``ID`` (or a unique start of it) names a case or a contact (``list`` shows case
ids, ``list --contacts`` contact ids). The formats are tables of writers of one
shape: ``FORMATS`` for a contact (``json``: the lossless version 1 interchange of
that contact, ``app.interchange``; ``pdf`` and ``text``: the contact summary) and
``CASE_FORMATS`` for a case (``json``: the version 2 interchange of the case with
its contacts, ``app.interchange_v2``; ``pdf`` and ``text``: the case summary,
``app.export.case_summary``).
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
HELP = (
    "export a case (its summary, or JSON version 2 with its contacts) or one contact "
    "(the contact summary, or JSON version 1), by id or a unique start of it"
)


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


def _case_json(store: Any, case_id: str, out: Path | None) -> None:
    from app.content import load_content
    from app.interchange import dumps
    from app.interchange_v2 import export_case

    _write(out, dumps(export_case(store, case_id, load_content())).encode("utf-8"))
    # A data export, not the case summary: audited, "summary exported" is left alone.
    store.audit("case_exported", f"{case_id} json {'file' if out else 'stdout'}")


def _case_parts(store: Any, case_id: str) -> tuple[Any, Any, list[Any]]:
    case = store.load_case(case_id)
    return case, store.case_view(case_id), [store.load(ref.id) for ref in case.contacts]


def _case_pdf(store: Any, case_id: str, out: Path | None, password: str | None = None) -> None:
    from app.content import load_content
    from app.export.case_summary import render_case_pdf

    assert out is not None  # run() refuses pdf without -o
    case, view, contacts = _case_parts(store, case_id)
    result = render_case_pdf(
        case, view, contacts, load_content(), out, password=password or None,
        training=case.training,
    )  # fmt: skip
    store.record_case_export(case_id, "file")
    for char, name in result.missing_glyphs:
        print(f"note: printed as [U+{ord(char):04X}] (the font lacks it): {name}", file=sys.stderr)


def _case_text(store: Any, case_id: str, out: Path | None) -> None:
    from app.content import load_content
    from app.export.case_summary import render_case_text

    case, view, contacts = _case_parts(store, case_id)
    text = render_case_text(case, view, contacts, load_content(), training=case.training)
    _write(out, text.encode("utf-8"))
    store.record_case_export(case_id, "file" if out else "stdout")


# The same names for a case: writer(store, case id, out path or None for stdout).
CASE_FORMATS: dict[str, Callable[[Any, str, Path | None], None]] = {
    "json": _case_json,
    "pdf": _case_pdf,
    "text": _case_text,
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id",
        metavar="ID",
        help="a case's id (see `list`) or a contact's id (see `list --contacts`), "
        "or a unique start of either",
    )
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


def find_id(store: Any, wanted: str) -> tuple[str, str]:
    """``("case", id)`` or ``("contact", id)`` for a full id or a unique start of one."""
    from app.store import NotFound

    start = wanted.lower()
    matches = [("case", c.id) for c in store.list_cases() if c.id.startswith(start)]
    matches += [("contact", s.id) for s in store.list_interviews() if s.id.startswith(start)]
    if wanted and len(matches) == 1:
        return matches[0]
    if wanted and len(matches) > 1:
        raise NotFound(f"{wanted!r} matches {len(matches)} cases or contacts; give more of the id")
    raise NotFound(f"no case and no interview (contact) with the id {wanted!r}")


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
        kind, found = find_id(store, args.id)
        if kind == "case":
            writer = CASE_FORMATS[args.format]
            if args.format == "pdf":
                writer = functools.partial(_case_pdf, password=_pdf_password(args))
            writer(store, found, out)
        else:
            interview = store.load(found)
            writer = FORMATS[args.format]
            if args.format == "pdf":
                writer = functools.partial(_pdf, password=_pdf_password(args))
            writer(store, interview, out)
    if out is not None:
        print(f"Exported {found} to {out}", file=sys.stderr)
    return 0
