"""The workspace schema: migrations reach head, match the models, and keep SQLite's promises."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from db_backends import fresh_pg_database, pg_server_url
from sqlalchemy import create_engine, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from labeldesk import audit
from labeldesk.errors import KnownStorageError
from labeldesk.storage.db import SCHEMA_HEAD, current_revision, open_database, to_url
from labeldesk.storage.migrate import head_revision, upgrade_to_head
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    AuditEntry,
    Base,
    Batch,
    Conversation,
    Role,
    Turn,
    User,
)


def _fresh_pg_database() -> Iterator[str]:
    """An empty PostgreSQL database for one test, dropped afterwards (skipped without a
    server, failed under CI=true: see tests/db_backends.py)."""
    with fresh_pg_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty workspace location on each supported database."""
    if request.param == "sqlite":
        yield str(tmp_path / "ws.db")
        return
    pg_server_url()
    yield from _fresh_pg_database()


def test_schema_head_constant_matches_migrations() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_empty_database_upgrades_to_head_and_matches_models(location: str) -> None:
    db = open_database(location, create=True)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
    finally:
        db.dispose()


def test_upgrade_is_idempotent(tmp_path: Path) -> None:
    db = open_database(tmp_path / "ws.db", create=True)
    upgrade_to_head(db.engine)
    assert current_revision(db.engine) == SCHEMA_HEAD
    db.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    db = open_database(tmp_path / "ws.db", create=True)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    with pytest.raises(IntegrityError), db.sessions.begin() as s:
        s.execute(insert(Conversation).values(external_id="x", batch_id=999, content_hash="h"))
    db.dispose()


def _one_revision(location: str) -> tuple[object, str]:
    """A workspace holding one conversation, one annotation and one revision."""
    db = open_database(location, create=True)
    with db.sessions.begin() as s:
        batch = Batch(name="b")
        user = User(name="ann", role=Role.LABELLER, languages=["en"])
        s.add_all([batch, user])
        s.flush()
        conv = Conversation(external_id="c1", batch_id=batch.id, content_hash="h", n_turns=1)
        s.add(conv)
        s.flush()
        s.add(Turn(conversation_id=conv.id, idx=0, speaker="customer", text="hi"))
        ann = Annotation(conversation_id=conv.id, user_id=user.id, latest_revision=1)
        s.add(ann)
        s.flush()
        rev = AnnotationRevision(annotation_id=ann.id, number=1, labels=["a"], turn_labels={})
        s.add(rev)
        audit.record(s, "annotate", entity="annotation", entity_id=ann.id)
    return db, rev.id


def test_revisions_and_audit_log_are_append_only(location: str) -> None:
    db, rev_id = _one_revision(location)
    try:
        for stmt in (
            update(AnnotationRevision).where(AnnotationRevision.id == rev_id).values(labels=["b"]),
            AnnotationRevision.__table__.delete(),
            update(AuditEntry).values(action="forged"),
            AuditEntry.__table__.delete(),
        ):
            with pytest.raises(DBAPIError, match="append-only"), db.sessions.begin() as s:
                s.execute(stmt)
        with db.sessions() as s:
            assert s.scalar(select(AnnotationRevision.labels)) == ["a"]
            assert s.scalar(select(AuditEntry.action)) == "annotate"
    finally:
        db.dispose()


def test_audit_log_is_hash_chained(tmp_path: Path) -> None:
    db, _ = _one_revision(str(tmp_path / "ws.db"))
    with db.sessions.begin() as s:
        audit.record(s, "second", payload={"n": 2})
    with db.sessions() as s:
        first, second = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        assert first.prev_hash == ""
        assert second.prev_hash == first.hash
        assert second.hash == audit.entry_hash(
            first.hash, second.id, audit.canonical_time(second.at), "second", {"n": 2}
        )
    db.dispose()


def test_missing_workspace_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KnownStorageError, match="labeldesk init"):
        open_database(tmp_path / "nope.db")


def test_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite\n" * 100)
    with pytest.raises(KnownStorageError, match="not a LabelDesk workspace"):
        open_database(bogus)


def test_sqlite_file_without_schema_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(KnownStorageError, match="no schema"):
        open_database(path)


def test_workspace_from_newer_labeldesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ws.db"
    open_database(path, create=True).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(KnownStorageError, match="newer LabelDesk"):
        open_database(path)


