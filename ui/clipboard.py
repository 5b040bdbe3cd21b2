"""The clipboard, handled as KeePassXC handles copied passwords.

Interview text copied out of this tool (for pasting into CWS/CMS) is marked as
sensitive so clipboard managers and history skip it, is cleared after a
configurable number of seconds, and is cleared when the window locks, but only
while the clipboard still holds *our* text: we never wipe what the CSW copied
in another program.
"""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

# KDE's Klipper and several other managers skip entries carrying this hint.
KDE_SECRET_HINT = "x-kde-passwordManagerHint"
# Windows: keep the text out of clipboard history (Win+V), cloud sync and monitors.
_WINDOWS_FORMATS = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
}
# macOS: pasteboard managers treat concealed items as passwords.
_MAC_FORMATS = {"application/x-nspasteboard-concealed-type": b"secret"}


def _digest(text: str) -> bytes:
    # We keep a digest, not a second copy of the text, to compare against later.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def sensitive_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_SECRET_HINT, b"secret")
    extra = _WINDOWS_FORMATS if sys.platform == "win32" else {}
    if sys.platform == "darwin":
        extra = _MAC_FORMATS
    for fmt, data in extra.items():
        mime.setData(fmt, data)
    return mime


class SecureClipboard(QObject):
    """Tracks what this application put on the clipboard and clears it when due."""

    def __init__(self, clear_after_seconds: int = 60, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: set[bytes] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        self.clear_after_seconds = clear_after_seconds
        # Text copied with Ctrl+C in any of our fields is ours too: the clipboard
        # changes while this application is the active one (or owns it, on X11).
        QGuiApplication.clipboard().dataChanged.connect(self._on_changed)

    def copy(self, text: str) -> None:
        """Put text on the clipboard, marked sensitive, and schedule its clearing."""
        self._ours.add(_digest(text))
        QGuiApplication.clipboard().setMimeData(sensitive_mime(text))
        self._schedule()

    def holds_ours(self) -> bool:
        text = QGuiApplication.clipboard().text()
        return bool(text) and _digest(text) in self._ours

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds text we put there. True if cleared."""
        self._timer.stop()
        cleared = False
        clipboard = QGuiApplication.clipboard()
        if self.holds_ours():
            clipboard.clear(QClipboard.Mode.Clipboard)
            cleared = True
        # X11's primary selection: selecting a name in a field puts it there. Ours
        # only while this application still owns the selection.
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._ours.clear()
        return cleared

    def _schedule(self) -> None:
        if self.clear_after_seconds > 0:
            self._timer.start(self.clear_after_seconds * 1000)

    def _on_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if not text:
            return
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if clipboard.ownsClipboard() or active:
            digest = _digest(text)
            if digest not in self._ours:
                self._ours.add(digest)
                self._schedule()


_instance: SecureClipboard | None = None


def secure_clipboard() -> SecureClipboard:
    """The application's one tracker; panels copy through it (``secure_clipboard().copy``)."""
    global _instance
    if _instance is None:
        _instance = SecureClipboard()
    return _instance
