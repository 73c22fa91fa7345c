"""The import's writing side: packs checked chunks into payloads and writes them in one
transaction.

Writing stays in the importing process, on its thread. Measured on 2 cores: a writer thread
gained nothing (the DB-API takes the GIL back for every statement, so it only fights the
reader), and a writer process fed pickled payloads cost ~14 µs more CPU per conversation
than it saved once language detection already uses the second core.
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

import orjson

from labeldesk.ingest.store import (
    ChunkWriter,
    Payload,
    WriterSetup,
    WriteTotals,
    import_transaction,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.engine import Engine

    from labeldesk.ingest.validate import Checked


def _json(value: object) -> str:
    return orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS).decode()


def pack(
    checked: Sequence[Checked], detected: Sequence[tuple[str, float]], grouped: bool
) -> Payload:
    """Checked conversations (and their detected languages) as a :class:`Payload`."""
    convs, turns, wheres = [], [], []
    predictions: list[list[Any]] = []
    gold: list[Any] = []
    annotations: list[list[Any]] = []
    redacted = [c.redacted for c in checked]
    for c, (lang, conf) in zip(checked, detected, strict=True):
        r = c.record
        convs.append((r.external_id, c.content_hash, r.language, _json(r.meta), lang, conf))
        turns.append(r.turns)
        wheres.append(r.where)
        predictions.append([(p.label, p.turn, p.score, p.model) for p in c.predictions])
        g = c.gold
        gold.append(None if g is None
                    else (_json(g.labels), _json(g.turn_labels), g.explanation, g.pool))
        annotations.append([
            (a.labeller, a.labeller_id, a.revision, _json(a.labels), _json(a.turn_labels), a.unsure,
             a.skip_reason, a.note, a.active_seconds)
            for a in c.annotations
        ])
    return Payload(convs, turns, predictions, gold, annotations, wheres, grouped,
                   redacted if any(redacted) else None)


class LocalWriter:
    """Writes in this process, in one transaction held until :meth:`commit` or :meth:`abort`."""

    def __init__(self, engine: Engine, setup: WriterSetup) -> None:
        self._stack = ExitStack()
        try:
            conn = self._stack.enter_context(import_transaction(engine))
            self._writer = ChunkWriter(conn, setup)
        except BaseException:
            self._stack.close()
            raise

    def write(self, payload: Payload) -> None:
        """Dedupe and insert one chunk."""
        self._writer.write(payload)

    def totals(self) -> WriteTotals:
        """What has been written so far (nothing is committed yet)."""
        return self._writer.totals

    def commit(self, audit: dict[str, Any]) -> None:
        """Log the import and commit."""
        self._writer.audit(audit)
        self._stack.close()

    def abort(self) -> None:
        """Roll everything back."""
        self._stack.__exit__(_Aborted, _Aborted(), None)


class _Aborted(Exception):
    """Raised inside the transaction to roll it back."""
