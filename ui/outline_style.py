"""``OutlinedStyle``: the system's style with the edge of every field, tick box, radio
button and button drawn at 3:1 against what surrounds it (issue 16; WCAG 1.4.11).

Fusion derives those edges from the window colour: 2.1:1 on its light palette, and 1:1
(black on black) on a high-contrast one, where an unticked box could not be seen. High
contrast draws them in the text colour; the system's palette in its own ``Mid`` grey moved
to 3:1. Installed by ``ui.palette.Appearance``, after the first page is up: defining a
QProxyStyle and QStyle's enums costs PySide6 about 40 ms.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from ui.colours import readable

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

P = QStyle.PrimitiveElement
_OUTLINED = {
    P.PE_IndicatorCheckBox: "box",
    P.PE_IndicatorItemViewItemCheck: "box",
    P.PE_IndicatorRadioButton: "round",
    P.PE_PanelLineEdit: "box",
    P.PE_PanelButtonCommand: "button",
    P.PE_Frame: "box",
}
_OUTLINED_CONTROLS = {QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox}


class OutlinedStyle(QProxyStyle):
    """The system's style with every control's edge drawn so it can be seen."""

    def __init__(self, high: bool) -> None:
        super().__init__()  # no base given: the platform's default style ("fusion", ...)
        self.high = high

    def drawPrimitive(  # noqa: N802 (Qt name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        shape = _OUTLINED.get(element)
        if shape is not None and option.rect.width() > 2 and option.rect.height() > 2:
            _outline(option, painter, shape, self.high)

    def drawComplexControl(  # noqa: N802 (Qt name)
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _OUTLINED_CONTROLS:
            _outline(option, painter, "box", self.high)


MIN_EDGE = 3.0  # WCAG 1.4.11 (non-text contrast)
_edges: dict[tuple[int, ...], QColor] = {}


def edge_colour(pal: QPalette, group: QPalette.ColorGroup) -> QColor:
    """The palette's ``Mid`` grey, moved until it has 3:1 against the window, the fields'
    and the buttons' colours (worked out once per palette)."""
    grounds = [pal.color(group, r) for r in (Role.Window, Role.Base, Role.Button)]
    mid = pal.color(group, Role.Mid)
    key = (mid.rgba(), *(g.rgba() for g in grounds))
    found = _edges.get(key)
    if found is None:
        found = _edges[key] = readable(mid, *grounds, minimum=MIN_EDGE)
    return found


def _outline(option: QStyleOption, painter: QPainter, shape: str, high: bool) -> None:
    pal, state = option.palette, option.state
    group = Group.Disabled if not state & QStyle.StateFlag.State_Enabled else Group.Active
    if state & QStyle.StateFlag.State_Selected:
        # a tick box in a chosen row, on the selection colour
        colour = pal.color(group, Role.HighlightedText)
    elif not high:
        colour = edge_colour(pal, group)
    else:
        colour = pal.color(group, Role.ButtonText if shape == "button" else Role.Text)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, shape == "round")
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(colour, 1))
    rect = option.rect.adjusted(0, 0, -1, -1)
    if shape == "round":
        painter.drawEllipse(rect)
    else:
        painter.drawRect(rect)
    painter.restore()
