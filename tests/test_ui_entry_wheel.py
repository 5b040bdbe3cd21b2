"""Issue 13, finding 3: the mouse wheel never writes a field. A wheel turn over a date,
time, spin box, combo box or slider that the person did not click into scrolls the page,
and nothing saved changes (read back from the store after lock and unlock)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from app.export.sample import sample_interview
from tests.helpers.interview import make_interview, open_view, reopen
from tests.person import click, press, screen_point, wheel_at

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


PANELS = ("contact", "responsibilities", "special", "needs", "tattoos")


def wheel_fields(panel: QWidget) -> list[QWidget]:
    """Every visible field a wheel could change: spin boxes (dates, times too), combo
    boxes, sliders (not scroll bars) and the app's own date and time fields."""
    out = []
    for w in panel.findChildren(QWidget):
        if not w.isVisible() or isinstance(w, QScrollBar):
            continue
        if isinstance(w, QAbstractSpinBox | QComboBox | QAbstractSlider) or type(w).__name__ in (
            "DateField",
            "TimeField",
        ):
            out.append(w)
    return out


def scroll_bars(widget: QWidget) -> list[QScrollBar]:
    bars = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.verticalScrollBar()
            if bar.maximum() > 0:
                bars.append(bar)
        parent = parent.parentWidget()
    return bars


def bring_into_sight(field: QWidget) -> None:
    parent = field.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(field, 10, 10)
        parent = parent.parentWidget()
    QApplication.processEvents()


def kept(iv):  # noqa: ANN001, ANN201 - what the fields under the wheel write
    return (
        iv.youth,
        iv.interviewee,
        iv.contact,
        iv.special,
        iv.responsibilities,
        iv.services,
        [(t.number, t.location) for t in iv.tattoos],
    )


def test_the_wheel_over_any_field_scrolls_and_writes_nothing(qtbot, store, bank) -> None:
    iv = sample_interview(bank)
    iv.training = False
    iv.youth.age = None  # empty fields too: the empty step date became 2002-01-01
    iv.responsibilities.pop("proc.cse.s3")
    interview_id = store.create_interview(iv)
    before = kept(store.load(interview_id))
    view = open_view(qtbot, store, bank, interview_id)
    view.move(0, 0)
    view.resize(790, 520)  # on the 800x800 offscreen screen; small enough that pages scroll
    turned = scrolled = 0
    for pid in PANELS:
        view.open_panel(pid)
        panel = view.panel(pid)
        fields = wheel_fields(panel)
        assert fields, f"no fields found on {pid}"
        turned_here = turned
        for field in fields:
            bring_into_sight(field)  # the person scrolls the page to the field
            bars = scroll_bars(field)
            point = screen_point(field)
            if not (
                QApplication.primaryScreen().geometry().contains(point)
                and field.visibleRegion().contains(field.rect().center())
            ):
                continue  # off the 800x800 offscreen screen or clipped: nobody can point there
            seen = {tuple(bar.value() for bar in bars)}
            for notches in (-1, +1, +1):
                took = wheel_at(point, notches)
                seen.add(tuple(bar.value() for bar in bars))
            turned += 1
            if len(seen) > 1:
                scrolled += 1
            elif bars:
                # The page did not move although it can: the field took the turn.
                pytest.fail(
                    f"the wheel over {field.accessibleName()!r} on {pid} did not scroll "
                    f"({took!r} took it)"
                )
        # The tattoo details sit right of the body map, past the 800 px offscreen screen.
        assert turned > turned_here or pid == "tattoos", f"no field of {pid} could be pointed at"
    assert turned >= 12 and scrolled >= 1
    assert view.flush()
    after = kept(reopen(store, bank, interview_id))
    assert after == before


def test_a_clicked_field_with_focus_still_takes_the_wheel(qtbot, store, bank) -> None:
    interview_id = make_interview(store, bank)
    view = open_view(qtbot, store, bank, interview_id)
    view.move(0, 0)
    view.resize(790, 600)  # the offscreen screen is 800x800
    view.open_panel("contact")
    age = view.panel("contact").form.age
    wheel_at(screen_point(age), +1)
    assert age.value() == -1  # not clicked into: the wheel passed it by
    click(qtbot, age)
    assert age.hasFocus()
    wheel_at(screen_point(age), +1)
    assert age.value() == 0
    press(qtbot, Qt.Key.Key_Tab)  # the focus moves on: the wheel passes it by again
    wheel_at(screen_point(age), +1)
    assert age.value() == 0
