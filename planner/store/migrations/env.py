"""Alembic environment: one transaction for the whole upgrade."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from planner.store.models import Base

connection = context.config.attributes["connection"]

with connection.begin():
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transactional_ddl=True,
    )
    context.run_migrations()
    problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if problems:
        raise RuntimeError(f"migration broke foreign keys: {problems[:5]}")
