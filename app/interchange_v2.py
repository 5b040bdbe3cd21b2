"""JSON interchange of one case with its contacts (format "cec-case", version 2; issue 14).

``case_to_dict`` writes the case (youth, special considerations and every finding
about the child, each with the ``contact_id`` of the contact it was learned in)
and its contacts (who, how, that interviewee's answers, the narrative), plus the
computed assessment. ``case_from_dict`` validates against ``docs/case.schema.json``
and checks what a schema cannot say (ids unique, every finding's contact in the
file), then builds a ``CaseDocument``. ``import_document`` takes a version 1 file
(``app.interchange``: a new case with one contact, fresh ids) or a version 2 file
(ids kept: a case already in the store is an update, refused unless asked for,
with the changes it would make). Nothing is written before everything is checked,
and the store writes the whole case in one transaction.

Which part of the record goes with the case and which with a contact is read from
the one registry of the record's parts (``app.store.parts``, ``Part.scope``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app import interchange, model
from app.interchange import InterchangeError
from app.paths import root
from app.rules import assess

FORMAT = "cec-case"
VERSION = 2
SCHEMA_PATH = root() / "docs" / "case.schema.json"
DETERMINATIONS = "determinations"  # the case's "proc." answers, in the file

# The case's own fields (model.Case) written in the file; the findings follow.
CASE_OWN = ("id", "created_at", "updated_at", "status", "training", "scenario_id")


def _parts() -> Any:
    from app.store import parts  # noqa: PLC0415 - the registry of the record's parts (scope of each)

    return parts


def finding_parts() -> tuple[Any, ...]:
    """The case-scoped collections of findings (keyed and listed), in registry order."""
    parts = _parts()
    return tuple(
        p
        for p in parts.PARTS.values()
        if p.scope is parts.Scope.CASE and p.kind in (parts.Kind.KEYED, parts.Kind.LISTED)
        and p is not parts.ANSWERS
    )  # fmt: skip


def finding_fields() -> tuple[str, ...]:
    return tuple(p.name for p in finding_parts())


def contact_parts() -> tuple[Any, ...]:
    """The contact-scoped parts a contact carries in the file (its ids are separate)."""
    parts = _parts()
    return tuple(
        p
        for p in parts.PARTS.values()
        if p.scope is parts.Scope.CONTACT and p.name not in ("id", "case_id")
    )


def contact_fields() -> tuple[str, ...]:
    return tuple(p.name for p in contact_parts())


def is_determination(key: str) -> bool:
    return key.startswith(_parts().DETERMINATION_PREFIX)


class CaseExists(InterchangeError):
    """The file's case is already in the store; ``changes`` says what an update would do."""

    def __init__(self, case_id: str, changes: list[str]) -> None:
        self.case_id = case_id
        self.changes = changes
        if changes:
            said = f"an update would change: {'; '.join(changes)}"
        else:
            said = "it is the same as in the file, nothing would change"
        super().__init__(
            f"the case {case_id} is already in the store ({said}); nothing was imported; "
            "import it with --update to replace the stored case with the file's"
        )


@dataclass
class CaseDocument:
    """A checked version 2 file: the case, its findings (``view``) and its contacts."""

    case: model.Case
    view: model.Interview  # id "": the case's youth, special and findings (like case_view)
    contacts: list[model.Interview] = field(default_factory=list)  # each contact's own parts


@dataclass(frozen=True)
class Imported:
    """What an import did: the case, its contacts, and whether a stored case was replaced."""

    case_id: str
    contact_ids: tuple[str, ...]
    updated: bool
    version: int


# --- export ----------------------------------------------------------------------


def encode(value: Any) -> Any:
    """JSON values for a model value, every field included (``contact_id`` too): the
    version-1 encoder, leaving nothing out."""
    return interchange.encode_value(value)


def case_to_dict(
    case: model.Case,
    view: model.Interview,
    contacts: list[model.Interview],
    bank: Any,
    now: datetime | None = None,
) -> dict:
    """The version 2 document of a case: ``store.load_case``, ``store.case_view`` and
    ``store.load`` of each contact (oldest first, as ``case.contacts`` lists them)."""
    when = now or model.utcnow()
    case_doc: dict[str, Any] = {name: encode(getattr(case, name)) for name in CASE_OWN}
    case_doc["summary_exported_at"] = encode(case.summary_exported_at)
    case_doc["youth"] = encode(case.youth)
    case_doc["special"] = encode(case.special)
    for part in finding_parts():
        case_doc[part.name] = encode(part.value_of(view))
    case_doc[DETERMINATIONS] = {
        key: encode(answer) for key, answer in view.answers.items() if is_determination(key)
    }
    contact_docs = []
    for contact in contacts:
        doc: dict[str, Any] = {"id": contact.id}
        for part in contact_parts():
            value = part.value_of(contact)
            if part is _parts().ANSWERS:
                value = {k: a for k, a in value.items() if not is_determination(k)}
            doc[part.name] = encode(value)
        contact_docs.append(doc)
    return {
        "format": FORMAT,
        "version": VERSION,
        "content_version": bank.version,
        "exported_at": encode(when),
        "case": case_doc,
        "contacts": contact_docs,
        "assessment": assess(view, bank, when).to_dict(),
    }


