"""Search: an FTS5 index of everything the CSW typed, inside the encrypted store.

Revision ID: 0007
Revises: 0006 (see down_revision)
Create Date: 2026-11-29

``search_text`` is an FTS5 table in the SQLCipher file itself: its shadow
tables are ordinary pages of the store, encrypted and HMAC'd like every other
page; there is never a plaintext index, nor any file beside the store.
Tokenizer ``unicode61 remove_diacritics 2`` ("José" is found by "jose"). FTS5's
own ``secure-delete`` is on, so a deleted note leaves no term behind in the
index's segments (the store's ``secure_delete`` pragma wipes freed pages).

The indexed text is kept in an ordinary table, ``search_text_body`` (id INTEGER
PRIMARY KEY), that ``search_text`` indexes as FTS5 external content: the upgrade
fills it with one INSERT ... SELECT per field and indexes it with one 'rebuild'
(FTS5 copying each row into its own content table made ~2x more allocations,
each of which SQLCipher's memory security locks and wipes); triggers on it keep
the index in step.

Kept current by SQL triggers on the indexed tables, in the same transaction as
the write (no Python hook in the writes). Each indexed field of a source row is
one entry whose id is ``tier * 2**53 + source rowid * 1024 + source number
* 16 + field number``, so a trigger replaces or removes a row's entries by id
ranges (no scan of the index). An update re-indexes only the fields whose text
changed (one trigger per field, with a WHEN clause), or all of them when the
row's case, contact or key changed. Tier 0 holds the fields that name someone or
something (names, AKAs, monikers, handles, phone numbers), so the search streams
them first in ascending rowid order instead of ranking every match. Empty fields are not
indexed. Prefix indexes for 1-3 characters keep as-you-type prefixes fast.

The sources are built from the columns the tables have at upgrade time: with
migration 0006 (cases) the findings carry ``case_id``/``contact_id`` and the youth
lives in ``cases``; on a store without it (a branch before 0006), a contact's id
stands for its case. A later migration that rebuilds an indexed table (batch
mode copies rows, changing rowids and dropping triggers) must run this module's
``install`` again.

Frozen as of this revision (like 0002's search key): do not import it from app/.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TEXT, LIST, PHONES = "text", "list", "phones"

# (source table, part name, key column or None, [(field column, how)])
# Part names are app.store.parts' (Changed.part); "youth" and "narrative" are
# the record's parts of those names.
_SOURCES: tuple[tuple[str, str, str | None, tuple[tuple[str, str], ...]], ...] = (
    (
        "@youth",
        "youth",
        None,
        (
            ("youth_name", TEXT),
            ("youth_akas", LIST),
            ("youth_referral_number", TEXT),
            ("youth_client_id", TEXT),
        ),
    ),
    ("interviews", "narrative", None, (("narrative", TEXT),)),
    # english_rendering: added by 0008, which installs its triggers (the fields are
    # taken as the table has them when this runs).
    (
        "answers",
        "answers",
        "key",
        (("own_words", TEXT), ("notes", TEXT), ("english_rendering", TEXT)),
    ),
    (
        "determinations",
        "answers",
        "key",
        (("own_words", TEXT), ("notes", TEXT), ("english_rendering", TEXT)),
    ),
    ("red_flags", "red_flags", "key", (("note", TEXT),)),
    ("at_risk_indicators", "at_risk_indicators", "key", (("note", TEXT),)),
    ("labor_risk_factors", "labor_risk_factors", "key", (("note", TEXT),)),
    ("needs", "needs", "key", (("note", TEXT),)),
    ("steps", "responsibilities", "key", (("note", TEXT),)),
    ("services", "services", "key", (("note", TEXT),)),
    (
        "tattoos",
        "tattoos",
        "id",
        (
            ("description", TEXT),
            ("youth_description", TEXT),
            ("exploiter_moniker", TEXT),
            ("how_obtained", TEXT),
            ("where_obtained", TEXT),
        ),
    ),
    (
        "online_accounts",
        "online_accounts",
        "id",
        (("handle", TEXT), ("nicknames", LIST), ("phone_numbers", PHONES), ("notes", TEXT)),
    ),
    (
        "associates",
        "associates",
        "id",
        (("name", TEXT), ("nicknames", LIST), ("relationship", TEXT), ("notes", TEXT)),
    ),
    ("other_victims", "other_victims", "id", (("name", TEXT), ("where", TEXT), ("notes", TEXT))),
    (
        "allegations",
        "allegations",
        "id",
        (("reasons", TEXT), ("alleged_perpetrator", TEXT), ("alleged_victim", TEXT)),
    ),
    (
        "collateral_contacts",
        "collateral_contacts",
        "id",
        (("summary", TEXT), ("name", TEXT), ("agency", TEXT)),
    ),
    ("interviews", "interviewee", None, (("interviewee_name", TEXT),)),
    ("@youth", "special", None, (("special_notes", TEXT),)),
)

# Fields that name someone or something (a name, moniker, handle, number): their
# entries sort before notes and narrative. Every other field's entries have the
# rowid's bit 53 set, so ``ORDER BY rowid`` (ascending: FTS5 streams it, where
# descending made SQLCipher's memory security cost a second a query) gives names
# first. Entry rowids grow with the source rowid: FTS5 flushes its pending terms
# whenever a rowid is not above the last one, so a fill or a transaction writing
# many rows must add them in ascending order (a countdown made the fill 20x slower).
_IDENTIFYING = {
    ("youth", "youth_name"),
    ("youth", "youth_akas"),
    ("youth", "youth_referral_number"),
    ("youth", "youth_client_id"),
    ("tattoos", "exploiter_moniker"),
    ("online_accounts", "handle"),
    ("online_accounts", "nicknames"),
    ("online_accounts", "phone_numbers"),
    ("associates", "name"),
    ("associates", "nicknames"),
    ("other_victims", "name"),
    ("allegations", "alleged_perpetrator"),
    ("allegations", "alleged_victim"),
    ("collateral_contacts", "name"),
    ("interviewee", "interviewee_name"),
}
TIER = 1 << 53
# The indexed text, one row per entry (FTS5 external content: ``search_text`` keeps
# only the index and reads snippets from here).
BODY = "search_text_body"

# Characters dropped from a phone number for its digits-only form.
_PHONE_PUNCTUATION = (" ", "(", ")", "-", ".", "+", "/", "\u00a0")


class _Source:
    """One indexed table: its fields, and where its case and contact ids come from.

    (A plain class: Alembic loads revision files outside sys.modules, where
    dataclasses cannot resolve their annotations.) ``case_expr``/``contact_expr``
    are SQL templates over ``{r}``, the row (``new`` in a trigger, ``src`` in the fill).
    """

    def __init__(self, number, table, part, key, fields, case_expr, contact_expr) -> None:  # noqa: ANN001
        self.number, self.table, self.part, self.key = number, table, part, key
        self.fields: tuple[tuple[str, str], ...] = fields
        self.case_expr, self.contact_expr = case_expr, contact_expr

    def body(self, column: str, how: str) -> str:
        col = f'{{r}}."{column}"'
        if how == TEXT:
            return f"coalesce({col}, '')"
        if how == LIST:
            return f"coalesce((SELECT group_concat(value, char(10)) FROM json_each({col})), '')"
        digits = "value"
        for ch in _PHONE_PUNCTUATION:
            digits = f"replace({digits}, '{ch}', '')"
        return (
            f"coalesce((SELECT group_concat(value || char(10) || {digits}, char(10)) "
            f"FROM json_each({col})), '')"
        )

    def inserts(self, r: str) -> list[str]:
        """One INSERT per field: of the trigger's row ``new``, or of every row (fill)."""
        key = f'{{r}}."{self.key}"' if self.key else "''"
        source = "" if r == "new" else f' FROM "{self.table}" AS src'
        out = []
        for n, (column, how) in enumerate(self.fields):
            offset = self.number * 16 + n + self.tier(column)
            select = (
                f"SELECT {{r}}.rowid * 1024 + {offset} AS id, {self.case_expr}, "
                f"{self.contact_expr}, '{self.part}', {key}, '{column}', "
                f"{self.body(column, how)} AS body{source}{' ORDER BY src.rowid' if source else ''}"
            )
            sql = (
                f"INSERT INTO {BODY}(id, case_id, contact_id, part, key, field, body) "
                f"SELECT * FROM ({select}) WHERE body <> ''"
            )
            out.append(sql.replace("{r}", r))
        return out

    def insert_field(self, n: int) -> str:
        """The INSERT of field number ``n`` of the trigger's row ``new``."""
        return self.inserts("new")[n]

    def tier(self, column: str) -> int:
        return 0 if (self.part, column) in _IDENTIFYING else TIER

    def delete(self) -> str:
        """The statements removing every entry of row ``old`` (a rowid range per tier)."""
        out = []
        for tier in sorted({self.tier(c) for c, _ in self.fields}):
            low = f"old.rowid * 1024 + {tier + self.number * 16}"
            out.append(f"DELETE FROM {BODY} WHERE id BETWEEN {low} AND {low} + 15")
        return "; ".join(out)

    def depends_on(self) -> list[str]:
        """The row's columns an entry is made of besides its field: key, case, contact."""
        exprs = self.case_expr + self.contact_expr
        cols = [c for c in ("id", "case_id", "contact_id", "interview_id") if "{r}." + c in exprs]
        if self.key and self.key not in cols:
            cols.append(self.key)
        return cols

    def triggers(self) -> list[str]:
        """Insert and delete replace the row's entries; an update replaces only the
        entries of the fields whose text changed (or all, when the row's case or
        contact changed): an upsert that sets every column, or a click on Yes, leaves
        the index alone (a 1 MB own-words answer is not re-indexed for a tick)."""
        name = f"search_{self.number:02d}_{self.table}"
        out = [
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {self.table} BEGIN "
            + "; ".join(self.inserts("new"))
            + "; END",
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {self.table} BEGIN {self.delete()}; END",
        ]
        for n, (column, _how) in enumerate(self.fields):
            watched = [column, *self.depends_on()]
            changed = " OR ".join(f'old."{c}" IS NOT new."{c}"' for c in watched)
            entry = f"old.rowid * 1024 + {self.number * 16 + n + self.tier(column)}"
            out.append(
                f"CREATE TRIGGER {name}_au{n} AFTER UPDATE OF "
                + ", ".join(f'"{c}"' for c in watched)
                + f" ON {self.table} WHEN {changed} BEGIN "
                f"DELETE FROM {BODY} WHERE id = {entry}; {self.insert_field(n)}; END"
            )
        return out


