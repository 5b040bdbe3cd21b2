"""Colour arithmetic for readable text (WCAG 2.1 relative luminance and contrast ratio),
shared by ``ui.palette``, ``ui.outline_style`` and ``ui.focus_ring``; Qt's colour type
only.

A leaf that builds none of Qt's enums (``Qt``), which the first page must not wait for
(ui/pages/common.py). For the same reason copies are made with copy.copy: QColor(colour)
builds them too (PySide6 weighs the Qt.GlobalColor overloads).
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QColor

MIN_TEXT = 4.5  # WCAG 1.4.3, normal text
MARGIN = 0.15  # a little above the line: colours are rounded to 8 bits


def luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def is_dark(colour: QColor) -> bool:
    return luminance(colour) < 0.18


def opaque(colour: QColor, ground: QColor) -> QColor:
    """``colour`` as it shows over ``ground`` (its alpha blended in)."""
    a = colour.alphaF()
    if a >= 1.0:
        return copy.copy(colour)
    return QColor.fromRgbF(
        colour.redF() * a + ground.redF() * (1 - a),
        colour.greenF() * a + ground.greenF() * (1 - a),
        colour.blueF() * a + ground.blueF() * (1 - a),
    )


def readable(colour: QColor, *grounds: QColor, minimum: float = MIN_TEXT) -> QColor:
    """``colour``, or the nearest colour of its hue (darker on light grounds, lighter on
    dark ones) that has ``minimum`` contrast against every ground; black or white, the
    better one, if no shade of it has."""
    target = minimum + MARGIN
    colour = opaque(colour, grounds[0])
    if min(contrast(colour, g) for g in grounds) >= target:
        return colour
    dark_ground = sum(luminance(g) for g in grounds) / len(grounds) < 0.18
    h, s, lightness, _a = colour.getHslF()
    h = max(h, 0.0)  # a grey's hue is -1
    steps = 60
    for i in range(1, steps + 1):
        lightness_now = (
            lightness + (1 - lightness) * i / steps if dark_ground else lightness * (1 - i / steps)
        )
        candidate = QColor.fromHslF(h, s, lightness_now)
        if min(contrast(candidate, g) for g in grounds) >= target:
            return candidate
    black, white = QColor("#000000"), QColor("#ffffff")
    return max((black, white), key=lambda c: min(contrast(c, g) for g in grounds))