def test_unsupported_url_is_refused() -> None:
    with pytest.raises(KnownStorageError, match="unsupported database"):
        to_url("mysql://u@h/db")


def test_workspace_with_work_in_it_upgrades_from_0004_and_keeps_it(tmp_path: Path) -> None:
    """0005 adds columns to ``assignment``, which annotations point to: with foreign keys on,
    a table rebuild would fail, so the upgrade must add them in place and keep every row."""
    from alembic import command

    from labeldesk.storage.migrate import alembic_config

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0004")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.exec_driver_sql(
            "INSERT INTO batch (name, multi_label, source, created_at) "
            "VALUES ('b', 0, '', '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO user (id, name, role, languages, pseudonym, active, created_at) "
            "VALUES ('u1', 'ann', 'labeller', '[\"en\"]', 'p1', 1, '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO conversation (external_id, batch_id, content_hash, language, "
            "language_confidence, meta, n_turns, created_at) "
            "VALUES ('c1', 1, 'h', 'en', 1.0, '{}', 0, '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO assignment (id, conversation_id, user_id, purpose, position, status, "
            "created_at) VALUES ('a1', 1, 'u1', 'label', 0, 'done', '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO annotation (id, conversation_id, user_id, assignment_id, "
            "latest_revision, created_at) VALUES ('n1', 1, 'u1', 'a1', 1, '2026-01-01')"
        )
    engine.dispose()
    db = open_database(path)  # upgrades to head with foreign keys on
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT a.id, a.status, a.batch_id, a.quiz_id, n.id FROM assignment a "
                "JOIN annotation n ON n.assignment_id = a.id"
            ).all()
            assert rows == [("a1", "done", None, None, "n1")]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
    finally:
        db.dispose()


def test_workspace_with_annotations_upgrades_from_0005_with_latest_answers(tmp_path: Path) -> None:
    """0006 copies each annotation's latest revision onto it, in place (foreign keys on)."""
    from alembic import command

    from labeldesk.storage.migrate import alembic_config

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0005")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.exec_driver_sql(
            "INSERT INTO batch (name, multi_label, source, created_at) "
            "VALUES ('b', 1, '', '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO user (id, name, role, languages, pseudonym, active, created_at) "
            "VALUES ('u1', 'ann', 'labeller', '[\"en\"]', 'p1', 1, '2026-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO conversation (external_id, batch_id, content_hash, language, "
            "language_confidence, meta, n_turns, created_at) "
            "VALUES ('c1', 1, 'h', 'en', 1.0, '{}', 0, '2026-01-01')"
        )
        for aid, latest in (("n1", 2), ("n2", 1), ("n3", 0), ("n4", 3)):
            conn.exec_driver_sql(
                "INSERT INTO annotation (id, conversation_id, user_id, latest_revision, "
                f"created_at) VALUES ('{aid}', 1, 'u1', {latest}, '2026-01-01')"
            )
        revisions = (
            ("r1", "n1", 1, '["x"]', 0, None, 1.0, "2026-01-02 00:00:00.000000"),
            ("r2", "n1", 2, '["b", "a", "b"]', 1, None, 7.5, "2026-01-03 00:00:00.000000"),
            ("r3", "n2", 1, "[]", 0, "not English", 2.25, "2026-01-04 00:00:00.000000"),
            ("r4", "n4", 1, '["y"]', 0, None, 3.0, "2026-01-05 00:00:00.000000"),
        )
        conn.exec_driver_sql(
            "INSERT INTO annotation_revision (id, annotation_id, number, labels, turn_labels, "
            "unsure, skip_reason, note, active_seconds, created_at) "
            "VALUES (?, ?, ?, ?, '{}', ?, ?, '', ?, ?)",
            list(revisions),
        )
    engine.dispose()
    db = open_database(path)  # upgrades to head with foreign keys on
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, answer, skipped, unsure, active_seconds, answered_at "
                "FROM annotation ORDER BY id"
            ).all()
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
        assert rows == [
            ("n1", "a|b", 0, 1, 7.5, "2026-01-03 00:00:00.000000"),
            ("n2", "", 1, 0, 2.25, "2026-01-04 00:00:00.000000"),
            ("n3", "", 0, 0, 0.0, None),  # no revision yet
            ("n4", "", 0, 0, 0.0, None),  # its latest revision is missing: no answer
        ]
    finally:
        db.dispose()
