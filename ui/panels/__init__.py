"""The guided panels. Importing this package declares every panel (ui/panels/declared.py:
id, title, order, progress, pages); a panel's own module, with its widgets, is imported
when the panel is first built (``Declared.widget_class()``), so opening an interview
imports only the panels it shows (issue 17)."""

from __future__ import annotations

from ui.panels.base import Panel, PanelContext
from ui.panels.declared import Declared, flow_for, register, registered_panels

__all__ = ["Declared", "Panel", "PanelContext", "flow_for", "register", "registered_panels"]
