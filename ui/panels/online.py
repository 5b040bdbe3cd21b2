"""Social media and online: accounts (platform, handle, nicknames, phone numbers,
signs seen, shown by the youth, job ad still online), with the guide's signs beside."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.model import OnlineAccount, YesNoUnknown
from ui.panels.base import Panel, PanelContext, register
from ui.widgets.record_table import Column, RecordTable


def yes_no_unknown(tr) -> tuple[tuple[str, str], ...]:  # noqa: ANN001 - a tr callable
    return (
        (YesNoUnknown.UNKNOWN.value, tr("Not known")),
        (YesNoUnknown.YES.value, tr("Yes")),
        (YesNoUnknown.NO.value, tr("No")),
    )


@register
class OnlinePanel(Panel):
    panel_id = "online"
    title = "Social media and online"
    order = 70

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        bank = ctx.bank
        layout = QHBoxLayout(self)
        main = QVBoxLayout()
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
        signs = bank.section("online.signs").items if "online.signs" in bank.sections else ()
        columns = [
            Column("platform", self.tr("Platform"), width=110),
            Column("handle", self.tr("Username / handle"), width=140),
            Column("nicknames", self.tr("Nicknames"), "list", width=120),
            Column("phone_numbers", self.tr("Phone numbers"), "list", width=120),
            Column(
                "signs",
                self.tr("Signs seen (comma separated)"),
                "list",
                tuple((i.id, i.text) for i in signs),
            ),
            Column("shown_by_youth", self.tr("Shown by youth"), "bool", width=110),
            Column(
                "job_ad_online",
                self.tr("Job ad still online"),
                "choice",
                yes_no_unknown(self.tr),
                width=130,
                convert=YesNoUnknown,
            ),
            Column("notes", self.tr("Notes")),
        ]
        self.table = RecordTable(
            self.tr("Online accounts"), columns, ctx.interview.online_accounts, OnlineAccount, self
        )
        main.addWidget(self.table, 1)
        layout.addLayout(main, 3)

        side = QGroupBox(self.tr("Signs to look for"), self)
        side_layout = QVBoxLayout(side)
        listing = QLabel("\n".join(f"• {i.text}" for i in signs), side)
        listing.setWordWrap(True)
        listing.setAccessibleName(self.tr("Signs to look for"))
        side_layout.addWidget(listing)
        if "online.recruitment" in bank.sections:
            job = QLabel(
                "\n\n".join(i.text for i in bank.section("online.recruitment").items), side
            )
            job.setWordWrap(True)
            side_layout.addWidget(job)
        side_layout.addStretch(1)
        layout.addWidget(side, 1)

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
        self.ctx.save(("online", account.id), "save_online_account", account, now=now, texts=texts)
        self.edited.emit()

    def _removed(self, account: OnlineAccount) -> None:
        self.ctx.autosave.flush()
        self.ctx.save(("online.remove", account.id), "remove_online_account", account.id, now=True)
        self.edited.emit()

    def progress(self) -> tuple[int, int]:
        return (len(self.ctx.interview.online_accounts), 0)

    def focus_first(self) -> None:
        self.table.view.setFocus()
