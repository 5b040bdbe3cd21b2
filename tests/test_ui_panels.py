"""Every panel at 1366×768: fits without clipping, every control named, grabbed to PNG.

Set CEC_PANEL_SHOTS=/some/folder to keep the pictures for looking at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.model import (
    Allegation,
    Associate,
    BodySide,
    CollateralContact,
    IndicatorMark,
    IntervieweeType,
    OnlineAccount,
    RedFlagObservation,
    Source,
    Tattoo,
)
from tests.helpers.interview import make_interview, open_view
from ui.panels import registered_panels

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)


def _unnamed_controls(root: QWidget) -> list[str]:
    bad = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        # Editors inside a spin box or combo box are named through their owner.
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QAbstractSpinBox, QComboBox)
        ):
            continue
        if not widget.accessibleName() and not (
            isinstance(widget, QAbstractButton) and widget.text()
        ):
            bad.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return bad


def _fill(store, interview_id: str) -> None:  # noqa: ANN001, F811
    """Some of everything, so the screens are looked at with rows and marks in them."""
    store.set_red_flag(
        interview_id, "rf.spends_time_cse_area", RedFlagObservation(sources=[Source.OBSERVED])
    )
    store.set_at_risk_indicator(interview_id, "D", IndicatorMark(note="couch surfing"))
    store.save_tattoo(
        interview_id,
        Tattoo(
            number=1,
            side=BodySide.FRONT,
            x=0.5,
            y=0.16,
            location="tattoo.loc.neck",
            description="crown",
            symbols=["tattoo.sym.crowns"],
        ),
    )
    store.save_tattoo(
        interview_id,
        Tattoo(
            number=2, side=BodySide.BACK, x=0.45, y=0.3, location="Upper back", description="a name"
        ),
    )
    store.save_online_account(
        interview_id,
        OnlineAccount(
            platform="Instagram",
            handle="fictional_handle",
            nicknames=["Lil M"],
            signs=["online.sign.crowns", "online.sign.code_304"],
            shown_by_youth=True,
        ),
    )
    store.save_associate(
        interview_id, Associate(name="Dre", relationship="boyfriend", suspected_exploiter=True)
    )
    store.save_collateral_contact(
        interview_id,
        CollateralContact(
            type="col.school",
            name="Ms. Example",
            agency="Fictional High",
            summary="Absent most Fridays",
        ),
    )
    store.save_allegation(interview_id, Allegation(subcategory="cse", alleged_victim="T.R."))


@pytest.mark.parametrize("kind", [IntervieweeType.YOUTH, IntervieweeType.CAREGIVER])
def test_every_panel_fits_is_named_and_is_grabbed(
    qtbot,
    store,  # noqa: F811 - the fixtures imported above
    bank,  # noqa: F811
    tmp_path: Path,
    kind: IntervieweeType,
) -> None:
    interview_id = make_interview(store, bank, kind)
    _fill(store, interview_id)
    view = open_view(qtbot, store, bank, interview_id)
    shots = Path(os.environ.get("CEC_PANEL_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    assert len(view.flow()) == len(registered_panels()) - 1  # youth or caregiver, not both
    for panel_id in view.flow():
        view.open_panel(panel_id)
        qtbot.wait(10)
        scroll = view.panel_scroll(panel_id)
        assert view.minimumSizeHint().width() <= 1366, panel_id
        assert view.minimumSizeHint().height() <= 768, panel_id
        assert scroll.horizontalScrollBar().maximum() == 0, f"{panel_id} is cut off at the side"
        assert _unnamed_controls(view) == [], panel_id
        picture = view.grab()
        assert picture.width() == 1366 and picture.height() == 768
        assert picture.save(str(shots / f"{kind.value}-{panel_id}.png"))


def test_flow_comes_from_the_registry(bank) -> None:  # noqa: F811
    ids = [cls.panel_id for cls in registered_panels()]
    assert ids[0] == "contact" and ids[-1] == "review"
    assert len(ids) == len(set(ids))
    orders = [cls.order for cls in registered_panels()]
    assert orders == sorted(orders)


def test_the_naming_check_finds_an_unnamed_control(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    assert len(_unnamed_controls(root)) == 1
