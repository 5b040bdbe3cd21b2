"""Step 1 of the export: the language check over the CSW's own text.

Each finding is shown in context with the guide's reason and preferred wording;
the CSW fixes it in place (saved at once through the store) or keeps it and
proceeds. The person's own quoted words are never checked (``app.export``
leaves them out), so nothing here can change them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.content.bank import ContentBank
from app.export import LanguageFinding, check_language
from app.export.fixes import fix_and_save
from app.export.language import quoted_terms
from app.model import Interview
from app.store.errors import StoreError
from ui.window_support import user_message

SHORT = 60  # characters of a question or flag shown in "where"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportLanguage", text)


def _short(text: str) -> str:
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def where(finding: LanguageFinding, interview: Interview, bank: ContentBank) -> str:
    """Where the words are, in the window's own terms (never a data path)."""
    owner, key, field = finding.owner, finding.key, finding.field
    if owner == "interview":
        return _tr("Contact narrative")
    if owner == "contact":
        return _tr("Contact: purpose")
    if owner == "special":
        return _tr("Special considerations: notes")
    if owner == "answer":
        try:
            item = bank.item(key).text
        except KeyError:
            item = key
        return _tr("Your notes on: {question}").format(question=_short(item))
    if owner == "red_flags":
        try:
            flag = bank.red_flag(key).text
        except KeyError:
            flag = key
        return _tr("Red flag note: {flag}").format(flag=_short(flag))
    keyed = {
        "at_risk_indicators": _tr("At-risk indicator {key}: note"),
        "labor_risk_factors": _tr("Labor-trafficking risk factor: note"),
        "responsibilities": _tr("CSW responsibilities: note"),
        "needs": _tr("Needs: note"),
        "services": _tr("Services: note"),
    }
    if owner in keyed:
        return keyed[owner].format(key=key)
    lists = {
        "tattoo": ("tattoos", _tr("Tattoo {n}")),
        "online_accounts": ("online_accounts", _tr("Online account {n}")),
        "associates": ("associates", _tr("Associate {n}")),
        "other_victims": ("other_victims", _tr("Other possible victim {n}")),
        "collateral_contacts": ("collateral_contacts", _tr("Collateral contact {n}")),
        "allegations": ("allegations", _tr("Allegation {n}")),
    }
    fields = {
        "description": _tr("description"),
        "how_obtained": _tr("how obtained"),
        "where_obtained": _tr("where obtained"),
        "notes": _tr("notes"),
        "where": _tr("where"),
        "summary": _tr("summary"),
        "reasons": _tr("reasons"),
    }
    attr, label = lists.get(owner, (owner, owner + " {n}"))
    ids = [r.id for r in getattr(interview, attr, [])]
    n = ids.index(key) + 1 if key in ids else "?"
    return f"{label.format(n=n)}: {fields.get(field, field)}"


