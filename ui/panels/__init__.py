"""The guided panels. Importing this package registers every panel (one file each)."""

from __future__ import annotations

from ui.panels import (  # noqa: F401 - imported for registration
    allegations,
    associates,
    at_risk,
    caregiver_interview,
    collateral,
    contact,
    investigative,
    needs_services,
    online,
    red_flags,
    responsibilities,
    review,
    special,
    tattoos,
    youth_interview,
)
from ui.panels.base import Panel, PanelContext, flow_for, register, registered_panels

__all__ = ["Panel", "PanelContext", "flow_for", "register", "registered_panels"]