def export_case(store: Any, case_id: str, bank: Any, now: datetime | None = None) -> dict:
    """The version 2 document of a stored case (reads only)."""
    case = store.load_case(case_id)
    view = store.case_view(case_id)
    contacts = [store.load(ref.id) for ref in case.contacts]
    return case_to_dict(case, view, contacts, bank, now)


# --- import ------------------------------------------------------------------------


def validate(data: Any) -> None:
    """Schema check of a version 2 document (a newer version is named as such)."""
    if (
        isinstance(data, dict)
        and data.get("format") == FORMAT
        and isinstance(data.get("version"), int)
        and not isinstance(data.get("version"), bool)
        and data["version"] > VERSION
    ):
        raise InterchangeError(
            f"version: {data['version']} is newer than this application reads ({VERSION}); "
            "update the application"
        )
    interchange.check_schema(data, SCHEMA_PATH)


def case_from_dict(data: dict) -> CaseDocument:
    """Validate and build; ``InterchangeError`` names the field path and the reason."""
    validate(data)
    raw = data["case"]
    case = model.Case(
        **{
            name: interchange.decode_value(_case_field_type(name), raw[name], f"case.{name}")
            for name in (*CASE_OWN, "summary_exported_at", "youth", "special")
            if name in raw
        }
    )
    view_values: dict[str, Any] = {
        name: interchange.decode_value(_interview_field_type(name), raw[name], f"case.{name}")
        for name in finding_fields()
        if name in raw
    }
    view_values["answers"] = interchange.decode_value(
        dict[str, model.Answer], raw.get(DETERMINATIONS, {}), f"case.{DETERMINATIONS}"
    )
    view = model.Interview(
        id="",
        case_id=case.id,
        training=case.training,
        scenario_id=case.scenario_id,
        youth=case.youth,
        special=case.special,
        **view_values,
    )
    contacts = []
    for i, raw_contact in enumerate(data["contacts"]):
        values = {
            name: interchange.decode_value(
                _interview_field_type(name), raw_contact[name], f"contacts[{i}].{name}"
            )
            for name in contact_fields()
            if name in raw_contact
        }
        # A contact's own answers were learned in it, whatever the file says.
        values["answers"] = {
            key: dataclasses.replace(answer, contact_id=raw_contact["id"])
            for key, answer in values.get("answers", {}).items()
        }
        contacts.append(
            model.Interview(
                id=raw_contact["id"],
                case_id=case.id,
                training=case.training,
                scenario_id=case.scenario_id,
                youth=case.youth,
                special=case.special,
                **values,
            )
        )
    _check_ids(view, contacts)
    return CaseDocument(case, view, contacts)


def _case_field_type(name: str) -> Any:
    return interchange.field_types(model.Case)[name]


def _interview_field_type(name: str) -> Any:
    return interchange.field_types(model.Interview)[name]


def _check_ids(view: model.Interview, contacts: list[model.Interview]) -> None:
    """What the schema cannot say: no id twice, every finding's contact is in the file."""
    seen: set[str] = set()
    for i, contact in enumerate(contacts):
        if contact.id in seen:
            raise InterchangeError(f"contacts[{i}].id: the same contact id appears twice")
        seen.add(contact.id)
    if view.case_id in seen:
        raise InterchangeError("case.id: the case and one of its contacts have the same id")
    for name, where, value in _findings(view):
        if value.contact_id and value.contact_id not in seen:
            raise InterchangeError(
                f"case.{name}{where}.contact_id: no contact with this id in the file's contacts"
            )
    for part in finding_parts():
        items = part.value_of(view)
        if isinstance(items, list):
            ids: set[str] = set()
            for i, item in enumerate(items):
                if item.id in ids:
                    raise InterchangeError(f"case.{part.name}[{i}].id: the same id appears twice")
                ids.add(item.id)


