"""Everything that leaves the app in training goes through here, marked.

The window in training mode calls these instead of ``app.export`` /
``app.interchange`` directly: each refuses a real interview (so a real record
can never be exported as a training one, or the reverse) and forces the
"TRAINING — FICTIONAL CASE" mark: on every PDF page (the export's training
band), at the top of every paste section and text, and in the JSON document
(``training_mark`` and the interview's ``training: true``, which a real store
refuses to import).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from app.content.bank import ContentBank
from app.model import Interview
from app.training.marking import TRAINING_MARK, mark_json


class NotATrainingCase(ValueError):
    """A real interview was handed to a training export."""


def _require_training(interview: Interview) -> None:
    if not interview.training:
        raise NotATrainingCase("Training exports take training cases only, never a real interview.")


def export_json(interview: Interview, bank: ContentBank, now: datetime | None = None) -> dict:
    from app.interchange import interview_to_dict

    _require_training(interview)
    return mark_json(interview_to_dict(interview, bank, now))


def export_text(interview: Interview, bank: ContentBank, now: datetime | None = None) -> str:
    from app.export.paste import render_text

    _require_training(interview)
    text = render_text(interview, bank, training=True, now=now)
    return text if text.startswith(TRAINING_MARK) else f"{TRAINING_MARK}\n{text}"


def export_paste_sections(
    interview: Interview, bank: ContentBank, now: datetime | None = None
) -> list[Any]:
    from app.export.paste import paste_sections

    _require_training(interview)
    return paste_sections(interview, bank, training=True, now=now)


def export_pdf(interview: Interview, bank: ContentBank, path: Path | str, **options: Any) -> Any:
    from app.export import render_pdf

    _require_training(interview)
    options["training"] = True
    return render_pdf(interview, bank, path, **options)
