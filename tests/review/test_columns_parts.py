"""Reading a table in rowid parts (one per connection) gives the rows read whole."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from labeldesk.review import columns
from labeldesk.review.columns import Col, concat_columns, read_columns

COLS = (
    Col("id", "id", "id"),
    Col("n", "latest_revision", "int"),
    Col("t", "'a,b' || user_id", "text"),
)


@pytest.mark.parametrize(("id_expr", "chunk"), [("substr(a.id, 1, 32)", 1000),
                                                ("substr(a.id, 1, 32)", 4),
                                                ("'short' || a.rowid", 1000)])  # fmt: skip
def test_parts_read_what_the_whole_table_reads(labelling_ws, monkeypatch, id_expr, chunk):
    ws = labelling_ws.ws
    with ws.db.sessions.begin() as s:
        s.execute(text(
            "INSERT INTO annotation (id, conversation_id, user_id, assignment_id, "
            f"latest_revision, created_at) SELECT {id_expr}, a.conversation_id, "
            "a.user_id, a.id, a.rowid, '2026-11-01 09:00:00.000000' FROM assignment a"
        ))  # fmt: skip
    monkeypatch.setattr(columns, "CHUNK_ROWS", chunk)
    where, params = "latest_revision % 2 = :odd", {"odd": 1}
    with ws.db.sessions() as s:
        lo, hi = s.execute(text("SELECT min(rowid), max(rowid) FROM annotation")).one()
        whole = read_columns(s, "annotation", COLS, where=where, params=params)
        mid = (lo + hi) // 2
        parts = [
            read_columns(s, "annotation", COLS, where=where, params=params, rowids=span)
            for span in ((lo, mid), (mid + 1, hi))
        ]
        beyond = read_columns(s, "annotation", COLS, rowids=(hi + 1, hi + 10))
    joined = concat_columns(COLS, parts)
    assert 0 < len(parts[0]["id"]) < len(whole["id"]) == 15
    assert joined["id"].strings() == whole["id"].strings()
    assert joined["n"].tolist() == whole["n"].tolist()
    assert joined["t"] == whole["t"]
    assert len(beyond["id"]) == 0
