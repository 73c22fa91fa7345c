"""JSONL writer: one conversation object per line (see :func:`shapes.conversation_json`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from labeldesk.export.shapes import conversation_json, dumps
from labeldesk.ingest.record import ConversationRecord


def write_jsonl(records: Iterable[ConversationRecord], path: Path) -> int:
    """Write one JSON object per line, UTF-8, ``\\n`` line ends; return the number of lines."""
    n = 0
    with path.open("wb") as f:
        for record in records:
            f.write(dumps(conversation_json(record)))
            f.write(b"\n")
            n += 1
    return n
