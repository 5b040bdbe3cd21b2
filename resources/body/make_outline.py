"""Authoring script for outline.json: a neutral, symmetric human outline.

Run once by hand (``python resources/body/make_outline.py``) after changing the
shape; the app reads only outline.json, and ``python -m app.body_outline --svg``
regenerates outline.svg from it. Points are authored for the right half in
"height units" (the box is ASPECT tall units wide and 1 tall), then mirrored and
normalised so that x and y both run 0..1 within each side's box.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

ASPECT = 0.5  # box width / box height
HERE = Path(__file__).resolve().parent


def head(cx_off: float = 0.0) -> list[tuple[float, float]]:
    # Ellipse from the top (angle -90) round the right side to the jaw (angle 70).
    pts = []
    for deg in range(-90, 75, 10):
        a = math.radians(deg)
        pts.append((0.043 * math.cos(a), 0.068 + 0.058 * math.sin(a)))
    return pts


# The right half below the head, from the neck down the outer arm, back up the
# inner arm, down the torso and outer leg, round the foot and up the inner leg.
NECK_SHOULDER = [(0.022, 0.130), (0.024, 0.150), (0.060, 0.168), (0.095, 0.178), (0.112, 0.198)]
ARM_OUTER = [(0.120, 0.240), (0.128, 0.300), (0.138, 0.360), (0.148, 0.420), (0.155, 0.455)]
HAND = [
    (0.163, 0.480),
    (0.165, 0.510),
    (0.157, 0.535),
    (0.143, 0.540),
    (0.133, 0.520),
    (0.128, 0.490),
]
ARM_INNER = [(0.124, 0.455), (0.114, 0.410), (0.104, 0.350), (0.094, 0.290), (0.084, 0.245)]
TORSO = [(0.078, 0.300), (0.072, 0.350), (0.078, 0.400), (0.086, 0.450)]
LEG_OUTER = [
    (0.088, 0.500),
    (0.084, 0.580),
    (0.074, 0.660),
    (0.066, 0.720),
    (0.062, 0.800),
    (0.056, 0.900),
    (0.052, 0.935),
]
FOOT = [(0.064, 0.960), (0.066, 0.982), (0.052, 0.990), (0.018, 0.990), (0.016, 0.960)]
LEG_INNER = [
    (0.018, 0.900),
    (0.020, 0.800),
    (0.017, 0.720),
    (0.012, 0.620),
    (0.006, 0.545),
    (0.0, 0.535),
]

WRIST_Y = 0.462
SHOULDER_Y = 0.198


def norm(p: tuple[float, float]) -> list[float]:
    return [round(0.5 + p[0] / ASPECT, 4), round(p[1], 4)]


def mirror(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(-x, y) for x, y in reversed(points)]


def silhouette() -> list[list[float]]:
    right = (
        head()[:-1]
        + NECK_SHOULDER
        + ARM_OUTER
        + HAND
        + ARM_INNER
        + TORSO
        + LEG_OUTER
        + FOOT
        + LEG_INNER
    )
    left = mirror(right[1:-1])  # skip the shared points on the centre line
    return [norm(p) for p in right + left]


def rect(x0: float, y0: float, x1: float, y1: float) -> list[list[float]]:
    return [norm((x0, y0)), norm((x1, y0)), norm((x1, y1)), norm((x0, y1))]


def both(x0: float, y0: float, x1: float, y1: float) -> list[list[list[float]]]:
    return [rect(x0, y0, x1, y1), rect(-x1, y0, -x0, y1)]


def regions(side: str) -> list[dict]:
    arm = [(0.060, 0.168), (0.095, 0.178), (0.112, 0.198)] + ARM_OUTER + ARM_INNER[:]
    arm_poly = [norm(p) for p in arm]
    arm_poly_l = [norm(p) for p in mirror(arm)]
    hand = [(0.155, 0.455)] + HAND + [(0.124, 0.455)]
    hand_r = [norm(p) for p in hand]
    hand_l = [norm(p) for p in mirror(hand)]
    front = side == "front"
    # Order matters: the first polygon containing the point wins.
    out = [
        {"id": "hands", "polygons": [hand_r, hand_l]},
        {"id": "arms", "polygons": [arm_poly, arm_poly_l]},
        {"id": "face" if front else "head", "polygons": [rect(-0.06, 0.0, 0.06, 0.128)]},
        {"id": "neck", "polygons": [rect(-0.04, 0.128, 0.04, 0.168)]},
        {"id": "chest" if front else "upper_back", "polygons": [rect(-0.09, 0.150, 0.09, 0.300)]},
        {"id": "abdomen" if front else "lower_back", "polygons": [rect(-0.09, 0.300, 0.09, 0.430)]},
        {"id": "groin" if front else "buttocks", "polygons": [rect(-0.095, 0.430, 0.095, 0.545)]},
        {"id": "thighs", "polygons": both(0.0, 0.545, 0.095, 0.700)},
        {"id": "knees", "polygons": both(0.0, 0.700, 0.09, 0.760)},
        {"id": "lower_legs", "polygons": both(0.0, 0.760, 0.08, 0.935)},
        {"id": "feet", "polygons": both(0.0, 0.935, 0.08, 1.0)},
    ]
    if not front:
        out[2]["id"] = "head"
    return out


LABELS = {
    "face": "Face",
    "head": "Head (back)",
    "neck": "Neck",
    "chest": "Chest",
    "abdomen": "Abdomen",
    "groin": "Hips and groin",
    "upper_back": "Upper back",
    "lower_back": "Lower back",
    "buttocks": "Buttocks",
    "arms": "Arms",
    "hands": "Hands",
    "thighs": "Thighs",
    "knees": "Knees",
    "lower_legs": "Lower legs",
    "feet": "Feet",
}


def main() -> None:
    body = silhouette()
    data = {
        "version": 1,
        "aspect": ASPECT,
        "coordinates": "x and y run 0..1 within each side's box (x left to right as drawn, "
        "y top to bottom); the box is aspect times as wide as it is tall. "
        "app.model.Tattoo (side, x, y) uses this space.",
        "labels": LABELS,
        "front": {"polylines": [body], "regions": regions("front")},
        "back": {"polylines": [body], "regions": regions("back")},
    }
    (HERE / "outline.json").write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
