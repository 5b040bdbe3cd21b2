"""``python main.py content``: print the whole content bank with its version for review."""

from __future__ import annotations

import argparse
import json
import sys

NAME = "content"
HELP = "print the content bank (the policy guide as data) with its version, for review"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default="text",
        help="json: the whole bank as one JSON document; text: readable (default)",
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="print that language's translations instead (e.g. es), each with its English"
        " beside it and its review status",
    )


def run(args: argparse.Namespace) -> int:
    from app.content import ContentError, load_content
    from app.content.dump import (
        bank_to_dict,
        bank_to_text,
        translation_to_dict,
        translation_to_text,
    )

    try:
        bank = load_content()
    except ContentError as exc:
        print(f"content: {exc}", file=sys.stderr)
        return 2
    lang = bank.language_for(args.lang) if args.lang is not None else None
    if args.lang is not None and lang is None:
        known = ", ".join(f"{c} ({x.english_name})" for c, x in bank.languages.items())
        print(f"content: no translation for {args.lang!r}; there are: {known}", file=sys.stderr)
        return 2
    if lang is not None:
        if args.format == "json":
            data = translation_to_dict(bank, lang.code)
            out = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        else:
            out = translation_to_text(bank, lang.code)
    elif args.format == "json":
        out = json.dumps(bank_to_dict(bank), ensure_ascii=False, indent=2) + "\n"
    else:
        out = bank_to_text(bank)
    # The guide's curly quotes must print on a Windows console too (cp1252 cannot hold all).
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")
    try:
        sys.stdout.write(out)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: not an error for a review command
        return 0
    return 0