class LanguagePage(QWidget):
    """The findings, one at a time in detail; ``fixed`` after each saved fix."""

    fixed = Signal()
    proceed = Signal()

    @staticmethod
    def _base_tr(text: str) -> str:
        # Not self.tr(): in a subclass that looks up under the subclass's name, and
        # the catalogue holds these texts under this class's (issue 15).
        return QCoreApplication.translate("LanguagePage", text)

    def __init__(
        self, store: Any, bank: ContentBank, interview: Interview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.bank, self.interview = store, bank, interview
        self.findings: list[LanguageFinding] = []
        self._kept: set[tuple[str, int, str]] = set()  # kept as written, this time round
        layout = QVBoxLayout(self)
        intro = QLabel(
            self._base_tr(
                "Before the summary leaves this computer, check your own wording. The guide "
                "asks us not to use these words for a young person; each is shown with the "
                "guide's reason and what to say instead. Fix it here, or keep it and go on. "
                "The person's own words, in quotes, are never checked or changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self._base_tr("Wording check result"))
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        # Issue 15: labels inside the person's quoted words (any language), for information
        # only: kept as said, never offered as a fix.
        self.quoted = QLabel(self)
        self.quoted.setWordWrap(True)
        self.quoted.setAccessibleName(self._base_tr("In the person's own words"))
        self.quoted.setEnabled(False)  # drawn muted: information, nothing to do
        self.quoted.hide()
        layout.addWidget(self.quoted)

        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self._base_tr("Words to review"))
        self.list.setWordWrap(True)
        row.addWidget(self.list, 2)
        self.detail = QGroupBox(self._base_tr("The selected words"), self)
        form = QFormLayout(self.detail)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.where = self._label(self._base_tr("Where"))
        self.context = self._label(self._base_tr("In context"))
        self.reason = self._label(self._base_tr("Why the guide avoids it"))
        self.suggestion = self._label(self._base_tr("What to say instead"))
        form.addRow(self._base_tr("Where:"), self.where)
        form.addRow(self._base_tr("In context:"), self.context)
        form.addRow(self._base_tr("Why:"), self.reason)
        form.addRow(self._base_tr("Instead:"), self.suggestion)
        self.replace_label = QLabel(self.detail)
        self.replacement = QLineEdit(self.detail)
        self.replacement.setAccessibleName(self._base_tr("Replacement wording"))
        self.replace_label.setBuddy(self.replacement)
        form.addRow(self.replace_label, self.replacement)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self._base_tr("&Fix it"), self.detail)
        self.apply_button.setAccessibleName(self._base_tr("Replace the words and save"))
        self.keep_button = QPushButton(self._base_tr("&Keep as written"), self.detail)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.problem = self._label(self._base_tr("Problem"))
        form.addRow(self.problem)
        row.addWidget(self.detail, 3)
        layout.addLayout(row, 1)

        bottom = QHBoxLayout()
        self.recheck_button = QPushButton(self._base_tr("Check &again"), self)
        self.proceed_button = QPushButton(self._base_tr("Continue to the &preview"), self)
        bottom.addWidget(self.recheck_button)
        bottom.addStretch(1)
        bottom.addWidget(self.proceed_button)
        layout.addLayout(bottom)

        self.list.currentRowChanged.connect(self._show)
        self.replacement.textChanged.connect(self._enable)
        self.replacement.returnPressed.connect(self.apply_current)
        self.apply_button.clicked.connect(self.apply_current)
        self.keep_button.clicked.connect(self.keep_current)
        self.recheck_button.clicked.connect(self.recheck)
        self.proceed_button.clicked.connect(self.proceed)
        self.recheck()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self.detail)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the CSW's text is never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    # -- what is checked, where it is, how a fix is saved (the case summary's page
    # -- checks a whole case: ui/export/case_dialog.py) -------------------------------
    def check(self) -> list[LanguageFinding]:
        return check_language(self.interview, self.bank)

    def place(self, finding: LanguageFinding) -> str:
        return where(finding, self.interview, self.bank)

    def quoted_findings(self) -> list[LanguageFinding]:
        """Listed terms inside the person's quoted words: information only (issue 15)."""
        return quoted_terms(self.interview)

    def save_fix(self, finding: LanguageFinding, text: str) -> None:
        fix_and_save(self.store, self.interview, finding, text)

    # -- the list -------------------------------------------------------------------
    def recheck(self) -> None:
        """Run the check again (positions shift after a fix)."""
        keep = self.list.currentRow()
        self.findings = [f for f in self.check() if (f.path, f.start, f.matched) not in self._kept]
        self.list.clear()
        for f in self.findings:
            item = QListWidgetItem(f"“{f.matched}” — {self.place(f)}")
            item.setToolTip(f.context)
            self.list.addItem(item)
        if self.findings:
            n = len(self.findings)
            self.summary.setText(
                self._base_tr("1 place in your wording to review.")
                if n == 1
                else self._base_tr("{n} places in your wording to review.").format(n=n)
            )
            self.list.setCurrentRow(min(max(keep, 0), len(self.findings) - 1))
        else:
            self.summary.setText(self._base_tr("Nothing to review in your wording."))
            self._show(-1)
        self.detail.setEnabled(bool(self.findings))
        quoted = sorted({f"“{f.matched}”" for f in self.quoted_findings()})
        self.quoted.setVisible(bool(quoted))
        self.quoted.setText(
            self._base_tr(
                "For your information: the person's own words hold {words}. Kept as they "
                "said them; the summary quotes them unchanged."
            ).format(words=", ".join(quoted))
        )

    def current(self) -> LanguageFinding | None:
        row = self.list.currentRow()
        return self.findings[row] if 0 <= row < len(self.findings) else None

    def _show(self, row: int) -> None:
        f = self.findings[row] if 0 <= row < len(self.findings) else None
        self.problem.clear()
        self.where.setText(self.place(f) if f else "")
        self.context.setText(f.context if f else "")
        self.reason.setText(f.reason if f else "")
        self.suggestion.setText(f.suggestion if f else "")
        self.replace_label.setText(
            self._base_tr("&Replace “{words}” with:").format(words=f.matched) if f else ""
        )
        self.replacement.setText((f.replacement or "") if f else "")
        self.replacement.setPlaceholderText(
            self._base_tr("Type your own wording") if f and f.replacement is None else ""
        )
        self._enable()

    def _enable(self) -> None:
        self.apply_button.setEnabled(self.current() is not None and bool(self.replacement.text()))

    # -- acting -----------------------------------------------------------------------
    def apply_current(self) -> None:
        finding = self.current()
        text = self.replacement.text()
        if finding is None or not text:
            return
        try:
            self.save_fix(finding, text)
        except (StoreError, ValueError) as exc:  # text changed meanwhile, store refused
            self.problem.setText(
                self._base_tr("Not changed: {reason}").format(reason=user_message(exc))
            )
            return
        self.recheck()
        self.fixed.emit()
        self.list.setFocus()

    def keep_current(self) -> None:
        finding = self.current()
        if finding is None:
            return
        self._kept.add((finding.path, finding.start, finding.matched))
        self.recheck()
