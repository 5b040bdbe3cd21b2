"""6. Social media and online accounts."""

from __future__ import annotations

from app.export.blocks import Block, Fields, Para
from app.export.fmt import YNU_LABELS, joined, or_dash, text_of
from app.export.sections.base import SectionInput, section


@section(id="online", title="Social media and online accounts", order=60)
def build(src: SectionInput) -> list[Block]:
    bank = src.bank
    blocks: list[Block] = []
    for i, acc in enumerate(src.interview.online_accounts, start=1):
        blocks.append(
            Fields(
                title=f"Account {i}: {joined([acc.platform, acc.handle], ' ')}",
                rows=[
                    ("Platform", or_dash(acc.platform)),
                    ("Username / handle", or_dash(acc.handle)),
                    ("Nicknames", joined(acc.nicknames)),
                    ("Phone numbers", joined(acc.phone_numbers)),
                    ("Signs seen", joined([text_of(bank, s) for s in acc.signs], "; ")),
                    ("Shown by the youth", "Yes" if acc.shown_by_youth else "No"),
                    (
                        "Job ad still online",
                        YNU_LABELS.get(acc.job_ad_online, str(acc.job_ad_online)),
                    ),
                    ("Notes", or_dash(acc.notes)),
                ],
            )
        )
    return blocks or [Para("No online accounts recorded.")]
