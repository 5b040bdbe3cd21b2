"""Modal dialogs with test hooks, and the base class that remembers geometry.

GUI tests must never block on a modal dialog, so every confirmation and message
goes through these functions; a test queues the next answer with
``answer_next(True)`` (KeePassXC's "next answer" hook) and reads what would have
been shown in ``shown``.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from app import translations
from ui import settings
from ui.widgets.fitting import fit_to_screen

# Test hooks. Production code never touches these.
_next_answers: deque[bool] = deque()
record_messages = False  # when True, messages are recorded in `shown` instead of displayed
shown: list[tuple[str, str]] = []


def answer_next(answer: bool) -> None:
    """Queue the answer the next ``confirm`` returns without showing anything."""
    _next_answers.append(answer)


def reset_hooks() -> None:
    global record_messages
    _next_answers.clear()
    shown.clear()
    record_messages = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def confirm(parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
    """Ask a yes/no question; the safe choice (Cancel) is the default button."""
    if _next_answers:
        shown.append((title, text))
        return _next_answers.popleft()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    accept.setAccessibleName(accept_label)
    box.exec()
    return box.clickedButton() is accept


def inform(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """``details``: technical words for IT, behind the box's "Show Details…"."""
    if record_messages:
        shown.append((title, text))
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.exec()


class RememberedDialog(QDialog):
    """Dialogs that reopen where the CSW left them (Picard's PicardDialog habit).

    Subclasses set ``geometry_name`` (a plain, content-free name).
    """

    geometry_name = "dialog"

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        saved = settings.current().get(settings.dialog_geometry(self.geometry_name))
        if not saved.isEmpty():
            self.restoreGeometry(saved)
        super().showEvent(event)

    def done(self, result: int) -> None:
        settings.current().set(settings.dialog_geometry(self.geometry_name), self.saveGeometry())
        super().done(result)


def language_name(code: str) -> str:
    """A language as its speakers write it ("English", "Español"), in every window
    language alike: a person looks for their own language's name."""
    if code == translations.SOURCE_LANGUAGE:
        return QLocale.languageToString(QLocale.Language.English)
    locale = QLocale(code)
    here = QLocale(f"{code}_US")  # as written in the US: "español", not "español de España"
    name = (here if here.language() == locale.language() else locale).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


