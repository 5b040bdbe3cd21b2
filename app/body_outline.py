"""The shared body outline: front and back, in one normalised coordinate space.

``resources/body/outline.json`` is the single source: the tattoo panel draws it,
the PDF export draws it, and ``resources/body/outline.svg`` is generated from it
(``python -m app.body_outline --svg``). Coordinates: x and y run 0..1 within each
side's box (x left to right as drawn, y top to bottom); the box is ``aspect``
times as wide as it is tall. ``app.model.Tattoo`` (side, x, y) uses this space.

Left and right: on the front view the youth's right side is on the viewer's
left; on the back view it is on the viewer's right. ``body_side_at`` says which.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.paths import resources_dir

Point = tuple[float, float]
Polyline = tuple[Point, ...]

# How far outside the drawn outline (in box-height units) a click still counts as
# on the body: a tattoo on the edge of an arm should not need pixel precision.
EDGE_TOLERANCE = 0.02


@dataclass(frozen=True)
class Region:
    id: str  # "face", "neck", "chest", "hands", "thighs", "arms", "upper_back", ...
    label: str
    polygons: tuple[Polyline, ...]


@dataclass(frozen=True)
class BodyOutline:
    aspect: float  # width / height of each side's box
    front: tuple[Polyline, ...]  # closed polylines (last point joins the first)
    back: tuple[Polyline, ...]
    regions: dict[str, tuple[Region, ...]]  # "front"/"back" -> regions, first match wins

    def polylines(self, side: str) -> tuple[Polyline, ...]:
        return self.front if str(side) == "front" else self.back

    def region_at(self, side: str, x: float, y: float) -> str:
        """The body location id at (x, y) on a side, or "" when off the body."""
        side = str(side)
        if side not in self.regions or not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
            return ""
        inside = any(_contains(line, x, y) for line in self.polylines(side))
        if not inside and self._distance_to_outline(side, x, y) > EDGE_TOLERANCE:
            return ""
        best, best_d = "", math.inf
        for region in self.regions[side]:
            for poly in region.polygons:
                if _contains(poly, x, y):
                    return region.id
                d = self._dist_scaled(poly, x, y)
                if d < best_d:
                    best, best_d = region.id, d
        return best

    def label(self, region_id: str) -> str:
        for regions in self.regions.values():
            for region in regions:
                if region.id == region_id:
                    return region.label
        return region_id

    def body_side_at(self, side: str, x: float) -> str:
        """ "right" or "left" from the youth's point of view, "" on the midline."""
        if abs(x - 0.5) < 0.02:
            return ""
        viewer_left = x < 0.5
        youth_right = viewer_left if str(side) == "front" else not viewer_left
        return "right" if youth_right else "left"

    def _distance_to_outline(self, side: str, x: float, y: float) -> float:
        return min(self._dist_scaled(line, x, y) for line in self.polylines(side))

    def _dist_scaled(self, poly: Polyline, x: float, y: float) -> float:
        # Distances in box-height units, so the tolerance is the same both ways.
        a = self.aspect
        pts = [(px * a, py) for px, py in poly]
        return _distance((x * a, y), pts)


def _contains(poly: Polyline, x: float, y: float) -> bool:
    """Even-odd point-in-polygon test."""
    inside = False
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            cross = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < cross:
                inside = not inside
    return inside


def _distance(p: Point, poly: list[Point]) -> float:
    best = math.inf
    n = len(poly)
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        t = (
            0.0
            if length2 == 0
            else max(0.0, min(1.0, ((p[0] - x1) * dx + (p[1] - y1) * dy) / length2))
        )
        best = min(best, math.hypot(p[0] - (x1 + t * dx), p[1] - (y1 + t * dy)))
    return best


def outline_path() -> Path:
    return resources_dir() / "body" / "outline.json"


@lru_cache(maxsize=4)
def load_outline(path: Path | None = None) -> BodyOutline:
    data = json.loads((path or outline_path()).read_text(encoding="utf-8"))
    labels: dict[str, str] = data["labels"]

    def lines(raw: list) -> tuple[Polyline, ...]:
        return tuple(tuple((float(x), float(y)) for x, y in line) for line in raw)

    regions = {
        side: tuple(
            Region(r["id"], labels.get(r["id"], r["id"]), lines(r["polygons"]))
            for r in data[side]["regions"]
        )
        for side in ("front", "back")
    }
    return BodyOutline(
        aspect=float(data["aspect"]),
        front=lines(data["front"]["polylines"]),
        back=lines(data["back"]["polylines"]),
        regions=regions,
    )


def outline_svg(outline: BodyOutline | None = None, height: int = 400) -> str:
    """Front and back side by side, as one SVG document (the generated outline.svg)."""
    o = outline or load_outline()
    w = round(height * o.aspect)
    gap = round(w * 0.25)
    label_h = 24
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * w + gap}" '
        f'height="{height + label_h}" viewBox="0 0 {2 * w + gap} {height + label_h}">',
        "<!-- Generated from outline.json by `python -m app.body_outline --svg`. -->",
    ]
    for i, (name, lines_) in enumerate((("Front", o.front), ("Back", o.back))):
        x0 = i * (w + gap)
        for line in lines_:
            pts = " ".join(f"{x0 + x * w:.1f},{y * height:.1f}" for x, y in line)
            parts.append(
                f'<polygon id="{name.lower()}" points="{pts}" fill="#f4f4f4" '
                'stroke="#444" stroke-width="1.5" stroke-linejoin="round"/>'
            )
        parts.append(
            f'<text x="{x0 + w / 2:.1f}" y="{height + 18}" text-anchor="middle" '
            f'font-family="DejaVu Sans, sans-serif" font-size="14">{name}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def svg_path() -> Path:
    return resources_dir() / "body" / "outline.svg"


if __name__ == "__main__":  # pragma: no cover - authoring aid
    if "--svg" in sys.argv:
        svg_path().write_text(outline_svg(), encoding="utf-8")
        print(svg_path())
