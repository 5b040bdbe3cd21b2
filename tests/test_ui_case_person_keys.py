"""The summaries' Save pages by keys alone (issue 14's "Done means", looked at as a CSW).

Alt + the underlined letter must do what it says: on the Save page of both the case
summary and the contact summary, "Save PDF…" was Alt+P, and so was the "password"
box's letter, so Alt+P only moved between the two and never saved. Every underlined
letter on a page must be its own. All people are fictional.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.model import Contact, Interview, Interviewee, IntervieweeType, RedFlagObservation, Youth
from tests.person import focused, press, type_keys
from ui import dialogs
from ui.export import saving
from ui.export.case_dialog import CaseExportDialog
from ui.export.dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def _hooks():
    saving.reset_hooks()
    dialogs.reset_hooks()
    yield
    saving.reset_hooks()


def _contact(store, bank) -> str:  # noqa: ANN001
    contact_id = store.create_interview(
        Interview(
            content_version=bank.version,
            youth=Youth(name="Rowan Madeup", referral_number="0400-7777-8888"),
            interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
            contact=Contact(date=date(2026, 11, 14)),
        )
    )
    store.set_red_flag(contact_id, bank.red_flags[0].id, RedFlagObservation())
    return contact_id


def _show(qtbot, dialog: QWidget) -> QWidget:  # noqa: ANN001
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _letters(page: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every underlined letter a person sees on ``page``."""
    out = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QAbstractButton | QLabel):
            continue
        text = widget.text().replace("&&", "")
        if "&" in text and not (isinstance(widget, QLabel) and widget.buddy() is None):
            out.append((text[text.index("&") + 1].lower(), text))
    return out


def _pages(qtbot, store, bank):  # noqa: ANN001, ANN202
    contact_id = _contact(store, bank)
    case = _show(qtbot, CaseExportDialog(store, bank, store.load(contact_id).case_id))
    contact = _show(qtbot, ExportDialog(store, bank, store.load(contact_id)))
    return case, contact


def test_every_underlined_letter_on_the_save_pages_is_its_own(qtbot, store, bank) -> None:  # noqa: ANN001
    for dialog in _pages(qtbot, store, bank):
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # the Save tab
        assert dialog.tabs.currentWidget() is dialog.save_page
        letters = _letters(dialog.save_page)
        assert letters, "no underlined letters found: the test would prove nothing"
        seen: dict[str, str] = {}
        for letter, text in letters:
            assert letter not in seen, f"Alt+{letter.upper()}: {seen[letter]!r} and {text!r}"
            seen[letter] = text
        dialog.reject()


def test_alt_p_saves_the_case_summary_pdf(qtbot, store, bank, tmp_path: Path) -> None:  # noqa: ANN001
    case, contact = _pages(qtbot, store, bank)
    contact.reject()
    case.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is case)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # P&assword
    assert focused() is case.save_page.password
    type_keys(qtbot, "cedar 12\tcedar 12")
    target = tmp_path / "case.pdf"
    saving.answer_next_path(target)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Save &PDF…
    # The button clicks itself after a short animation, as on screen.
    qtbot.waitUntil(target.exists, timeout=5000)
    assert "password protected" in case.save_page.status.text()
    case.reject()
