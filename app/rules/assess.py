"""All rule results for one interview, as the window shows them and the export carries them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.content.bank import ContentBank
from app.model import Interview, utcnow
from app.rules.allegations import SuggestedAllegation, suggested_allegations
from app.rules.at_risk import AtRiskResult, at_risk_cse
from app.rules.deadlines import Deadline, aware, deadlines
from app.rules.evidence import indicated_categories, red_flag_tallies, suspicion_reasons
from app.rules.legacy import to_confirm
from app.rules.prompts import Prompt, due_steps, prompts

NOTICE = "The rules suggest and explain; the CSW decides."


@dataclass(frozen=True)
class Assessment:
    content_version: str
    evaluated_at: datetime
    at_risk: AtRiskResult
    tallies: dict[str, int]
    indicated: tuple[str, ...]
    allegations: tuple[SuggestedAllegation, ...]
    deadlines: tuple[Deadline, ...]
    prompts: tuple[Prompt, ...]
    due_steps: tuple[str, ...]
    notice: str = field(default=NOTICE)
    suspicion: tuple[str, ...] = ()  # why exploitation is suspected; empty when it is not
    to_confirm: tuple[str, ...] = ()  # determinations with an old tick the CSW must confirm

    def to_dict(self) -> dict[str, object]:
        """JSON-ready (ISO 8601 strings for times); the export's "determinations"."""
        return {
            "content_version": self.content_version,
            "evaluated_at": self.evaluated_at.isoformat(),
            "notice": self.notice,
            "at_risk_cse": self.at_risk.to_dict(),
            "red_flag_tallies": dict(self.tallies),
            "indicated_categories": list(self.indicated),
            "suggested_allegations": [a.to_dict() for a in self.allegations],
            "deadlines": [d.to_dict() for d in self.deadlines],
            "prompts": [p.to_dict() for p in self.prompts],
            "due_steps": list(self.due_steps),
            "exploitation_suspected": bool(self.suspicion),
            "suspicion_reasons": list(self.suspicion),
            "to_confirm": list(self.to_confirm),
        }


def assess(interview: Interview, bank: ContentBank, now: datetime | None = None) -> Assessment:
    when = aware(now) if now is not None else utcnow()
    return Assessment(
        content_version=bank.version,
        evaluated_at=when,
        at_risk=at_risk_cse(interview.at_risk_indicators),
        tallies=red_flag_tallies(interview, bank),
        indicated=indicated_categories(interview, bank),
        allegations=tuple(suggested_allegations(interview, bank)),
        deadlines=tuple(deadlines(interview, when)),
        prompts=tuple(prompts(interview, bank)),
        due_steps=tuple(due_steps(interview, bank)),
        suspicion=suspicion_reasons(interview, bank),
        to_confirm=to_confirm(interview, bank),
    )
