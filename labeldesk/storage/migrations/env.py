"""Alembic environment: uses the engine handed over by labeldesk.storage.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from labeldesk.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Run migrations with a live connection; batch mode keeps ALTERs working on SQLite."""
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()
