"""Reports reuse their read while nothing was committed, and only then.

:mod:`labeldesk.review.qa_cache` keys a kept read by SQLite's ``data_version``, which any
commit by another connection changes: in this process, in another process, or a new file
put in the workspace's place.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from quality_case import Case, build
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from labeldesk.review import answers, qa_cache
from labeldesk.workspace import Workspace


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    """The hand-worked quality case (tests/quality_case.py), nothing kept from before."""
    qa_cache.forget()
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    try:
        yield build(ws)
    finally:
        ws.close()
        qa_cache.forget()


@pytest.fixture
def reads(monkeypatch) -> list[str | None]:
    """The batches :func:`labeldesk.review.answers.load` actually read, in order."""
    seen: list[str | None] = []
    real = answers.load

    def counting(s, batch, since=None):
        seen.append(batch)
        return real(s, batch, since)

    monkeypatch.setattr(answers, "load", counting)
    return seen


def anong_answered(case: Case) -> int:
    report = case.ws.quality.report(batch="b1")
    return next(r.answered for r in report.rows if r.name == "Anong")


def test_an_unchanged_workspace_is_read_once(case, reads):
    first = case.ws.quality.report(batch="b1", by="labeller")
    again = case.ws.quality.report(batch="b1", by="labeller")
    other = case.ws.quality.report(batch="b1", by="vendor")
    assert reads == ["b1"]
    assert again == first
    assert {r.name for r in other.rows} == {"Acme", "Blue", "(none)"}
    case.ws.quality.report(by="labeller")  # another scope is another read
    assert reads == ["b1", None]


def test_a_commit_in_this_process_is_seen(case, reads):
    assert anong_answered(case) == 8
    with case.ws.db.sessions.begin() as s:  # Anong withdraws her answer to c1
        s.execute(
            text("UPDATE annotation SET answer = '' WHERE id = :a"),
            {"a": case.annotations[("A", "c1")]},
        )
    assert anong_answered(case) == 7
    assert reads == ["b1", "b1"]


def test_a_commit_by_another_process_is_seen(case, reads):
    assert anong_answered(case) == 8
    path = case.ws.db.engine.url.database
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute(\"UPDATE annotation SET answer = '' WHERE id = ?\", (sys.argv[2],))\n"
        "c.commit()\n"
    )
    subprocess.run([sys.executable, "-c", code, path, case.annotations[("A", "c1")]], check=True)
    assert anong_answered(case) == 7
    assert reads == ["b1", "b1"]


def test_a_session_that_already_read_reads_again(case):
    with case.ws.db.sessions() as s:
        s.execute(text("SELECT 1"))
        one = answers.load_kept(s, "b1")
    with case.ws.db.sessions() as s:
        s.execute(text("SELECT 1"))
        two = answers.load_kept(s, "b1")
    assert one is not two


def test_versions_follow_commits_and_a_replaced_file(tmp_path):
    def make(path: Path, value: int) -> None:
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (?)", (value,))
        db.commit()
        db.close()

    path = tmp_path / "a.db"
    make(path, 1)
    engine = create_engine(f"sqlite:///{path}")
    with Session(engine) as s:
        v1 = qa_cache.data_version(s)
        assert v1 is not None
        assert qa_cache.data_version(s) == v1
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (2)"))
    with Session(engine) as s:
        v2 = qa_cache.data_version(s)
    assert v2 != v1
    engine.dispose()
    make(tmp_path / "b.db", 3)
    (tmp_path / "b.db").replace(path)  # another workspace under the same name
    with Session(create_engine(f"sqlite:///{path}")) as s:
        assert qa_cache.data_version(s) not in (None, v1, v2)


def test_no_version_for_a_database_in_memory():
    with Session(create_engine("sqlite://")) as s:
        assert qa_cache.data_version(s) is None
        assert qa_cache.cached_load(s, "k", lambda _s: 1) == 1


def test_closing_the_workspace_closes_the_watch_and_forgets(case, reads):
    case.ws.quality.report(batch="b1")
    path = case.ws.db.engine.url.database
    assert path in qa_cache._WATCHES
    case.ws.close()  # disposes the engine: the file may be deleted now
    assert path not in qa_cache._WATCHES
    assert not [k for k in qa_cache._KEPT if k[0] == path]
