"""Readable colours in every palette (issue 16; WCAG 2.1 1.4.3, 1.4.11).

The window takes its colours from the system on purpose: it follows the desktop's
light or dark switch. Some system palettes fall short for text, though (Qt's Fusion
light palette: white on the selection's blue is 3.7:1, the placeholder text in a field
4.0:1, a dimmed label 1.6:1). So the application palette is *derived* from the system's:
every text role keeps its colour where it already reads at 4.5:1 against what it is
drawn on, and is moved (darker on a light ground, lighter on a dark one) until it does
where not; the selection is darkened (or lightened) until its text reads; a colour with
transparency (the placeholder) is made opaque first. Dimmed text (a disabled label that
still says something: a hint, the review note, a quiet placeholder line) gets 4.5:1 too.

``Contrast: high`` in Preferences (``CONTRAST`` "high") replaces it with a high-contrast
palette: white on black with a yellow selection when the system is dark, black on white
with a navy selection when it is light.

``ui.outline_style.OutlinedStyle`` (the system's style, proxied) draws the edge of every
field, tick box, radio button and button at 3:1 against what surrounds it (WCAG 1.4.11).

``install(app, choice)`` derives and sets the palette and re-derives it when the system's
colours change (``QStyleHints.colorSchemeChanged``, a ``ThemeChange`` to a window);
``apply(choice)`` after Preferences. ``readable(colour, ground)`` gives code-chosen
colours (the debrief's marks, the spelling underline) the same treatment.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.colours import MARGIN, MIN_TEXT, contrast, is_dark, opaque, readable

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow  # its enums cost a start-up: annotations only

SYSTEM, HIGH = "system", "high"
CHOICES = (SYSTEM, HIGH)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (text role, the roles it is drawn on) in every colour group a person reads.
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, tuple[QPalette.ColorRole, ...]], ...] = (
    (Role.WindowText, (Role.Window,)),
    (Role.Text, (Role.Base, Role.AlternateBase)),
    (Role.ButtonText, (Role.Button,)),
    (Role.PlaceholderText, (Role.Base, Role.AlternateBase)),
    (Role.ToolTipText, (Role.ToolTipBase,)),
    (Role.Link, (Role.Base, Role.Window)),
    (Role.LinkVisited, (Role.Base, Role.Window)),
)
# Dimmed (disabled) text the window uses to say something quietly, on its grounds.
DIMMED_PAIRS: tuple[tuple[QPalette.ColorRole, tuple[QPalette.ColorRole, ...]], ...] = (
    (Role.WindowText, (Role.Window,)),
    (Role.Text, (Role.Base, Role.AlternateBase)),
    (Role.ButtonText, (Role.Button,)),
)
READ_GROUPS = (Group.Active, Group.Inactive)


def _selection(palette: QPalette, group: QPalette.ColorGroup) -> None:
    """The selection's colour moved (its text kept) until its text reads on it."""
    text = opaque(palette.color(group, Role.HighlightedText), palette.color(group, Role.Highlight))
    ground = palette.color(group, Role.Highlight)
    if contrast(text, ground) >= MIN_TEXT + MARGIN:
        return
    palette.setColor(group, Role.HighlightedText, text)
    palette.setColor(group, Role.Highlight, readable(ground, text))


def accessible(system: QPalette) -> QPalette:
    """The system palette with every text role readable (see the module's docstring)."""
    palette = copy.copy(system)  # not QPalette(system): see ui/colours.py
    for group in READ_GROUPS:
        for role, grounds in TEXT_PAIRS:
            on = [palette.color(group, g) for g in grounds]
            palette.setColor(group, role, readable(palette.color(group, role), *on))
        _selection(palette, group)
    for role, grounds in DIMMED_PAIRS:
        on = [palette.color(Group.Disabled, g) for g in grounds]
        palette.setColor(Group.Disabled, role, readable(palette.color(Group.Disabled, role), *on))
    return palette


def high_contrast(dark: bool) -> QPalette:
    """White on black with a yellow selection (``dark``), or black on white with navy."""
    if dark:
        ground, alt, ink, quiet, dim = "#000000", "#1c1c1c", "#ffffff", "#d0d0d0", "#b0b0b0"
        select, select_ink, link, visited = "#ffff00", "#000000", "#8cf0ff", "#ffb0ff"
        light, mid, shade = "#ffffff", "#c0c0c0", "#e0e0e0"
    else:
        ground, alt, ink, quiet, dim = "#ffffff", "#ececec", "#000000", "#333333", "#4a4a4a"
        select, select_ink, link, visited = "#000080", "#ffffff", "#0000c0", "#600080"
        light, mid, shade = "#ffffff", "#404040", "#202020"
    palette = QPalette()
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        text = dim if group == Group.Disabled else ink
        for role, colour in (
            (Role.Window, ground),
            (Role.Base, ground),
            (Role.AlternateBase, alt),
            (Role.Button, ground),
            (Role.ToolTipBase, ground),
            (Role.WindowText, text),
            (Role.Text, text),
            (Role.ButtonText, text),
            (Role.ToolTipText, ink),
            (Role.BrightText, ink),
            (Role.PlaceholderText, quiet),
            (Role.Highlight, select),
            (Role.HighlightedText, select_ink),
            (Role.Link, link),
            (Role.LinkVisited, visited),
            (Role.Light, light),
            (Role.Midlight, mid),
            (Role.Mid, mid),
            (Role.Dark, shade),
            (Role.Shadow, shade),
        ):
            palette.setColor(group, role, QColor(colour))
        palette.setColor(group, Role.Accent, QColor(select))
    return palette


