"""Stream a batch's stored conversations out of SQL, page by page.

Reads go by keyset pagination on ``conversation.id`` in pages of :data:`PAGE_SIZE`. Each page
costs five queries (conversations, turns, latest annotation revisions, predictions, gold),
run on the driver's own cursor and returning plain tuples: the export reads millions of turn
rows, and SQLAlchemy's row objects would cost more than the query itself. The SQL is plain
and portable (SQLite and PostgreSQL); JSON columns are selected as text, so both drivers hand
back the same strings, parsed with orjson where a value is needed.

:class:`PageReader` gives the raw rows (the Parquet writer turns them into Arrow arrays
directly); :func:`iter_batch_records` builds :class:`ExportedConversation` records from them
for the other writers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from labeldesk.errors import LabelDeskError
from labeldesk.export.qa import QaColumns
from labeldesk.ingest.record import (
    AnnotationRecord,
    ConversationRecord,
    GoldRecord,
    PredictionRecord,
    TurnRecord,
)
from labeldesk.storage.models import Batch, Conversation

#: Conversations read per page (about 40k turn rows at 8 turns each).
PAGE_SIZE = 5_000

Row = tuple[Any, ...]

_SQL = {
    # (id, external_id, language, language_confidence, source_language, meta). The unary
    # plus keeps the planner on the primary key: with the (batch_id, language, id) index it
    # would fetch and sort the whole batch for every page.
    "conversations": (
        "SELECT id, external_id, language, language_confidence, source_language, "
        "CAST(meta AS TEXT) FROM conversation WHERE +batch_id = ? AND id > ? "
        "ORDER BY id LIMIT ?"
    ),
    # (conversation_id, speaker, text, ts, meta); the id range may hold other batches' rows
    "turns": (
        "SELECT conversation_id, speaker, text, ts, CAST(meta AS TEXT) FROM turn "
        "WHERE conversation_id BETWEEN ? AND ? ORDER BY conversation_id, idx"
    ),
    # (conversation_id, name, pseudonym, labels, turn_labels, unsure, skip_reason, note,
    #  active_seconds, number) of each annotation's highest-numbered revision
    "annotations": (
        "SELECT a.conversation_id, u.name, u.pseudonym, CAST(r.labels AS TEXT), "
        "CAST(r.turn_labels AS TEXT), r.unsure, r.skip_reason, r.note, r.active_seconds, "
        "r.number FROM annotation a JOIN {user} u ON u.id = a.user_id "
        "JOIN annotation_revision r ON r.annotation_id = a.id AND r.number = "
        "(SELECT MAX(r2.number) FROM annotation_revision r2 WHERE r2.annotation_id = a.id) "
        "WHERE a.conversation_id BETWEEN ? AND ? "
        "ORDER BY a.conversation_id, u.name, a.created_at, a.id"
    ),
    # (conversation_id, label, score, model, turn): by model, conversation-level first
    "predictions": (
        "SELECT conversation_id, label_key, score, model, turn_idx FROM prediction "
        "WHERE conversation_id BETWEEN ? AND ? "
        "ORDER BY conversation_id, model, turn_idx IS NOT NULL, turn_idx, id"
    ),
    # (conversation_id, labels, turn_labels, explanation, pool)
    "gold": (
        "SELECT conversation_id, CAST(labels AS TEXT), CAST(turn_labels AS TEXT), explanation, "
        "pool FROM gold_item WHERE conversation_id BETWEEN ? AND ?"
    ),
}


@dataclass
class ExportedAnnotation(AnnotationRecord):
    """An annotation as exported: ``labeller`` is the user's name, ``labeller_id`` the pseudonym."""

    labeller_id: str | None = None


@dataclass
class ExportedGold(GoldRecord):
    """A gold answer as exported, with its pool (``hidden`` or ``training``)."""

    pool: str = "hidden"


@dataclass
class ExportedConversation(ConversationRecord):
    """A stored conversation with the fields an export adds to the import record."""

    batch: str = ""
    source_language: str | None = None
    # The QA issue adds the final label and the QA results here, as top-level JSON keys
    # (see ``shapes.qa_json``); every writer already passes them through.
    extra: dict[str, Any] = field(default_factory=dict)


def loads(raw: str | bytes | None) -> Any:  # noqa: ANN401 - any JSON value
    """Parse a JSON column selected as text (SQL NULL and JSON ``null`` both give None)."""
    return None if raw is None else orjson.loads(raw)


def batch_id(session: Session, name: str) -> int:
    """The id of the batch called ``name``; unknown names raise a LabelDeskError listing them."""
    found = session.scalar(select(Batch.id).where(Batch.name == name))
    if found is None:
        known = ", ".join(session.scalars(select(Batch.name).order_by(Batch.name))) or "none yet"
        raise LabelDeskError(f"no batch named {name!r} (batches: {known})")
    return found


def count_conversations(session: Session, bid: int) -> int:
    """How many conversations the batch holds."""
    return session.scalar(select(func.count()).where(Conversation.batch_id == bid)) or 0


