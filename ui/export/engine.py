"""Which export functions to call: training cases go through ``app.training.exports``
(which refuses a real interview and forces the training mark), real ones through
``app.export`` and ``app.interchange``. The window never chooses per call site."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.content.bank import ContentBank
from app.model import Interview
from ui import settings


def paste_parts(interview: Interview, bank: ContentBank) -> list[Any]:
    if interview.training:
        from app.training.exports import export_paste_sections

        return export_paste_sections(interview, bank)
    from app.export import paste_sections

    return paste_sections(interview, bank)


def letterhead() -> tuple[str, ...]:
    """The county's heading for the summary, as set in Preferences."""
    return settings.letterhead()


def full_text(interview: Interview, bank: ContentBank) -> str:
    if interview.training:
        from app.training.exports import export_text

        return export_text(interview, bank)
    from app.export import render_text

    return render_text(interview, bank, letterhead=letterhead())


def summary(interview: Interview, bank: ContentBank) -> Any:
    """The summary's blocks, for printing (a training case keeps its mark)."""
    from app.export import build_summary

    return build_summary(interview, bank, training=interview.training, letterhead=letterhead())


def write_pdf(interview: Interview, bank: ContentBank, path: Path, **options: Any) -> Any:
    """Rendered in memory, encrypted if asked, then written atomically (temp + rename)."""
    options.setdefault("letterhead", letterhead())
    if interview.training:
        from app.training.exports import export_pdf

        return export_pdf(interview, bank, path, **options)
    from app.export import render_pdf

    return render_pdf(interview, bank, path, **options)


def json_bytes(interview: Interview, bank: ContentBank) -> bytes:
    from app.interchange import dumps

    if interview.training:
        from app.training.exports import export_json

        document = export_json(interview, bank)
    else:
        from app.interchange import interview_to_dict

        document = interview_to_dict(interview, bank)
    return dumps(document).encode("utf-8")


def write_text(interview: Interview, bank: ContentBank, path: Path) -> Path:
    from app.export.atomic import atomic_write

    return atomic_write(path, full_text(interview, bank).encode("utf-8"))


def write_json(interview: Interview, bank: ContentBank, path: Path) -> Path:
    from app.export.atomic import atomic_write

    return atomic_write(path, json_bytes(interview, bank))
