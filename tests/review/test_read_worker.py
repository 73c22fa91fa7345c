"""The worker process that reads part of a table for the quality read: the same columns as a
read in the caller, and a clean fallback when it is off or dies."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from quality_case import Case, build
from sqlalchemy import text

from labeldesk.review import read_worker
from labeldesk.review.answers import load
from labeldesk.review.columns import Col, read_columns
from labeldesk.review.read_worker import Task, read_part, run_in_worker
from labeldesk.workspace import Workspace

COLS = (
    Col("id", "annotation.id", "id"),
    Col("conv", "annotation.conversation_id", "int"),
    Col("user", "coalesce(u.rowid, 0)", "int"),
    Col("t", "annotation.user_id || ',x'", "text"),
    Col("f", "annotation.latest_revision", "factor"),
)
JOIN = "LEFT JOIN user u ON u.id = annotation.user_id"


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    """The hand-worked quality case (tests/quality_case.py)."""
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    try:
        yield build(ws)
    finally:
        ws.close()


@pytest.fixture
def filled(labelling_ws):
    """The labelling workspace with an annotation per assignment; its URL and rowid span."""
    ws = labelling_ws.ws
    with ws.db.sessions.begin() as s:
        s.execute(text(
            "INSERT INTO annotation (id, conversation_id, user_id, assignment_id, "
            "latest_revision, created_at) SELECT substr(a.id, 1, 32), a.conversation_id, "
            "a.user_id, a.id, a.rowid % 3, '2026-11-01 09:00:00.000000' FROM assignment a"
        ))  # fmt: skip
    with ws.db.sessions() as s:
        lo, hi = s.execute(text("SELECT min(rowid), max(rowid) FROM annotation")).one()
    url = ws.db.engine.url.render_as_string(hide_password=False)
    return ws, url, (int(lo), int(hi))


def _local(ws, span):
    with ws.db.sessions() as s:
        return read_columns(
            s, "annotation", COLS, where="annotation.latest_revision > :n", params={"n": 0},
            rowids=span, join=JOIN,
        )  # fmt: skip


def _remote(url, span):
    task = Task(
        url,
        read_part,
        ("annotation", COLS, "annotation.latest_revision > :n", {"n": 0}, span, JOIN),
    )
    done, got = run_in_worker(task)
    return got if done else None


def _same(a, b):
    assert a["id"].strings() == b["id"].strings()
    assert a["conv"].tolist() == b["conv"].tolist()
    assert a["user"].tolist() == b["user"].tolist()
    assert a["t"] == b["t"]
    assert a["f"].values() == b["f"].values()


def test_the_worker_reads_what_the_caller_reads(filled):
    ws, url, (lo, hi) = filled
    mid = (lo + hi) // 2
    for span in ((lo, mid), (mid + 1, hi), (lo, hi)):
        remote = _remote(url, span)
        assert remote is not None
        assert len(remote["id"]) > 0
        _same(remote, _local(ws, span))


def test_an_error_in_the_worker_is_raised_in_the_caller(filled):
    _ws, url, span = filled
    with pytest.raises(Exception, match="no_such_column"):
        run_in_worker(
            Task(url, read_part, ("annotation", (Col("x", "no_such_column", "int"),), "", {}, span))
        )
    assert _remote(url, span) is not None  # and the worker still serves


def test_killed_workers_are_replaced(filled):
    ws, url, span = filled
    assert _remote(url, span) is not None
    idle = list(read_worker._pool._idle)
    assert idle
    for worker in idle:
        os.kill(worker.proc.pid, signal.SIGKILL)
        worker.proc.wait()
    again = _remote(url, span)  # the dead ones are dropped and a new worker reads it
    assert again is not None
    assert not set(read_worker._pool._idle) & set(idle)
    _same(again, _local(ws, span))


def test_a_worker_that_cannot_start_leaves_the_read_to_the_caller(filled, monkeypatch):
    _ws, url, span = filled
    read_worker.shutdown()
    monkeypatch.setattr(read_worker.sys, "executable", "/nonexistent/python")
    assert _remote(url, span) is None
    assert read_worker._pool._started == 0  # and a later read may try again


def test_the_worker_can_be_turned_off(filled, monkeypatch):
    _ws, url, span = filled
    monkeypatch.setenv("LABELDESK_READ_WORKER", "0")
    assert _remote(url, span) is None


@pytest.mark.parametrize("worker", ["1", "0"])
def test_the_quality_read_is_the_same_with_and_without_the_worker(case, monkeypatch, worker):
    read_worker.shutdown()
    monkeypatch.setenv("LABELDESK_READ_WORKER", worker)
    with case.ws.db.sessions() as s:
        data = load(s, None)
    assert (read_worker._pool._started > 0) == (worker == "1")  # workers read parts
    monkeypatch.setenv("LABELDESK_READ_WORKER", "1" if worker == "0" else "0")
    with case.ws.db.sessions() as s:
        other = load(s, None)
    assert data.keys.strings() == other.keys.strings()
    assert data.user.tolist() == other.user.tolist()
    assert data.category.tolist() == other.category.tolist()
    assert data.conv.tolist() == other.conv.tolist()
    assert len(data.keys) > 0
