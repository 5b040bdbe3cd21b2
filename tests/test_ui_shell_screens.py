"""Every page of the shell grabbed at 1366x768, light and dark, and checked for the
basics a person would notice: nothing clipped outside the window, every control
named for screen readers, Tab order in reading order.

Set CEC_SCREENSHOTS=/some/folder to keep the PNGs and look at them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

from tests.helpers import PASSPHRASE
from tests.helpers.screens import check_page, dark_palette, shots_dir
from tests.helpers.window import open_window, type_passphrase
from ui.main_window import Mode


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest):  # noqa: ANN201
    app = QApplication.instance()
    old = app.palette()
    if request.param == "dark":
        app.setPalette(dark_palette())
    yield request.param
    app.setPalette(old)


def focus_chain(start: QWidget, count: int) -> list[QWidget]:
    chain, widget = [], start
    for _ in range(count):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & widget.focusPolicy().TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
    return chain


def test_every_page_at_1366x768(
    qtbot, tmp_path: Path, store_path: Path, ini_settings, palette
) -> None:
    folder = shots_dir(tmp_path)
    first = open_window(qtbot, tmp_path / "new" / "store.cec", ini_settings)
    assert first.mode == Mode.WELCOME
    check_page(first, f"{palette}-welcome", folder)
    welcome = first.welcome
    assert focus_chain(welcome.passphrase, 4) == [
        welcome.passphrase,
        welcome.confirm,
        welcome.training,
        welcome.create,
    ]
    qtbot.keyClicks(welcome.passphrase, "abc")
    qtbot.keyClicks(welcome.confirm, "abd")
    welcome.create.click()
    check_page(first, f"{palette}-welcome-refused", folder)

    window = open_window(qtbot, store_path, ini_settings)
    check_page(window, f"{palette}-unlock", folder)
    type_passphrase(qtbot, window, "not it at all")
    check_page(window, f"{palette}-unlock-wrong", folder)
    type_passphrase(qtbot, window, PASSPHRASE)
    assert window.mode == Mode.LIST
    check_page(window, f"{palette}-list", folder)
    page = window.list_page
    assert focus_chain(page.search, 7) == [
        page.search,
        page.status_filter,  # the case list's filters (issue 14)
        page.deadline_filter,
        page.new_button,
        page.open_button,
        page.delete_button,
        page.table,
    ]
    window.open_case(page.current_id())  # the case page (issue 14)
    assert window.mode == Mode.CASE
    check_page(window, f"{palette}-case", folder)
    window.open_interview(window.case_page.current_contact_id())
    assert window.mode == Mode.INTERVIEW
    check_page(window, f"{palette}-interview", folder, ours=False)
    window.lock()
    check_page(window, f"{palette}-locked", folder)
