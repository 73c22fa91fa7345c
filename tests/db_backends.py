"""The databases a workspace can live on, as pytest fixtures: a SQLite file and PostgreSQL.

``db_url`` runs a test once per backend, each time on a new, empty database given as a URL
(``sqlite:////tmp/.../ws.db`` or ``postgresql://root@/ld_test_…``); ``module_db_url`` is the
same, shared by a module's tests. Nothing is created in it: ``Workspace.open(url, create=True)``
or ``labeldesk init -w URL`` makes the schema.

The PostgreSQL variant needs a server: ``LABELDESK_TEST_PG_URL`` names a database on it whose
user may create databases (``./run test`` sets it up in CI, or with ``LABELDESK_PG=1``). Each
test gets a database of its own, dropped afterwards. Without the variable the variant is
skipped, except under ``CI=true``, where it fails: CI must never lose PostgreSQL silently.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from labeldesk.storage.db import to_url

#: The environment variable naming the PostgreSQL server the tests may create databases on.
PG_ENV = "LABELDESK_TEST_PG_URL"

#: Every backend a workspace supports, as the ids of the parametrised tests.
BACKENDS = ("sqlite", "postgresql")


def pg_server_url() -> str:
    """``LABELDESK_TEST_PG_URL``; skip the test when it is unset, or fail it under ``CI=true``."""
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail(
            f"CI=true but {PG_ENV} is not set: the PostgreSQL variant must run in CI "
            "(./run test sets it up; see setup_postgres in ./run)",
            pytrace=False,
        )
    pytest.skip(f"set {PG_ENV} (or run with LABELDESK_PG=1 ./run test) for PostgreSQL")


@contextmanager
def fresh_pg_database(server_url: str | None = None) -> Iterator[str]:
    """A new, empty PostgreSQL database on the tests' server, dropped on exit; yields its URL."""
    base = to_url(server_url or pg_server_url())
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = "ld_test_" + uuid.uuid4().hex[:12]
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            # The plain postgresql:// form a user types, not SQLAlchemy's driver name.
            yield base.set(drivername="postgresql", database=name).render_as_string(
                hide_password=False
            )
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@contextmanager
def fresh_database(backend: str, folder: Path) -> Iterator[str]:
    """A new, empty database URL on ``backend`` ("sqlite": a file in ``folder``)."""
    if backend == "sqlite":
        yield "sqlite:///" + str((folder / "ws.db").resolve())
        return
    with fresh_pg_database() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database for this test, as a URL: on SQLite, then on PostgreSQL."""
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def module_db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A new, empty database shared by a module's tests, as a URL, on each backend."""
    with fresh_database(request.param, tmp_path_factory.mktemp("db")) as url:
        yield url
