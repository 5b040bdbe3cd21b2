"""Telling a screen reader what changed, without moving the focus (issue 16, WCAG 4.1.3).

``announce(widget, text, alert)`` sets ``text`` as the widget's accessible name and sends
Qt's accessibility events for it: ``NameChanged`` (a label or status that now says
something else), and ``Alert`` for what needs attention (a save that failed, a
deadline now due, the lock). Assistive technology (AT-SPI on Linux, UI Automation on
Windows) reads these out; the keyboard focus stays where the CSW is.

Who announces: ``ui.widgets.banner.Banner.show_text`` (the interview's banners: the
OTIP deadline, the save problem, the runaway notice), the at-risk panel's result
(``ui.panels.at_risk``), and the window when it locks (``ui.main_window``).

``heard``: tests set it to a list to hear each announcement as ``(kind, text)``.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

heard: list[tuple[str, str]] | None = None


def announce(widget: QWidget, text: str, alert: bool = False) -> None:
    if not text:
        return
    if widget.accessibleName() != text:
        widget.setAccessibleName(text)  # Qt sends NameChanged itself when it is set
    else:
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    if alert:
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    if heard is not None:
        heard.append(("alert" if alert else "changed", text))
