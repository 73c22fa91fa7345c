"""Workspace storage: SQLAlchemy models, engine and sessions, migrations, queries."""
