"""Schema versions: an empty or older store is migrated on open, a newer one refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app import model
from app.store import NewerStore, Store, migrate
from app.store.engine import KeyHolder, create_empty_file, make_engine
from app.store.schema import Base
from tests.helpers import PASSPHRASE
from tests.helpers.records import full_interview
from tests.helpers.stores import copy_store, folder_digest


def _engine(path: Path):
    return make_engine(path, KeyHolder(PASSPHRASE))


def _revision(path: Path) -> str | None:
    engine = _engine(path)
    try:
        with engine.connect() as conn:
            return migrate.current_revision(conn)
    finally:
        engine.dispose()


def test_head_constant_is_alembics_head() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.HEAD
    revisions = [r.revision for r in script.walk_revisions()]
    assert revisions == ["0008", "0007", "0006", "0005", "0004", "0003", "0002", "0001"]


def test_migrations_from_empty_build_exactly_the_models(tmp_path: Path) -> None:
    path = tmp_path / "empty.cec"
    create_empty_file(path)
    engine = _engine(path)  # keyed but empty, as a create interrupted before its schema
    with engine.connect() as conn:
        assert migrate.current_revision(conn) is None
        migrate.upgrade(conn)
        conn.commit()
        # The search index (0007) is an FTS5 virtual table and its shadow tables:
        # SQLite's, not the models' (app/store/search.py reads it).
        opts = {"include_name": lambda name, kind, _: not (name or "").startswith("search_text")}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    engine.dispose()
    assert diff == []
    store = Store.open(path, PASSPHRASE)  # and it opens as a normal store
    try:
        iv = full_interview()
        store.create_interview(iv)
        assert store.load(iv.id) == iv
    finally:
        store.lock()


def test_an_empty_keyed_file_is_migrated_on_open(tmp_path: Path) -> None:
    path = tmp_path / "empty.cec"
    create_empty_file(path)
    engine = _engine(path)
    with engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE scratch(x)")  # make the keyed header real
        conn.commit()
    engine.dispose()
    Store.open(path, PASSPHRASE).lock()
    assert _revision(path) == migrate.HEAD


def test_an_older_store_is_migrated_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.cec"
    create_empty_file(path)
    engine = _engine(path)
    # A store as version 0001 wrote it: no search key yet (the 0005 layout of issue 14's
    # tests/helpers/old_store, less what 0002 and 0004 added).
    current = full_interview("OLD")
    from tests.helpers.old_store import rows_0005

    values = rows_0005(current)["interviews"][0]
    values.pop("search_key")
    values.pop("scenario_id")  # added by 0004
    with engine.connect() as conn:
        migrate.upgrade(conn, "0001")
        columns = ", ".join(values)
        conn.execute(
            text(
                f"INSERT INTO interviews ({columns}) VALUES ({', '.join(':' + k for k in values)})"
            ),
            values,
        )
        conn.commit()
        assert migrate.current_revision(conn) == "0001"
    engine.dispose()
    store = Store.open(path, PASSPHRASE)
    try:
        assert [s.id for s in store.search("old-aka2")] == [current.id]
        loaded = store.load(current.id)
        assert loaded.youth == current.youth and loaded.special == current.special
        assert loaded.narrative == current.narrative
    finally:
        store.lock()
    assert _revision(path) == migrate.HEAD


@pytest.mark.parametrize("revision", ["0099", "0100", "9f3a_someone_elses"])
def test_a_newer_store_is_refused_and_left_alone(tmp_path: Path, revision: str) -> None:
    path = copy_store(tmp_path / "s")
    engine = _engine(path)
    with engine.connect() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": revision})
        conn.commit()
    engine.dispose()
    before = folder_digest(tmp_path / "s")
    with pytest.raises(NewerStore, match="newer version"):
        Store.open(path, PASSPHRASE)
    assert folder_digest(tmp_path / "s") == before


def test_a_store_at_head_is_not_migrated_again(tmp_path: Path, monkeypatch) -> None:
    path = copy_store(tmp_path)
    monkeypatch.setattr(migrate, "upgrade", lambda *a, **k: pytest.fail("migrated again"))
    store = Store.open(path, PASSPHRASE)
    store.create_interview(model.Interview())
    store.lock()
    shutil.copyfile(path, tmp_path / "copy.cec")
    Store.open(tmp_path / "copy.cec", PASSPHRASE).lock()