def derive(system: QPalette, choice: str) -> QPalette:
    """The palette the window uses for ``choice`` ("system" or "high")."""
    if choice == HIGH:
        return high_contrast(is_dark(system.color(Group.Active, Role.Window)))
    return accessible(system)


WATCHED = "cecThemeWatched"  # a window whose ThemeChange an Appearance watches


class Appearance(QObject):
    """The application's palette, derived from the system's; one per application."""

    def __init__(
        self, app: QApplication, choice: str, system: Callable[[], QPalette] | None = None
    ) -> None:
        super().__init__(app)
        self.setObjectName("appearance")
        self._app = app
        self._system = system or self._system_palette
        self._style: Any = None  # ui.outline_style.OutlinedStyle, once installed
        self._high = False
        self._style_timer = QTimer(self)
        self._style_timer.setSingleShot(True)
        self._style_timer.setInterval(300)
        self._style_timer.timeout.connect(self._install_style)
        self.choice = choice if choice in CHOICES else SYSTEM
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        # A theme change (a new palette with the same light/dark, a high-contrast theme)
        # reaches every window as ThemeChange: watched on each window that gets the focus,
        # not through an application-wide filter (every event of every widget would pass
        # through Python).
        app.focusWindowChanged.connect(self._watch)
        self._watch(app.focusWindow())

    def _system_changed(self, *_args: object) -> None:
        self._timer.start()

    def _watch(self, window: QWindow | None) -> None:
        if window is not None and not window.property(WATCHED):
            window.setProperty(WATCHED, True)
            window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ThemeChange:
            self._timer.start()  # the desktop's colours changed: derive again, once
        return False

    def _system_palette(self) -> QPalette:
        self._app.setPalette(QPalette())  # a palette with nothing set: the system's again
        return self._app.palette()

    def apply(self) -> None:
        """Read the system palette afresh and set the derived one (and the style)."""
        self._set_style(self.choice == HIGH)
        self._app.setPalette(derive(self._system(), self.choice))

    def _set_style(self, high: bool) -> None:
        self._high = high
        # Ours is kept by reference: with a style sheet, app.style() is Qt's wrapper.
        if self._style is not None and shiboken6.isValid(self._style):
            self._style.high = high  # repainted with the palette set next
        elif any(w.isVisible() for w in self._app.topLevelWidgets()):
            self._install_style()
        else:  # starting: once the first page is up (the style costs ~40 ms to define)
            self._style_timer.start()

    def _install_style(self) -> None:
        if self._style is not None and shiboken6.isValid(self._style):
            return
        from ui.outline_style import OutlinedStyle  # noqa: PLC0415 - after the first page

        self._style = OutlinedStyle(self._high)  # over the platform's own style
        self._app.setStyle(self._style)

    def release(self) -> None:
        """The system's own style again (the palette: ``remove``)."""
        self._style_timer.stop()
        if self._style is not None and shiboken6.isValid(self._style):
            from PySide6.QtWidgets import QProxyStyle  # noqa: PLC0415 - QStyle: ~16 ms to load

            self._app.setStyle(QProxyStyle())  # the platform's own style, as it was
        self._style = None

    def set_choice(self, choice: str) -> None:
        self.choice = choice if choice in CHOICES else SYSTEM
        self.apply()


def current() -> Appearance | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    found = app.findChild(Appearance, "appearance")
    return found if found is not None and shiboken6.isValid(found) else None


def install(
    app: QApplication, choice: str = SYSTEM, system: Callable[[], QPalette] | None = None
) -> Appearance:
    """Derive the palette now and whenever the system's changes (once per application).
    ``system`` reads the system's palette (tests: a dark one; Qt's offscreen platform
    cannot switch its own)."""
    appearance = current() or Appearance(app, choice, system)
    appearance.set_choice(choice)
    return appearance


def apply(choice: str) -> None:
    """Preferences' choice: into effect at once (installs the palette if it was not)."""
    app = QApplication.instance()
    appearance = current()
    if appearance is not None:
        if appearance.choice != choice:  # the same choice: the palette is already set
            appearance.set_choice(choice)
    elif isinstance(app, QApplication) and choice != SYSTEM:
        install(app, choice)


def remove() -> None:
    """Back to the system's own palette, followed by nobody (tests restore with it)."""
    appearance = current()
    app = QApplication.instance()
    if appearance is not None:
        appearance.release()
        for window in QGuiApplication.allWindows():
            window.removeEventFilter(appearance)
            window.setProperty(WATCHED, False)
        appearance.setParent(None)
        appearance.deleteLater()
    if isinstance(app, QApplication):
        app.setPalette(QPalette())
