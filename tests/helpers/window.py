"""The main window as a person meets it: opened at laptop size, the passphrase
typed, and every text a person could read on it (fixtures: tests/helpers/fixtures.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.model import (
    Contact,
    Interview,
    Interviewee,
    IntervieweeType,
    SpecialConsiderations,
    YesNoUnknown,
    Youth,
)
from tests.helpers import YOUTH_NAMES
from ui.main_window import MainWindow
from ui.settings import Settings


def make_interviews() -> list[Interview]:
    """The three fictional interviews of the template store (``store_path``)."""
    now = datetime.now(UTC)
    first = Interview(
        youth=Youth(name=YOUTH_NAMES[0], akas=["JJ Moonbeam"], referral_number="0100-1111-2222"),
        interviewee=Interviewee(type=IntervieweeType.YOUTH, relationship="self"),
        contact=Contact(date=date(2026, 11, 20)),
        special=SpecialConsiderations(
            foreign_national=YesNoUnknown.YES, suspicion_at=now - timedelta(hours=20)
        ),
    )
    second = Interview(
        youth=Youth(name=YOUTH_NAMES[1], referral_number="0200-3333-4444"),
        interviewee=Interviewee(type=IntervieweeType.CAREGIVER, relationship="aunt"),
        contact=Contact(date=date(2026, 11, 22)),
    )
    third = Interview(
        youth=Youth(name=YOUTH_NAMES[2], referral_number="0300-5555-6666"),
        contact=Contact(date=date(2026, 11, 21)),
    )
    return [first, second, third]


def open_window(qtbot, path: Path, settings: Settings, **kwargs) -> MainWindow:  # noqa: ANN001
    window = MainWindow(path, settings, backoff_tick_ms=kwargs.pop("backoff_tick_ms", 10), **kwargs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    # Window shortcuts (Ctrl+L) only reach an active window.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def type_passphrase(qtbot, window: MainWindow, text: str) -> None:  # noqa: ANN001
    page = window.stack.currentWidget()
    field = page.passphrase  # type: ignore[attr-defined]
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person (or a screen reader) could get from the window right now."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    texts.append(str(model.index(row, col).data() or ""))
    return [t for t in texts if t]


def shows_any_name(window: QWidget) -> list[str]:
    joined = "\n".join(visible_texts(window))
    return [name for name in YOUTH_NAMES if name in joined] + (
        ["AKA"] if "Moonbeam" in joined else []
    )
