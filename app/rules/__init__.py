"""The guide's rules as pure functions over an Interview and the ContentBank (docs/rules.md).

They suggest and explain; the CSW decides. A denial never counts against a
concern: nothing here subtracts.
"""

from app.rules.allegations import SuggestedAllegation, suggested_allegations
from app.rules.assess import Assessment, assess
from app.rules.at_risk import AtRiskResult, at_risk_cse
from app.rules.deadlines import OTIP_HOURS, Deadline, deadlines
from app.rules.evidence import indicated_categories, red_flag_tallies
from app.rules.prompts import Prompt, due_steps, prompts

__all__ = [
    "OTIP_HOURS",
    "Assessment",
    "AtRiskResult",
    "Deadline",
    "Prompt",
    "SuggestedAllegation",
    "assess",
    "at_risk_cse",
    "deadlines",
    "due_steps",
    "indicated_categories",
    "prompts",
    "red_flag_tallies",
    "suggested_allegations",
]
