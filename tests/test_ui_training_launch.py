"""Training is kept apart (issue 6): ``main.py --training`` and the first page's Training
entry open the training store beside the real folder, and never touch the real one.

A real store (three fictional interviews) and a training store side by side in a temp
data folder; the real folder is hashed, byte for byte, before and after.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.training import default_training_path
from tests.helpers import PASSPHRASE
from tests.helpers.training import folder_digest
from tests.helpers.window import open_window, type_passphrase
from ui.main_window import Mode
from ui.settings import TOUR_SHOWN, Settings
from ui.training import launch
from ui.training.banner import TrainingBanner
from ui.training.tour import TourDialog

ROOT = Path(__file__).resolve().parents[1]


def test_first_page_training_entry_uses_the_training_store_only(
    qtbot,
    data_home: Path,
    seen_tour_settings: Settings,  # noqa: ANN001
) -> None:
    real_folder = data_home.parent
    before = folder_digest(real_folder)
    window = open_window(qtbot, data_home, seen_tour_settings)
    launch.wire_shell(window)
    assert window.mode == Mode.UNLOCK
    qtbot.mouseClick(window.unlock_page.training, Qt.MouseButton.LeftButton)
    assert len(launch.open_windows()) == 1
    training = launch.open_windows()[0]
    qtbot.addWidget(training)
    qtbot.waitExposed(training)
    assert not window.isVisible() and training.isVisible()
    assert window.store is None  # the real store was never opened
    training_path = default_training_path()
    assert training.store.path == training_path
    assert training_path.parent.parent == real_folder.parent  # beside, not inside
    assert not training_path.is_relative_to(real_folder)

    training.picker.select_scenario("runaway-return")
    qtbot.mouseClick(training.picker.start, Qt.MouseButton.LeftButton)
    view = training.session.view
    view.open_panel("youth/youth.open_ended.q01")
    card = view.panel("youth").card
    card.notes.setFocus()
    qtbot.keyClicks(card.notes, "Tired, asked for a soda")
    training.finish_action.trigger()
    assert training.debrief_page.result is not None
    training.close()
    assert window.isVisible() and not launch.open_windows()

    assert folder_digest(real_folder) == before  # byte for byte, modes too
    assert training_path.exists() and (training_path.parent / "training.key").exists()

    from app.store import Store
    from app.training import open_training_store

    real = Store.open(data_home, PASSPHRASE)
    try:
        assert len(real.list_interviews()) == 3
        assert not any(s.training for s in real.list_interviews())
    finally:
        real.lock()
    practice = open_training_store()
    try:
        rows = practice.list_interviews()
        assert len(rows) == 1 and rows[0].training and rows[0].youth_name == "Jasmine T."
    finally:
        practice.lock()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the tour is a real dialog; offscreen warns
def test_the_real_window_shows_the_tour_once_on_reaching_the_list(
    qtbot,
    data_home: Path,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    fresh = Settings(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    window = open_window(qtbot, data_home, fresh)
    launch.wire_shell(window)

    def tours() -> list[TourDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, TourDialog)
                and w.isVisible()]  # fmt: skip

    assert not tours()  # not on the unlock page
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    qtbot.waitUntil(lambda: len(tours()) == 1, timeout=2000)
    assert fresh.get(TOUR_SHOWN) is True
    assert "Training mode" not in [t.windowTitle() for t in tours()]
    window.lock()  # locking closes it, as every other window of ours
    assert not tours()
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    qtbot.wait(200)
    assert not tours()  # once only
    window.tour_action.trigger()  # Help > Tour of the window
    qtbot.waitUntil(lambda: len(tours()) == 1, timeout=2000)
    assert not tours()[0].findChildren(TrainingBanner)  # real mode: no training band
    tours()[0].reject()


CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0], "-platform", "offscreen"])
def check():
    wins = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    training = [w for w in wins if w.objectName() == "trainingWindow"]
    print(json.dumps({
        "titles": [w.windowTitle() for w in training],
        "store": str(training[0].store.path) if training else "",
        "others": [type(w).__name__ for w in wins if w not in training],
    }), flush=True)
    for w in wins:
        w.close()
    app.quit()
QTimer.singleShot(500, check)
import main
sys.exit(main.main(["--training"]))
"""


def test_main_py_training_opens_the_training_store_and_leaves_the_real_folder_alone(
    data_home: Path, tmp_path: Path
) -> None:
    real_folder = data_home.parent
    before = folder_digest(real_folder)
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(result["titles"]) == 1 and "TRAINING" in result["titles"][0]
    expected = tmp_path / "data" / "cec-interview-assistant-training" / "training.cec"
    assert result["store"] == str(expected) and expected.exists()
    assert "MainWindow" not in result["others"]  # no real window at all
    assert "TourDialog" in result["others"]  # first run: the tour
    assert folder_digest(real_folder) == before
