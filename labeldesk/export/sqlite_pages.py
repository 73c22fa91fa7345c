"""Columnar page reads for SQLite workspaces: one page of a batch as an Arrow record batch.

The Parquet export of a big batch is bound by how fast rows leave SQLite. Through the
``sqlite3`` module every column of every row becomes a Python object (about 1.3 µs per turn
row), so the turns, which are four out of five rows read, do not come out row by row here:
one aggregate query per page returns each turn column as a single NUL-separated blob
(``group_concat``), which numpy splits into an Arrow string array without a Python object per
turn. ``group_concat`` visits the rows in the order of the scan, the turn table's primary key
``(conversation_id, idx)``; the conversation ids come along and are checked to be in order.
A value that itself holds a NUL byte (never seen in real text, but legal) makes the page fall
back to reading its turns row by row, so the result is the same either way.

Nullable text columns (``ts``, ``meta``) mark SQL NULL with a lone ``\\x01`` byte, a value no
ISO time or JSON text can be. Turn ``meta`` is almost always NULL: it is only read when the
page holds any.

The latest revision of each annotation is found with one lookup in the covering
``(annotation_id, number)`` index that yields the revision's rowid (about 20% faster than
``MAX(number)`` followed by a second lookup on ``(annotation_id, number)``). A bigger page
cache does not help these lookups (measured: 2 MB, 64 MB and 256 MB the same at 1M).

Pages are given as conversation-id bounds (:func:`page_bounds`), so that worker processes can
read disjoint pages with their own connections (see :mod:`labeldesk.export.parallel`).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

import numpy as np

from labeldesk.export.records import Row

if TYPE_CHECKING:
    import pyarrow as pa

    from labeldesk.export.qa import QaColumns

_CONVERSATIONS = (
    "SELECT id, external_id, language, language_confidence, source_language, "
    "CAST(meta AS TEXT) FROM conversation WHERE id BETWEEN ? AND ? AND batch_id = ? ORDER BY id"
)
_TURNS = (
    "SELECT count(*), group_concat(conversation_id), "
    "CAST(group_concat(speaker, char(0)) AS BLOB), CAST(group_concat(text, char(0)) AS BLOB), "
    "CAST(group_concat(coalesce(ts, char(1)), char(0)) AS BLOB), count(meta) "
    "FROM turn WHERE conversation_id BETWEEN ? AND ?"
)
_TURN_META = (
    "SELECT CAST(group_concat(coalesce(CAST(meta AS TEXT), char(1)), char(0)) AS BLOB) "
    "FROM turn WHERE conversation_id BETWEEN ? AND ?"
)
_TURN_ROWS = (
    "SELECT conversation_id, speaker, text, ts, CAST(meta AS TEXT) FROM turn "
    "WHERE conversation_id BETWEEN ? AND ? ORDER BY conversation_id, idx"
)
_ANNOTATIONS = (
    "SELECT a.conversation_id, u.name, u.pseudonym, CAST(r.labels AS TEXT), "
    "CAST(r.turn_labels AS TEXT), r.unsure, r.skip_reason, r.note, r.active_seconds, "
    'r.number FROM annotation a JOIN "user" u ON u.id = a.user_id '
    "JOIN annotation_revision r ON r.rowid = (SELECT r2.rowid FROM annotation_revision r2 "
    "WHERE r2.annotation_id = a.id ORDER BY r2.number DESC LIMIT 1) "
    "WHERE a.conversation_id BETWEEN ? AND ? "
    "ORDER BY a.conversation_id, u.name, a.created_at, a.id"
)
_PREDICTIONS = (
    "SELECT conversation_id, label_key, score, model, turn_idx FROM prediction "
    "WHERE conversation_id BETWEEN ? AND ? "
    "ORDER BY conversation_id, model, turn_idx IS NOT NULL, turn_idx, id"
)
_GOLD = (
    "SELECT conversation_id, CAST(labels AS TEXT), CAST(turn_labels AS TEXT), explanation, "
    "pool FROM gold_item WHERE conversation_id BETWEEN ? AND ?"
)


def connect(path: str) -> sqlite3.Connection:
    """A read-only connection for one export process."""
    conn = sqlite3.connect(path, timeout=10, check_same_thread=False)
    conn.execute("PRAGMA query_only=1")
    return conn


def page_bounds(conn: Any, bid: int, page_size: int) -> list[tuple[int, int]]:  # noqa: ANN401
    """(first id, last id) of each page of ``page_size`` conversations of batch ``bid``."""
    cur = conn.cursor()
    try:
        cur.execute("SELECT id FROM conversation WHERE batch_id = ?", (bid,))
        ids = np.sort(np.fromiter((row[0] for row in cur), dtype=np.int64))
    finally:
        cur.close()
    firsts = ids[::page_size]
    lasts = ids[page_size - 1 :: page_size]
    if len(lasts) < len(firsts):
        lasts = np.append(lasts, ids[-1])
    return list(zip(firsts.tolist(), lasts.tolist(), strict=True))


def _rows(conn: Any, sql: str, params: tuple[Any, ...]) -> list[Row]:  # noqa: ANN401
    cur = conn.cursor()
    try:
        cur.execute(sql, params)
        return cur.fetchall()
    finally:
        cur.close()


def _split(blob: bytes | None, n: int, nullable: bool) -> pa.Array | None:
    """``n`` strings joined by NUL bytes as an Arrow string array (``\\x01`` alone: null).

    None when the blob does not hold exactly ``n`` values (a value holds a NUL byte).
    """
    import pyarrow as pa

    if n == 0:
        return pa.array([], pa.string())
    data = np.frombuffer(blob or b"", dtype=np.uint8)
    seps = np.flatnonzero(data == 0)
    if len(seps) != n - 1:
        return None
    starts = np.empty(n, dtype=np.int64)
    starts[0] = 0
    starts[1:] = seps + 1
    ends = np.empty(n, dtype=np.int64)
    ends[:-1] = seps
    ends[-1] = len(data)
    lengths = ends - starts
    keep = data != 0
    validity = None
    if nullable:
        one = np.flatnonzero(lengths == 1)
        nulls = one[data[starts[one]] == 1]
        if len(nulls):
            lengths[nulls] = 0
            keep[starts[nulls]] = False
            valid = np.ones(n, dtype=bool)
            valid[nulls] = False
            validity = pa.py_buffer(np.packbits(valid, bitorder="little"))
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    values = data[keep] if len(seps) or validity is not None else data
    return pa.StringArray.from_buffers(
        n, pa.py_buffer(offsets), pa.py_buffer(np.ascontiguousarray(values)), validity
    )


class PageBuilder:
    """Builds pages of one batch as Arrow record batches from a sqlite3 connection."""

    def __init__(
        self,
        conn: Any,  # noqa: ANN401 - a DB-API connection
        bid: int,
        batch: str,
        qa: QaColumns | None = None,
    ) -> None:
        from labeldesk.export.parquet import schema

        self.conn = conn
        self.bid = bid
        self.batch = batch
        self.schema = schema()
        self.qa = qa  # None in a worker process: the parent fills the QA columns

    def record_batch(self, lo: int, hi: int) -> pa.RecordBatch:
        """Conversations ``lo``..``hi`` (ids, inclusive) of the batch as a record batch."""
        from labeldesk.export.parquet import assemble

        conn, span = self.conn, (lo, hi)
        conversations = _rows(conn, _CONVERSATIONS, (lo, hi, self.bid))
        ids = tuple(row[0] for row in conversations)
        return assemble(
            self.schema,
            self.batch,
            conversations,
            self._turns(span, ids),
            annotation_rows=_rows(conn, _ANNOTATIONS, span),
            prediction_rows=_rows(conn, _PREDICTIONS, span),
            gold_rows=_rows(conn, _GOLD, span),
            qa=None if self.qa is None else self.qa.page(ids),
        )

    def _turns(self, span: tuple[int, int], ids: tuple[int, ...]) -> tuple[pa.Array, pa.Array]:
        """The page's ``turns`` list array and ``n_turns``."""
        import pyarrow as pa

        from labeldesk.export.parquet import object_text

        turn_type = self.schema.field("turns").type.value_type
        ((n, cids_text, speaker, text, ts, n_meta),) = _rows(self.conn, _TURNS, span)
        cids = np.fromstring(cids_text or "", dtype=np.int64, sep=",")
        fields = [_split(speaker, n, False), _split(text, n, False), _split(ts, n, True)]
        if n_meta:
            (meta_blob,) = _rows(self.conn, _TURN_META, span)[0]
            metas = [
                None if m == "\x01" else object_text(m)
                for m in (meta_blob or b"").decode().split("\x00")
            ]
            fields.append(pa.array(metas, pa.string()) if len(metas) == n else None)
        else:
            fields.append(pa.nulls(n, pa.string()))
        ordered = len(cids) == n and bool(np.all(cids[1:] >= cids[:-1]))
        if not ordered or any(f is None for f in fields):
            return self._turn_rows(span, ids)
        values = pa.StructArray.from_arrays(fields, fields=list(turn_type))
        wanted = np.asarray(ids, dtype=np.int64)
        if span[1] - span[0] + 1 != len(ids):  # the id range holds other batches too
            mask = np.isin(cids, wanted)
            if not mask.all():
                values = values.filter(pa.array(mask))
                cids = cids[mask]
        return _list(values, cids, wanted)

    def _turn_rows(self, span: tuple[int, int], ids: tuple[int, ...]) -> tuple[pa.Array, pa.Array]:
        """The slow path: the page's turns read row by row."""
        from labeldesk.export.parquet import turns_array

        wanted = set(ids)
        rows = [r for r in _rows(self.conn, _TURN_ROWS, span) if r[0] in wanted]
        return turns_array(rows, ids, self.schema)


def _list(values: pa.Array, cids: np.ndarray, ids: np.ndarray) -> tuple[pa.Array, pa.Array]:
    """A list array of ``values`` grouped by their sorted conversation ids, and its lengths."""
    import pyarrow as pa

    starts = np.searchsorted(cids, ids)
    offsets = np.append(starts, len(cids)).astype(np.int32)
    turns = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values)
    return turns, pa.array(np.diff(offsets), pa.int32())
