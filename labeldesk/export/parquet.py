"""Parquet writer: columnar, page by page, straight from the SQL rows.

Schema (one row per conversation)::

    id                   string
    batch                string
    language             string
    language_confidence  double
    source_language      string (null when the file gave none)
    n_turns              int32
    turns                list<struct<speaker: string, text: string, ts: string, meta: string>>
    meta                 string  JSON object
    predictions          string  JSON list, as in JSONL
    gold                 string  JSON object, null for a normal item
    annotations          string  JSON list, as in JSONL
    final_labels         string  the final label keys joined by "|" (see export.qa)
    decided_by           string  gold | review | agreement | consensus | single | none
    final                string  JSON object, as in JSONL
    qa                   string  JSON object, null when there is nothing to say

Turn ``meta`` is a JSON object string or null. JSON values are the same as in JSONL, but
stored JSON (metadata, labels) is copied as the workspace holds it instead of re-serialised,
so its key order is the stored one. The hot path never builds a record object per turn: each
page's turn rows become Arrow arrays directly, with list offsets found by a vectorised search
of the sorted conversation ids. Row groups hold about 64k conversations; compression is zstd.
On SQLite the pages are read column-wise (:mod:`labeldesk.export.sqlite_pages`), by worker
processes for big batches (:mod:`labeldesk.export.parallel`); the file is the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy.orm import Session

from labeldesk.export.qa import QA_COLUMNS, QaColumns
from labeldesk.export.records import Page, PageReader, Row, group

if TYPE_CHECKING:
    import pyarrow as pa

#: Conversations per row group.
ROW_GROUP = 65_536
#: Worker processes are only started for batches of at least this many pages per worker.
MIN_PAGES_PER_WORKER = 4
#: Key/value metadata stored in the file footer (no timestamps: same input, same file).
FILE_METADATA = {b"labeldesk.format": b"1"}


def schema() -> pa.Schema:
    """The Arrow schema of a LabelDesk Parquet export."""
    import pyarrow as pa

    turn = pa.struct(
        [
            ("speaker", pa.string()),
            ("text", pa.string()),
            ("ts", pa.string()),
            ("meta", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("batch", pa.string()),
            ("language", pa.string()),
            ("language_confidence", pa.float64()),
            ("source_language", pa.string()),
            ("n_turns", pa.int32()),
            ("turns", pa.list_(turn)),
            ("meta", pa.string()),
            ("predictions", pa.string()),
            ("gold", pa.string()),
            ("annotations", pa.string()),
            *((name, pa.string()) for name in QA_COLUMNS),
        ],
        metadata=FILE_METADATA,
    )


def write_parquet(
    session: Session,
    bid: int,
    batch: str,
    path: Path,
    on_page: Callable[[int], None],
    *,
    qa: QaColumns | None = None,
) -> int:
    """Write every conversation of batch ``bid`` to ``path``; return how many were written.

    ``qa`` gives the final labels and QA results (None: those columns stay empty).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    sch = schema()
    n, pending, pending_rows = 0, [], 0
    with pq.ParquetWriter(
        path,
        sch,
        compression="zstd",
        use_dictionary=[
            "batch",
            "language",
            "source_language",
            "turns.list.element.speaker",
            "decided_by",
        ],
    ) as writer:
        for page in _record_batches(session, bid, batch, sch, qa):
            pending.append(page)
            pending_rows += page.num_rows
            n += page.num_rows
            if pending_rows >= ROW_GROUP:
                writer.write_table(pa.Table.from_batches(pending, sch), row_group_size=ROW_GROUP)
                pending, pending_rows = [], 0
            on_page(page.num_rows)
        if pending or not n:
            writer.write_table(pa.Table.from_batches(pending, sch), row_group_size=ROW_GROUP)
    return n


