"""Alembic environment: always handed a live, keyed connection by app.store.migrate."""

from __future__ import annotations

from alembic import context

from app.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through app.store.migrate, on an unlocked store")

# render_as_batch: SQLite alters tables by copying them; batch mode does that.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
