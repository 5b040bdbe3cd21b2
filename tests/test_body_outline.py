"""The shared body outline: data loads, the SVG is generated from it, clicks name places."""

from __future__ import annotations

import pytest

from app.body_outline import load_outline, outline_svg, svg_path


@pytest.fixture(scope="module")
def outline():
    return load_outline()


def test_outline_has_both_sides_in_unit_box(outline) -> None:
    assert 0.3 < outline.aspect < 0.8
    for side in ("front", "back"):
        lines = outline.polylines(side)
        assert lines and all(len(line) > 20 for line in lines)
        for line in lines:
            for x, y in line:
                assert 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0


def test_outline_is_symmetric(outline) -> None:
    # A neutral outline: every point has its mirror image on the outline.
    points = {(round(x, 3), round(y, 3)) for x, y in outline.front[0]}
    for x, y in points:
        assert (round(1 - x, 3), y) in points


@pytest.mark.parametrize(
    ("side", "x", "y", "expected"),
    [
        ("front", 0.5, 0.07, "face"),
        ("back", 0.5, 0.07, "head"),
        ("front", 0.5, 0.145, "neck"),
        ("front", 0.5, 0.23, "chest"),
        ("back", 0.5, 0.23, "upper_back"),
        ("front", 0.5, 0.37, "abdomen"),
        ("back", 0.5, 0.37, "lower_back"),
        ("back", 0.45, 0.50, "buttocks"),
        ("front", 0.5 + 0.12 / 0.5, 0.32, "arms"),
        ("front", 0.5 - 0.148 / 0.5, 0.50, "hands"),
        ("back", 0.5 + 0.148 / 0.5, 0.50, "hands"),
        ("front", 0.42, 0.62, "thighs"),
        ("front", 0.58, 0.62, "thighs"),
        ("front", 0.42, 0.73, "knees"),
        ("front", 0.43, 0.85, "lower_legs"),
        ("front", 0.43, 0.97, "feet"),
    ],
)
def test_region_at_names_the_place(outline, side, x, y, expected) -> None:
    assert outline.region_at(side, x, y) == expected


@pytest.mark.parametrize(("x", "y"), [(0.02, 0.02), (0.98, 0.9), (0.15, 0.75), (1.5, 0.5)])
def test_region_at_off_the_body_is_empty(outline, x, y) -> None:
    # (0.15, 0.75) lies beside the knee.
    assert outline.region_at("front", x, y) == ""


def test_left_and_right_are_the_youths(outline) -> None:
    assert outline.body_side_at("front", 0.2) == "right"
    assert outline.body_side_at("back", 0.2) == "left"
    assert outline.body_side_at("front", 0.5) == ""


def test_committed_svg_is_generated_from_the_data(outline) -> None:
    assert svg_path().read_text(encoding="utf-8") == outline_svg(outline)
