"""The guided interview on its own (no main window): make a record, open its view
at laptop size, and read the record back as a restart would."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.model import Interview, Interviewee, IntervieweeType, Youth
from app.store import Store
from tests.helpers import PASSPHRASE
from ui.interview import InterviewView


def make_interview(store: Store, bank, kind: IntervieweeType = IntervieweeType.YOUTH) -> str:
    interview = Interview(
        content_version=bank.version,
        youth=Youth(name="T.R."),
        interviewee=Interviewee(type=kind, name="Fictional Person"),
    )
    return store.create_interview(interview)


def open_view(qtbot, store: Store, bank, interview_id: str) -> InterviewView:
    view = InterviewView(store, bank, interview_id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    with qtbot.waitExposed(view):
        view.show()
    view.activateWindow()  # shortcuts (Ctrl+Enter, Alt+Right) need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def reopen(store: Store, bank, interview_id: str) -> Interview:
    """Lock, unlock again with the passphrase, and load: what a restart would see."""
    path = store.path
    store.lock()
    fresh = Store.open(path, PASSPHRASE)
    try:
        return fresh.load(interview_id)
    finally:
        fresh.lock()