def _columns(conn: sa.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}


def _sources(conn: sa.Connection) -> list[_Source]:
    """The indexed sources as the tables stand now (before or after 0006)."""
    interview_cols = _columns(conn, "interviews")
    contact_case = "case_id" in interview_cols
    out = []
    for number, (table, part, key, fields) in enumerate(_SOURCES):
        if table == "@youth":
            table = "cases" if _columns(conn, "cases") else "interviews"
        cols = _columns(conn, table)
        if not cols:
            continue  # e.g. no determinations table before 0006
        fields = tuple(f for f in fields if f[0] in cols)
        if table == "cases":
            case_expr, contact_expr = "{r}.id", "''"
        elif table == "interviews":
            case_expr = "{r}.case_id" if contact_case else "{r}.id"
            contact_expr = "{r}.id"
        else:
            if "case_id" in cols:
                case_expr = "{r}.case_id"
            elif contact_case:
                case_expr = "coalesce((SELECT i.case_id FROM interviews i WHERE i.id = {r}.interview_id), '')"
            else:
                case_expr = "{r}.interview_id"
            contact_expr = (
                "coalesce({r}.contact_id, '')" if "contact_id" in cols else "{r}.interview_id"
            )
        out.append(_Source(number, table, part, key, fields, case_expr, contact_expr))
    return out


