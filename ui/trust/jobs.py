"""Long store operations (backup, restore, checking a backup) off the GUI thread.

The core takes a ``progress(stage, fraction)`` callback that runs on the calling
thread and cancels when it returns ``False``. A ``Job`` runs the operation in a
``QThread``, forwards each call to a progress dialog through a queued signal,
and answers the callback with the Cancel button's state. The store's one
connection is guarded by its lock, so the GUI thread never touches it meanwhile;
the dialog is window-modal, so nothing can be edited while the job runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[str, float], bool]], Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Trust", text)


def stage_label(stage: str) -> str:
    return {
        "export": _tr("Writing the encrypted backup…"),
        "check": _tr("Checking every page of the backup…"),
        "replace": _tr("Putting the backup in place…"),
        "rekey": _tr("Re-encrypting the notes with the new passphrase…"),
        "done": _tr("Done."),
    }.get(stage, _tr("Working…"))


class _Thread(QThread):
    progressed = Signal(str, float)
    ended = Signal(object, object)  # (result, exception)

    def __init__(self, work: Work, cancelled: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancelled = cancelled

    def run(self) -> None:
        def progress(stage: str, fraction: float) -> bool:
            self.progressed.emit(stage, fraction)
            return not self._cancelled.is_set()

        try:
            result = self._work(progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, shown there
            self.ended.emit(None, exc)
        else:
            self.ended.emit(result, None)

    def drop_work(self) -> None:
        """Forget the work once it has run: its closure may hold a passphrase."""
        self._work = None  # type: ignore[assignment]


class Job(QObject):
    """One operation with a progress bar; ``finished(result, exc)`` when it ends."""

    finished = Signal(object, object)

    def __init__(self, parent: QWidget, title: str, work: Work, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.highest = 0  # the furthest the bar got, in percent (tests read it)
        self.done = False
        self._cancelled = threading.Event()
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("trustProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(_tr("Preparing…"))
        self.dialog.setAccessibleName(title)
        self.dialog.setRange(0, 100)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        if cancellable:
            self.dialog.setCancelButtonText(_tr("Cancel"))
        else:
            self.dialog.setCancelButton(None)
        # Cancel, Esc, and the lock closing every dialog all land here.
        self.dialog.canceled.connect(self._cancelled.set)
        self.dialog.rejected.connect(self._cancelled.set)
        self._thread = _Thread(work, self._cancelled)
        self._thread.progressed.connect(self._progressed)
        self._thread.ended.connect(self._ended)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.dialog.show()
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def wait(self) -> None:
        self._thread.wait()

    def _progressed(self, stage: str, fraction: float) -> None:
        value = round(fraction * 100)
        self.highest = max(self.highest, value)
        if not self.dialog.wasCanceled():
            self.dialog.setLabelText(stage_label(stage))
            self.dialog.setValue(value)

    def _ended(self, result: object, exc: object) -> None:
        self._thread.wait()
        self._thread.drop_work()  # its closure holds the passphrase typed for a restore
        self.done = True
        self.dialog.hide()
        self.dialog.deleteLater()
        self._thread.deleteLater()
        self.finished.emit(result, exc)
        self.deleteLater()
