"""Writing many records fast for the benchmarks (setup speed, not a figure): the rows the
store's own mapping makes, added in one unit of work per batch instead of one per record."""

from __future__ import annotations

from typing import Any

from app import model
from app.store import Store, mapping, parts, schema


def add_record(session: Any, iv: model.Interview, case_id: str = "") -> str:
    """Add ``iv`` (a contact with its findings) to ``session``: a new case when
    ``case_id`` is "", else a contact of that case. Returns the case id."""
    if not case_id:
        case_id = model.new_id()
        session.add(
            schema.CaseRow(
                id=case_id,
                status=model.CaseStatus.OPEN.value,
                created_at=iv.created_at,
                updated_at=iv.updated_at,
                summary_exported_at=None,
                **mapping.case_values(iv),
            )
        )
        session.flush()
    iv.case_id = case_id
    session.add(schema.InterviewRow(**mapping.interview_values(iv)))
    session.flush()
    rows: list[Any] = []
    for key, answer in iv.answers.items():
        if parts.scope_of(parts.ANSWERS, key) is parts.Scope.CONTACT:
            rows.append(schema.AnswerRow(**mapping.answer_values(iv.id, key, answer)))
        elif session.get(schema.DeterminationRow, (case_id, key)) is None:
            rows.append(mapping.keyed_row("answers", case_id, key, answer, iv.id))
    for field in mapping.CASE_KEYED:
        for key, value in getattr(iv, field).items():
            if session.get(parts.part(field).row, (case_id, key)) is None:
                rows.append(mapping.keyed_row(field, case_id, key, value, iv.id))
    for field in mapping.LISTED:
        for position, item in enumerate(getattr(iv, field)):
            item.id = model.new_id()
            rows.append(mapping.listed_row(field, case_id, position, item, iv.id))
    session.add_all(rows)
    session.flush()
    return case_id


def fill(store: Store, records: list[list[model.Interview]], batch: int = 250) -> list[str]:
    """Each inner list is one case's contacts (the first makes the case); the case ids."""
    ids: list[str] = []
    for start in range(0, len(records), batch):
        # Thousands of records in a few commits: seeding only, not the typed writes timed.
        with store._unit() as session:  # noqa: SLF001 - bulk seeding, see above
            for contacts in records[start : start + batch]:
                case_id = ""
                for iv in contacts:
                    case_id = add_record(session, iv, case_id)
                ids.append(case_id)
    return ids
