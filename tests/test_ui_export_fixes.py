"""The rules change seen in the window: the common_flags prompt on the Red flags and
Allegations panels, the tallies' wording, and the at-risk rule's "or"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.model import Interview, Interviewee, IntervieweeType, RedFlagObservation, Youth
from app.rules.evidence import is_common
from ui.interview import InterviewView

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def open_with(qtbot, store, bank, flags: list[str]) -> InterviewView:
    interview = Interview(
        content_version=bank.version,
        youth=Youth(name="Sam Placeholder"),
        interviewee=Interviewee(type=IntervieweeType.YOUTH),
    )
    for flag in flags:
        interview.red_flags[flag] = RedFlagObservation()
    view = InterviewView(store, bank, store.create_interview(interview))
    qtbot.addWidget(view)
    view.resize(1366, 768)
    with qtbot.waitExposed(view):
        view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def flags(bank, common: bool) -> list[str]:
    return [f.id for f in bank.red_flags if is_common(f.categories) == common]


def test_common_flags_prompt_on_red_flags_and_allegations(qtbot, store, bank) -> None:
    common = flags(bank, True)[0]
    view = open_with(qtbot, store, bank, [common])
    view.open_panel("red_flags")
    panel = view.panel("red_flags")
    assert panel.common.isVisible()
    text = panel.common.label.text()
    assert "all three forms" in text and bank.red_flag(common).text in text
    assert "Nothing recorded points to one form yet" in panel.tallies.text()
    view.open_panel("allegations")
    allegations = view.panel("allegations")
    assert allegations.common.isVisible()
    assert allegations.common.label.text() == text
    # A distinguishing flag ticked on the panel: the tallies name what it points to.
    view.open_panel("red_flags")
    distinguishing = flags(bank, False)[0]
    row = [f.id for f in bank.red_flags].index(distinguishing)
    panel.marks.list.setCurrentRow(row)
    panel.marks.list.setFocus()
    qtbot.keyClick(panel.marks.list, Qt.Key.Key_Space)
    assert distinguishing in view.ctx.interview.red_flags
    assert "The record points to:" in panel.tallies.text()
    assert "They point to" not in panel.tallies.text()


def test_no_common_prompt_without_common_flags(qtbot, store, bank) -> None:
    view = open_with(qtbot, store, bank, flags(bank, False)[:1])
    view.open_panel("red_flags")
    assert not view.panel("red_flags").common.isVisible()
    view.open_panel("allegations")
    assert not view.panel("allegations").common.isVisible()


def test_at_risk_rule_shows_the_guides_or(qtbot, store, bank) -> None:
    view = open_with(qtbot, store, bank, [])
    view.open_panel("at_risk")
    (label,) = [
        w
        for w in view.panel("at_risk").findChildren(QLabel)
        if w.accessibleName() == "At-risk rule"
    ]
    lines = label.text().split("\n")
    assert lines[1] == "or"
    assert "(A-C)" in lines[0] and "(D-H)" in lines[2]