class PreferencesDialog(RememberedDialog):
    """The behaviours a CSW may tune (idle lock, clipboard, retention, their own name, text
    size) and the summary's heading the county sets once; all are declared in ui.settings."""

    geometry_name = "preferences"

    def __init__(self, app_settings: settings.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = app_settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        idle = settings.IDLE_LOCK_MINUTES
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(idle.minimum or 1, idle.maximum or 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(app_settings.get(idle))
        self.idle_minutes.setAccessibleName(self.tr("Lock after this many minutes without input"))
        form.addRow(self.tr("&Lock after no input for:"), self.idle_minutes)
        clip = settings.CLIPBOARD_CLEAR_SECONDS
        self.clipboard_seconds = QSpinBox(self)
        self.clipboard_seconds.setRange(clip.minimum or 0, clip.maximum or 3600)
        self.clipboard_seconds.setSuffix(self.tr(" s"))
        self.clipboard_seconds.setSpecialValueText(self.tr("only when locking"))
        self.clipboard_seconds.setValue(app_settings.get(clip))
        self.clipboard_seconds.setAccessibleName(
            self.tr("Clear copied text from the clipboard after this many seconds")
        )
        form.addRow(self.tr("&Clear copied text after:"), self.clipboard_seconds)
        keep = settings.RETENTION_DAYS
        self.retention_days = QSpinBox(self)
        self.retention_days.setRange(keep.minimum or 0, keep.maximum or 3650)
        self.retention_days.setSuffix(self.tr(" days"))
        # 0: every exported interview is offered at the next unlock.
        self.retention_days.setSpecialValueText(self.tr("at the next unlock"))
        self.retention_days.setValue(app_settings.get(keep))
        self.retention_days.setAccessibleName(
            self.tr("Offer to delete interviews this many days after their summary was exported")
        )
        hint = self.tr("Asked when you unlock. Nothing is deleted unless you agree.")
        self.retention_days.setToolTip(hint)
        self.retention_days.setAccessibleDescription(hint)
        form.addRow(self.tr("Offer to &delete exported interviews after:"), self.retention_days)
        self.csw_name = self._line(
            settings.CSW_NAME, self.tr("Your name, filled into new contacts")
        )
        form.addRow(self.tr("Your &name (CSW):"), self.csw_name)
        self.text_size = QComboBox(self)
        self.text_size.setAccessibleName(self.tr("Text size"))
        for points in settings.TEXT_SIZES:
            label = self.tr("{n} pt").format(n=points) if points else self.tr("The system's size")
            self.text_size.addItem(label, points)
        chosen = self.text_size.findData(app_settings.get(settings.TEXT_SIZE))
        self.text_size.setCurrentIndex(max(0, chosen))
        form.addRow(self.tr("&Text size:"), self.text_size)
        self.contrast = QComboBox(self)
        self.contrast.setAccessibleName(self.tr("Contrast"))
        self.contrast.addItem(self.tr("The system's colors"), "system")
        self.contrast.addItem(self.tr("High contrast"), "high")
        self.contrast.setCurrentIndex(
            max(0, self.contrast.findData(app_settings.get(settings.CONTRAST)))
        )
        form.addRow(self.tr("Cont&rast:"), self.contrast)
        # The window's language (issue 15): read when the window starts, so it changes
        # at the next start (the pages are built in code and are not re-translated).
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the window"))
        self.language.addItem(self.tr("System language"), "")
        for code in (translations.SOURCE_LANGUAGE, *translations.languages()):
            self.language.addItem(language_name(code), code)
        chosen = self.language.findData(app_settings.get(settings.WINDOW_LANGUAGE))
        self.language.setCurrentIndex(max(0, chosen))
        language_note = self.tr("The window changes language the next time it starts.")
        self.language.setAccessibleDescription(language_note)
        form.addRow(self.tr("&Window language:"), self.language)
        self.language_note = QLabel(language_note, self)
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        heading = QGroupBox(self.tr("Heading of the contact summary"), self)
        heading_form = QFormLayout(heading)
        self.agency = self._line(settings.AGENCY, self.tr("Agency"))
        self.office = self._line(settings.OFFICE, self.tr("Office"))
        self.unit = self._line(settings.UNIT, self.tr("Unit"))
        heading_form.addRow(self.tr("A&gency:"), self.agency)
        heading_form.addRow(self.tr("&Office:"), self.office)
        heading_form.addRow(self.tr("&Unit:"), self.unit)
        heading_note = QLabel(
            self.tr("Printed at the top of every contact summary from this computer."), heading
        )
        heading_note.setWordWrap(True)
        heading_form.addRow(heading_note)
        form.addRow(heading)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for role, name in (
            (QDialogButtonBox.StandardButton.Ok, self.tr("Save preferences")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
        ):
            buttons.button(role).setAccessibleName(name)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        fit_to_screen(self)  # its wrapped notes whole at 200 % text (issue 16)

    def _line(self, setting: settings.Setting[str], name: str) -> QLineEdit:
        field = QLineEdit(self._settings.get(setting), self)
        field.setAccessibleName(name)
        field.setMaxLength(120)
        field.setMinimumWidth(280)
        return field

    def accept(self) -> None:
        self._settings.set(settings.CSW_NAME, self.csw_name.text().strip())
        self._settings.set(settings.TEXT_SIZE, int(self.text_size.currentData() or 0))
        self._settings.set(settings.CONTRAST, str(self.contrast.currentData() or "system"))
        self._settings.set(settings.WINDOW_LANGUAGE, str(self.language.currentData() or ""))
        for setting, field in (
            (settings.AGENCY, self.agency),
            (settings.OFFICE, self.office),
            (settings.UNIT, self.unit),
        ):
            self._settings.set(setting, field.text().strip())
        self._settings.set(settings.IDLE_LOCK_MINUTES, self.idle_minutes.value())
        self._settings.set(settings.CLIPBOARD_CLEAR_SECONDS, self.clipboard_seconds.value())
        self._settings.set(settings.RETENTION_DAYS, self.retention_days.value())
        self._settings.sync()
        super().accept()