REBUILD_HASHSIZE = 64 << 20
DEFAULT_HASHSIZE = 1 << 20  # FTS5's own default


def _config(conn: sa.Connection, name: str, value: int) -> None:
    conn.exec_driver_sql(f"INSERT INTO search_text(search_text, rank) VALUES ('{name}', {value})")


_BODY_COLUMNS = ("case_id", "contact_id", "part", "key", "field", "body")


def _body_triggers() -> list[str]:
    """The FTS index follows its content table (FTS5's external-content pattern)."""
    cols = ", ".join(_BODY_COLUMNS)
    new = ", ".join(f"new.{c}" for c in _BODY_COLUMNS)
    old = ", ".join(f"old.{c}" for c in _BODY_COLUMNS)
    add = f"INSERT INTO search_text(rowid, {cols}) VALUES (new.id, {new})"
    remove = f"INSERT INTO search_text(search_text, rowid, {cols}) VALUES ('delete', old.id, {old})"
    return [
        f"CREATE TRIGGER search_body_ai AFTER INSERT ON {BODY} BEGIN {add}; END",
        f"CREATE TRIGGER search_body_ad AFTER DELETE ON {BODY} BEGIN {remove}; END",
        f"CREATE TRIGGER search_body_au AFTER UPDATE ON {BODY} BEGIN {remove}; {add}; END",
    ]


