"""Alembic's environment: runs the revisions on the connection that store/schema.py opened
(and holds the migration lock on), never on one of its own."""

from alembic import context

from hetao_brief.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters a table by copying it
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
