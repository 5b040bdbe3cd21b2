"""Where a case finding came from, in the words the panels show beside it (issue 14).

A finding (red flag, indicator, step, determination, table row ...) belongs to the
case and carries ``contact_id``: the contact it was learned in. Inside a contact the
panels show it as "caregiver, 11/14", or "this contact" for the one open. A record not
yet saved has ``contact_id == ""``: the store stamps it with the open contact's id, so
it reads "this contact" too. Editing a finding learned elsewhere keeps its
``contact_id`` (the panels edit the loaded record in place), so its source stays.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.model import ContactRef, IntervieweeType

CONTEXT = "Provenance"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def who(kind: IntervieweeType) -> str:
    """The interviewee type as a CSW says it: "youth", "caregiver", "collateral"."""
    return {
        IntervieweeType.YOUTH: _tr("youth"),
        IntervieweeType.CAREGIVER: _tr("caregiver"),
        IntervieweeType.COLLATERAL: _tr("collateral"),
    }.get(kind, str(kind))


def contact_label(ref: ContactRef) -> str:
    """ "caregiver, 11/14": who, and the contact's date (month/day); the day it was
    made when no contact date was entered."""
    day = ref.contact.date or (ref.created_at.date() if ref.created_at else None)
    if day is None:
        return who(ref.interviewee.type)
    return _tr("{who}, {month}/{day}").format(
        who=who(ref.interviewee.type), month=day.month, day=day.day
    )


class Provenance:
    """Labels for the contacts of one case, seen from the contact that is open."""

    def __init__(self, contacts: Iterable[ContactRef], current_id: str) -> None:
        self.current_id = current_id
        self.contacts = list(contacts)
        labels: dict[str, str] = {}
        taken: dict[str, int] = {}
        for ref in self.contacts:
            text = contact_label(ref)
            taken[text] = taken.get(text, 0) + 1
            if taken[text] > 1:  # two caregiver contacts on one day: tell them apart
                text = f"{text} ({taken[text]})"
            labels[ref.id] = text
        self._labels = labels

    def label(self, contact_id: str) -> str:
        """ "this contact" for the open one (or a finding not saved yet), else
        "caregiver, 11/14"; "an earlier contact" when the contact is gone."""
        if not contact_id or contact_id == self.current_id:
            return _tr("this contact")
        return self._labels.get(contact_id, _tr("an earlier contact"))

    def elsewhere(self, contact_id: str) -> bool:
        """True when the finding was learned in another contact of the case."""
        return bool(contact_id) and contact_id != self.current_id

    def other_contacts(self) -> int:
        return sum(1 for ref in self.contacts if ref.id != self.current_id)
