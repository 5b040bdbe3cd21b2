"""The guided interview view (``InterviewView``), its navigator and autosave."""

from __future__ import annotations

from typing import Any

__all__ = ["InterviewView"]


def __getattr__(name: str) -> Any:
    # Lazy, so ui.panels can import ui.interview.autosave without a cycle.
    if name == "InterviewView":
        from ui.interview.view import InterviewView  # noqa: PLC0415 - a cycle: see above

        return InterviewView
    raise AttributeError(name)
