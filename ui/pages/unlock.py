"""The unlock page (later runs) and the lock page (after Ctrl+L or idle time).

Both ask for the passphrase and show nothing from the store. The lock page only
differs in its words: it promises to return to where the CSW left off.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.pages import common


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    training_requested = Signal()

    def __init__(self, locked: bool, parent: QWidget | None = None, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.setObjectName("lockedPage" if locked else "unlockPage")
        self._wait_left = 0
        self._countdown = QTimer(self)
        # One tick is one second of the wait; tests shorten it so they stay fast.
        self._countdown.setInterval(tick_ms)
        self._countdown.timeout.connect(self._tick)

        column = common.centred_column(self)
        icon = QLabel(self)
        icon.setPixmap(common.app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("CEC Interview Assistant logo"))
        common.add_centred(column, icon)  # no Qt enum: see ui/pages/common.py
        if locked:
            title = self.tr("Locked")
            text = self.tr(
                "The notes were locked to keep them private. Enter your passphrase to "
                "continue where you left off."
            )
        else:
            title = self.tr("Unlock your interview notes")
            text = self.tr("Enter your passphrase to open the encrypted notes on this computer.")
        column.addWidget(common.title_label(title, self))
        column.addWidget(common.wording_label(text, self))

        row = QHBoxLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock = QPushButton(self.tr("&Unlock"), self)
        self.unlock.setAccessibleName(self.tr("Unlock"))
        self.unlock.setDefault(True)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock)
        column.addLayout(row)

        self.error = common.alert_label(self, self.tr("Unlock problem"))
        column.addWidget(self.error)
        self.wait = common.alert_label(self, self.tr("Wait before trying again"))
        column.addWidget(self.wait)

        self.training = QPushButton(self.tr("Practice in &training mode"), self)
        self.training.setAccessibleName(self.tr("Practice in training mode"))
        self.training.setToolTip(self.tr("Try the tool with made-up cases; nothing real is kept."))
        self.training.setFlat(True)
        common.add_left(column, self.training)
        self.training.setVisible(not locked)

        self.passphrase.returnPressed.connect(self._submit)
        self.unlock.clicked.connect(self._submit)
        self.training.clicked.connect(self.training_requested)
        QWidget.setTabOrder(self.passphrase, self.unlock)
        QWidget.setTabOrder(self.unlock, self.training)
        self.setFocusProxy(self.passphrase)

    @property
    def waiting(self) -> bool:
        return self._wait_left > 0

    def _submit(self) -> None:
        if self.waiting:
            return  # Enter during the wait does nothing; the countdown says why
        text = self.passphrase.text()
        self.passphrase.clear()  # never keep the passphrase in a widget longer than needed
        common.show_alert(self.error, "")
        self.unlock_requested.emit(text)

    def show_error(self, text: str) -> None:
        common.show_alert(self.error, text)
        self.passphrase.setFocus()

    def start_wait(self, seconds: int) -> None:
        """Refuse tries for ``seconds`` (the growing wait after repeated wrong tries)."""
        self._wait_left = seconds
        if seconds <= 0:
            self._end_wait()
            return
        self.unlock.setEnabled(False)
        self._show_wait()
        self._countdown.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._end_wait()
        else:
            self._show_wait()

    def _show_wait(self) -> None:
        common.show_alert(
            self.wait,
            self.tr("Too many wrong tries. You can try again in {n} s.").format(n=self._wait_left),
        )

    def _end_wait(self) -> None:
        self._wait_left = 0
        self._countdown.stop()
        self.unlock.setEnabled(True)
        common.show_alert(self.wait, "")

    def clear(self) -> None:
        self.passphrase.clear()
        common.show_alert(self.error, "")
