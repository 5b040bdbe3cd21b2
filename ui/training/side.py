"""The side column of a practice interview: coaching notes, and the case as the CSW meets it.

Non-blocking: notes appear here as the trainee goes and never take the focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.content.bank import ContentBank
from app.model import IntervieweeType
from app.training import CoachNote, Scenario


def _label(text: str, parent: QWidget, name: str, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setAccessibleName(name)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _scroll(inner: QWidget, parent: QWidget, name: str) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(inner)
    scroll.setAccessibleName(name)
    return scroll


class CoachingBox(QGroupBox):
    """The coaching notes, each with the guide's reason quoted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingCoaching")
        self.notes: tuple[CoachNote, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self._inner = QWidget(self)
        self._list = QVBoxLayout(self._inner)
        self._list.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(_scroll(self._inner, self, self.tr("Coaching notes")))
        self.set_notes([])

    def set_notes(self, notes: Sequence[CoachNote]) -> None:
        notes = tuple(notes)
        if notes == self.notes and self._list.count():
            return  # unchanged: keep the reader's scroll position
        self.notes = notes
        title = self.tr("Coaching ({n})").format(n=len(notes)) if notes else self.tr("Coaching")
        self.setTitle(title)
        self.setAccessibleName(title)
        while self._list.count():
            item = self._list.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not notes:
            self._list.addWidget(
                _label(
                    self.tr(
                        "No notes so far. Notes from the guide appear here as you go; "
                        "they never stop you."
                    ),
                    self._inner,
                    self.tr("Coaching notes"),
                )
            )
        for note in notes:
            self._list.addWidget(_label(note.message, self._inner, self.tr("Coaching note"), True))
            if note.guide:
                quote = self.tr("The guide: \u201c{reason}\u201d").format(reason=note.guide)
                self._list.addWidget(_label(quote, self._inner, self.tr("The guide's reason")))
            line = QFrame(self._inner)
            line.setFrameShape(QFrame.Shape.HLine)
            self._list.addWidget(line)
        self._list.addStretch(1)

    def messages(self) -> list[str]:
        return [n.message for n in self.notes]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingCase", text)


def case_text(scenario: Scenario, bank: ContentBank) -> str:
    """The case as the CSW meets it: the brief, the greeting, what can be seen."""
    b = scenario.brief
    parts = []
    if len(scenario.contacts) > 1:  # issue 14: a case with several contacts
        number = [c.id for c in scenario.contacts].index(scenario.contact_id) + 1
        parts.append(
            _tr("Contact {n} of {total} in this case: {who}").format(
                n=number,
                total=len(scenario.contacts),
                who=scenario.contacts[number - 1].label,
            )
        )
    parts += [
        _tr("Who: {text}").format(text=b.who),
        _tr("Where: {text}").format(text=b.where),
        _tr("Why you are there: {text}").format(text=b.why),
    ]
    if scenario.interviewee_type == IntervieweeType.YOUTH:
        greeting = [
            f"\u201c{r.words}\u201d"
            for item in bank.section("youth.rapport").items
            if (r := scenario.response_for(item.id)) is not None and r.words.strip()
        ]
        if greeting:
            parts.append(_tr("When you greet them: {words}").format(words=" ".join(greeting)))
    obs = scenario.observations
    seen = [obs.appearance, obs.phones, obs.behaviour, obs.records]
    parts.append(_tr("What you can see and learn:") + "\n" + "\n".join(f"• {s}" for s in seen if s))
    for tattoo in obs.tattoos:
        try:
            where = bank.item(tattoo.location).text
        except KeyError:
            where = tattoo.location
        parts.append(_tr("Tattoo ({where}): {what}").format(where=where, what=tattoo.description))
    for acc in obs.online_accounts:
        parts.append(
            _tr("Online: {platform} {handle}: {what}").format(
                platform=acc.platform, handle=acc.handle, what=acc.description
            )
        )
    return "\n\n".join(parts)


class CaseBox(QGroupBox):
    def __init__(self, scenario: Scenario, bank: ContentBank, parent: QWidget | None = None):
        super().__init__(self.tr("The case (fictional)"), parent)
        self.setObjectName("trainingCase")
        self.setAccessibleName(self.tr("The case (fictional)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(2, 2, 2, 2)
        self.text = _label(case_text(scenario, bank), inner, self.tr("The case (fictional)"))
        inner_layout.addWidget(self.text)
        inner_layout.addStretch(1)
        layout.addWidget(_scroll(inner, self, self.tr("The case (fictional)")))


class SideColumn(QSplitter):
    def __init__(self, scenario: Scenario, bank: ContentBank, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("trainingSide")
        self.coaching = CoachingBox(self)
        self.case = CaseBox(scenario, bank, self)
        self.addWidget(self.coaching)
        self.addWidget(self.case)
        self.setChildrenCollapsible(False)
        self.setSizes([300, 400])
