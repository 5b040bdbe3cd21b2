"""First run: what the tool keeps, that a lost passphrase cannot be recovered, create it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.pages import common
from ui.pages.strength import MIN_LENGTH, StrengthMeter


class WelcomePage(QWidget):
    create_requested = Signal(str, str)  # passphrase, confirmation
    training_requested = Signal()

    def __init__(self, store_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        column = common.centred_column(self)

        icon = QLabel(self)
        icon.setPixmap(common.app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("CEC Interview Assistant logo"))
        column.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(
            common.title_label(self.tr("Welcome to the CEC Interview Assistant"), self)
        )
        column.addWidget(
            common.body_label(
                self.tr(
                    "This tool keeps your interview notes on this computer only, in one "
                    "encrypted file: contact details, answers in the person's own words, "
                    "red flags, tattoos and your notes, until you have entered them into "
                    "CWS/CMS. Nothing is sent anywhere."
                ),
                self,
            )
        )
        warning = common.body_label(
            self.tr(
                "Your passphrase is the only key. If it is lost, nobody (not even county "
                "IT) can recover the notes. A few unrelated words you will remember work well."
            ),
            self,
        )
        warning.setFont(common.scaled_font(self.font(), 1.0, bold=True))
        column.addWidget(warning)

        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Type the passphrase again"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.confirm)
        for field in (self.passphrase, self.confirm):
            form.labelForField(field).setBuddy(field)

        # zxcvbn's estimate and advice, the same rating the store enforces.
        self.strength_meter = StrengthMeter(self)
        self.meter = self.strength_meter.bar
        self.strength = self.strength_meter.label
        form.addRow(self.tr("Strength:"), self.strength_meter)
        column.addLayout(form)

        self.rules = common.body_label(
            self.tr(
                "At least {n} characters, hard to guess (a few unrelated words work well), "
                "typed the same twice."
            ).format(n=MIN_LENGTH),
            self,
        )
        column.addWidget(self.rules)
        self.error = common.alert_label(self, self.tr("Problem with the passphrase"))
        column.addWidget(self.error)

        buttons = QHBoxLayout()
        self.training = QPushButton(self.tr("Practice in &training mode"), self)
        self.training.setAccessibleName(self.tr("Practice in training mode"))
        self.training.setToolTip(self.tr("Try the tool with made-up cases; nothing real is kept."))
        self.create = QPushButton(self.tr("&Create passphrase and start"), self)
        self.create.setAccessibleName(self.tr("Create passphrase and start"))
        self.create.setDefault(True)
        buttons.addWidget(self.training)
        buttons.addStretch(1)
        buttons.addWidget(self.create)
        column.addLayout(buttons)

        where = common.body_label(self.tr("Notes file: {path}").format(path=store_path), self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setEnabled(False)  # secondary information, drawn dimmed
        column.addWidget(where)

        self.passphrase.textChanged.connect(self._update_strength)
        self.confirm.textChanged.connect(self._update_strength)
        self.passphrase.returnPressed.connect(self.confirm.setFocus)
        self.confirm.returnPressed.connect(self._submit)
        self.create.clicked.connect(self._submit)
        self.training.clicked.connect(self.training_requested)
        QWidget.setTabOrder(self.passphrase, self.confirm)
        QWidget.setTabOrder(self.confirm, self.training)
        QWidget.setTabOrder(self.training, self.create)
        self.setFocusProxy(self.passphrase)
        self._update_strength()

    def _update_strength(self) -> None:
        text = self.passphrase.text()
        mismatch = bool(text and self.confirm.text() and self.confirm.text() != text)
        self.strength_meter.update_for(text, mismatch)

    def _submit(self) -> None:
        common.show_alert(self.error, "")
        self.create_requested.emit(self.passphrase.text(), self.confirm.text())

    def show_error(self, text: str) -> None:
        common.show_alert(self.error, text)
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
        common.show_alert(self.error, "")
