"""Saving a language-check fix through the store's named operation for its record.

``app.export.apply_fix`` changes the in-memory interview; this sends the changed
record to the store (one unit of work) and undoes the in-memory change if the
store refuses, so the window never shows text the store does not hold.
"""

from __future__ import annotations

from typing import Any

from app.export import LanguageFinding, apply_fix
from app.export.language import csw_texts
from app.model import Interview

# owner -> (store operation, Interview attribute) for records keyed by a content id.
_KEYED = {
    "answer": ("set_answer", "answers"),
    "red_flags": ("set_red_flag", "red_flags"),
    "at_risk_indicators": ("set_at_risk_indicator", "at_risk_indicators"),
    "labor_risk_factors": ("set_labor_risk_factor", "labor_risk_factors"),
    "responsibilities": ("set_step", "responsibilities"),
    "needs": ("set_need", "needs"),
    "services": ("set_service", "services"),
}
# owner -> (store operation, Interview attribute) for listed records (found by id).
_LISTED = {
    "tattoo": ("save_tattoo", "tattoos"),
    "online_accounts": ("save_online_account", "online_accounts"),
    "associates": ("save_associate", "associates"),
    "other_victims": ("save_other_victim", "other_victims"),
    "collateral_contacts": ("save_collateral_contact", "collateral_contacts"),
    "allegations": ("save_allegation", "allegations"),
}


def save_record(store: Any, interview: Interview, owner: str, key: str) -> None:
    """Store the record holding one piece of the CSW's text, as it is in memory."""
    iid = interview.id
    if owner == "interview":
        store.set_narrative(iid, interview.narrative)
    elif owner == "contact":
        store.update_contact(iid, interview.contact)
    elif owner == "special":
        store.update_special(iid, interview.special)
    elif owner in _KEYED:
        op, attr = _KEYED[owner]
        getattr(store, op)(iid, key, getattr(interview, attr)[key])
    elif owner in _LISTED:
        op, attr = _LISTED[owner]
        record = next(r for r in getattr(interview, attr) if r.id == key)
        getattr(store, op)(iid, record)
    else:  # a new kind of text in app.export.language: fail loudly, never silently skip
        raise KeyError(owner)


def fix_and_save(store: Any, interview: Interview, finding: LanguageFinding,
                 replacement: str | None = None) -> str:
    """Apply one fix to the interview and save it; the new text of the field."""
    holder = next((obj, field) for path, _o, _k, obj, field in csw_texts(interview)
                  if path == finding.path)
    before = getattr(*holder)
    new = apply_fix(interview, finding, replacement)
    try:
        save_record(store, interview, finding.owner, finding.key)
    except BaseException:
        setattr(holder[0], holder[1], before)
        raise
    return new