def install(conn: sa.Connection) -> None:
    """(Re)create the triggers and refill the index from the rows as they are.

    Set-based, inside the caller's transaction: one INSERT ... SELECT per field
    fills the content table, then one 'rebuild' indexes it (no per-row trigger,
    and none of FTS5's per-row copying into its own content table: ~4x fewer
    allocations, each of which SQLCipher's memory security locks and wipes)."""
    drop_triggers(conn)
    conn.exec_driver_sql(f"DELETE FROM {BODY}")
    sources = _sources(conn)
    for source in sources:
        for sql in source.inserts("src"):
            conn.exec_driver_sql(sql)
    # A larger pending-terms buffer for the one rebuild: fewer, larger segments to
    # write and merge (1,000 interviews: rebuild 6.4 -> 4.3 s, the file 8% smaller);
    # then FTS5's default again for the small transactions of everyday writes.
    _config(conn, "hashsize", REBUILD_HASHSIZE)
    conn.exec_driver_sql("INSERT INTO search_text(search_text) VALUES ('rebuild')")
    _config(conn, "hashsize", DEFAULT_HASHSIZE)
    for source in sources:
        for sql in source.triggers():
            conn.exec_driver_sql(sql)
    for sql in _body_triggers():
        conn.exec_driver_sql(sql)
    if "case_id" in _columns(conn, "interviews"):
        # A contact moved to another case: its contact-scoped entries (answers)
        # follow it; its findings follow through their own rows' triggers.
        conn.exec_driver_sql(
            "CREATE TRIGGER search_move_contact AFTER UPDATE OF case_id ON interviews "
            f"BEGIN UPDATE {BODY} SET case_id = new.case_id "
            "WHERE contact_id = new.id AND case_id = old.case_id; END"
        )
    conn.exec_driver_sql("INSERT INTO search_text(search_text) VALUES ('optimize')")


def drop_triggers(conn: sa.Connection) -> None:
    names = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' "
            "ESCAPE '\\'"
        )
    ]
    for name in names:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')


def upgrade() -> None:
    conn = op.get_bind()
    # The text lives in an ordinary table (an explicit INTEGER PRIMARY KEY: VACUUM
    # keeps its ids, which the index refers to); the FTS5 table indexes it.
    # columnsize = 0: no per-entry token count (only bm25 would use it, and the
    # search does not rank; snippet counts the few rows it shows): each entry
    # written one B-tree insert and its allocations lighter (1,000 interviews:
    # rebuild 8.4 -> 1.4 s).
    conn.exec_driver_sql(
        f"CREATE TABLE {BODY} (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, "
        "contact_id TEXT NOT NULL, part TEXT NOT NULL, key TEXT NOT NULL, "
        "field TEXT NOT NULL, body TEXT NOT NULL)"
    )
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE search_text USING fts5("
        "case_id UNINDEXED, contact_id UNINDEXED, part UNINDEXED, key UNINDEXED, "
        "field UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', "
        f"content = '{BODY}', content_rowid = 'id', columnsize = 0)"
    )
    conn.exec_driver_sql("INSERT INTO search_text(search_text, rank) VALUES ('secure-delete', 1)")
    install(conn)


def downgrade() -> None:
    conn = op.get_bind()
    drop_triggers(conn)
    conn.exec_driver_sql("DROP TABLE search_text")
    conn.exec_driver_sql(f"DROP TABLE {BODY}")
