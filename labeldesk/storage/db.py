"""Engine and session factory for a workspace database: SQLite file or PostgreSQL URL.

This module is the composition root for storage: it builds the ``Engine`` and the
``sessionmaker`` once, turns SQLite's sharp edges (foreign keys, WAL, busy timeout) into
explicit settings, and checks the schema version when a workspace is opened.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from labeldesk.errors import KnownStorageError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

#: The Alembic revision this code expects. A test checks it equals the migrations' head.
SCHEMA_HEAD = "0007"


@dataclass(frozen=True)
class Database:
    """An open workspace database: its URL, engine and session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        """Whether the database is a SQLite file."""
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def to_url(location: str | Path) -> URL:
    """Turn a workspace location (a file path or a database URL) into a SQLAlchemy URL.

    ``postgresql://`` URLs are given the psycopg 3 driver. Anything without ``://`` is a
    path to a SQLite file.
    """
    raw = str(location)
    if "://" not in raw:
        return make_url("sqlite:///" + str(Path(raw).expanduser().resolve()))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise KnownStorageError(f"not a database URL: {raw!r} ({exc})") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise KnownStorageError(
            f"unsupported database {url.get_backend_name()!r}: use a file path, "
            "sqlite:///path or postgresql://user@host/db"
        )
    return url


def shown(location: str | Path) -> str:
    """A workspace location as it may be printed or logged: a URL's password hidden."""
    raw = str(location)
    return make_url(raw).render_as_string(hide_password=True) if "://" in raw else raw


def reason(exc: DatabaseError | sqlite3.Error) -> str:
    """The driver's own first line of a database error, for a one-line message."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else exc.__class__.__name__


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:  # noqa: ANN401
    """Set per-connection pragmas: foreign keys on, WAL journal, durable commits."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit survives power loss too, not only a crash of the app.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def create_db_engine(location: str | Path) -> Engine:
    """Build an engine for a workspace location, with SQLite pragmas installed."""
    url = to_url(location)
    if url.get_backend_name() == "sqlite":
        # hide_parameters: an error's message (logged, or shown by the hub) never carries
        # the values of a statement, which may be notes, comments or conversation text.
        engine = create_engine(url, connect_args={"timeout": 10}, hide_parameters=True)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def workspace_exists(location: str | Path) -> bool:
    """Whether a workspace is at ``location`` (for SQLite: the file exists and has tables)."""
    url = to_url(location)
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not path.exists():
            return False
    engine = create_db_engine(location)
    try:
        return "alembic_version" in inspect(engine).get_table_names()
    except OperationalError as exc:
        raise KnownStorageError(f"cannot open workspace {shown(location)}: {reason(exc)}") from exc
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        raise KnownStorageError(
            f"{shown(location)} is not a LabelDesk workspace: {reason(exc)}"
        ) from exc
    finally:
        engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """Read the schema revision recorded in the database, or None if it has none."""
    with engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_database(location: str | Path, *, create: bool = False) -> Database:
    """Open (and with ``create``, make) a workspace database at the current schema.

    A workspace at an older schema is upgraded in place. One from a newer LabelDesk, or a
    file that is not a workspace, raises :class:`KnownStorageError`.
    """
    url = to_url(location)
    if url.get_backend_name() == "sqlite" and not create:
        path = Path(url.database or "")
        if not path.exists():
            raise KnownStorageError(
                f"no workspace at {path}; create one with: labeldesk init --workspace {path}"
            )
    if url.get_backend_name() == "sqlite" and create:
        Path(url.database or "").parent.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(location)
    try:
        revision = current_revision(engine)
    except OperationalError as exc:  # no server, no such database, refused, bad login
        engine.dispose()
        raise KnownStorageError(f"cannot open workspace {shown(location)}: {reason(exc)}") from exc
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        raise KnownStorageError(
            f"{shown(location)} is not a LabelDesk workspace: {reason(exc)}"
        ) from exc
    if revision is None and not create:
        engine.dispose()
        raise KnownStorageError(
            f"{shown(location)} is not a LabelDesk workspace (no schema); "
            f"create one with: labeldesk init --workspace {shown(location)}"
        )
    if revision != SCHEMA_HEAD:
        from labeldesk.storage.migrate import known_revisions, upgrade_to_head

        if revision is not None and revision not in known_revisions():
            engine.dispose()
            raise KnownStorageError(
                f"{shown(location)} has schema {revision}, made by a newer LabelDesk; "
                "upgrade LabelDesk"
            )
        upgrade_to_head(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url.render_as_string(hide_password=True), engine=engine, sessions=sessions)
