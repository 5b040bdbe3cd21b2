"""The one registry of the record's parts: what each part of an ``Interview`` is in the store.

Per part: its ``Interview`` attribute (``name``, also the ``part`` of the
``Changed`` notice its writes send), its kind (a column of the contact's or the
case's row, a dataclass flattened into that row, a collection keyed by a content
id, or a list of items with their own ids), its table (and so its row class), the
dataclass of one value, and its typed write and remove: the very functions that
are ``Store``'s methods (``parts.ANSWERS.write is Store.set_answer``), registered
where they are defined (``app/store/operations.py``) with ``@ANSWERS.writes``.

``app.store.mapping`` (dataclasses -> rows), ``app.store.reading`` (rows ->
dataclasses, on the driver), ``app.store.operations`` (the writes) and
``app.store.fixes`` (the export's fix-in-place) read this table; there is no
other. A part without a write (``id``, ``created_at``, ``training``, ...) is set
once, by ``create_interview``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from types import ModuleType
from typing import TYPE_CHECKING, Any

from app import model
from app.store import later

if TYPE_CHECKING:
    from app.store import schema


def _schema() -> ModuleType:
    """The row classes (SQLAlchemy's ORM), loaded when a part's row is first asked for:
    unlocking and listing never are (issue 17)."""
    later.load_orm()  # one thread imports it at a time (a worker may be at it)
    from app.store import schema  # noqa: PLC0415 - the ORM: off the unlock path

    return schema


class Kind(Enum):
    COLUMN = "column"  # one column of the interviews row (narrative, status, ...)
    FLATTENED = "flattened"  # a dataclass in the contact's or case's row: "<name>_<field>"
    KEYED = "keyed"  # dict[content id, value]: one row per key
    LISTED = "listed"  # list of values that carry their own ``id``: one row each


class Scope(Enum):
    """Where a part lives (issue 14): with the case (the youth and the findings about
    the child, shared by every contact) or with one contact (who, how, what was said)."""

    CASE = "case"
    CONTACT = "contact"


# Answers are CONTACT-scoped except the procedures' determinations (item ids
# starting "proc."), which belong to the case: see ``scope_of``.
DETERMINATION_PREFIX = "proc."

# The tables of the record (``app.store.schema``'s ``__tablename__``): the contact's
# row, the case's row, and the case's determinations (answers starting "proc.").
# The row classes are found by these names (``Part.row``), and the reads on the
# driver (``app.store.reading``) select from them; tests/test_store_reading.py holds
# each part's table and columns to the schema.
CONTACTS = "interviews"
CASES = "cases"
DETERMINATIONS = "determinations"
# A finding's column naming the contact it was learned in (NULL once that contact is
# deleted; "" in memory).
SOURCE = "contact_id"


@dataclass(frozen=True, eq=False)
class Part:
    name: str  # the Interview attribute, and Changed.part
    kind: Kind
    table: str  # the table of its rows (``row`` is the schema's class of that name)
    value: type | None = None  # the dataclass of one value (None for a column)
    scope: Scope = Scope.CASE
    # Filled once by the decorators below, where the Store's methods are defined.
    _ops: dict[str, Callable[..., None]] = field(default_factory=dict, repr=False)

    def writes(self, fn: Callable[..., None]) -> Callable[..., None]:
        """Decorator: ``fn`` is this part's write (a ``Store`` method)."""
        return self._register("write", fn)

    def removes(self, fn: Callable[..., None]) -> Callable[..., None]:
        """Decorator: ``fn`` removes one listed item by id (a ``Store`` method)."""
        return self._register("remove", fn)

    def _register(self, what: str, fn: Callable[..., None]) -> Callable[..., None]:
        if what in self._ops:
            raise ValueError(f"{self.name}: a second {what} ({fn.__name__})")
        self._ops[what] = fn
        return fn

    @property
    def row(self) -> type[schema.Base]:
        """The part's row class (``app.store.schema``), loaded when first asked for."""
        return _row_classes()[self.table]

    @property
    def write(self) -> Callable[..., None] | None:
        """The typed write, unbound: ``part.write(store, interview_id, ...)``.

        Keyed: ``(store, interview_id, key, value_or_None)``; listed:
        ``(store, interview_id, item)``; flattened and column: ``(store, interview_id, value)``.
        """
        return self._ops.get("write")

    @property
    def remove(self) -> Callable[..., None] | None:
        """Listed parts: ``part.remove(store, interview_id, item_id)``."""
        return self._ops.get("remove")

    def value_of(self, interview: model.Interview) -> Any:
        return getattr(interview, self.name)

    def save_from(self, store: Any, interview: model.Interview, key: str | None = None) -> None:
        """Write this part of ``interview`` as it is in memory, through its typed write.

        ``key``: the entry of a keyed part (its content id) or the item of a listed
        part (its id); ignored for the others. ``KeyError`` when there is no such
        entry, or when the part has no write (set once, at creation).
        """
        write = self.write
        if write is None:
            raise KeyError(f"{self.name} is set when the interview is created, never after")
        value = self.value_of(interview)
        if self.kind is Kind.KEYED:
            write(store, interview.id, key, value[key])
        elif self.kind is Kind.LISTED:
            item = next((i for i in value if i.id == key), None)
            if item is None:
                raise KeyError(f"{self.name}: no item {key!r}")
            write(store, interview.id, item)
        else:
            write(store, interview.id, value)


@functools.cache
def _row_classes() -> dict[str, type[schema.Base]]:
    """The schema's row classes by table name."""
    return {m.class_.__tablename__: m.class_ for m in _schema().Base.registry.mappers}


# Column parts (own columns of the contact's row or the case's).
ID = Part("id", Kind.COLUMN, CONTACTS, scope=Scope.CONTACT)
CASE_ID = Part("case_id", Kind.COLUMN, CONTACTS, scope=Scope.CONTACT)  # the contact's case
CONTENT_VERSION = Part("content_version", Kind.COLUMN, CONTACTS, scope=Scope.CONTACT)
CREATED_AT = Part("created_at", Kind.COLUMN, CONTACTS, scope=Scope.CONTACT)
UPDATED_AT = Part(
    "updated_at", Kind.COLUMN, CONTACTS, scope=Scope.CONTACT
)  # stamped by every write
STATUS = Part("status", Kind.COLUMN, CONTACTS, scope=Scope.CONTACT)
TRAINING = Part("training", Kind.COLUMN, CASES)  # the case's
SCENARIO_ID = Part("scenario_id", Kind.COLUMN, CASES)
NARRATIVE = Part("narrative", Kind.COLUMN, CONTACTS, scope=Scope.CONTACT)
LAST_PANEL = Part("last_panel", Kind.COLUMN, CONTACTS, scope=Scope.CONTACT)
# One-to-one parts flattened into a row ("<name>_<field>": the case's or the contact's).
YOUTH = Part("youth", Kind.FLATTENED, CASES, model.Youth)
INTERVIEWEE = Part("interviewee", Kind.FLATTENED, CONTACTS, model.Interviewee, scope=Scope.CONTACT)
CONTACT = Part("contact", Kind.FLATTENED, CONTACTS, model.Contact, scope=Scope.CONTACT)
SPECIAL = Part("special", Kind.FLATTENED, CASES, model.SpecialConsiderations)
# Collections keyed by a content id (None as a value removes the entry).
ANSWERS = Part("answers", Kind.KEYED, "answers", model.Answer, scope=Scope.CONTACT)
RED_FLAGS = Part("red_flags", Kind.KEYED, "red_flags", model.RedFlagObservation)
AT_RISK_INDICATORS = Part(
    "at_risk_indicators", Kind.KEYED, "at_risk_indicators", model.IndicatorMark
)
LABOR_RISK_FACTORS = Part(
    "labor_risk_factors", Kind.KEYED, "labor_risk_factors", model.IndicatorMark
)
RESPONSIBILITIES = Part("responsibilities", Kind.KEYED, "steps", model.StepRecord)
NEEDS = Part("needs", Kind.KEYED, "needs", model.IndicatorMark)
SERVICES = Part("services", Kind.KEYED, "services", model.ServiceReferral)
# Lists of items with their own id.
TATTOOS = Part("tattoos", Kind.LISTED, "tattoos", model.Tattoo)
ONLINE_ACCOUNTS = Part("online_accounts", Kind.LISTED, "online_accounts", model.OnlineAccount)
ASSOCIATES = Part("associates", Kind.LISTED, "associates", model.Associate)
OTHER_VICTIMS = Part("other_victims", Kind.LISTED, "other_victims", model.OtherVictim)
COLLATERAL_CONTACTS = Part(
    "collateral_contacts",
    Kind.LISTED,
    "collateral_contacts",
    model.CollateralContact,
)
ALLEGATIONS = Part("allegations", Kind.LISTED, "allegations", model.Allegation)

# Every part, by name (= Interview attribute), in this order.
PARTS: dict[str, Part] = {
    p.name: p
    for p in (
        ID, CASE_ID, CONTENT_VERSION, CREATED_AT, UPDATED_AT, STATUS, TRAINING, SCENARIO_ID,
        NARRATIVE, LAST_PANEL, YOUTH, INTERVIEWEE, CONTACT, SPECIAL, ANSWERS, RED_FLAGS,
        AT_RISK_INDICATORS, LABOR_RISK_FACTORS, RESPONSIBILITIES, NEEDS, SERVICES, TATTOOS,
        ONLINE_ACCOUNTS, ASSOCIATES, OTHER_VICTIMS, COLLATERAL_CONTACTS, ALLEGATIONS,
    )
}  # fmt: skip


def of_kind(kind: Kind) -> list[Part]:
    return [p for p in PARTS.values() if p.kind is kind]


def part(name: str) -> Part:
    """The part named ``name`` (an Interview attribute); ``KeyError`` for anything else."""
    return PARTS[name]


def scope_of(part: Part, key: str | None = None) -> Scope:
    """The scope of one entry: a determination answer (``proc.``) is the case's."""
    if part is ANSWERS and key is not None and key.startswith(DETERMINATION_PREFIX):
        return Scope.CASE
    return part.scope


def table_for(part: Part, key: str | None = None) -> str:
    """The table of one entry: determinations have their own (the case's), answers theirs."""
    if part is ANSWERS and scope_of(part, key) is Scope.CASE:
        return DETERMINATIONS
    return part.table


def row_for(part: Part, key: str | None = None) -> type[schema.Base]:
    """The row class of one entry (``table_for``)."""
    return _row_classes()[table_for(part, key)]