def _findings(view: model.Interview) -> list[tuple[str, str, Any]]:
    """(field, where in it, value) for every finding of the case, determinations included."""
    out: list[tuple[str, str, Any]] = []
    for part in (*finding_parts(), _parts().ANSWERS):
        items = part.value_of(view)
        shown = DETERMINATIONS if part is _parts().ANSWERS else part.name
        if isinstance(items, dict):
            out += [(shown, f".{key}", value) for key, value in items.items()]
        else:
            out += [(shown, f"[{i}]", value) for i, value in enumerate(items)]
    return out


def version_of(data: dict) -> int:
    """1 for a "cec-interview" file, 2 for a "cec-case" file (checked again by the schema)."""
    if data.get("format") == FORMAT or "version" in data:
        return VERSION
    return interchange.FORMAT_VERSION


def changes(store: Any, doc: CaseDocument) -> list[str]:
    """What replacing the stored case with ``doc`` would change, in words (no content)."""
    old_case = store.load_case(doc.case.id)
    old_view = store.case_view(doc.case.id)
    out: list[str] = []
    old_contacts = {ref.id for ref in old_case.contacts}
    file_contacts = {c.id for c in doc.contacts}
    added, removed = file_contacts - old_contacts, old_contacts - file_contacts
    if added:
        out.append(f"{len(added)} contact(s) added")
    if removed:
        out.append(f"{len(removed)} contact(s) in the store but not in the file, removed")
    changed = [
        c.id for c in doc.contacts if c.id in old_contacts and _contact_differs(store.load(c.id), c)
    ]
    if changed:
        out.append(f"{len(changed)} contact(s) changed")
    if old_case.youth != doc.case.youth:
        out.append("the youth's details")
    if old_case.special != doc.case.special:
        out.append("special considerations")
    if old_case.status != doc.case.status:
        out.append(f"status {old_case.status.value} -> {doc.case.status.value}")
    answers = _parts().ANSWERS
    for part in (*finding_parts(), answers):
        before, after = part.value_of(old_view), part.value_of(doc.view)
        if part is answers:
            before = {k: v for k, v in before.items() if is_determination(k)}
        if before != after:
            shown = DETERMINATIONS if part is answers else part.name
            out.append(
                f"{shown.replace('_', ' ')} ({len(before)} in the store, {len(after)} in the file)"
            )
    return out


def _contact_differs(old: model.Interview, incoming: model.Interview) -> bool:
    parts = _parts()
    for part in contact_parts():
        if part is parts.UPDATED_AT:  # stamped by every write: not a change of content
            continue
        before, after = part.value_of(old), part.value_of(incoming)
        if part is parts.ANSWERS:
            before = {k: v for k, v in before.items() if not is_determination(k)}
        if before != after:
            return True
    return False


def import_document(store: Any, data: dict, *, update: bool = False) -> Imported:
    """Import a version 1 or version 2 document; all or nothing.

    Version 1: a new case with one contact, under fresh ids (as before issue 14).
    Version 2: ids kept. A case already in the store raises ``CaseExists`` (naming
    what would change) unless ``update``; with it the stored case is replaced by the
    file's in one transaction. A contact id already in another case is refused.
    """
    if version_of(data) == interchange.FORMAT_VERSION:
        contact_id = interchange.import_interview(store, data)
        case_id = store.load(contact_id).case_id
        return Imported(case_id, (contact_id,), False, interchange.FORMAT_VERSION)
    doc = case_from_dict(data)
    exists = _case_in_store(store, doc.case.id)
    for contact in doc.contacts:
        elsewhere = _case_of_contact(store, contact.id)
        if elsewhere and elsewhere != doc.case.id:
            raise InterchangeError(
                f"contacts: the contact {contact.id} is already in another case "
                f"({elsewhere}); nothing was imported"
            )
    if exists and not update:
        raise CaseExists(doc.case.id, changes(store, doc))
    store.import_case(doc.case, doc.view, doc.contacts, replace=exists)  # audited there
    return Imported(doc.case.id, tuple(c.id for c in doc.contacts), exists, VERSION)


def _case_in_store(store: Any, case_id: str) -> bool:
    from app.store import NotFound  # noqa: PLC0415 - app.store (SQLAlchemy) only when used

    try:
        store.load_case(case_id)
    except NotFound:
        return False
    return True


def _case_of_contact(store: Any, contact_id: str) -> str:
    from app.store import NotFound  # noqa: PLC0415 - app.store (SQLAlchemy) only when used

    try:
        return store.load(contact_id).case_id
    except NotFound:
        return ""
