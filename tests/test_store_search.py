"""Full-text search inside the encrypted store (issue 14): ``search_all`` and ``echoes``.

Real SQLCipher files in tmp_path; the records are fictional.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlcipher3 import dbapi2

from app import model
from app.store import Echo, SearchHit, Store, migrate
from app.store.engine import KeyHolder, make_engine
from tests.helpers import PASSPHRASE
from tests.helpers.legacy import quoted_key
from tests.helpers.records import full_interview
from tests.helpers.sqlcipher_pages import plaintext


def _case(store: Store, name: str, **youth: object) -> str:
    """A new case (one youth contact) for a fictional youth; returns the contact's id."""
    return store.create_interview(
        model.Interview(
            content_version="test",
            youth=model.Youth(name=name, **youth),
            interviewee=model.Interviewee(type=model.IntervieweeType.YOUTH, name=name),
        )
    )


def _case_of(store: Store, youth_name: str) -> str:
    """The case id the index gives the youth of that (unique) name."""
    hits = [h for h in store.search_all(youth_name) if h.part == "youth"]
    assert len(hits) == 1, hits
    return hits[0].case_id


def _found(store: Store, text: str) -> set[tuple[str, str]]:
    return {(h.part, h.field) for h in store.search_all(text)}


def test_a_moniker_typed_in_one_case_is_found_from_another(store: Store) -> None:
    first = _case(store, "Lenora Quist")
    store.save_associate(
        first,
        model.Associate(name="Andre Pike", nicknames=["Dre"], suspected_exploiter=True),
    )
    store.save_tattoo(
        first, model.Tattoo(description="crown on the wrist", exploiter_moniker="Dre")
    )
    second = _case(store, "Mina Okafor")
    store.set_narrative(second, "She said a man called Dre drove her to the motel.")
    first_case, second_case = _case_of(store, "Lenora Quist"), _case_of(store, "Mina Okafor")
    assert first_case != second_case

    # Typing in the second case finds what was typed in the first.
    hits = store.search_all("Dre")
    assert all(isinstance(h, SearchHit) for h in hits)
    in_first = {(h.part, h.field) for h in hits if h.case_id == first_case}
    # ("Andre" is not found: each word matches from its start)
    assert in_first == {("associates", "nicknames"), ("tattoos", "exploiter_moniker")}
    assert {h.contact_id for h in hits if h.case_id == first_case} == {first}
    assert [h.part for h in hits if h.case_id == second_case] == ["narrative"]
    assert "Dre drove" in next(h.snippet for h in hits if h.case_id == second_case)

    # And the first case is told its moniker appears in one other case.
    assert store.echoes(first_case) == [Echo("Dre", "associates", (second_case,))]
    assert store.echoes(second_case) == []  # a narrative holds no moniker to point out


def test_echoes_cover_handles_nicknames_and_phone_numbers(store: Store) -> None:
    first = _case(store, "Ada Brennick")
    store.save_online_account(
        first,
        model.OnlineAccount(
            platform="chat app",
            handle="lux.vip",
            nicknames=["Lux"],
            phone_numbers=["(555) 010-2233"],
        ),
    )
    second = _case(store, "Corinne Vale")
    store.save_associate(second, model.Associate(name="", nicknames=["Lux"]))
    store.save_online_account(second, model.OnlineAccount(phone_numbers=["555.010.2233"]))
    third = _case(store, "Ines Marlow")
    store.set_narrative(third, "Her friend mentioned lux.vip online.")
    a, b, c = (_case_of(store, n) for n in ("Ada Brennick", "Corinne Vale", "Ines Marlow"))
    echoes = {e.term: e for e in store.echoes(a)}
    assert echoes["lux.vip"].part == "online_accounts"
    assert echoes["lux.vip"].other_case_ids == (c,)
    assert echoes["Lux"].other_case_ids == tuple(sorted((b, c)))
    assert echoes["(555) 010-2233"].other_case_ids == (b,)
    assert set(echoes) == {"lux.vip", "Lux", "(555) 010-2233"}


