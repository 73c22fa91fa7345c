"""How the QA data is read: text factors, joined columns, users by rowid, positions, reviews.

The quality table reads a million answers fast by letting SQLite concatenate columns and
numpy or pyarrow parse them (:mod:`labeldesk.review.columns`); these tests hold each shortcut
to the plain reading of the same rows, and the fallbacks to what they replace.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from quality_case import Case, build
from sqlalchemy import text

from labeldesk.review import answers
from labeldesk.review.answers import load
from labeldesk.review.columns import Col, Factor, positions, read_columns, read_rows
from labeldesk.review.qa_tables import latest
from labeldesk.workspace import Workspace


@pytest.fixture
def case(tmp_path: Path) -> Iterator[Case]:
    """The hand-worked quality case (tests/quality_case.py) with UUID ids."""
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    try:
        yield build(ws)
    finally:
        ws.close()


# --------------------------------------------------------------------------- factors


def test_factor_keeps_first_seen_order_through_subsets_and_concatenation():
    f = Factor.of(["b", "a", "b", "c", "a"])
    assert (f.codes.tolist(), f.names) == ([0, 1, 0, 2, 1], ["b", "a", "c"])
    part = f[np.array([False, True, False, True, True])]  # a c a: "b" is gone
    assert (part.codes.tolist(), part.names, part.values()) == ([0, 1, 0], ["a", "c"], list("aca"))
    joined = Factor.concat([part, Factor.of(["d", "c"]), f[:0]])
    assert joined.values() == ["a", "c", "a", "d", "c"]
    assert joined.names == ["a", "c", "d"]
    assert len(Factor.concat([])) == 0


COLS = (
    Col("id", "annotation.id", "id"),
    Col("user", "coalesce(u.rowid, 0)", "int"),
    Col("name", "coalesce(u.name, '?')", "factor"),
    Col("answer", "annotation.answer", "factor"),
)


def test_joined_factor_columns_read_what_plain_rows_read(case):
    join = "LEFT JOIN user u ON u.id = annotation.user_id"
    with case.ws.db.sessions() as s:
        fast = read_columns(s, "annotation", COLS, where="annotation.answer != ''", join=join)
        plain = read_rows(s, f"annotation {join}", COLS, where="annotation.answer != ''")
        users = dict(s.execute(text("SELECT rowid, name FROM user")).all())
    assert isinstance(fast["name"], Factor)
    assert fast["id"].strings() == plain["id"].strings()
    assert fast["user"].tolist() == plain["user"].tolist()
    assert fast["name"].values() == plain["name"].values() == [users[u] for u in fast["user"]]
    assert fast["answer"].values() == plain["answer"].values()
    assert "ORDER>cancel_order" in fast["answer"].names


# --------------------------------------------------------------------------- users


def test_an_answer_whose_user_has_no_row_keeps_its_user_id(case):
    # A user row can be missing (an annotation synced before its user, say): the answers
    # are read by user rowid, and this one is looked up by its annotation id instead.
    ghost = "0" * 31 + "9"
    with case.ws.db.sessions.begin() as s:
        s.execute(text("PRAGMA foreign_keys = OFF"))
        s.execute(
            text("UPDATE annotation SET user_id = :g WHERE id = :a"),
            {"g": ghost, "a": case.annotations[("A", "c1")]},
        )
    with case.ws.db.sessions() as s:
        data = load(s, "b1")
    ids = [u.id for u in data.users]
    assert ghost in ids
    ghost_rows = np.flatnonzero(data.user == ids.index(ghost))
    assert data.keys[ghost_rows].strings() == [case.annotations[("A", "c1")]]
    assert data.users[ids.index(ghost)].name == ghost  # no row: the id stands for the name
    report = case.ws.quality.report(batch="b1")
    assert {r.key for r in report.rows} >= {ghost, case.users["A"]}


def test_users_by_rowid_are_the_users_by_id(case, monkeypatch):
    with case.ws.db.sessions() as s:
        by_rowid = load(s, "b1")
    monkeypatch.setattr(answers, "_users_by_rowid", lambda _s: False)  # as on PostgreSQL
    monkeypatch.setenv("LABELDESK_READ_WORKER", "0")  # the patch holds in this process only
    with case.ws.db.sessions() as s:
        by_id = load(s, "b1")
    assert [u.id for u in by_rowid.users] == [u.id for u in by_id.users]
    assert by_rowid.user.tolist() == by_id.user.tolist()
    assert by_rowid.categories == by_id.categories
    assert by_rowid.category.tolist() == by_id.category.tolist()


# --------------------------------------------------------------------------- positions


@settings(max_examples=60, deadline=None)
@given(
    pool=st.lists(st.integers(-5, 10**7), unique=True, max_size=40),
    extra=st.lists(st.integers(-10, 10**7), max_size=20),
)
def test_positions_by_table_and_by_search_agree_with_a_dict(pool, extra):
    ids = np.asarray(pool[::2] + extra, dtype=np.int64)
    arr = np.asarray(pool, dtype=np.int64)
    where = {v: i for i, v in enumerate(pool)}
    pos, found = positions(arr, ids)
    assert found.tolist() == [v in where for v in ids.tolist()]
    assert pos[found].tolist() == [where[v] for v in ids[found].tolist()]
    assert (pos[~found] == 0).all()


def test_positions_use_a_table_for_dense_ids_and_a_search_for_sparse_ones():
    dense = np.arange(100, 200)[::-1].copy()
    sparse = np.array([10**9, 5, 10**6])
    for pool in (dense, sparse):
        pos, found = positions(pool, np.r_[pool[::3], 7])
        assert found.tolist() == [True] * pool[::3].size + [False]
        assert (pool[pos[:-1]] == pool[::3]).all()


# --------------------------------------------------------------------------- reviews


def test_latest_review_per_item_breaks_ties_by_reading_order():
    item = np.array([3, 1, 3, 2, 3, 1])
    at = ["09:00", "10:00", "11:00", "08:00", "11:00", "09:30"]
    # item 1: 10:00 (row 1) beats 09:30; item 2: row 3; item 3: 11:00 twice, row 4 read last
    assert latest(item, at).tolist() == [1, 3, 4]
    assert latest(np.zeros(0, dtype=np.int64), []).tolist() == []
