"""Social media and online: accounts (platform, handle, nicknames, phone numbers,
signs seen, shown by the youth, job ad still online), with the guide's signs beside."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.model import OnlineAccount, YesNoUnknown
from ui.panels.base import Panel, PanelContext, register
from ui.panels.binding import source_column
from ui.panels.declared import Online
from ui.panels.echoes import EchoPointer
from ui.widgets.record_table import Column, RecordTable


def yes_no_unknown() -> tuple[tuple[str, str], ...]:
    """The choices of a yes / no / not known column, translated under "Panels" (one
    context for every panel that uses them, so the catalogue holds them once)."""
    return (
        (YesNoUnknown.UNKNOWN.value, QCoreApplication.translate("Panels", "Not known")),
        (YesNoUnknown.YES.value, QCoreApplication.translate("Panels", "Yes")),
        (YesNoUnknown.NO.value, QCoreApplication.translate("Panels", "No")),
    )


@register
class OnlinePanel(Panel):
    declared = Online

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        bank = ctx.bank
        # One column: the table needs the full width for its eight columns.
        main = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ask for their phone number, nicknames and usernames if they are "
                "willing, and ask them to show you their pages. Insert adds an "
                "account, Delete removes the current one."
            ),
            self,
        )
        intro.setWordWrap(True)
        main.addWidget(intro)
        self.echoes = EchoPointer(
            ctx, self.record_parts, self.panel_id, self
        )  # "also appears in another case"
        main.addWidget(self.echoes)
        signs = bank.section("online.signs").items if "online.signs" in bank.sections else ()
        listing = QLabel(
            self.tr("Signs to look for: {signs}").format(signs=" · ".join(i.text for i in signs)),
            self,
        )
        listing.setWordWrap(True)
        listing.setAccessibleName(self.tr("Signs to look for"))
        main.addWidget(listing)
        columns = [
            Column("platform", self.tr("Platform"), width=100),
            Column("handle", self.tr("Username / handle"), width=130),
            Column("nicknames", self.tr("Nicknames"), "list", width=110),
            Column("phone_numbers", self.tr("Phone numbers"), "list", width=115),
            Column(
                "signs",
                self.tr("Signs seen"),
                "list",
                tuple((i.id, i.text) for i in signs),
            ),
            Column("shown_by_youth", self.tr("Shown by youth"), "bool", width=115),
            Column(
                "job_ad_online",
                self.tr("Job ad still online"),
                "choice",
                yes_no_unknown(),
                width=135,
                convert=YesNoUnknown,
            ),
            Column("notes", self.tr("Notes")),
            source_column(ctx),
        ]
        self.table = RecordTable(
            self.tr("Online accounts"), columns, ctx.interview.online_accounts, OnlineAccount, self
        )
        main.addWidget(self.table, 1)
        if "online.recruitment" in bank.sections:
            side = QGroupBox(bank.section("online.recruitment").title, self)
            side_layout = QVBoxLayout(side)
            job = QLabel(" ".join(i.text for i in bank.section("online.recruitment").items), side)
            job.setWordWrap(True)
            job.setAccessibleName(side.title())
            side_layout.addWidget(job)
            main.addWidget(side)

        self.table.added.connect(lambda r: self._save(r, True))
        self.table.edited.connect(lambda r: self._save(r, False))
        self.table.removed.connect(self._removed)

    def _save(self, account: OnlineAccount, now: bool) -> None:
        texts = (
            account.platform,
            account.handle,
            account.notes,
            *account.nicknames,
            *account.phone_numbers,
            *account.signs,
        )
        write = self.ctx.store.save_online_account
        self.ctx.save(("online", account.id), write, account, now=now, texts=texts)
        self.edited.emit()

    def _removed(self, account: OnlineAccount) -> None:
        self.ctx.autosave.flush()
        remove = self.ctx.store.remove_online_account
        self.ctx.save(("online.remove", account.id), remove, account.id, now=True)
        self.edited.emit()

    def focus_first(self) -> None:
        self.table.view.setFocus()