def _record_batches(
    session: Session, bid: int, batch: str, sch: pa.Schema, qa: QaColumns | None
) -> Iterator[pa.RecordBatch]:
    """The batch's pages as record batches, in id order.

    A SQLite workspace is read column-wise (:mod:`labeldesk.export.sqlite_pages`), by worker
    processes when the batch has several pages per worker; other databases row by row.
    """
    from labeldesk.export import records as rec

    conn = session.connection()
    if conn.dialect.name != "sqlite":
        for page in PageReader(session, bid).pages():
            yield page_batch(page, batch, sch, qa)
        return
    from labeldesk.export.parallel import record_batches, workers
    from labeldesk.export.sqlite_pages import PageBuilder, page_bounds

    raw = conn.connection.driver_connection
    bounds = page_bounds(raw, bid, rec.PAGE_SIZE)
    database = conn.engine.url.database or ""
    n_workers = min(workers(), len(bounds) // MIN_PAGES_PER_WORKER)
    if n_workers > 1 and database not in ("", ":memory:") and Path(database).exists():
        pages = record_batches(str(Path(database).resolve()), bid, batch, bounds, n_workers)
        for (lo, hi), page in zip(bounds, pages, strict=True):
            yield page if qa is None else with_qa(page, qa.page(qa.ids_between(lo, hi)))
        return
    builder = PageBuilder(raw, bid, batch, qa)
    for lo, hi in bounds:
        yield builder.record_batch(lo, hi)


def page_batch(
    page: Page, batch: str, sch: pa.Schema, qa: QaColumns | None = None
) -> pa.RecordBatch:
    """One page of conversations as an Arrow record batch."""
    ids = tuple(row[0] for row in page.conversations)
    turns, n_turns = turns_array(page.turns, ids, sch)
    return assemble(
        sch, batch, page.conversations, (turns, n_turns),
        annotation_rows=page.annotations,
        prediction_rows=page.predictions,
        gold_rows=page.gold,
        qa=None if qa is None else qa.page(ids),
    )  # fmt: skip


def with_qa(page: pa.RecordBatch, cells: dict[str, list[str | None]]) -> pa.RecordBatch:
    """``page`` with its QA columns replaced by ``cells`` (a worker leaves them empty)."""
    import pyarrow as pa

    columns = list(page.columns)
    for name in QA_COLUMNS:
        columns[page.schema.get_field_index(name)] = pa.array(cells[name], pa.string())
    return pa.RecordBatch.from_arrays(columns, schema=page.schema)


def assemble(
    sch: pa.Schema,
    batch: str,
    conversations: list[Row],
    turns: tuple[pa.Array, pa.Array],
    *,
    annotation_rows: list[Row],
    prediction_rows: list[Row],
    gold_rows: list[Row],
    qa: dict[str, list[str | None]] | None = None,
) -> pa.RecordBatch:
    """A record batch from a page's conversation rows, its turns arrays and its answer rows.

    Shared by the row-by-row reader (any database) and the columnar SQLite reader. ``qa``
    holds the QA columns' cells (None: empty, filled in later by :func:`with_qa`).
    """
    import pyarrow as pa

    ids, external, language, confidence, source_language, meta = zip(*conversations, strict=True)
    annotations = group(annotation_rows, _annotation)
    predictions = group(prediction_rows, _prediction)
    gold = {row[0]: _gold(row) for row in gold_rows}
    columns = [
        pa.array(external, pa.string()),
        pa.array([batch] * len(ids), pa.string()),
        pa.array(language, pa.string()),
        pa.array(confidence, pa.float64()),
        pa.array(source_language, pa.string()),
        turns[1],
        turns[0],
        pa.array([object_text(m) or "{}" for m in meta], pa.string()),
        pa.array([_list_json(predictions.get(c)) for c in ids], pa.string()),
        pa.array([gold.get(c) for c in ids], pa.string()),
        pa.array([_list_json(annotations.get(c)) for c in ids], pa.string()),
    ]
    empty = [None] * len(ids)
    columns += [pa.array(qa[n] if qa else empty, pa.string()) for n in QA_COLUMNS]
    return pa.RecordBatch.from_arrays(columns, schema=sch)


def turns_array(rows: list[Row], ids: tuple[int, ...], sch: pa.Schema) -> tuple[pa.Array, pa.Array]:
    """The ``turns`` list array and ``n_turns`` of a page, from its ordered turn rows.

    Turn rows come sorted by conversation id, as the page's ids are, so each conversation's
    first turn is found by a vectorised binary search; no object is made per turn.
    """
    import numpy as np
    import pyarrow as pa

    turn_type = sch.field("turns").type.value_type
    if rows:
        cids, speaker, text, ts, meta = zip(*rows, strict=True)
    else:
        cids, speaker, text, ts, meta = (), (), (), (), ()
    starts = np.searchsorted(np.asarray(cids, dtype=np.int64), np.asarray(ids, dtype=np.int64))
    offsets = np.append(starts, len(cids)).astype(np.int32)
    values = pa.StructArray.from_arrays(
        [
            pa.array(speaker, pa.string()),
            pa.array(text, pa.string()),
            pa.array(ts, pa.string()),
            pa.array([object_text(m) for m in meta], pa.string()),
        ],
        fields=list(turn_type),
    )
    turns = pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values)
    return turns, pa.array(np.diff(offsets), pa.int32())


def object_text(raw: str | None) -> str | None:
    """A stored JSON object's text as it is; None for SQL NULL, JSON null and ``{}``."""
    return None if raw is None or raw in ("null", "{}") else raw


def _annotation(row: Row) -> dict[str, Any]:
    """An annotation row in the JSONL shape; stored JSON is embedded without re-parsing."""
    _, name, pseudonym, labels, turn_labels, unsure, skip, note, seconds, number = row
    return {
        "active_seconds": float(seconds or 0.0),
        "labeller": name,
        "labeller_id": pseudonym,
        "labels": orjson.Fragment(labels or "[]"),
        "note": note or "",
        "revision": int(number),
        "skip_reason": skip,
        "turn_labels": orjson.Fragment(turn_labels or "{}"),
        "unsure": bool(unsure),
    }


def _prediction(row: Row) -> dict[str, Any]:
    """A prediction row in the JSONL shape."""
    _, label, score, model, turn = row
    return {"label": label, "model": model or "", "score": score, "turn": turn}


def _gold(row: Row) -> str:
    """A gold row as JSON in the JSONL shape."""
    _, labels, turn_labels, explanation, pool = row
    return orjson.dumps(
        {
            "explanation": explanation or "",
            "labels": orjson.Fragment(labels or "[]"),
            "pool": str(pool),
            "turn_labels": orjson.Fragment(turn_labels or "{}"),
        }
    ).decode()


def _list_json(items: list[dict[str, Any]] | None) -> str:
    """A list of JSON objects (keys already in sorted order) as text."""
    return orjson.dumps(items).decode() if items else "[]"
