"""The case page (issue 14): one youth's case, its contacts and its findings at a glance.

Shows what ``Interviews.open_case`` hands it (``set_case``): the ``Case`` (youth,
status, contacts as ``ContactRef``), the case view (the case's findings, what the
per-case rules read) and the rules' ``Assessment`` of it. It asks for what the
buttons do through its signals; ``Pages`` re-emits them and ``MainWindow`` wires them
to ``Interviews``. Nothing here reads or writes the store.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import rule_words
from ui.pages import common
from ui.widgets.fitting import scrolling_column

WHO, WHEN, HOW, STATUS = range(4)
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LISTED = 8  # red flags or associates named on the page; the rest are counted


def _value(x: Any) -> str:
    return str(getattr(x, "value", x) or "")


def short_date(day: date | None) -> str:
    """ "11/14": how a CSW names a contact's day beside a finding (as CWS/CMS shows it)."""
    return f"{day.month}/{day.day}" if isinstance(day, date) else ""


class CasePage(QWidget):
    new_contact_requested = Signal()
    open_contact_requested = Signal(str)  # contact id
    move_contact_requested = Signal(str)  # contact id
    case_summary_requested = Signal()
    back_requested = Signal()
    open_case_requested = Signal(str)  # another case, from an "also appears" pointer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePage")
        self._case: Any = None
        self._kinds = {
            "youth": self.tr("Youth"),
            "caregiver": self.tr("Caregiver"),
            "collateral": self.tr("Collateral"),
        }
        self._methods = {
            "in_person": self.tr("In person"),
            "phone": self.tr("Phone"),
            "video": self.tr("Video"),
        }
        self._statuses = {
            "in_progress": self.tr("In progress"),
            "summary_exported": self.tr("Summary exported"),
        }
        self._sources = {
            "observed": self.tr("observed"),
            "youth": self.tr("youth"),
            "caregiver": self.tr("caregiver"),
            "collateral": self.tr("collateral"),
            "record": self.tr("records"),
        }

        layout = scrolling_column(self)  # the page scrolls at 200 % text (issue 16)
        self.title = common.title_label("", self)
        self.title.setAccessibleName(self.tr("Youth"))
        layout.addWidget(self.title)
        self.facts = QLabel(self)
        self.facts.setAccessibleName(self.tr("Referral and status"))
        common.set_plain_text(self.facts)
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)

        body = QHBoxLayout()
        layout.addLayout(body, 1)

        contacts = QGroupBox(self.tr("Contacts"), self)
        left = QVBoxLayout(contacts)
        self.contacts = QTableWidget(0, 4, contacts)
        self.contacts.setAccessibleName(self.tr("Contacts in this case"))
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Who"), self.tr("When"), self.tr("How"), self.tr("Status")]
        )
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.setTabKeyNavigation(False)
        self.contacts.setWordWrap(False)
        self.contacts.verticalHeader().setVisible(False)
        header = self.contacts.horizontalHeader()
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
        for column in (WHEN, HOW, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        left.addWidget(self.contacts, 1)
        # Three contacts always show, whatever the text size (the page scrolls instead).
        rows = self.contacts.verticalHeader().defaultSectionSize()
        self.contacts.setMinimumHeight(
            self.contacts.horizontalHeader().sizeHint().height() + 3 * rows + 4
        )
        buttons = QHBoxLayout()
        self.new_contact_button = QPushButton(self.tr("&New contact…"), contacts)
        self.new_contact_button.setAccessibleName(self.tr("New contact"))
        self.open_button = QPushButton(self.tr("&Open contact"), contacts)
        self.open_button.setAccessibleName(self.tr("Open contact"))
        self.move_button = QPushButton(self.tr("&Move to another case…"), contacts)
        self.move_button.setAccessibleName(self.tr("Move contact to another case"))
        for button in (self.new_contact_button, self.open_button, self.move_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        body.addWidget(contacts, 1)

        box = QGroupBox(self.tr("The case's findings at a glance"), self)
        # Many flags and associates scroll inside the box; the page keeps its buttons.
        scroll = QScrollArea(box)
        # It takes the focus (its text scrolls by keys); a screen reader names it.
        scroll.setAccessibleName(self.tr("The case's findings at a glance"))
        self._glance = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        QVBoxLayout(box).addWidget(scroll)
        glance = QWidget(scroll)
        scroll.setWidget(glance)
        form = QFormLayout(glance)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.at_risk = self._value_label(glance, self.tr("At-risk result"))
        self.red_flags = self._value_label(glance, self.tr("Red flags"))
        self.learned_in = self._value_label(glance, self.tr("Learned in"))
        self.associates = self._value_label(glance, self.tr("Associates and exploiters"))
        self.deadlines = self._value_label(glance, self.tr("Deadlines"))
        self.allegations = self._value_label(glance, self.tr("Allegations"))
        form.addRow(self.tr("At risk:"), self.at_risk)
        form.addRow(self.tr("Red flags:"), self.red_flags)
        form.addRow(self.tr("Learned in:"), self.learned_in)
        form.addRow(self.tr("Associates:"), self.associates)
        form.addRow(self.tr("Deadlines:"), self.deadlines)
        form.addRow(self.tr("Allegations:"), self.allegations)
        body.addWidget(box, 1)

        # "'Dre' also appears in 1 other case" (store.echoes): exploiters often have
        # more than one victim. The CSW opens the other case or dismisses the line.
        self.echo_box = QGroupBox(self.tr("Also in other cases"), self)
        self.echo_box.setAccessibleName(self.tr("Also in other cases"))
        self._echo_layout = QVBoxLayout(self.echo_box)
        self._echo_rows: list[QWidget] = []
        self._dismissed: set[str] = set()
        self.echo_box.hide()
        layout.addWidget(self.echo_box)

        bottom = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back to the list"), self)
        self.back_button.setAccessibleName(self.tr("Back to the list of cases"))
        # Alt+C: Alt+S is the Store menu's.
        self.summary_button = QPushButton(self.tr("&Case summary…"), self)
        self.summary_button.setAccessibleName(self.tr("Case summary"))
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.summary_button)
        layout.addLayout(bottom)

        self.new_contact_button.clicked.connect(self.new_contact_requested)
        self.open_button.clicked.connect(self._open_current)
        self.move_button.clicked.connect(self._move_current)
        self.summary_button.clicked.connect(self.case_summary_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.contacts.itemActivated.connect(lambda _item: self._open_current())
        self.contacts.itemSelectionChanged.connect(self._update_buttons)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back_requested.emit)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QWidget.setTabOrder(self.contacts, self.new_contact_button)
        QWidget.setTabOrder(self.new_contact_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.move_button)
        # Reading order: the contacts column, the findings beside it, then the bottom row
        # (the "also in other cases" lines go between, see _fill_echoes).
        QWidget.setTabOrder(self.move_button, scroll)
        QWidget.setTabOrder(scroll, self.back_button)
        QWidget.setTabOrder(self.back_button, self.summary_button)
        self.setFocusProxy(self.contacts)
        self._update_buttons()

    @staticmethod
    def _value_label(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setAccessibleName(name)
        common.set_plain_text(label)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- read-only state -----------------------------------------------------------------
    @property
    def case_id(self) -> str:
        return self._case.id if self._case is not None else ""

    def current_contact_id(self) -> str:
        row = self.contacts.currentRow()
        if row < 0 or not self.contacts.selectionModel().hasSelection():
            return ""
        item = self.contacts.item(row, WHO)
        return str(item.data(CONTACT_ID_ROLE) or "") if item is not None else ""

    def contact_ids(self) -> list[str]:
        return [
            str(self.contacts.item(r, WHO).data(CONTACT_ID_ROLE))
            for r in range(self.contacts.rowCount())
        ]

    # -- contents ------------------------------------------------------------------------
    def set_case(
        self,
        case: Any,
        view: Any,
        assessment: Any,
        select: str = "",
        echoes: Any = (),
        bank: Any = None,
    ) -> None:
        """Show ``case`` (app.model.Case), its findings (``view``: store.case_view) and
        the rules' ``assessment`` of them; ``select`` a contact id to choose; ``echoes``
        (store.echoes) the terms also typed in other cases; ``bank`` (the content) names
        the red flags, each with the contact it was learned in."""
        if self._case is None or self._case.id != case.id:
            self._dismissed = set()
        self._case = case
        youth = case.youth
        name = youth.name or self.tr("(no name yet)")
        if case.training:
            name += self.tr(" (training)")
        self.title.setText(name)
        facts = []
        if youth.akas:
            facts.append(self.tr("Also known as {akas}").format(akas=", ".join(youth.akas)))
        facts.append(
            self.tr("Referral {number}").format(number=youth.referral_number)
            if youth.referral_number
            else self.tr("No referral number yet")
        )
        if youth.client_id:
            facts.append(self.tr("Client id {id}").format(id=youth.client_id))
        facts.append(
            self.tr("Case open") if _value(case.status) == "open" else self.tr("Case closed")
        )
        if case.summary_exported_at is not None:
            facts.append(
                self.tr("case summary exported {when}").format(
                    when=rule_words.when_words(case.summary_exported_at, "%a %d %b %H:%M")
                )
            )
        self.facts.setText(" · ".join(facts))
        self._fill_contacts(case.contacts, select)
        self._fill_glance(case, view, assessment, bank)
        self._fill_echoes(echoes)

    def echo_lines(self) -> list[str]:
        """The "also appears" lines shown now (what the CSW reads)."""
        return [row.findChild(QLabel).text() for row in self._echo_rows]

    def _fill_echoes(self, echoes: Any) -> None:
        for row in self._echo_rows:
            self._echo_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._echo_rows = []
        before: QWidget = self._glance  # Tab: the findings, each line's buttons, the bottom row
        seen: dict[str, list[str]] = {}
        for echo in echoes:
            if echo.term not in self._dismissed:
                others = seen.setdefault(echo.term, [])
                others.extend(c for c in echo.other_case_ids if c not in others)
        for term, others in seen.items():
            row = QWidget(self.echo_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = (
                self.tr("“{term}” also appears in 1 other case").format(term=term)
                if len(others) == 1
                else self.tr("“{term}” also appears in {n} other cases").format(
                    term=term, n=len(others)
                )
            )
            label = QLabel(text, row)
            common.set_plain_text(label)
            open_button = QPushButton(self.tr("Open"), row)
            open_button.setAccessibleName(
                self.tr("Open the other case for {term}").format(term=term)
            )
            dismiss = QPushButton(self.tr("Dismiss"), row)
            dismiss.setAccessibleName(self.tr("Dismiss the pointer for {term}").format(term=term))
            line.addWidget(label, 1)
            line.addWidget(open_button)
            line.addWidget(dismiss)
            for button in (open_button, dismiss):
                QWidget.setTabOrder(before, button)
                before = button
            self._echo_layout.addWidget(row)
            self._echo_rows.append(row)
            open_button.clicked.connect(
                lambda _c=False, c=others[0]: self.open_case_requested.emit(c)
            )
            dismiss.clicked.connect(lambda _c=False, t=term, r=row: self._dismiss(t, r))
        QWidget.setTabOrder(before, self.back_button)
        self.echo_box.setVisible(bool(self._echo_rows))

    def _dismiss(self, term: str, row: QWidget) -> None:
        self._dismissed.add(term)
        self._echo_rows.remove(row)
        self._echo_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.echo_box.setVisible(bool(self._echo_rows))

    def clear(self) -> None:
        """On lock: nothing of the case stays on the page."""
        self._case = None
        self.title.setText("")
        self.facts.setText("")
        self.contacts.setRowCount(0)
        for label in (
            self.at_risk,
            self.red_flags,
            self.learned_in,
            self.associates,
            self.deadlines,
        ):
            label.setText("")
        self.allegations.setText("")
        self._dismissed = set()
        self._fill_echoes(())
        self._update_buttons()

    def who(self, ref: Any) -> str:
        kind = _value(ref.interviewee.type)
        text = self._kinds.get(kind, kind)
        extra = ", ".join(x for x in (ref.interviewee.name, ref.interviewee.relationship) if x)
        if extra and extra != "self":
            text += f": {extra}"
        return text

    def when(self, ref: Any) -> str:
        day = ref.contact.date
        text = day.isoformat() if isinstance(day, date) else self.tr("no date")
        start = ref.contact.start_time
        if isinstance(start, time):
            text += " " + start.strftime("%H:%M")
        return text

    def how(self, ref: Any) -> str:
        method = _value(ref.contact.method)
        text = self._methods.get(method, method)
        if _value(ref.contact.outcome) == "attempted":
            text += self.tr(", attempted")
        return text

    def source_of(self, ref: Any) -> str:
        """ "caregiver, 11/14": where a finding was learned."""
        kind = _value(ref.interviewee.type)
        day = short_date(ref.contact.date)
        return f"{self._sources.get(kind, kind)}, {day}" if day else self._sources.get(kind, kind)

    def _fill_contacts(self, refs: Any, select: str) -> None:
        table = self.contacts
        table.setRowCount(0)
        table.setRowCount(len(refs))
        chosen = 0
        for row, ref in enumerate(refs):
            status = _value(ref.status)
            cells = (
                self.who(ref),
                self.when(ref),
                self.how(ref),
                self._statuses.get(status, status),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a narrow column (200 % text) cuts it; opening shows it
                item.setData(CONTACT_ID_ROLE, ref.id)
                table.setItem(row, column, item)
            if ref.id == select:
                chosen = row
        if refs:
            table.selectRow(chosen)
        self._update_buttons()

    def _fill_glance(self, case: Any, view: Any, assessment: Any, bank: Any = None) -> None:
        at_risk = assessment.at_risk
        status = at_risk.status
        if status == "met":
            letters = ", ".join(at_risk.decided_by)
            self.at_risk.setText(
                self.tr("At risk of CSE (indicators {letters})").format(letters=letters)
            )
        elif status == "not met":
            self.at_risk.setText(
                self.tr("Not met so far: {missing}").format(missing=at_risk.missing)
            )
        else:
            self.at_risk.setText(self.tr("Not assessed yet (no indicator marked)"))

        flags = dict(getattr(view, "red_flags", {}) or {})
        if not flags:
            self.red_flags.setText(self.tr("None recorded yet"))
        else:
            by_source: Counter[str] = Counter()
            for observation in flags.values():
                for source in observation.sources:
                    by_source[_value(source)] += 1
            parts = [
                f"{self._sources.get(k, k)} {n}"
                for k, n in sorted(by_source.items(), key=lambda kv: (-kv[1], kv[0]))
            ]
            text = self._flags(len(flags))
            if parts:
                text += self.tr(" (sources: {parts})").format(parts=", ".join(parts))
            text += self._flag_lines(case, flags, bank)
            self.red_flags.setText(text)

        refs = {ref.id: ref for ref in case.contacts}
        learned: Counter[str] = Counter()
        for observation in flags.values():
            learned[getattr(observation, "contact_id", "")] += 1
        lines = []
        for ref in case.contacts:
            if learned.get(ref.id):
                lines.append(f"{self.source_of(ref)}: {self._flags(learned[ref.id])}")
        other = sum(n for cid, n in learned.items() if cid not in refs)
        if other:
            lines.append(self.tr("other contacts: {flags}").format(flags=self._flags(other)))
        self.learned_in.setText("\n".join(lines) or self.tr("—"))
        self.associates.setText(self._associate_lines(case, view))

        deadline_lines = []
        for d in assessment.deadlines:
            when = rule_words.when_words(d.due, "%a %d %b %H:%M")
            if d.met and not getattr(d, "rfa_pending", False):
                deadline_lines.append(
                    self.tr("{label}: done").format(label=rule_words.deadline_label(d))
                )
            elif d.overdue:
                deadline_lines.append(
                    self.tr("{label}: OVERDUE (was due {when})").format(
                        label=rule_words.deadline_label(d), when=when
                    )
                )
            else:
                deadline_lines.append(
                    self.tr("{label}: due {when}").format(
                        label=rule_words.deadline_label(d), when=when
                    )
                )
        self.deadlines.setText("\n".join(deadline_lines) or self.tr("No deadline running"))

        entered = len(getattr(view, "allegations", ()) or ())
        suggested = len(assessment.allegations)
        self.allegations.setText(
            self.tr("{entered} entered; {suggested} suggested by the rules").format(
                entered=entered, suggested=suggested
            )
        )

    def _learned(self, case: Any, contact_id: str) -> str:
        """Where a finding was learned: "caregiver, 11/14" (or "another contact")."""
        for ref in case.contacts:
            if ref.id == contact_id:
                return self.source_of(ref)
        return self.tr("another contact")

    def _flag_lines(self, case: Any, flags: dict[str, Any], bank: Any) -> str:
        """Each red flag by its words with the contact it was learned in, in the order
        of the contacts, then of the guide; the first MAX_LISTED, then how many more."""
        if bank is None:
            return ""
        order = {ref.id: n for n, ref in enumerate(case.contacts)}
        words = {f.id: (n, f.text) for n, f in enumerate(bank.red_flags)}
        known = [fid for fid in flags if fid in words]
        known.sort(key=lambda fid: (order.get(flags[fid].contact_id, len(order)), words[fid][0]))
        lines = [
            f"• {words[fid][1]} ({self._learned(case, flags[fid].contact_id)})"
            for fid in known[:MAX_LISTED]
        ]
        if len(known) > MAX_LISTED:
            lines.append(self.tr("and {n} more").format(n=len(known) - MAX_LISTED))
        return "".join("\n" + line for line in lines)

    def _associate_lines(self, case: Any, view: Any) -> str:
        """The associates and suspected exploiters, with their monikers and the contact
        each was named in: "Andre Notreal “Dre”, suspected exploiter (youth, 11/12)"."""
        people = list(getattr(view, "associates", ()) or ())
        if not people:
            return self.tr("None recorded yet")
        lines = []
        for person in people[:MAX_LISTED]:
            text = person.name or self.tr("(no name)")
            monikers = [m for m in person.nicknames if m and m != person.name]
            if monikers:
                text += " " + ", ".join(f"“{m}”" for m in monikers)
            if person.suspected_exploiter:
                text += self.tr(", suspected exploiter")
            lines.append(f"{text} ({self._learned(case, person.contact_id)})")
        if len(people) > MAX_LISTED:
            lines.append(self.tr("and {n} more").format(n=len(people) - MAX_LISTED))
        return "\n".join(lines)

    def _flags(self, n: int) -> str:
        return self.tr("1 red flag") if n == 1 else self.tr("{n} red flags").format(n=n)

    # -- reactions -----------------------------------------------------------------------
    def _open_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id:
            self.open_contact_requested.emit(contact_id)

    def _move_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id:
            self.move_contact_requested.emit(contact_id)

    def _update_buttons(self) -> None:
        chosen = bool(self.current_contact_id())
        self.open_button.setEnabled(chosen)
        self.move_button.setEnabled(chosen)
        self.new_contact_button.setEnabled(self._case is not None)
        self.summary_button.setEnabled(self._case is not None)