def test_as_you_type_every_prefix_finds_the_name(store: Store) -> None:
    contact = _case(store, "Tamsin Zarkova", akas=["Birdie"], referral_number="0412-7789-3321")
    typed = ""
    for ch in "zarkov":
        typed += ch
        assert ("youth", "youth_name") in _found(store, typed), typed
    assert ("youth", "youth_akas") in _found(store, "bir")
    assert ("youth", "youth_akas") in _found(store, "BIRDIE")
    assert ("youth", "youth_referral_number") in _found(store, "0412-77")
    # Several words: each a prefix, all must be there (in one field).
    assert ("youth", "youth_name") in _found(store, "tam zark")
    assert store.search_all("tam birdie") == []
    hits = store.search_all("zark")
    assert {h.contact_id for h in hits if h.part != "youth"} == {contact}
    assert {h.contact_id for h in hits if h.part == "youth"} == {""}  # the case's youth


def test_phone_numbers_are_found_by_digits_and_by_parts(store: Store) -> None:
    contact = _case(store, "Rhea Santos")
    store.save_online_account(
        contact, model.OnlineAccount(platform="text", phone_numbers=["(555) 010-2233"])
    )
    for query in ("5550102233", "555010", "010-2233", "(555) 010", "555-010-2233"):
        hits = store.search_all(query)
        assert [(h.part, h.field) for h in hits] == [("online_accounts", "phone_numbers")], query
    assert store.search_all("5550102233")[0].snippet == "(555) 010-2233"
    assert store.search_all("5550102234") == []


def test_names_and_monikers_come_before_notes_and_list_items_show_on_one_line(
    store: Store,
) -> None:
    contact = _case(store, "Yara Pell", akas=["Little Bit", "Kestrel"])
    store.set_narrative(contact, "Kestrel was seen near the bus stop.")
    store.save_associate(contact, model.Associate(name="Kestrel Amon", notes="Kestrel again"))
    store.set_narrative(contact, "Kestrel was seen near the bus stop, twice.")  # newest
    hits = store.search_all("kestrel")
    parts = [(h.part, h.field) for h in hits]
    assert set(parts[:2]) == {("youth", "youth_akas"), ("associates", "name")}
    assert set(parts[2:]) == {("associates", "notes"), ("narrative", "narrative")}
    assert hits[parts.index(("youth", "youth_akas"))].snippet == "Little Bit; Kestrel"


def test_diacritics_are_ignored_both_ways(store: Store) -> None:
    _case(store, "José Ibáñez")
    _case(store, "Noemi Rocha", akas=["Zoë"])
    for query in ("jose", "JOSÉ", "ibanez", "Ibáñ"):
        assert ("youth", "youth_name") in _found(store, query), query
    assert ("youth", "youth_akas") in _found(store, "zoe")


ODD = [
    '"',
    '""',
    "*",
    "**",
    "dre*",
    '"dre',
    "NEAR",
    "NEAR(a b)",
    "a NEAR b",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "- dre",
    "^dre",
    "dre:",
    "body: dre",
    "case_id:x",
    "{body}: dre",
    "(",
    ")",
    "a OR OR",
    "\x00",
    "\ud800",
    "dre\udfff",
    "\u200b\u200d",
    "🙂",
    "ﷺ",
    "x" * 10_000,
    " ".join(["dre"] * 5_000),
    "'; DROP TABLE search_text; --",
    "   ",
    "",
]


@pytest.mark.parametrize("query", ODD, ids=range(len(ODD)))
def test_odd_input_never_raises(store: Store, query: str) -> None:
    contact = _case(store, "Dre Hollis")
    store.set_narrative(contact, "dre NEAR and AND or OR")
    hits = store.search_all(query)
    assert isinstance(hits, list)
    # the index is still there and still answers
    assert _found(store, "hollis") == {("youth", "youth_name"), ("interviewee", "interviewee_name")}


