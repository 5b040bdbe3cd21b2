"""What a screen reader is told (issue 16, WCAG 4.1.2, 1.3.1): the QAccessible tree of
every page at 1366x768 (the list, a case, and every panel of a contact) and of every
dialog (tests.helpers.order.EveryDialog opens each as the CSW does), walked as an
assistive technology walks it (tests.helpers.order.accessible_problems). Fails on an
interactive element that is shown and has no name, and on two shown on one page with
the same name and no description to tell them apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from tests import person
from tests.helpers import PASSPHRASE
from tests.helpers.order import (
    CONTACT_DIALOGS,
    LIST_AND_CASE_DIALOGS,
    EveryDialog,
    unlocked_window,
)
from tests.helpers.order import accessible_problems as problems
from tests.helpers.training import open_training
from tests.helpers.window import open_window
from ui.dialogs_new_interview import NewInterviewDialog
from ui.keyboard import GoToDialog, ShortcutsSheet, locations
from ui.main_window import Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_every_page_names_every_control_for_a_screen_reader(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    window.resize(1366, 768)
    window.finish_setup()
    failures: dict[str, list[str]] = {}

    def check(name: str) -> None:
        found = problems(window)
        if found:
            failures[name] = found

    check("unlock")
    person.type_keys(qtbot, PASSPHRASE + "\n")
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    check("list")
    window.list_page.table.setFocus()
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.CASE)
    check("case")
    person.press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.mode == Mode.INTERVIEW)
    view = window.view
    for panel_id in view.flow():
        view.open_panel(panel_id)
        qtbot.wait(20)
        check(f"panel {panel_id}")
    # The keyboard's own dialogs (issue 16), and the new-contact dialog.
    for name, dialog in (
        ("go to", GoToDialog(locations(view.navigator), window)),
        ("shortcuts", ShortcutsSheet(window)),
        ("new interview", NewInterviewDialog(window.store, window.bank, window)),
    ):
        dialog.show()
        qtbot.waitExposed(dialog)
        found = problems(dialog)
        if found:
            failures[name] = found
        dialog.reject()
        dialog.deleteLater()
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())
    window.close()


def _named(failures: dict[str, list[str]]):  # noqa: ANN202
    def visit(name: str, dialog) -> None:  # noqa: ANN001
        found = problems(dialog)
        if found:
            failures[name] = found

    return visit


def test_every_dialog_of_the_list_and_case_names_every_control(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    failures: dict[str, list[str]] = {}
    dialogs = EveryDialog(qtbot, window, _named(failures))
    dialogs.of_the_list_and_a_case(window, tmp_path)
    assert len(dialogs.seen) == LIST_AND_CASE_DIALOGS, dialogs.seen
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())


def test_every_dialog_of_a_contact_names_every_control(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
) -> None:
    window = unlocked_window(qtbot, store_path, ini_settings)
    failures: dict[str, list[str]] = {}
    dialogs = EveryDialog(qtbot, window, _named(failures))
    dialogs.of_a_contact(window)
    assert len(dialogs.seen) == CONTACT_DIALOGS, dialogs.seen
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())


def test_training_picker_and_tour_name_every_control(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    seen_tour_settings,  # noqa: ANN001
) -> None:
    window = open_training(qtbot, seen_tour_settings, tmp_path / "training" / "training.cec")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    failures: dict[str, list[str]] = {}
    found = problems(window)
    if found:
        failures["picker"] = found
    dialogs = EveryDialog(qtbot, window, _named(failures))
    dialogs.opened("training tour", window.findChild(QAction, "tourAction").trigger)
    assert dialogs.seen == ["training tour"]
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())
