"""``Store``: the encrypted store with its typed writes, the one route by which anything changes.

``StoreBase`` (``app.store.store``) is the complete store without them: the
connection, the unit of work, the change notices, the clock, the reads. Each
write here is one unit of work (one short transaction) that stamps the
interview's ``updated_at``, commits, and only then tells subscribers one
``Changed(interview_id, part, key)`` (``app.store.changes``). Each write of a
part of the record is registered in the one registry (``app.store.parts``) with
``@parts.X.writes``, so ``parts.ANSWERS.write is Store.set_answer``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app import model
from app.store import changes, mapping, parts, schema
from app.store.changes import Changed
from app.store.errors import InvalidValue, NotFound
from app.store.store import StoreBase

# Where a record_export() went, without the path (a file name may name the youth).
EXPORT_DESTINATIONS = {"file", "clipboard", "printer", "stdout"}


class Store(StoreBase):
    """An unlocked store and its writes. Build it with ``Store.create`` or ``Store.open``."""

    # A training store (app.training.store) says True: it takes only training cases.
    TRAINING: ClassVar[bool] = False

    # --- whole interviews ----------------------------------------------------

    def create_interview(self, interview: model.Interview) -> str:
        # Real and training records never mix (issue 6): a training store
        # (app.training.store) sets TRAINING = True; every other store is real.
        if interview.training != self.TRAINING:
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
        self._notify(Changed(interview.id, changes.CREATED))
        return interview.id

    def delete_interview(self, interview_id: str) -> None:
        with self._unit() as session:
            row = self._row(session, interview_id)
            session.delete(row)  # children go by ON DELETE CASCADE; secure_delete wipes pages
            session.add(self._audit_row("interview_deleted", interview_id))
        self._notify(Changed(interview_id, changes.DELETED))

    # --- one-to-one parts ----------------------------------------------------

    @parts.YOUTH.writes
    def update_youth(self, interview_id: str, youth: model.Youth) -> None:
        values = mapping.part_values("youth", youth)
        values["search_key"] = mapping.search_key(youth)
        self._update_columns(interview_id, values, parts.YOUTH)

    @parts.INTERVIEWEE.writes
    def update_interviewee(self, interview_id: str, interviewee: model.Interviewee) -> None:
        self._update_columns(
            interview_id, mapping.part_values("interviewee", interviewee), parts.INTERVIEWEE
        )

    @parts.CONTACT.writes
    def update_contact(self, interview_id: str, contact: model.Contact) -> None:
        self._update_columns(interview_id, mapping.part_values("contact", contact), parts.CONTACT)

    @parts.SPECIAL.writes
    def update_special(self, interview_id: str, special: model.SpecialConsiderations) -> None:
        self._update_columns(interview_id, mapping.part_values("special", special), parts.SPECIAL)

    @parts.NARRATIVE.writes
    def set_narrative(self, interview_id: str, text: str) -> None:
        self._update_columns(interview_id, {"narrative": _text(text, "narrative")}, parts.NARRATIVE)

    @parts.LAST_PANEL.writes
    def set_last_panel(self, interview_id: str, panel_id: str) -> None:
        self._update_columns(
            interview_id, {"last_panel": _text(panel_id, "last_panel")}, parts.LAST_PANEL
        )

    @parts.CONTENT_VERSION.writes
    def set_content_version(self, interview_id: str, version: str) -> None:
        """The content the record is read with (after app.rules.legacy.upgrade)."""
        self._update_columns(
            interview_id,
            {"content_version": _text(version, "content_version")},
            parts.CONTENT_VERSION,
        )

    @parts.STATUS.writes
    def set_status(self, interview_id: str, status: model.InterviewStatus) -> None:
        self._update_columns(
            interview_id, {"status": _enum(model.InterviewStatus, status)}, parts.STATUS
        )

    def record_export(self, interview_id: str, fmt: str, destination: str) -> None:
        """Audit an export and mark the interview "summary_exported"."""
        where = destination if destination in EXPORT_DESTINATIONS else "file"
        fmt = _text(fmt, "format")[:20]
        with self._unit() as session:
            row = self._row(session, interview_id)
            row.status = model.InterviewStatus.SUMMARY_EXPORTED.value
            row.updated_at = self._now()
            session.add(self._audit_row("summary_exported", f"{interview_id} {fmt} {where}"))
        self._notify(Changed(interview_id, parts.STATUS.name))

    # --- keyed collections: one entry per content id, None removes it -------

    @parts.ANSWERS.writes
    def set_answer(self, interview_id: str, item_id: str, answer: model.Answer) -> None:
        if answer is None:
            raise InvalidValue("answers: an answer is required (use Response.NOT_ASKED)")
        stamped = dataclasses.replace(answer, updated_at=self._now())
        self._set_keyed(parts.ANSWERS, interview_id, item_id, stamped)

    @parts.RED_FLAGS.writes
    def set_red_flag(
        self, interview_id: str, flag_id: str, observation: model.RedFlagObservation | None
    ) -> None:
        self._set_keyed(parts.RED_FLAGS, interview_id, flag_id, observation)

    @parts.AT_RISK_INDICATORS.writes
    def set_at_risk_indicator(
        self, interview_id: str, letter: str, mark: model.IndicatorMark | None
    ) -> None:
        self._set_keyed(parts.AT_RISK_INDICATORS, interview_id, letter, mark)

    @parts.LABOR_RISK_FACTORS.writes
    def set_labor_risk_factor(
        self, interview_id: str, factor_id: str, mark: model.IndicatorMark | None
    ) -> None:
        self._set_keyed(parts.LABOR_RISK_FACTORS, interview_id, factor_id, mark)

    @parts.RESPONSIBILITIES.writes
    def set_step(self, interview_id: str, step_id: str, record: model.StepRecord | None) -> None:
        self._set_keyed(parts.RESPONSIBILITIES, interview_id, step_id, record)

    @parts.NEEDS.writes
    def set_need(self, interview_id: str, need_id: str, mark: model.IndicatorMark | None) -> None:
        self._set_keyed(parts.NEEDS, interview_id, need_id, mark)

    @parts.SERVICES.writes
    def set_service(
        self, interview_id: str, service_id: str, referral: model.ServiceReferral | None
    ) -> None:
        self._set_keyed(parts.SERVICES, interview_id, service_id, referral)

    # --- listed collections: items with their own id ------------------------

    @parts.TATTOOS.writes
    def save_tattoo(self, interview_id: str, tattoo: model.Tattoo) -> None:
        self._save_listed(parts.TATTOOS, interview_id, tattoo)

    @parts.TATTOOS.removes
    def remove_tattoo(self, interview_id: str, tattoo_id: str) -> None:
        self._remove_listed(parts.TATTOOS, interview_id, tattoo_id)

    @parts.ONLINE_ACCOUNTS.writes
    def save_online_account(self, interview_id: str, account: model.OnlineAccount) -> None:
        self._save_listed(parts.ONLINE_ACCOUNTS, interview_id, account)

    @parts.ONLINE_ACCOUNTS.removes
    def remove_online_account(self, interview_id: str, account_id: str) -> None:
        self._remove_listed(parts.ONLINE_ACCOUNTS, interview_id, account_id)

    @parts.ASSOCIATES.writes
    def save_associate(self, interview_id: str, associate: model.Associate) -> None:
        self._save_listed(parts.ASSOCIATES, interview_id, associate)

    @parts.ASSOCIATES.removes
    def remove_associate(self, interview_id: str, associate_id: str) -> None:
        self._remove_listed(parts.ASSOCIATES, interview_id, associate_id)

    @parts.OTHER_VICTIMS.writes
    def save_other_victim(self, interview_id: str, victim: model.OtherVictim) -> None:
        self._save_listed(parts.OTHER_VICTIMS, interview_id, victim)

    @parts.OTHER_VICTIMS.removes
    def remove_other_victim(self, interview_id: str, victim_id: str) -> None:
        self._remove_listed(parts.OTHER_VICTIMS, interview_id, victim_id)

    @parts.COLLATERAL_CONTACTS.writes
    def save_collateral_contact(self, interview_id: str, contact: model.CollateralContact) -> None:
        self._save_listed(parts.COLLATERAL_CONTACTS, interview_id, contact)

    @parts.COLLATERAL_CONTACTS.removes
    def remove_collateral_contact(self, interview_id: str, contact_id: str) -> None:
        self._remove_listed(parts.COLLATERAL_CONTACTS, interview_id, contact_id)

    @parts.ALLEGATIONS.writes
    def save_allegation(self, interview_id: str, allegation: model.Allegation) -> None:
        self._save_listed(parts.ALLEGATIONS, interview_id, allegation)

    @parts.ALLEGATIONS.removes
    def remove_allegation(self, interview_id: str, allegation_id: str) -> None:
        self._remove_listed(parts.ALLEGATIONS, interview_id, allegation_id)

    # --- the CSW's personal word list (spell checking; not interview content) ---

    def personal_words(self) -> list[str]:
        with self._unit() as session:
            return list(session.scalars(select(schema.PersonalWordRow.word)))

    def add_personal_word(self, word: str) -> None:
        word = _text(word, "word").strip()
        if not word or len(word) > 100 or any(c.isspace() for c in word):
            raise InvalidValue("a personal word is one word, at most 100 characters")
        with self._unit() as session:
            session.execute(
                sqlite_insert(schema.PersonalWordRow)
                .values(word=word, added_at=self._now())
                .on_conflict_do_nothing()
            )
        self._notify(Changed("", changes.PERSONAL_WORDS))

    def remove_personal_word(self, word: str) -> None:
        with self._unit() as session:
            session.execute(
                delete(schema.PersonalWordRow).where(schema.PersonalWordRow.word == word)
            )
        self._notify(Changed("", changes.PERSONAL_WORDS))

    # --- helpers -----------------------------------------------------------------

    @staticmethod
    def _row(session: Any, interview_id: str) -> schema.InterviewRow:
        row = session.get(schema.InterviewRow, interview_id)
        if row is None:
            raise NotFound()
        return row

    def _update_columns(self, interview_id: str, values: dict, part: parts.Part) -> None:
        with self._unit() as session:
            row = self._row(session, interview_id)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = self._now()
        self._notify(Changed(interview_id, part.name))

    def _set_keyed(self, part: parts.Part, interview_id: str, key: str, obj: Any) -> None:
        # The autosave path (one answer per keystroke pause): plain statements, no
        # ORM loads; an upsert keeps the row's place (rowid), as a dict update does.
        row_cls = part.row
        values = None if obj is None else mapping.keyed_values(part.name, interview_id, key, obj)
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
        self._notify(Changed(interview_id, part.name, key))

    def _touch(self, session: Any, interview_id: str) -> None:
        """Stamp ``updated_at``; ``NotFound`` when there is no such interview."""
        result = session.execute(
            update(schema.InterviewRow)
            .where(schema.InterviewRow.id == interview_id)
            .values(updated_at=self._now())
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            raise NotFound()

    def _save_listed(self, part: parts.Part, interview_id: str, obj: Any) -> None:
        field, row_cls = part.name, part.row
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
        self._notify(Changed(interview_id, field, obj.id))

    def _remove_listed(self, part: parts.Part, interview_id: str, item_id: str) -> None:
        row_cls = part.row
        with self._unit() as session:
            parent = self._row(session, interview_id)
            session.execute(
                delete(row_cls).where(row_cls.interview_id == interview_id, row_cls.id == item_id)
            )
            parent.updated_at = self._now()
        self._notify(Changed(interview_id, part.name, item_id))


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