def test_the_limit_is_kept(store: Store) -> None:
    contact = _case(store, "Odile Frey")
    for n in range(8):
        store.save_associate(contact, model.Associate(name=f"Kestrel {n}"))
    assert len(store.search_all("kestrel")) == 8
    assert len(store.search_all("kestrel", limit=3)) == 3
    assert store.search_all("kestrel", limit=0) == []


def test_editing_and_removing_keep_the_index_current(store: Store) -> None:
    contact = _case(store, "Priya Lund")
    associate = model.Associate(name="Marcus Webb", nicknames=["Smoke"])
    store.save_associate(contact, associate)
    store.set_red_flag(
        contact, "rf.tattoo", model.RedFlagObservation([model.Source.OBSERVED], "fresh ink")
    )
    assert _found(store, "smoke") == {("associates", "nicknames")}
    store.save_associate(contact, model.Associate(id=associate.id, name="Marcus Webb"))
    assert store.search_all("smoke") == []
    assert _found(store, "webb") == {("associates", "name")}
    store.remove_associate(contact, associate.id)
    assert store.search_all("webb") == []
    store.set_red_flag(
        contact, "rf.tattoo", model.RedFlagObservation([model.Source.OBSERVED], "older ink")
    )
    assert store.search_all("fresh") == [] and _found(store, "older") == {("red_flags", "note")}
    store.set_red_flag(contact, "rf.tattoo", None)
    assert store.search_all("older") == []
    store.update_youth(contact, model.Youth(name="Priya Lindqvist", akas=["Pip"]))
    assert _found(store, "lund") == {("interviewee", "interviewee_name")}  # youth's own contact
    assert _found(store, "lindq") == {("youth", "youth_name")}
    assert _found(store, "pip") == {("youth", "youth_akas")}
    store.set_narrative(contact, "first words")
    store.set_narrative(contact, "second words")
    assert store.search_all("first") == [] and _found(store, "second") == {
        ("narrative", "narrative")
    }


def _raw(path: Path) -> dbapi2.Connection:
    conn = dbapi2.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(quoted_key(PASSPHRASE))
    return conn


def test_deleting_a_contact_leaves_no_trace_in_the_index(store: Store) -> None:
    kept = _case(store, "Gwen Arlo")
    store.save_associate(kept, model.Associate(name="Fennimore", nicknames=["Ghostline"]))
    gone = _case(store, "Halcyon Dubrow")
    store.save_associate(gone, model.Associate(name="Quillon", nicknames=["Ghostline"]))
    store.set_answer(
        gone,
        "youth.open_ended.q01",
        model.Answer(model.Response.YES, "Quillon drove", "note Quillon", None),
    )
    assert {h.contact_id for h in store.search_all("ghostline")} == {kept, gone}
    store.delete_interview(gone)
    assert store.search_all("quillon") == [] and store.search_all("halcyon") == []
    assert {h.contact_id for h in store.search_all("ghostline")} == {kept}
    path = store.path
    store.lock()
    conn = _raw(path)
    try:
        # FTS5's own secure-delete: the index's segments hold no term of the deleted
        # contact (the store's secure_delete pragma wipes the freed pages).
        blocks = b"".join(bytes(r[0]) for r in conn.execute("SELECT block FROM search_text_data"))
        assert b"quillon" not in blocks and b"halcyon" not in blocks
        assert b"fennimore" in blocks  # the check looks at the right bytes
    finally:
        conn.close()
    # Every page of the file (and its WAL), free pages included, decrypted with the
    # key: the deleted contact's words are nowhere, as typed or as indexed.
    whole = plaintext(path, PASSPHRASE).lower()
    assert b"quillon" not in whole and b"halcyon" not in whole
    assert b"fennimore" in whole and b"ghostline" in whole


