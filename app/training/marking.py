"""The training mark: every text and JSON that leaves the app in training carries it.

A trainee's practice summary must never be mistaken for a real contact, in
CWS/CMS, in a supervisor's inbox or on a printer tray.
"""

from __future__ import annotations

from typing import Any

TRAINING_MARK = "TRAINING — FICTIONAL CASE"


def mark_text(text: str) -> str:
    """Text leaving the app in training: the mark first and last, so a partial paste keeps one."""
    return f"{TRAINING_MARK}\n{text.rstrip()}\n{TRAINING_MARK}\n"


def mark_json(document: dict[str, Any]) -> dict[str, Any]:
    """A JSON document (``app.interchange`` format) leaving the app in training, marked.

    The document stays valid against docs/interview.schema.json (which allows no
    extra keys), so a real store's import reaches its own clear refusal: the
    interview keeps ``training: true``, and the free-text fields a person could
    copy out of it (narrative, contact purpose) start with the mark.
    """
    out = dict(document)
    interview = out.get("interview")
    if isinstance(interview, dict):
        interview = dict(interview)
        interview["training"] = True
        interview["narrative"] = _prefixed(interview.get("narrative", ""))
        contact = interview.get("contact")
        if isinstance(contact, dict):
            interview["contact"] = {**contact, "purpose": _prefixed(contact.get("purpose", ""))}
        out["interview"] = interview
    return out


def _prefixed(text: object) -> str:
    text = text if isinstance(text, str) else ""
    if text.startswith(TRAINING_MARK):
        return text
    return f"{TRAINING_MARK}: {text}" if text else TRAINING_MARK


def is_marked_json(document: dict[str, Any]) -> bool:
    interview = document.get("interview")
    return isinstance(interview, dict) and interview.get("training") is True
