"""One row per conversation, for CSV and XLSX: the column layout and the cell codec.

Columns, in order: ``id, batch, language, language_confidence, source_language, n_turns``,
then ``labels.<labeller>`` (that labeller's conversation labels joined with ``|``; a
convenience for people, the ``annotations`` column is the source of truth), then
``meta.<key>`` (metadata flattened one level), then the JSON columns ``turns, predictions,
gold, annotations``.

A ``meta.<key>`` cell holds a string as it is and any other value as JSON. A string that
would itself parse as JSON (``"123"``, ``"true"``, ``"[1]"``) or is empty is written as a
JSON string (``"\\"123\\""``) so that it is read back as a string: decode a cell by trying
JSON first and keeping the raw text if that fails; an empty cell means the key is absent.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from labeldesk.export.qa import QA_COLUMNS
from labeldesk.export.shapes import (
    annotation_json,
    dumps_str,
    gold_json,
    prediction_json,
    qa_json,
    turn_json,
)
from labeldesk.ingest.record import ConversationRecord

#: Fixed leading columns.
HEAD_COLUMNS = ("id", "batch", "language", "language_confidence", "source_language", "n_turns")
#: JSON columns, last because they are long.
JSON_COLUMNS = ("turns", "predictions", "gold", "annotations")
#: Separator of labels in a ``labels.<labeller>`` cell.
LABEL_JOIN = "|"

Cell = str | int | float | None


def encode_meta_value(value: Any) -> str:  # noqa: ANN401 - any JSON value
    """The cell text of one metadata value (see the module docstring for the rule)."""
    if isinstance(value, str):
        if value == "" or _parses_as_json(value):
            return dumps_str(value)
        return value
    return dumps_str(value)


def decode_meta_cell(cell: str) -> Any:  # noqa: ANN401 - any JSON value
    """Inverse of :func:`encode_meta_value` for a non-empty cell."""
    try:
        return orjson.loads(cell)
    except orjson.JSONDecodeError:
        return cell


def _parses_as_json(text: str) -> bool:
    """Whether ``text`` is a complete JSON document."""
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    return True


def columns(meta_keys: Iterable[str], labellers: Iterable[str]) -> list[str]:
    """The header: fixed columns, ``labels.*``, ``meta.*``, JSON columns (each group sorted)."""
    return [
        *HEAD_COLUMNS,
        *(f"labels.{name}" for name in sorted(set(labellers))),
        *(f"meta.{key}" for key in sorted(set(meta_keys))),
        *JSON_COLUMNS,
        *QA_COLUMNS,
    ]


def record_row(record: ConversationRecord) -> dict[str, Cell]:
    """The cells of one conversation, by column name (absent columns stay empty)."""
    row: dict[str, Cell] = {
        "id": record.external_id,
        "batch": getattr(record, "batch", ""),
        "language": record.language,
        "language_confidence": record.language_confidence,
        "source_language": getattr(record, "source_language", None),
        "n_turns": len(record.turns),
        "turns": dumps_str([turn_json(t) for t in record.turns]),
        "predictions": dumps_str([prediction_json(p) for p in record.predictions]),
        "gold": None if record.gold is None else dumps_str(gold_json(record.gold)),
        "annotations": dumps_str([annotation_json(a) for a in record.annotations]),
    }
    for ann in record.annotations:
        row.setdefault(f"labels.{ann.labeller}", LABEL_JOIN.join(ann.labels))
    for key, value in record.meta.items():
        row[f"meta.{key}"] = encode_meta_value(value)
    extra = qa_json(record)
    final = extra.get("final")
    if final is not None:
        row["final_labels"] = LABEL_JOIN.join(final["labels"])
        row["decided_by"] = final["decided_by"]
        row["final"] = dumps_str(final)
    if extra.get("qa") is not None:
        row["qa"] = dumps_str(extra["qa"])
    return row


def ordered_cells(row: dict[str, Cell], header: list[str]) -> list[Cell]:
    """The row's cells in header order, None where the row has no value."""
    return [row.get(col) for col in header]


def scan_columns(metas: Iterator[dict[str, Any]], labellers: Iterable[str]) -> list[str]:
    """The header for a batch, from every conversation's metadata and the labeller names."""
    keys: set[str] = set()
    for meta in metas:
        keys.update(meta)
    return columns(keys, labellers)