def test_moving_a_contact_moves_its_entries(store: Store) -> None:
    if not hasattr(store, "move_contact"):  # case-store's write; on this branch before 0006
        pytest.skip("Store.move_contact is not on this branch yet")
    first = _case(store, "Selma Grady")
    second = _case(store, "Wren Tolliver")
    store.set_narrative(first, "mentions Brindle")
    store.save_associate(first, model.Associate(name="Brindle"))
    store.set_answer(
        first, "youth.open_ended.q01", model.Answer(model.Response.YES, "Brindle", "", None)
    )
    target = _case_of(store, "Wren Tolliver")
    store.move_contact(first, target)
    assert {h.case_id for h in store.search_all("brindle")} == {target}
    assert second


def _words(tag: str) -> dict[tuple[str, str], str]:
    """(part, field) -> text full_interview(tag) typed there, for every indexed field."""
    t = lambda name: f"{tag}-{name}-Zq"  # noqa: E731  (full_interview's own pattern)
    return {
        ("youth", "youth_name"): t("youth.name"),
        ("youth", "youth_akas"): t("aka2"),
        ("youth", "youth_referral_number"): t("referral"),
        ("youth", "youth_client_id"): t("client"),
        ("answers", "own_words"): t("own"),
        ("answers", "notes"): t("notes"),
        ("red_flags", "note"): t("rf.note"),
        ("at_risk_indicators", "note"): t("ind.A"),
        ("labor_risk_factors", "note"): t("labor"),
        ("responsibilities", "note"): t("step"),
        ("needs", "note"): t("need"),
        ("services", "note"): t("service"),
        ("tattoos", "description"): t("tat.desc"),
        ("tattoos", "youth_description"): t("tat.youth"),
        ("tattoos", "exploiter_moniker"): t("tat.moniker"),
        ("online_accounts", "handle"): t("handle"),
        ("online_accounts", "nicknames"): t("acc.nick"),
        ("online_accounts", "notes"): t("acc.notes"),
        ("associates", "name"): t("as.name"),
        ("associates", "nicknames"): t("as.nick"),
        ("associates", "relationship"): t("as.rel"),
        ("associates", "notes"): t("as.notes"),
        ("other_victims", "name"): t("ov.name"),
        ("other_victims", "notes"): t("ov.notes"),
        ("allegations", "reasons"): t("al.reasons"),
        ("collateral_contacts", "summary"): t("cc.summary"),
        ("narrative", "narrative"): t("narrative"),
    }


def _all_indexed(store: Store, tag: str, contact: str) -> None:
    for (part, field), words in _words(tag).items():
        hits = store.search_all(words)
        assert [(h.part, h.field) for h in hits] == [(part, field)], words
        # the case's youth belongs to no one contact (cases table, 0006)
        assert hits[0].contact_id == ("" if part == "youth" else contact), words
        assert words in hits[0].snippet


def test_every_part_of_a_full_record_is_indexed_as_it_is_written(store: Store) -> None:
    interview = full_interview("LIVE")
    contact = store.create_interview(interview)
    _all_indexed(store, "LIVE", contact)


def test_the_migration_fills_the_index_from_existing_rows(store: Store) -> None:
    interview = full_interview("OLD")
    contact = store.create_interview(interview)
    path = store.path
    store.lock()
    # Back to the revision before search, as a store made before it would be.
    engine = make_engine(path, KeyHolder(PASSPHRASE))
    try:
        with engine.connect() as conn:
            before = migrate.alembic_config(conn)
            command.downgrade(before, "0006")  # 0008 (issue 15) came after search
            conn.commit()
            assert migrate.current_revision(conn) < "0007"
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
            assert not any(n.startswith("search_") for n in names)
    finally:
        engine.dispose()
    reopened = Store.open(path, PASSPHRASE)
    try:
        _all_indexed(reopened, "OLD", contact)
        # and it is kept current from then on
        reopened.set_narrative(contact, "after the upgrade")
        assert _found(reopened, "upgrade") == {("narrative", "narrative")}
    finally:
        reopened.lock()


