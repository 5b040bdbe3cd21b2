"""Shared pieces of the window trust tests (no tests here): a walk over every widget
and model the application holds, visible or not, for text that must be gone."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _model_texts(
    model: QAbstractItemModel, parent: QModelIndex | None = None, depth: int = 0
) -> list[str]:
    parent = parent or QModelIndex()
    texts: list[str] = []
    if depth > 3:
        return texts
    for row in range(model.rowCount(parent)):
        for col in range(model.columnCount(parent)):
            index = model.index(row, col, parent)
            for role in (0, 2, 3, 5):  # display, edit, tooltip, whatsThis
                value = index.data(role)
                if value:
                    texts.append(str(value))
            if col == 0 and model.rowCount(index) > 0:  # a tree
                texts += _model_texts(model, index, depth + 1)
    return texts


def all_texts() -> list[str]:
    """Every text any widget, window or item model of the application still holds."""
    texts: list[str] = []
    models: set[int] = set()
    for widget in QApplication.allWidgets():
        texts += [
            widget.windowTitle(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.toolTip(),
            widget.statusTip(),
            widget.whatsThis(),
        ]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts.append(widget.currentText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            models.add(id(widget.model()))
            texts += _model_texts(widget.model())
    # Models no view shows any more (kept by a page for the next unlock).
    for obj in QApplication.instance().findChildren(QObject):
        if isinstance(obj, QAbstractItemModel) and id(obj) not in models:
            texts += _model_texts(obj)
    for widget in QApplication.topLevelWidgets():
        for obj in widget.findChildren(QAbstractItemModel):
            if id(obj) not in models:
                models.add(id(obj))
                texts += _model_texts(obj)
    return [t for t in texts if t]


def holding(needles: list[str]) -> list[str]:
    """The texts that still contain one of ``needles``."""
    return [t[:80] for t in all_texts() if any(n in t for n in needles)]


def flush_deletes(qtbot) -> None:  # noqa: ANN001
    """Let deleteLater() run, as the event loop would between two key presses."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(10)


__all__ = ["all_texts", "flush_deletes", "holding", "QWidget"]
