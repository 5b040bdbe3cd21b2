"""The interview view's public reads (what tests and a person's eye use instead of
its private state): the flow, a panel by id, the panel on screen, its scroll area."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from app.model import IntervieweeType
from tests.helpers.interview import make_interview, open_view
from ui.panels import registered_panels

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_flow_panel_and_shown_panel_follow_the_interview(qtbot, store, bank) -> None:  # noqa: ANN001
    view = open_view(qtbot, store, bank, make_interview(store, bank))
    flow = view.flow()
    ids = {cls.panel_id for cls in registered_panels()}
    assert flow[0] == "contact" and set(flow) <= ids and "youth" in flow
    assert "caregiver" not in flow  # the youth is interviewed: no caregiver panel
    flow.append("not-a-panel")
    assert "not-a-panel" not in view.flow()  # a copy: the caller cannot change the flow

    assert view.shown_panel() is view.panel("contact")
    assert view.current_panel().partition("/")[0] == "contact"
    later = view.panel("review")  # not shown yet: built on asking, still not on screen
    assert later.panel_id == "review" and view.shown_panel() is not later
    scroll = view.panel_scroll("review")
    assert isinstance(scroll, QScrollArea) and scroll.widget() is later
    with pytest.raises(KeyError):
        view.panel("caregiver")


def test_the_flow_of_a_caregiver_interview_has_the_caregiver_panel(
    qtbot,
    store,
    bank,  # noqa: ANN001
) -> None:
    view = open_view(qtbot, store, bank, make_interview(store, bank, IntervieweeType.CAREGIVER))
    assert "caregiver" in view.flow() and "youth" not in view.flow()
    assert view.panel("caregiver").panel_id == "caregiver"
    with pytest.raises(KeyError):
        view.panel("youth")