def _tree(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_the_index_is_inside_the_encrypted_file_and_nowhere_else(store: Store) -> None:
    folder = store.path.parent
    files_before = _tree(folder)
    secret = ["Vexmoor", "Quintrell", "Xanthoula", "5559018877", "Brisketeer"]
    contact = _case(store, "Vexmoor Quintrell")
    store.save_associate(contact, model.Associate(name="Xanthoula", nicknames=["Brisketeer"]))
    store.save_online_account(contact, model.OnlineAccount(phone_numbers=["(555) 901-8877"]))
    for word in secret:
        assert store.search_all(word[:5]), word
    files_while_open = _tree(folder)
    assert files_while_open <= files_before | {f"{store.path.name}-wal", f"{store.path.name}-shm"}

    def plain_anywhere() -> list[str]:
        found = []
        for p in folder.iterdir():
            data = p.read_bytes().lower()
            found += [f"{w} in {p.name}" for w in secret if w.lower().encode() in data]
            found += [
                f"{w} (utf-16) in {p.name}" for w in secret if w.lower().encode("utf-16-le") in data
            ]
        return found

    assert plain_anywhere() == []  # open: the file, its -wal and -shm
    path = store.path
    store.lock()
    assert plain_anywhere() == []
    assert _tree(folder) <= files_while_open
    # The index really is in the store: the shadow tables are pages of that file.
    conn = _raw(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"search_text", "search_text_data", "search_text_body"} <= tables
        assert conn.execute(
            "SELECT count(*) FROM search_text WHERE body LIKE '%Brisketeer%'"
        ).fetchone() == (1,)
    finally:
        conn.close()


def _index_bytes(store: Store) -> list[tuple[int, bytes]]:
    """The FTS5 segments as they are on disk (after the store's checkpoint)."""
    path = store.path
    store.lock()
    conn = _raw(path)
    try:
        return [(r[0], bytes(r[1])) for r in conn.execute("SELECT id, block FROM search_text_data")]
    finally:
        conn.close()


def test_a_write_that_leaves_the_text_alone_leaves_the_index_alone(store: Store) -> None:
    # The autosave upserts every column of an answer: a click on Yes/No, a source
    # ticked, must not re-index own words that can be a megabyte long.
    contact = _case(store, "Odile Franzen")
    own = "the driver called himself Kestrel " * 3000  # ~100 KB
    answer = model.Answer(model.Response.YES, own, "first note", None)
    store.set_answer(contact, "youth.open_ended.q01", answer)
    flag = model.RedFlagObservation([model.Source.OBSERVED], "fresh ink")
    store.set_red_flag(contact, "rf.tattoo", flag)
    path = store.path
    before = _index_bytes(store)
    store = Store.open(path, PASSPHRASE)
    try:
        store.set_answer(
            contact,
            "youth.open_ended.q01",
            model.Answer(model.Response.NO, own, "first note", None),
        )
        store.set_red_flag(
            contact,
            "rf.tattoo",
            model.RedFlagObservation([model.Source.OBSERVED, model.Source.YOUTH], "fresh ink"),
        )
    finally:
        after = _index_bytes(store)
    assert after == before
    store = Store.open(path, PASSPHRASE)
    try:
        # a changed field is re-indexed, its neighbour in the same row still found
        store.set_answer(
            contact, "youth.open_ended.q01", model.Answer(model.Response.NO, own, "second", None)
        )
        assert store.search_all("first note") == []
        assert _found(store, "second") == {("answers", "notes")}
        assert _found(store, "kestrel") == {("answers", "own_words")}
        assert _found(store, "fresh ink") == {("red_flags", "note")}
    finally:
        store.lock()
