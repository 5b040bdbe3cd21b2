"""Training mode's window (issue 6): fictional practice cases on the real panels.

``TrainingWindow`` holds its own store (``app.training``), never the real one;
a banner saying it is a fictional practice case stays above every page. The
core (scenarios, coaching, debrief, marked exports) is ``app.training``.
"""

from __future__ import annotations

from ui.training.launch import open_training_window, start_from_shell

__all__ = ["open_training_window", "start_from_shell"]