@dataclass
class Page:
    """The raw rows of one page of conversations (see ``_SQL`` for each tuple's fields)."""

    conversations: list[Row]
    turns: list[Row]
    annotations: list[Row]
    predictions: list[Row]
    gold: list[Row]

    @property
    def ids(self) -> list[int]:
        """The page's conversation ids, ascending."""
        return [row[0] for row in self.conversations]


class PageReader:
    """Reads a batch page by page with the driver's cursor (one session, one connection)."""

    def __init__(self, session: Session, bid: int, page_size: int | None = None) -> None:
        conn = session.connection()
        dialect = conn.dialect
        raw = conn.connection.driver_connection
        if raw is None:  # pragma: no cover - a live session always has one
            raise RuntimeError("the session's connection is closed")
        self._raw = raw
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        user = dialect.identifier_preparer.quote("user")
        self._sql = {k: v.format(user=user).replace("?", mark) for k, v in _SQL.items()}
        self.bid = bid
        self.page_size = page_size or PAGE_SIZE

    def _rows(self, name: str, params: tuple[Any, ...]) -> list[Row]:
        cur = self._raw.cursor()
        try:
            cur.execute(self._sql[name], params)
            return list(cur.fetchall())
        finally:
            cur.close()

    def conversation_pages(self) -> Iterator[list[Row]]:
        """Conversation rows of the batch, a page at a time, in id order."""
        last = -1
        while rows := self._rows("conversations", (self.bid, last, self.page_size)):
            yield rows
            last = rows[-1][0]

    def page(self, conversations: list[Row]) -> Page:
        """Everything stored for one page of conversation rows."""
        first, last = conversations[0][0], conversations[-1][0]
        span = (first, last)
        turns = self._rows("turns", span)
        if last - first + 1 != len(conversations):  # the id range holds other batches too
            wanted = {row[0] for row in conversations}
            turns = [t for t in turns if t[0] in wanted]
        return Page(
            conversations,
            turns,
            self._rows("annotations", span),
            self._rows("predictions", span),
            self._rows("gold", span),
        )

    def pages(self) -> Iterator[Page]:
        """Every page of the batch."""
        for conversations in self.conversation_pages():
            yield self.page(conversations)


def group(rows: list[Row], make: Callable[[Row], Any]) -> dict[int, list[Any]]:
    """``make(row)`` for each row, grouped by the row's first field (a conversation id)."""
    out: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        out[row[0]].append(make(row))
    return out


def turn_record(row: Row) -> TurnRecord:
    """A turn row as a record."""
    _, speaker, text, ts, meta = row
    return TurnRecord(speaker=speaker, text=text, ts=ts, meta=loads(meta) or None)


def annotation_record(row: Row) -> ExportedAnnotation:
    """An annotation row (latest revision) as a record."""
    _, name, pseudonym, labels, turn_labels, unsure, skip, note, seconds, number = row
    return ExportedAnnotation(
        labeller=name,
        labeller_id=pseudonym,
        labels=loads(labels) or [],
        turn_labels=loads(turn_labels) or {},
        unsure=bool(unsure),
        skip_reason=skip,
        note=note or "",
        active_seconds=float(seconds or 0.0),
        revision=int(number),
    )


def prediction_record(row: Row) -> PredictionRecord:
    """A prediction row as a record."""
    _, label, score, model, turn = row
    return PredictionRecord(label=label, score=score, model=model or "", turn=turn)


def gold_record(row: Row) -> ExportedGold:
    """A gold row as a record."""
    _, labels, turn_labels, explanation, pool = row
    return ExportedGold(
        labels=loads(labels) or [],
        turn_labels=loads(turn_labels) or {},
        explanation=explanation or "",
        pool=str(pool),
    )


def page_records(
    page: Page, batch: str, qa: QaColumns | None = None
) -> Iterator[ExportedConversation]:
    """The records of one page, in id order, with their QA keys when ``qa`` is given."""
    turns = group(page.turns, turn_record)
    annotations = group(page.annotations, annotation_record)
    predictions = group(page.predictions, prediction_record)
    gold = {row[0]: gold_record(row) for row in page.gold}
    for cid, external_id, language, confidence, source_language, meta in page.conversations:
        yield ExportedConversation(
            external_id=external_id,
            turns=turns.get(cid, []),
            meta=loads(meta) or {},
            language=language,
            language_confidence=confidence,
            predictions=predictions.get(cid, []),
            annotations=annotations.get(cid, []),
            gold=gold.get(cid),
            batch=batch,
            source_language=source_language,
            extra={} if qa is None else qa.extra(cid),
        )


def iter_batch_records(
    session: Session,
    bid: int,
    batch: str,
    *,
    page_size: int | None = None,
    on_page: Callable[[int], None] | None = None,
    qa: QaColumns | None = None,
) -> Iterator[ExportedConversation]:
    """Every conversation of a batch as an :class:`ExportedConversation`, in id order.

    ``on_page`` is called with a page's size after its last record was taken; ``qa`` gives
    the final labels and QA results.
    """
    for page in PageReader(session, bid, page_size).pages():
        yield from page_records(page, batch, qa)
        if on_page is not None:
            on_page(len(page.conversations))
