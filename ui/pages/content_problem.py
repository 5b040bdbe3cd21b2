"""The content bank checked at start (issue 7), and the page shown when it fails.

Every panel, red flag and rule comes from ``data/content``; a file that fails its
schema must stop the tool before the CSW unlocks, not halfway into an interview.
``ContentCheck`` loads the bank on a worker thread right after the first page has
painted (``app.content.load_content`` caches it, so the interview view reuses the
same bank); unlocking or creating the notes waits for it. When it fails, the
window shows ``ContentProblemPage`` instead of the unlock page: what happened,
that the notes were not opened or changed, and the loader's message, which names
the file and the item.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ui.pages import common


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContentProblemPage", text)


def check_content(folder: Path | None = None, *, scenarios: bool = False) -> tuple[Any, str]:
    """Load (and validate) the content bank in ``folder`` (default ``data/content``) and,
    for training mode, the scenarios. ``(bank, "")``, or ``(None, problem)`` where the
    problem names the file and the item. Plain Python: safe on a worker thread."""
    try:
        from app.content import ContentError, load_content  # noqa: PLC0415 - after the first page

        try:
            bank = load_content(folder)
        except ContentError as exc:
            return None, str(exc)
        if scenarios:
            from app.training import ScenarioError, load_scenarios  # noqa: PLC0415 - after the first page

            try:
                load_scenarios(bank)
            except ScenarioError as exc:
                return None, str(exc)
        return bank, ""
    except Exception as exc:  # noqa: BLE001 - a missing module in a broken build, a bug
        # Its kind only: a message from an unexpected place could carry anything.
        print(f"cec-interview-assistant: content check: {type(exc).__name__}", file=sys.stderr)
        return None, _tr("The content could not be read ({kind}).").format(kind=type(exc).__name__)


class ContentCheck(QObject):
    """Runs ``check_content`` once on a worker thread; ``done`` is emitted on the GUI
    thread (a short poll, so no Qt object is touched from the worker)."""

    done = Signal()

    def __init__(self, folder: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._thread: threading.Thread | None = None
        self._finished = threading.Event()
        self._reported = False
        self.bank: Any = None
        self.problem = ""
        self._poll = QTimer(self)
        self._poll.setInterval(20)
        self._poll.timeout.connect(self._check_finished)

    @property
    def started(self) -> bool:
        return self._thread is not None

    @property
    def finished(self) -> bool:
        return self._finished.is_set()

    @property
    def reported(self) -> bool:
        """True once ``done`` has been emitted (on the GUI thread)."""
        return self._reported

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="content-check", daemon=True)
        self._thread.start()
        self._poll.start()

    def wait(self) -> None:
        """Block until the check is over (started now if it was not): the notes are
        never opened before the content is known to be whole."""
        self.start()
        assert self._thread is not None
        self._thread.join()
        self._check_finished()

    def _run(self) -> None:
        try:
            self.bank, self.problem = check_content(self._folder)
        finally:
            self._finished.set()

    def _check_finished(self) -> None:
        if not self._finished.is_set() or self._reported:
            return
        self._reported = True
        self._poll.stop()
        self.done.emit()


class ContentProblemPage(QWidget):
    """Instead of the unlock (or welcome) page when the content bank is broken."""

    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentProblemPage")
        column = common.centred_column(self)
        column.addWidget(
            common.title_label(self.tr("The interview guide in this copy is damaged"), self)
        )
        column.addWidget(
            common.body_label(
                self.tr(
                    "One of the tool's own files (the questions, red flags and rules taken "
                    "from the policy guide) did not pass its check, so the tool will not "
                    "start: an interview with part of the guide missing could mislead you. "
                    "Your notes were not opened or changed."
                ),
                self,
            )
        )
        column.addWidget(
            common.body_label(
                self.tr(
                    "Please tell county IT, or whoever installed the tool, and give them "
                    "the details below. Reinstalling the tool usually fixes it."
                ),
                self,
            )
        )
        self.details = common.body_label("", self)
        self.details.setObjectName("contentProblemDetails")
        self.details.setFont(common.scaled_font(self.font(), 1.0, bold=True))
        from PySide6.QtCore import Qt  # noqa: PLC0415 - after the first page: see ui/pages/common.py

        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.details)
        self.quit = QPushButton(self.tr("&Quit"), self)
        self.quit.setAccessibleName(self.tr("Quit"))
        self.quit.clicked.connect(self.quit_requested)
        common.add_left(column, self.quit)
        self.setFocusProxy(self.quit)

    def show_problem(self, problem: str) -> None:
        self.details.setText(problem)
        self.details.setAccessibleName(self.tr("Details: {problem}").format(problem=problem))
