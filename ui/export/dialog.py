"""The export dialog: wording check, preview, copy for CWS/CMS, save.

Opened from the interview (Ctrl+E or the "Export summary…" button) on the view's
own in-memory interview, after everything typed so far is saved. Fixes made in
the wording check are saved at once; the view rebuilds its panels afterwards so
no field shows the old words.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from app.content.bank import ContentBank
from app.model import Interview
from ui.clipboard import secure_clipboard
from ui.dialogs import RememberedDialog
from ui.export import engine
from ui.export.language_page import LanguagePage
from ui.export.saving import SavePage
from ui.export.text_pages import CopyPage, PreviewPage

# Test hook: called with the dialog instead of exec() (tests drive it, then close it).
drive_dialog: Any = None


class ExportDialog(RememberedDialog):
    geometry_name = "export"

    def __init__(
        self, store: Any, bank: ContentBank, interview: Interview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.bank, self.interview = store, bank, interview
        self.fixes = 0
        self._stale = True  # preview and parts are rebuilt after a fix
        title = self.tr("Export summary")
        if interview.training:
            title = self.tr("Export summary — training (fictional case)")
        self.setWindowTitle(title)  # never a name: titles show in task bars
        self.resize(1000, 680)
        layout = QVBoxLayout(self)
        self.training_banner: QWidget | None = None
        if interview.training:
            # The training band stays on every page, dialogs included (issue 6);
            # imported here so a real export never loads the training package.
            from ui.training.banner import TrainingBanner  # noqa: PLC0415 - a real export never loads ui.training

            self.training_banner = TrainingBanner(self)
            layout.addWidget(self.training_banner)
        self.tabs = QTabWidget(self)
        self.language = LanguagePage(store, bank, interview, self.tabs)
        self.preview = PreviewPage(self.tabs)
        self.copy_page = CopyPage(
            store, interview.id, lambda: secure_clipboard().clear_after_seconds, self.tabs
        )
        self.save_page = SavePage(store, bank, interview, self.tabs)
        self.tabs.addTab(self.language, self.tr("&1 Wording check"))
        self.tabs.addTab(self.preview, self.tr("&2 Preview"))
        self.tabs.addTab(self.copy_page, self.tr("&3 Copy for CWS/CMS"))
        self.tabs.addTab(self.save_page, self.tr("&4 Save or print"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close export")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.fixed.connect(self._fixed)
        self.language.proceed.connect(lambda: self.tabs.setCurrentWidget(self.preview))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def _fixed(self) -> None:
        self.fixes += 1
        self._stale = True

    def _tab_changed(self, _index: int) -> None:
        if self._stale and self.tabs.currentWidget() in (self.preview, self.copy_page):
            self.refresh_texts()

    def refresh_texts(self) -> None:
        """Build the text once per change; both views show the same summary."""
        self.preview.show_text(engine.full_text(self.interview, self.bank))
        self.copy_page.show_parts(engine.paste_parts(self.interview, self.bank))
        self._stale = False

    def reject(self) -> None:
        self.save_page.cancel()  # a lock while a PDF renders stops it; nothing is left
        super().reject()


def open_export(view: Any) -> None:
    """Flush the view's edits, run the dialog on its interview, then rebuild its panels
    if a fix changed any text. Does nothing if an edit could not be saved (the view
    shows why): exporting then would leave that edit out."""
    if not view.flush():
        return
    dialog = ExportDialog(view.store, view.bank, view.ctx.interview, view)
    if drive_dialog is not None:
        drive_dialog(dialog)
    else:
        dialog.exec()
    fixes = dialog.fixes
    # A lock while the dialog was open throws the view (and this child dialog) away,
    # possibly already inside the dialog's own event loop.
    if shiboken6.isValid(dialog):
        dialog.deleteLater()
    if not shiboken6.isValid(view) or view.store.locked:
        return
    if fixes:
        view.reload_panels()
