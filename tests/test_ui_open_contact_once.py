"""Opening a contact reads it from the file once (issue 17: the first open <= 150 ms;
the window used to load the whole record a second time only to learn its case), and
its "Close interview" still goes back to that case (real window, real store)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import Store
from tests.helpers import PASSPHRASE
from tests.helpers.window import open_window, type_passphrase
from tests.person import click
from ui.main_window import Mode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_a_contact_opened_from_the_window_is_read_once_and_closes_to_its_case(
    qtbot,  # noqa: ANN001
    store_path: Path,
    ini_settings,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(qtbot, store_path, ini_settings)
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.mode == Mode.LIST)
    case_id = window.list_page.current_id()
    contact_id = window.store.load_case(case_id).contacts[0].id
    reads: list[str] = []
    real_load = Store.load

    def counted(store: Store, interview_id: str):  # noqa: ANN202
        reads.append(interview_id)
        return real_load(store, interview_id)

    monkeypatch.setattr(Store, "load", counted)
    window.open_interview(contact_id)  # as search or "also appears" open it: no case given
    assert window.mode == Mode.INTERVIEW
    assert reads == [contact_id]
    view = window.page(Mode.INTERVIEW)
    click(qtbot, view.close_button)
    assert window.mode == Mode.CASE
    assert window.case_id == case_id
