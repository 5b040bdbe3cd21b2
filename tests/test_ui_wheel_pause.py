"""Issue 17: the wheel guard's app-wide filter is skipped while a panel builds its
fields in one go (``wheel_guard.paused``), and is back, guarding, afterwards, also
after an error and after nested pauses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from ui import wheel_guard


def _turn(combo: QComboBox) -> None:
    centre = QPointF(combo.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(combo.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, event)


@pytest.fixture
def combo(qtbot) -> QComboBox:  # noqa: ANN001
    wheel_guard.install()
    box = QComboBox()
    box.addItems(["Not assessed", "Yes", "No", "Unsure"])
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_the_guard_is_off_only_inside_paused(combo: QComboBox) -> None:
    _turn(combo)
    assert combo.currentIndex() == 0  # guarded: never clicked into
    with wheel_guard.paused():
        with wheel_guard.paused():  # nested: still off after the inner one ends
            pass
        _turn(combo)
        assert combo.currentIndex() == 1  # the filter is really skipped here
    combo.setCurrentIndex(0)
    _turn(combo)
    assert combo.currentIndex() == 0  # and back afterwards


def test_the_guard_comes_back_after_an_error(combo: QComboBox) -> None:
    with pytest.raises(RuntimeError), wheel_guard.paused():
        raise RuntimeError("a build that failed")
    _turn(combo)
    assert combo.currentIndex() == 0
