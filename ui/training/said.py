"""The scenario's reply beside the question: a read-only "What they say" box.

The interview view builds it through ``PanelContext.said_factory`` (training
only) and calls ``show_for(item_id)`` as each page is shown. Only the words are
shown, never the response category: deciding Yes / No / Unsure / Declined from
what the person says is the trainee's work, as in the field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.model import IntervieweeType
from app.training import Scenario


class SaidBox(QGroupBox):
    def __init__(self, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        if scenario.interviewee_type == IntervieweeType.CAREGIVER:
            title = self.tr("What the caregiver says (fictional)")
        else:
            title = self.tr("What the youth says (fictional)")
        self.setTitle(title)
        self.setObjectName("trainingSaid")
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(title)
        font = self.words.font()
        font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.words.setFont(font)
        layout.addWidget(self.words)
        self.hide()

    def show_for(self, item_id: str) -> None:
        reply = self.scenario.response_for(item_id)
        if reply is None:
            self.hide()
            return
        words = reply.words.strip()
        self.words.setText(f"\u201c{words}\u201d" if words else self.tr("(They say nothing.)"))
        self.show()


def said_factory(scenario: Scenario) -> Callable[[QWidget], SaidBox]:
    return lambda parent: SaidBox(scenario, parent)
