"""Telling a screen reader what changed, without moving the focus (issue 16, WCAG 4.1.3).

``announce(widget, text, alert)`` sets ``text`` as the widget's accessible name and sends
Qt's accessibility events for it: ``NameChanged`` (a label or status that now says
something else), ``Alert`` for what needs attention (a save that failed, a deadline now
due, the lock), and an announcement of ``text`` (``QAccessibleAnnouncementEvent``:
assertive for an alert, polite otherwise), which a screen reader speaks wherever the
focus is. Assistive technology (AT-SPI on Linux, UI Automation on Windows) reads these
out; the keyboard focus stays where the CSW is.

Who announces: ``ui.widgets.banner.Banner.show_text`` (the interview's banners: the
OTIP deadline, the save problem, the runaway notice), the at-risk panel's result
(``ui.panels.at_risk``), and the window when it locks (``ui.main_window``).

``heard``: tests set it to a list to hear each announcement as ``(kind, text)``.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
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
    # The announcement itself (Qt 6.8): AT-SPI's object:announcement, UI Automation's
    # notification. A name change is spoken only for the widget in focus; this is spoken
    # wherever the focus is (tools/atspi/try.sh showed the name change alone unspoken).
    said = QAccessibleAnnouncementEvent(widget, text)
    said.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if alert
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(said)
    if heard is not None:
        heard.append(("alert" if alert else "changed", text))
