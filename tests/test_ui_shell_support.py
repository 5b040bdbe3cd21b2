"""Shared pieces of the window-shell tests (no tests here): a template store with
fictional people, isolated settings, the window fixture and a visible-text search."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
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
from ui import dialogs
from ui.main_window import MainWindow
from ui.settings import Settings

PASSPHRASE = "harbor lantern maple 42"
# Fictional people only.
YOUTH_NAMES = ("Jordan Sample", "Riley Fictional", "Casey Madeup")


def make_interviews() -> list[Interview]:
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


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One real SQLCipher store, created once and copied per test (creating costs a KDF)."""
    from app.store import Store

    path = tmp_path_factory.mktemp("template") / "store.cec"
    store = Store.create(path, PASSPHRASE, PASSPHRASE)
    for interview in make_interviews():
        store.create_interview(interview)
    store.lock()
    return path


@pytest.fixture
def store_path(tmp_path: Path, template_store: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for file in template_store.parent.iterdir():
        shutil.copy2(file, folder / file.name)
    return folder / template_store.name


@pytest.fixture
def ini_settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def _hooks() -> Iterator[None]:
    dialogs.reset_hooks()
    yield
    dialogs.reset_hooks()
    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


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
