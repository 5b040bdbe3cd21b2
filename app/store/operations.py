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

from app import model
from app.store import changes, parts
from app.store.changes import Changed
from app.store.errors import InvalidValue, NotFound
from app.store.later import mapping, sa, schema, sqlite
from app.store.store import StoreBase, utc_text

# Where a record_export() went, without the path (a file name may name the youth).
EXPORT_DESTINATIONS = {"file", "clipboard", "printer", "stdout"}
# The contact row's own text columns that _update_text_columns writes on the driver.
_OWN_TEXT_COLUMNS = frozenset({"narrative", "last_panel", "content_version", "status"})


class Store(StoreBase):
    """An unlocked store and its writes. Build it with ``Store.create`` or ``Store.open``."""

    # A training store (app.training.store) says True: it takes only training cases.
    TRAINING: ClassVar[bool] = False

    # --- whole contacts and cases ------------------------------------------------

    def create_interview(self, interview: model.Interview) -> str:
        """Store a contact. ``interview.case_id == ""``: a new case is made from its
        youth, special, training and scenario id; otherwise the contact joins that case
        (the case's youth and special stand). Afterwards ``interview.case_id`` is set
        and every finding whose ``contact_id`` was "" carries this contact's id, as
        the store holds them."""
        # Real and training records never mix (issue 6): a training store
        # (app.training.store) sets TRAINING = True; every other store is real.
        if interview.training != self.TRAINING:
            raise InvalidValue(
                "This store holds real records: it refuses a training case (training=true)."
                if interview.training
                else "This is the training store: it refuses a real interview."
            )
        joining = bool(interview.case_id)
        case_id = interview.case_id or model.new_id()
        new_case = None if joining else mapping.case_values(interview)
        with self._unit() as session:
            if session.get(schema.InterviewRow, interview.id) is not None:
                raise InvalidValue("an interview with this id is already in the store")
            if joining:
                case = session.get(schema.CaseRow, case_id)
                if case is None:
                    raise NotFound()
                case.updated_at = self._now()
            else:
                session.add(
                    schema.CaseRow(
                        id=case_id,
                        status=model.CaseStatus.OPEN.value,
                        created_at=interview.created_at,
                        updated_at=interview.updated_at,
                        summary_exported_at=None,
                        **new_case,
                    )
                )
                session.flush()
            values = mapping.interview_values(dataclasses.replace(interview, case_id=case_id))
            session.add(schema.InterviewRow(**values))
            session.flush()  # the parents first: children refer to them
            self._add_findings(session, case_id, interview.id, interview, merge=joining)
            session.add(self._audit_row("interview_created", interview.id))
        interview.case_id = case_id
        _stamp(interview, interview.id)
        self._notify(Changed(interview.id, changes.CREATED, None, case_id))
        return interview.id

    def import_case(
        self,
        case: model.Case,
        view: model.Interview,
        contacts: list[model.Interview],
        *,
        replace: bool = False,
    ) -> None:
        """Store a case from a version 2 file (``app.interchange_v2``) under its own ids,
        in ONE unit of work: the case row, each contact (its own parts and answers) and
        the case's findings and determinations from ``view``, each with the contact it
        names (``contact_id`` "" stays unknown). ``replace``: the stored case with this id
        goes first (its contacts and findings by cascade), in the same transaction, so a
        failure leaves it as it was. A contact id already in the store is refused."""
        if case.training != self.TRAINING or any(c.training != case.training for c in contacts):
            raise InvalidValue(
                "This store holds real records: it refuses a training case (training=true)."
                if case.training
                else "This is the training store: it refuses a real interview."
            )
        values = mapping.case_values(case)
        replaced: list[str] = []
        with self._unit() as session:
            stored = session.get(schema.CaseRow, case.id)
            if stored is not None and not replace:
                raise InvalidValue("a case with this id is already in the store")
            if stored is not None:
                replaced = list(
                    session.scalars(
                        sa.select(schema.InterviewRow.id).where(
                            schema.InterviewRow.case_id == case.id
                        )
                    )
                )
                session.execute(sa.delete(schema.CaseRow).where(schema.CaseRow.id == case.id))
                session.flush()
            session.add(
                schema.CaseRow(
                    id=case.id,
                    status=_enum(model.CaseStatus, case.status),
                    created_at=case.created_at,
                    updated_at=case.updated_at,
                    summary_exported_at=case.summary_exported_at,
                    **values,
                )
            )
            session.flush()
            for contact in contacts:
                if session.get(schema.InterviewRow, contact.id) is not None:
                    raise InvalidValue("a contact with this id is already in the store")
                row = mapping.interview_values(dataclasses.replace(contact, case_id=case.id))
                session.add(schema.InterviewRow(**row))
            session.flush()  # the parents first: children refer to them
            for contact in contacts:  # each contact's own answers
                only_answers = model.Interview(id=contact.id, answers=contact.answers)
                self._add_findings(session, case.id, contact.id, only_answers, merge=False)
            self._add_findings(session, case.id, "", view, merge=False)
            event = f"{case.id} {'update' if stored is not None else 'new'}"
            session.add(self._audit_row("case_imported", event))
        for contact_id in replaced:
            self._notify(Changed(contact_id, changes.DELETED, None, case.id))
        for contact in contacts:
            self._notify(Changed(contact.id, changes.CREATED, None, case.id))

    def new_contact(
        self,
        case_id: str,
        interviewee: model.Interviewee,
        contact: model.Contact,
        content_version: str = "",
    ) -> str:
        """A new contact in the case, prefilled from it (nothing retyped); its id."""
        record = model.Interview(
            case_id=case_id,
            training=self.TRAINING,
            interviewee=interviewee,
            contact=contact,
            content_version=content_version,
        )
        return self.create_interview(record)

    def delete_interview(self, interview_id: str) -> None:
        """Delete one contact. Findings learned in it stay with the case (their
        ``contact_id`` becomes NULL); a case left without contacts goes with it."""
        with self._unit() as session:
            row = self._row(session, interview_id)
            case_id = row.case_id
            session.delete(row)  # children go by ON DELETE CASCADE; secure_delete wipes pages
            session.flush()
            left = session.scalar(
                sa.select(sa.func.count()).where(schema.InterviewRow.case_id == case_id)
            )
            if not left:
                session.execute(sa.delete(schema.CaseRow).where(schema.CaseRow.id == case_id))
            else:
                self._touch_case(session, case_id)
            session.add(self._audit_row("interview_deleted", interview_id))
        self._notify(Changed(interview_id, changes.DELETED, None, case_id))

    def delete_case(self, case_id: str) -> None:
        """Delete a case with all its contacts and findings."""
        with self._unit() as session:
            if session.get(schema.CaseRow, case_id) is None:
                raise NotFound()
            contacts = list(
                session.scalars(
                    sa.select(schema.InterviewRow.id).where(schema.InterviewRow.case_id == case_id)
                )
            )
            session.execute(sa.delete(schema.CaseRow).where(schema.CaseRow.id == case_id))
            session.add(self._audit_row("case_deleted", case_id))
        for contact_id in contacts:
            self._notify(Changed(contact_id, changes.DELETED, None, case_id))
        self._notify(Changed("", changes.CASE_DELETED, None, case_id))

    def set_case_status(self, case_id: str, status: model.CaseStatus) -> None:
        value = _enum(model.CaseStatus, status)
        with self._unit() as session:
            case = session.get(schema.CaseRow, case_id)
            if case is None:
                raise NotFound()
            case.status = value
            case.updated_at = self._now()
            session.add(self._audit_row(f"case_{value}", case_id))
        self._notify(Changed("", changes.CASE_STATUS, None, case_id))

    def record_case_export(self, case_id: str, destination: str) -> None:
        """Audit an export of the case summary and set the case's summary_exported_at."""
        where = destination if destination in EXPORT_DESTINATIONS else "file"
        with self._unit() as session:
            case = session.get(schema.CaseRow, case_id)
            if case is None:
                raise NotFound()
            now = self._now()
            case.summary_exported_at = now
            case.updated_at = now
            session.add(self._audit_row("case_summary_exported", f"{case_id} {where}"))
        self._notify(Changed("", changes.CASE_EXPORTED, None, case_id))

    def move_contact(self, contact_id: str, to_case_id: str) -> None:
        """Move a contact filed under the wrong case, with the findings learned in it.

        Where the target case already holds the same keyed finding (same content
        id), the target's record stays and the moved record's note (or notes) is
        appended to it; listed findings move as they are. A case left without
        contacts is deleted.
        """
        with self._unit() as session:
            row = self._row(session, contact_id)
            from_case = row.case_id
            if session.get(schema.CaseRow, to_case_id) is None:
                raise NotFound()
            if from_case == to_case_id:
                return
            target = session.get(schema.CaseRow, to_case_id)
            source = session.get(schema.CaseRow, from_case)
            if target.training != source.training:
                raise InvalidValue("a practice contact cannot move to a real case")
            row.case_id = to_case_id
            row.updated_at = self._now()
            for field in mapping.CASE_KEYED:
                self._move_keyed(session, parts.part(field).row, contact_id, from_case, to_case_id)
            self._move_keyed(session, schema.DeterminationRow, contact_id, from_case, to_case_id)
            for row_cls, _ in mapping.LISTED.values():
                last = session.scalar(
                    sa.select(sa.func.max(row_cls.position)).where(row_cls.case_id == to_case_id)
                )
                base = 0 if last is None else last + 1
                moving = session.scalars(
                    sa.select(row_cls)
                    .where(row_cls.case_id == from_case, row_cls.contact_id == contact_id)
                    .order_by(row_cls.position)
                ).all()
                for offset, item in enumerate(moving):
                    item.case_id = to_case_id
                    item.position = base + offset
            session.flush()
            left = session.scalar(
                sa.select(sa.func.count()).where(schema.InterviewRow.case_id == from_case)
            )
            if not left:
                session.execute(sa.delete(schema.CaseRow).where(schema.CaseRow.id == from_case))
            else:
                self._touch_case(session, from_case)
            self._touch_case(session, to_case_id)
            session.add(self._audit_row("contact_moved", contact_id))
        self._notify(Changed(contact_id, changes.MOVED, from_case, to_case_id))

    @staticmethod
    def _move_keyed(
        session: Any, row_cls: type, contact_id: str, from_case: str, to_case: str
    ) -> None:
        moving = session.scalars(
            sa.select(row_cls).where(row_cls.case_id == from_case, row_cls.contact_id == contact_id)
        ).all()
        for item in moving:
            there = session.get(row_cls, (to_case, item.key))
            if there is None:
                session.execute(
                    sa.update(row_cls)
                    .where(row_cls.case_id == from_case, row_cls.key == item.key)
                    .values(case_id=to_case)
                    .execution_options(synchronize_session=False)
                )
                continue
            for name in ("note", "notes"):
                if hasattr(item, name):
                    setattr(there, name, _appended(getattr(there, name), getattr(item, name)))
            session.delete(item)

    def _add_findings(
        self, session: Any, case_id: str, contact_id: str, interview: model.Interview, merge: bool
    ) -> None:
        """Rows of the record's findings and answers; ``merge`` (joining a case): a keyed
        finding the case already holds stays, with the new note appended."""
        rows: list[schema.Base] = []
        for key, answer in interview.answers.items():
            if parts.scope_of(parts.ANSWERS, key) is parts.Scope.CONTACT:
                rows.append(schema.AnswerRow(**mapping.answer_values(contact_id, key, answer)))
        for field in mapping.KEYED:
            for key, obj in getattr(interview, field).items():
                if parts.scope_of(parts.part(field), key) is parts.Scope.CONTACT:
                    continue
                new = mapping.keyed_row(field, case_id, key, obj, contact_id)
                there = session.get(type(new), (case_id, new.key)) if merge else None
                if there is None:
                    rows.append(new)
                    continue
                for name in ("note", "notes"):
                    if hasattr(there, name):
                        setattr(there, name, _appended(getattr(there, name), getattr(new, name)))
        for field in mapping.LISTED:
            row_cls, _ = mapping.LISTED[field]
            base = 0
            if merge:
                last = session.scalar(
                    sa.select(sa.func.max(row_cls.position)).where(row_cls.case_id == case_id)
                )
                base = 0 if last is None else last + 1
            for position, obj in enumerate(getattr(interview, field)):
                rows.append(mapping.listed_row(field, case_id, base + position, obj, contact_id))
        session.add_all(rows)

    # --- one-to-one parts ----------------------------------------------------

    @parts.YOUTH.writes
    def update_youth(self, interview_id: str, youth: model.Youth) -> None:
        """The case's youth (every contact of the case sees it)."""
        values = mapping.part_values("youth", youth)
        values["search_key"] = mapping.search_key(youth)
        self._update_case_columns(interview_id, values, parts.YOUTH)

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
        self._update_case_columns(
            interview_id, mapping.part_values("special", special), parts.SPECIAL
        )

    @parts.NARRATIVE.writes
    def set_narrative(self, interview_id: str, text: str) -> None:
        self._update_text_columns(
            interview_id, {"narrative": _text(text, "narrative")}, parts.NARRATIVE
        )

    @parts.LAST_PANEL.writes
    def set_last_panel(self, interview_id: str, panel_id: str) -> None:
        self._update_text_columns(
            interview_id, {"last_panel": _text(panel_id, "last_panel")}, parts.LAST_PANEL
        )

    @parts.CONTENT_VERSION.writes
    def set_content_version(self, interview_id: str, version: str) -> None:
        """The content the record is read with (after app.rules.legacy.upgrade)."""
        self._update_text_columns(
            interview_id,
            {"content_version": _text(version, "content_version")},
            parts.CONTENT_VERSION,
        )

    @parts.STATUS.writes
    def set_status(self, interview_id: str, status: model.InterviewStatus) -> None:
        self._update_text_columns(
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
            self._touch_case(session, row.case_id)
            session.add(self._audit_row("summary_exported", f"{interview_id} {fmt} {where}"))
        self._notify(Changed(interview_id, parts.STATUS.name, None, row.case_id))

    # --- keyed collections: one entry per content id, None removes it -------

    @parts.ANSWERS.writes
    def set_answer(self, interview_id: str, item_id: str, answer: model.Answer) -> None:
        if answer is None:
            raise InvalidValue("answers: an answer is required (use Response.NOT_ASKED)")
        stamped = dataclasses.replace(answer, updated_at=self._now())
        self._set_keyed(parts.ANSWERS, interview_id, item_id, stamped)
        if not answer.contact_id:
            answer.contact_id = stamped.contact_id

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
            return list(session.scalars(sa.select(schema.PersonalWordRow.word)))

    def add_personal_word(self, word: str) -> None:
        word = _text(word, "word").strip()
        if not word or len(word) > 100 or any(c.isspace() for c in word):
            raise InvalidValue("a personal word is one word, at most 100 characters")
        with self._unit() as session:
            session.execute(
                sqlite.insert(schema.PersonalWordRow)
                .values(word=word, added_at=self._now())
                .on_conflict_do_nothing()
            )
        self._notify(Changed("", changes.PERSONAL_WORDS))

    def remove_personal_word(self, word: str) -> None:
        with self._unit() as session:
            session.execute(
                sa.delete(schema.PersonalWordRow).where(schema.PersonalWordRow.word == word)
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
            case_id = row.case_id
            self._touch_case(session, case_id)
        self._notify(Changed(interview_id, part.name, None, case_id))

    def _update_text_columns(
        self, interview_id: str, values: dict[str, str], part: parts.Part
    ) -> None:
        """Text columns of the contact's own row (narrative, last panel, status, content
        version), on the driver without the ORM: the narrative's autosave and the view's
        place, saved 300 ms after an interview opens, must not wait for SQLAlchemy to load
        (issue 17). Column names come from this module, never from the caller's data."""
        if not set(values) <= _OWN_TEXT_COLUMNS:
            raise ValueError(f"not a text column of the contact's row: {sorted(values)}")
        now = utc_text(self._now())
        columns = ", ".join(f"{name} = ?" for name in values)
        with self._raw_unit() as driver:
            row = driver.execute(
                f"UPDATE interviews SET {columns}, updated_at = ? WHERE id = ? RETURNING case_id",
                (*values.values(), now, interview_id),
            ).fetchone()
            if row is None:
                raise NotFound()
            case_id = row[0]
            driver.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case_id))
        self._notify(Changed(interview_id, part.name, None, case_id))

    def _update_case_columns(self, interview_id: str, values: dict, part: parts.Part) -> None:
        with self._unit() as session:
            case_id = self._touch(session, interview_id)
            case = session.get(schema.CaseRow, case_id)
            for name, value in values.items():
                setattr(case, name, value)
        self._notify(Changed(interview_id, part.name, None, case_id))

    def _set_keyed(self, part: parts.Part, interview_id: str, key: str, obj: Any) -> None:
        # The autosave path (one answer per keystroke pause): plain statements, no
        # ORM loads; an upsert keeps the row's place (rowid), as a dict update does.
        if parts.scope_of(part, key) is parts.Scope.CONTACT:
            self._set_answer_row(part, interview_id, key, obj)
            return
        row_cls = parts.row_for(part, key)
        source = ""
        with self._unit() as session:
            case_id = self._touch(session, interview_id)
            if obj is None:
                session.execute(
                    sa.delete(row_cls).where(row_cls.case_id == case_id, row_cls.key == key)
                )
            else:
                values = mapping.keyed_values(part.name, case_id, key, obj, interview_id)
                self._check_source(session, case_id, obj.contact_id)
                if not obj.contact_id:  # an existing finding keeps where it was learned
                    there = session.execute(
                        sa.select(row_cls.contact_id).where(
                            row_cls.case_id == case_id, row_cls.key == values["key"]
                        )
                    ).first()
                    if there is not None and there[0]:
                        values[mapping.SOURCE] = there[0]
                source = values[mapping.SOURCE] or ""
                stmt = sqlite.insert(row_cls).values(**values)
                changed = {k: stmt.excluded[k] for k in values if k not in ("case_id", "key")}
                session.execute(
                    stmt.on_conflict_do_update(index_elements=["case_id", "key"], set_=changed)
                )
        if obj is not None and not obj.contact_id:
            obj.contact_id = source
        self._notify(Changed(interview_id, part.name, key, case_id))

    def _set_answer_row(self, part: parts.Part, interview_id: str, key: str, obj: Any) -> None:
        row_cls = schema.AnswerRow
        values = None if obj is None else mapping.answer_values(interview_id, key, obj)
        with self._unit() as session:
            case_id = self._touch(session, interview_id)
            if values is None:
                session.execute(
                    sa.delete(row_cls).where(
                        row_cls.interview_id == interview_id, row_cls.key == key
                    )
                )
            else:
                stmt = sqlite.insert(row_cls).values(**values)
                changed = {k: stmt.excluded[k] for k in values if k not in ("interview_id", "key")}
                session.execute(
                    stmt.on_conflict_do_update(index_elements=["interview_id", "key"], set_=changed)
                )
        if obj is not None:
            obj.contact_id = interview_id
        self._notify(Changed(interview_id, part.name, key, case_id))

    def _touch(self, session: Any, interview_id: str) -> str:
        """Stamp the contact's and its case's ``updated_at``; the case id.

        ``NotFound`` when there is no such contact.
        """
        now = self._now()
        case_id = session.execute(
            sa.update(schema.InterviewRow)
            .where(schema.InterviewRow.id == interview_id)
            .values(updated_at=now)
            .returning(schema.InterviewRow.case_id)
            .execution_options(synchronize_session=False)
        ).scalar()
        if case_id is None:
            raise NotFound()
        self._touch_case(session, case_id, now)
        return case_id

    def _touch_case(self, session: Any, case_id: str, now: Any = None) -> None:
        session.execute(
            sa.update(schema.CaseRow)
            .where(schema.CaseRow.id == case_id)
            .values(updated_at=now or self._now())
            .execution_options(synchronize_session=False)
        )

    @staticmethod
    def _check_source(session: Any, case_id: str, source: str) -> None:
        """A finding's contact, when the caller names one, is a contact of the same case."""
        if not source:
            return
        there = session.scalar(
            sa.select(schema.InterviewRow.case_id).where(schema.InterviewRow.id == source)
        )
        if there != case_id:
            raise InvalidValue("contact_id: not a contact of this case")

    def _save_listed(self, part: parts.Part, interview_id: str, obj: Any) -> None:
        field, row_cls = part.name, part.row
        with self._unit() as session:
            case_id = self._touch(session, interview_id)
            existing = session.get(row_cls, obj.id)
            if existing is not None and existing.case_id != case_id:
                raise InvalidValue(f"{field}: that id belongs to another case")
            self._check_source(session, case_id, getattr(obj, "contact_id", ""))
            if existing is not None:
                position = existing.position
                source = existing.contact_id or interview_id
            else:
                last = session.scalar(
                    sa.select(sa.func.max(row_cls.position)).where(row_cls.case_id == case_id)
                )
                position = 0 if last is None else last + 1
                source = interview_id
            row = mapping.listed_row(field, case_id, position, obj, source)
            session.merge(row)
            stamped = row.contact_id or ""
        if not obj.contact_id:
            obj.contact_id = stamped
        self._notify(Changed(interview_id, field, obj.id, case_id))

    def _remove_listed(self, part: parts.Part, interview_id: str, item_id: str) -> None:
        row_cls = part.row
        with self._unit() as session:
            case_id = self._touch(session, interview_id)
            session.execute(
                sa.delete(row_cls).where(row_cls.case_id == case_id, row_cls.id == item_id)
            )
        self._notify(Changed(interview_id, part.name, item_id, case_id))


def _stamp(interview: model.Interview, contact_id: str) -> None:
    """Give every finding of ``interview`` without a contact the one that wrote it."""
    for field in (*mapping.KEYED, *mapping.LISTED):
        value = getattr(interview, field)
        for item in value.values() if isinstance(value, dict) else value:
            if not item.contact_id:
                item.contact_id = contact_id


def _appended(kept: str, moved: str) -> str:
    """The target's note with the moved record's note after it (nothing lost)."""
    if not moved or moved == kept:
        return kept
    return f"{kept}\n{moved}" if kept else moved


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
