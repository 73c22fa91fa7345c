"""Parquet reader: record batches streamed from the file, then the tabular layouts.

Columns follow the CSV layouts (see :mod:`labeldesk.ingest.tabular`); list and struct columns
(``turns`` as list<struct<speaker, text, ts>>, ``labels`` as list<string>, ``meta`` as a
struct or JSON string) are used as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from labeldesk.errors import InputError, Problem
from labeldesk.ingest.jsonl import ByteCounter, ReadSpec, Rejected
from labeldesk.ingest.record import ConversationRecord
from labeldesk.ingest.tabular import Row, records_from_rows
from labeldesk.ingest.validate import SpeakerMap

BATCH_ROWS = 4096


def read_parquet(
    path: Path, spec: ReadSpec, counter: ByteCounter, speakers: SpeakerMap
) -> Iterator[ConversationRecord | Rejected]:
    """Records from a Parquet file, one record batch at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    file = str(path)
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError([Problem(file, "", "", f"not a readable Parquet file: {exc}")]) from None
    columns = list(pf.schema_arrow.names)
    total_rows = max(pf.metadata.num_rows, 1)

    def rows() -> Iterator[Row]:
        rownum = 0
        for batch in pf.iter_batches(batch_size=BATCH_ROWS):
            for values in zip(*(col.to_pylist() for col in batch.columns), strict=True):
                rownum += 1
                yield rownum, values
            counter.done = counter.total * rownum // total_rows

    try:
        yield from records_from_rows(file, columns, rows(), spec=spec, speakers=speakers,
                                     counter=counter)
    finally:
        pf.close()
    counter.done = counter.total

