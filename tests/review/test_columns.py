"""Reading columns with group_concat, and joining on string ids, against plain Python."""

from __future__ import annotations

import uuid

import numpy as np
import pytest
from sqlalchemy import text

import labeldesk.review.columns as columns
from labeldesk.review.columns import Col, Keys, factorize, match, read_columns, read_rows


def fixed(ids: list[str]) -> Keys:
    return Keys(np.asarray([i.encode() for i in ids], dtype="S32"))


def test_match_fixed_and_text_ids_agree():
    left = [uuid.UUID(int=i).hex for i in range(1, 200)]  # mostly zeros: a poor hash input
    right = [left[5], "f" * 32, left[0], left[198]]
    want = [5, -1, 0, 198]
    assert match(fixed(left), fixed(right)).tolist() == want
    as_text = Keys(np.asarray(left, dtype=object))
    assert match(as_text, Keys(np.asarray(right, dtype=object))).tolist() == want
    assert match(as_text, fixed(right)).tolist() == want  # mixed kinds: compared as text


def test_match_needs_unique_left_ids():
    with pytest.raises(ValueError, match="unique"):
        match(Keys(np.asarray(["a", "a"], dtype=object)), Keys(np.asarray(["a"], dtype=object)))


def test_factorize_keeps_first_seen_order():
    ids = ["b" * 32, "a" * 32, "b" * 32, "c" * 32]
    for keys in (fixed(ids), Keys(np.asarray(ids, dtype=object))):
        codes, uniques = factorize(keys)
        assert codes.tolist() == [0, 1, 0, 2]
        assert uniques == ["b" * 32, "a" * 32, "c" * 32]


COLS = (
    Col("id", "id", "id"),
    Col("n", "latest_revision", "int"),
    Col("x", "latest_revision * 0.5", "float"),
    Col("d", "latest_revision % 10", "digit"),
    Col("t", "'a,b' || user_id", "text"),
)


@pytest.mark.parametrize("chunk", [2, 1000])
def test_group_concat_reads_what_plain_rows_read(labelling_ws, monkeypatch, chunk):
    ws = labelling_ws.ws
    with ws.db.sessions.begin() as s:
        s.execute(text(
            "INSERT INTO annotation (id, conversation_id, user_id, assignment_id, "
            "latest_revision, created_at) SELECT substr(a.id, 1, 32), a.conversation_id, "
            "a.user_id, a.id, 3, '2026-11-01 09:00:00.000000' FROM assignment a"
        ))  # fmt: skip
        s.execute(text("UPDATE annotation SET latest_revision = 17 WHERE rowid % 3 = 0"))
    monkeypatch.setattr(columns, "CHUNK_ROWS", chunk)
    with ws.db.sessions() as s:
        fast = read_columns(s, "annotation", COLS, where="latest_revision > :k", params={"k": 0})
        plain = read_rows(s, "annotation", COLS, where="latest_revision > :k", params={"k": 0})
        none = read_columns(s, "annotation", COLS, where="1 = 0")
    assert fast["id"].fixed
    assert fast["id"].strings() == plain["id"].strings()
    for name in ("n", "x", "d"):
        assert fast[name].tolist() == plain[name].tolist()
    assert fast["t"] == plain["t"]
    assert len(fast["id"]) == 30  # one per assignment: 30 chats
    assert len(none["id"]) == 0
    assert none["t"] == []


def test_ids_that_are_not_32_characters_take_the_plain_path(labelling_ws):
    ws = labelling_ws.ws
    with ws.db.sessions.begin() as s:
        s.execute(text(
            "INSERT INTO annotation (id, conversation_id, user_id, assignment_id, "
            "latest_revision, created_at) SELECT 'short' || a.rowid, a.conversation_id, "
            "a.user_id, a.id, 1, '2026-11-01 09:00:00.000000' FROM assignment a "
            "WHERE a.rowid < 4"
        ))  # fmt: skip
    with ws.db.sessions() as s:
        got = read_columns(s, "annotation", (Col("id", "id", "id"),))
    assert not got["id"].fixed
    assert sorted(got["id"].strings())[:1] == ["short1"]
