"""Each of the scenarios walked once in the window, offscreen, every screen grabbed.

The trainee's path: pick the case, read the brief, ask every question (the reply is
shown under it; the response and the words are recorded as in the field), open every
panel, finish and read the debrief. Set CEC_TRAINING_SHOTS=/folder to keep the
1366x768 pictures (otherwise they go to the test's temp folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.training import load_scenarios
from tests.helpers.training import open_training
from ui.panels.base import flow_for
from ui.settings import Settings


def _scenario_ids() -> list[str]:
    from app.content import load_content

    return [s.id for s in load_scenarios(load_content())]


def test_there_are_seven_scenarios_in_the_picker_order() -> None:
    assert len(_scenario_ids()) == 7  # issue 14 added the two-contact case


@pytest.mark.parametrize("scenario_id", _scenario_ids())
def test_walk_a_scenario_and_grab_every_screen(
    qtbot,
    tmp_path: Path,
    seen_tour_settings: Settings,
    scenario_id: str,  # noqa: ANN001
) -> None:
    folder = Path(os.environ.get("CEC_TRAINING_SHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    window = open_training(qtbot, seen_tour_settings, tmp_path / "training" / "training.cec")

    def grab(name: str) -> None:
        QApplication.processEvents()
        if window.session is not None:
            window.session.update_coaching()  # as its short timer would, before the picture
        assert window.banner.isVisible(), name
        image = window.grab()
        assert not image.isNull() and image.width() == 1366
        image.save(str(folder / f"{scenario_id}-{name}.png"))

    window.picker.select_scenario(scenario_id)
    grab("00-picker")
    qtbot.mouseClick(window.picker.start, Qt.MouseButton.LeftButton)
    session = window.session
    view, scenario = session.view, session.scenario
    panels = [c.panel_id for c in flow_for(view.ctx.interview, view.bank)]
    asked = 0
    for n, pid in enumerate(panels, start=1):
        view.open_panel(pid)
        grab(f"{n:02d}-{pid}")
        panel = view.panel(pid)
        if pid not in ("youth", "caregiver"):
            continue
        # Every page of the interview panel: guidance, then each question with its reply.
        view.open_panel(f"{pid}/{panel.pages()[0].key}")
        while True:
            key = view.current_panel().partition("/")[2]
            reply = scenario.response_for(key)
            if reply is not None:
                assert panel.said.isVisible() and reply.words in panel.said.words.text()
                qtbot.mouseClick(panel.card.buttons[reply.response], Qt.MouseButton.LeftButton)
                panel.card.own_words.setPlainText(reply.words)
                asked += 1
                if asked == 1:
                    grab(f"{n:02d}-{pid}-first-question")
            if not panel.step(True):
                break
            view.open_panel(f"{pid}/{panel.current_page()}")
    assert view.flush()
    stored = window.store.load(session.interview_id)
    asked_ids = [q for q in scenario.responses if q in stored.answers]
    assert asked == len(asked_ids) > 10
    for qid in asked_ids:
        assert stored.answers[qid].response == scenario.responses[qid].response
    window.finish_action.trigger()
    grab("99-debrief")
    result = window.debrief_page.result
    assert result is not None and result.scenario_id == scenario_id
    # Nothing ticked: every red flag of the key is missed, none is extra.
    assert result.area("red_flags").ids("missed") == tuple(scenario.key.red_flags)
