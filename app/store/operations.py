"""The named write operations: the one route by which anything changes.

Each method is one unit of work (one short transaction) that stamps the
interview's ``updated_at``, commits, and only then tells subscribers
``(interview_id, what)``. ``what`` is the operation's subject ("youth",
"answer:<item id>", "tattoos", ...), so a view can decide whether to refresh.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app import model
from app.store import mapping, schema
from app.store.errors import InvalidValue, NotFound

if TYPE_CHECKING:
    from app.store.store import Store

# Where a record_export() went, without the path (a file name may name the youth).
EXPORT_DESTINATIONS = {"file", "clipboard", "printer", "stdout"}


class Operations:
    """Mixed into ``Store``; relies on its ``_unit``, ``_notify`` and ``_now``."""

    # --- whole interviews ----------------------------------------------------

    def create_interview(self: Store, interview: model.Interview) -> str:
        # Real and training records never mix (issue 6): a training store
        # (app.training.store) sets TRAINING = True; every other store is real.
        if interview.training != getattr(self, "TRAINING", False):
            raise InvalidValue(
                "This store holds real records: it refuses a training case (training=true)."
                if interview.training
                else "This is the training store: it refuses a real interview."
            )
        values = mapping.interview_values(interview)
        children = mapping.child_rows(interview)
        with self._unit() as session:
            if session.get(schema.InterviewRow, interview.id) is not None:
                raise InvalidValue("an interview with this id is already in the store")
            session.add(schema.InterviewRow(**values))
            session.flush()  # the parent first: children refer to it
            session.add_all(children)
            session.add(self._audit_row("interview_created", interview.id))
        self._notify(interview.id, "created")
        return interview.id

    def delete_interview(self: Store, interview_id: str) -> None:
        with self._unit() as session:
            row = self._row(session, interview_id)
            session.delete(row)  # children go by ON DELETE CASCADE; secure_delete wipes pages
            session.add(self._audit_row("interview_deleted", interview_id))
        self._notify(interview_id, "deleted")

    # --- one-to-one parts ----------------------------------------------------

    def update_youth(self: Store, interview_id: str, youth: model.Youth) -> None:
        values = mapping.part_values("youth", youth)
        values["search_key"] = mapping.search_key(youth)
        self._update_columns(interview_id, values, "youth")

    def update_interviewee(self: Store, interview_id: str, interviewee: model.Interviewee) -> None:
        self._update_columns(
            interview_id, mapping.part_values("interviewee", interviewee), "interviewee"
        )

    def update_contact(self: Store, interview_id: str, contact: model.Contact) -> None:
        self._update_columns(interview_id, mapping.part_values("contact", contact), "contact")

    def update_special(
        self: Store, interview_id: str, special: model.SpecialConsiderations
    ) -> None:
        self._update_columns(interview_id, mapping.part_values("special", special), "special")

    def set_narrative(self: Store, interview_id: str, text: str) -> None:
        self._update_columns(interview_id, {"narrative": _text(text, "narrative")}, "narrative")

    def set_last_panel(self: Store, interview_id: str, panel_id: str) -> None:
        self._update_columns(
            interview_id, {"last_panel": _text(panel_id, "last_panel")}, "last_panel"
        )

    def set_content_version(self: Store, interview_id: str, version: str) -> None:
        """The content the record is read with (after app.rules.legacy.upgrade)."""
        self._update_columns(
            interview_id, {"content_version": _text(version, "content_version")}, "content_version"
        )

    def set_status(self: Store, interview_id: str, status: model.InterviewStatus) -> None:
        self._update_columns(
            interview_id, {"status": _enum(model.InterviewStatus, status)}, "status"
        )

    def record_export(self: Store, interview_id: str, fmt: str, destination: str) -> None:
        """Audit an export and mark the interview "summary_exported"."""
        where = destination if destination in EXPORT_DESTINATIONS else "file"
        fmt = _text(fmt, "format")[:20]
        with self._unit() as session:
            row = self._row(session, interview_id)
            row.status = model.InterviewStatus.SUMMARY_EXPORTED.value
            row.updated_at = self._now()
            session.add(self._audit_row("summary_exported", f"{interview_id} {fmt} {where}"))
        self._notify(interview_id, "status")

    # --- keyed collections: one entry per content id, None removes it -------

    def set_answer(self: Store, interview_id: str, item_id: str, answer: model.Answer) -> None:
        if answer is None:
            raise InvalidValue("answers: an answer is required (use Response.NOT_ASKED)")
        stamped = dataclasses.replace(answer, updated_at=self._now())
        self._set_keyed("answers", interview_id, item_id, stamped, f"answer:{item_id}")

    def set_red_flag(
        self: Store, interview_id: str, flag_id: str, observation: model.RedFlagObservation | None
    ) -> None:
        self._set_keyed("red_flags", interview_id, flag_id, observation, f"red_flag:{flag_id}")

    def set_at_risk_indicator(
        self: Store, interview_id: str, letter: str, mark: model.IndicatorMark | None
    ) -> None:
        self._set_keyed("at_risk_indicators", interview_id, letter, mark, f"indicator:{letter}")

    def set_labor_risk_factor(
        self: Store, interview_id: str, factor_id: str, mark: model.IndicatorMark | None
    ) -> None:
        self._set_keyed(
            "labor_risk_factors", interview_id, factor_id, mark, f"labor_risk:{factor_id}"
        )

    def set_step(
        self: Store, interview_id: str, step_id: str, record: model.StepRecord | None
    ) -> None:
        self._set_keyed("responsibilities", interview_id, step_id, record, f"step:{step_id}")

    def set_need(
        self: Store, interview_id: str, need_id: str, mark: model.IndicatorMark | None
    ) -> None:
        self._set_keyed("needs", interview_id, need_id, mark, f"need:{need_id}")

    def set_service(
        self: Store, interview_id: str, service_id: str, referral: model.ServiceReferral | None
    ) -> None:
        self._set_keyed("services", interview_id, service_id, referral, f"service:{service_id}")

    # --- listed collections: items with their own id ------------------------

    def save_tattoo(self: Store, interview_id: str, tattoo: model.Tattoo) -> None:
        self._save_listed("tattoos", interview_id, tattoo)

    def remove_tattoo(self: Store, interview_id: str, tattoo_id: str) -> None:
        self._remove_listed("tattoos", interview_id, tattoo_id)

    def save_online_account(self: Store, interview_id: str, account: model.OnlineAccount) -> None:
        self._save_listed("online_accounts", interview_id, account)

    def remove_online_account(self: Store, interview_id: str, account_id: str) -> None:
        self._remove_listed("online_accounts", interview_id, account_id)

    def save_associate(self: Store, interview_id: str, associate: model.Associate) -> None:
        self._save_listed("associates", interview_id, associate)

    def remove_associate(self: Store, interview_id: str, associate_id: str) -> None:
        self._remove_listed("associates", interview_id, associate_id)

    def save_other_victim(self: Store, interview_id: str, victim: model.OtherVictim) -> None:
        self._save_listed("other_victims", interview_id, victim)

    def remove_other_victim(self: Store, interview_id: str, victim_id: str) -> None:
        self._remove_listed("other_victims", interview_id, victim_id)

    def save_collateral_contact(
        self: Store, interview_id: str, contact: model.CollateralContact
    ) -> None:
        self._save_listed("collateral_contacts", interview_id, contact)

    def remove_collateral_contact(self: Store, interview_id: str, contact_id: str) -> None:
        self._remove_listed("collateral_contacts", interview_id, contact_id)

    def save_allegation(self: Store, interview_id: str, allegation: model.Allegation) -> None:
        self._save_listed("allegations", interview_id, allegation)

    def remove_allegation(self: Store, interview_id: str, allegation_id: str) -> None:
        self._remove_listed("allegations", interview_id, allegation_id)

    # --- audit -----------------------------------------------------------------

    def audit(self: Store, event: str, detail: str = "") -> None:
        """Record an event (a name, and an id or format at most: never content)."""
        with self._unit() as session:
            session.add(self._audit_row(event, detail))

    # --- the CSW's personal word list (spell checking; not interview content) ---

    def personal_words(self: Store) -> list[str]:
        with self._unit() as session:
            return list(session.scalars(select(schema.PersonalWordRow.word)))

    def add_personal_word(self: Store, word: str) -> None:
        word = _text(word, "word").strip()
        if not word or len(word) > 100 or any(c.isspace() for c in word):
            raise InvalidValue("a personal word is one word, at most 100 characters")
        with self._unit() as session:
            session.execute(
                sqlite_insert(schema.PersonalWordRow)
                .values(word=word, added_at=self._now())
                .on_conflict_do_nothing()
            )
        self._notify("", "personal_words")

    def remove_personal_word(self: Store, word: str) -> None:
        with self._unit() as session:
            session.execute(
                delete(schema.PersonalWordRow).where(schema.PersonalWordRow.word == word)
            )
        self._notify("", "personal_words")

    # --- helpers -----------------------------------------------------------------

    def _audit_row(self: Store, event: str, detail: str = "") -> schema.AuditRow:
        return schema.AuditRow(
            at=self._now(), event=_text(event, "event"), detail=_text(detail, "detail")
        )

    @staticmethod
    def _row(session: Any, interview_id: str) -> schema.InterviewRow:
        row = session.get(schema.InterviewRow, interview_id)
        if row is None:
            raise NotFound()
        return row

    def _update_columns(self: Store, interview_id: str, values: dict, what: str) -> None:
        with self._unit() as session:
            row = self._row(session, interview_id)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = self._now()
        self._notify(interview_id, what)

    def _set_keyed(
        self: Store, field: str, interview_id: str, key: str, obj: Any, what: str
    ) -> None:
        # The autosave path (one answer per keystroke pause): plain statements, no
        # ORM loads; an upsert keeps the row's place (rowid), as a dict update does.
        row_cls, _ = mapping.KEYED[field]
        values = None if obj is None else mapping.keyed_values(field, interview_id, key, obj)
        with self._unit() as session:
            self._touch(session, interview_id)
            if values is None:
                session.execute(
                    delete(row_cls).where(row_cls.interview_id == interview_id, row_cls.key == key)
                )
            else:
                stmt = sqlite_insert(row_cls).values(**values)
                changed = {k: stmt.excluded[k] for k in values if k not in ("interview_id", "key")}
                session.execute(
                    stmt.on_conflict_do_update(index_elements=["interview_id", "key"], set_=changed)
                )
        self._notify(interview_id, what)

    def _touch(self: Store, session: Any, interview_id: str) -> None:
        """Stamp ``updated_at``; ``NotFound`` when there is no such interview."""
        result = session.execute(
            update(schema.InterviewRow)
            .where(schema.InterviewRow.id == interview_id)
            .values(updated_at=self._now())
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            raise NotFound()

    def _save_listed(self: Store, field: str, interview_id: str, obj: Any) -> None:
        row_cls, _ = mapping.LISTED[field]
        with self._unit() as session:
            parent = self._row(session, interview_id)
            existing = session.get(row_cls, obj.id)
            if existing is not None and existing.interview_id != interview_id:
                raise InvalidValue(f"{field}: that id belongs to another interview")
            if existing is not None:
                position = existing.position
            else:
                last = session.scalar(
                    select(func.max(row_cls.position)).where(row_cls.interview_id == interview_id)
                )
                position = 0 if last is None else last + 1
            session.merge(mapping.listed_row(field, interview_id, position, obj))
            parent.updated_at = self._now()
        self._notify(interview_id, field)

    def _remove_listed(self: Store, field: str, interview_id: str, item_id: str) -> None:
        row_cls, _ = mapping.LISTED[field]
        with self._unit() as session:
            parent = self._row(session, interview_id)
            session.execute(
                delete(row_cls).where(row_cls.interview_id == interview_id, row_cls.id == item_id)
            )
            parent.updated_at = self._now()
        self._notify(interview_id, field)


def _text(value: str, name: str) -> str:
    try:
        return model.check_text(value, name)
    except model.TextRefused as exc:
        raise InvalidValue(str(exc)) from None


def _enum(cls: type, value: Any) -> str:
    try:
        return cls(value).value
    except ValueError:
        raise InvalidValue(f"{value!r} is not an allowed value") from None
