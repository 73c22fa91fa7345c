"""Writes chunks of conversations with bulk inserts, inside one import transaction.

A chunk arrives as a :class:`Payload` of plain tuples (so it can be pickled to a writer
process, see :mod:`labeldesk.ingest.writer`). The writer dedupes it against the workspace (and
against the earlier chunks, which the same transaction sees) and inserts what is new.

The hot path skips the ORM: rows are tuples, JSON is serialised with orjson, and on SQLite
conversation ids are assigned here (the import holds the write lock from its first statement,
so ``max(id) + 1`` is safe) so that turns can be written without a RETURNING round trip. Other
databases get the ids back from ``INSERT … RETURNING`` in parameter order.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import func, insert, select
from sqlalchemy.exc import OperationalError

from labeldesk.errors import KnownStorageError
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Batch,
    Conversation,
    GoldItem,
    Prediction,
    Role,
    Turn,
    User,
    answer_category,
    new_uuid,
    utcnow,
)

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection, Engine

    from labeldesk.ingest.record import TurnRecord

#: Page cache of the import connection, in MiB; $LABELDESK_IMPORT_CACHE_MB overrides it (a
#: smaller cache spills the transaction's pages to the WAL sooner, and uses less memory).
IMPORT_CACHE_MB = 256

#: Bound parameters per multi-row INSERT statement (measured best near SQLite's old limit of
#: 999; a connection with a lower limit is respected).
MAX_PARAMS = 960

CONVERSATION_COLUMNS = ("external_id", "batch_id", "content_hash", "language",
                        "language_confidence", "source_language", "meta", "n_turns", "created_at")
TURN_COLUMNS = ("conversation_id", "idx", "speaker", "text", "ts", "meta")
PREDICTION_COLUMNS = ("conversation_id", "label_key", "turn_idx", "score", "model")
GOLD_COLUMNS = ("id", "conversation_id", "labels", "turn_labels", "explanation", "pool", "source",
                "created_at")
ANNOTATION_COLUMNS = ("id", "conversation_id", "user_id", "latest_revision", "created_at",
                      "answer", "skipped", "unsure", "active_seconds", "answered_at")
REVISION_COLUMNS = ("id", "annotation_id", "number", "labels", "turn_labels", "unsure",
                    "skip_reason", "note", "active_seconds", "taxonomy_version_id", "created_at")


@contextmanager
def import_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in one write transaction, tuned for bulk writes; rolled back on error.

    On SQLite the transaction starts with ``BEGIN IMMEDIATE`` (the write lock up front), and
    this connection alone runs with ``synchronous=NORMAL`` (in WAL mode: still safe against a
    crash of the process or the machine, at most the last commit lost on power loss), a big
    page cache, and foreign keys unchecked (~15% faster turn inserts; every row written refers
    to a row this import wrote or read in the same transaction); all are restored afterwards.
    """
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        saved: dict[str, Any] = {}
        if sqlite:
            for pragma in ("synchronous", "cache_size", "foreign_keys"):
                saved[pragma] = conn.exec_driver_sql(f"PRAGMA {pragma}").scalar()
            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.exec_driver_sql(f"PRAGMA cache_size=-{_cache_mb() * 1024}")
            conn.commit()
        try:
            with conn.begin():
                if sqlite:
                    _begin_immediate(conn)
                yield conn
        finally:
            if sqlite:
                for pragma, value in saved.items():
                    conn.exec_driver_sql(f"PRAGMA {pragma}={int(value)}")
                conn.commit()


def _cache_mb() -> int:
    value = os.environ.get("LABELDESK_IMPORT_CACHE_MB", "")
    return int(value) if value.isdigit() and int(value) > 0 else IMPORT_CACHE_MB


def _begin_immediate(conn: Connection) -> None:
    try:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError as exc:
        raise KnownStorageError(
            f"the workspace is busy (another import or app is writing): {exc.orig}"
        ) from exc


def _max_params(conn: Connection) -> int:
    """How many parameters one statement may bind on this connection."""
    if conn.dialect.name != "sqlite":
        return MAX_PARAMS
    raw = conn.connection.dbapi_connection
    getlimit = getattr(raw, "getlimit", None)  # Python 3.11+
    if getlimit is None:
        return 999
    return min(MAX_PARAMS, getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))


def _json(value: object) -> str:
    return orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS).decode()


@dataclass(slots=True)
class Payload:
    """One chunk of checked conversations, ready to insert, in file order.

    ``convs``: (external id, content hash, file language, meta JSON, language, confidence);
    ``turns``: per conversation, its checked :class:`TurnRecord` objects (turned into insert
    parameters in one pass, without an intermediate tuple per turn);
    ``predictions``: per conversation, (label key, turn, score, model);
    ``gold``: per conversation, (labels JSON, turn labels JSON, explanation, pool) or None;
    ``annotations``: per conversation, (labeller, pseudonym or None, revision, labels JSON,
    turn labels JSON, unsure, skip reason, note, active seconds); ``wheres``: each one's
    line or rows.
    ``grouped``: the file has one row per turn, so a repeated id means split-up rows.
    ``redacted``: per conversation, the spans masked per type (or None); None if none were.
    """

    convs: list[tuple[str, str, str | None, str, str, float]]
    turns: list[list[TurnRecord]]
    predictions: list[list[tuple[str, int | None, float | None, str]]]
    gold: list[tuple[str, str, str] | None]
    annotations: list[list[tuple[Any, ...]]]
    wheres: list[str]
    grouped: bool = False
    redacted: list[dict[str, int] | None] | None = None


@dataclass(frozen=True)
class WriterSetup:
    """Where an import writes: the batch (created if new) and the taxonomy version."""

    batch: str
    source: str
    taxonomy_id: int | None
    taxonomy_version_id: int | None


@dataclass
class WriteTotals:
    """What the writer stored and skipped; ``split`` lists (where, id) of split-up rows."""

    batch_created: bool = False
    imported: int = 0
    duplicate_ids: int = 0
    duplicate_content: int = 0
    predictions: int = 0
    gold: int = 0
    annotations: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    split: list[tuple[str, str]] = field(default_factory=list)
    redacted: Counter[str] = field(default_factory=Counter)  # spans masked, stored convs only


def _turn_params(pairs: list[tuple[int, int]], turns: list[list[TurnRecord]]) -> list[Any]:
    """The turn rows of the kept conversations ((row id, index in the payload) pairs), as
    one flat list of values in :data:`TURN_COLUMNS` order, built in a single pass.
    """
    flat: list[Any] = []
    add = flat.extend
    for cid, i in pairs:
        for idx, t in enumerate(turns[i]):
            meta = t.meta
            add((cid, idx, t.speaker, t.text, t.ts, None if meta is None else _json(meta)))
    return flat


class ChunkWriter:
    """Dedupes and inserts one :class:`Payload` at a time into a batch."""

    def __init__(self, conn: Connection, setup: WriterSetup) -> None:
        self.conn = conn
        self.setup = setup
        self.totals = WriteTotals()
        dialect = conn.dialect
        self._ph = "?" if dialect.paramstyle == "qmark" else "%s"
        self._quote = dialect.identifier_preparer.quote
        self.now = utcnow()
        created_at = Conversation.__table__.c.created_at.type.dialect_impl(dialect)
        process = created_at.bind_processor(dialect)
        self._now_param = process(self.now) if process else self.now
        self.explicit_ids = dialect.name == "sqlite"
        self._max_params = _max_params(conn)
        self.batch_id = self._batch()
        self.first_id: int | None = None
        if self.explicit_ids:
            self.first_id = (conn.scalar(select(func.max(Conversation.id))) or 0) + 1
        self._next_id = self.first_id or 0
        self._users: dict[str, str] = {}
        self._sql: dict[str, str] = {}

    def _batch(self) -> int:
        s = self.setup
        batch_id = self.conn.scalar(select(Batch.id).where(Batch.name == s.batch))
        if batch_id is None:
            batch_id = self.conn.execute(insert(Batch).returning(Batch.id), [
                {"name": s.batch, "taxonomy_id": s.taxonomy_id, "source": s.source[-1000:]}
            ]).scalar_one()
            self.totals.batch_created = True
        return int(batch_id)

    def write(self, p: Payload) -> None:
        """Insert the conversations of ``p`` not yet in the workspace, with all they carry."""
        keep = self._dedupe(p)
        if not keep:
            return
        ids = self._conversations(p, keep)
        pairs = list(zip(ids, keep, strict=True))
        self._insert_flat(Turn.__table__, TURN_COLUMNS, _turn_params(pairs, p.turns))
        rows = [(cid, *x) for cid, i in pairs for x in p.predictions[i]]
        self._executemany(Prediction.__table__, PREDICTION_COLUMNS, rows)
        self.totals.predictions += len(rows)
        now = self._now_param
        rows = [(new_uuid(), cid, *g, "file", now)
                for cid, i in pairs if (g := p.gold[i]) is not None]
        self._executemany(GoldItem.__table__, GOLD_COLUMNS, rows)
        self.totals.gold += len(rows)
        self._annotations([(cid, a) for cid, i in pairs for a in p.annotations[i]])
        self.totals.imported += len(keep)
        if p.redacted is not None:
            for i in keep:
                self.totals.redacted.update(p.redacted[i] or {})

    def _existing(self, ids: list[str], hashes: list[str]) -> tuple[dict[str, int], set[str]]:
        """Which of ``ids`` are stored (id -> row id), and which content hashes are."""
        conn = self.conn
        if self.explicit_ids:  # SQLite: one JSON parameter instead of thousands of binds
            found = conn.exec_driver_sql(
                "SELECT external_id, id FROM conversation "
                "WHERE external_id IN (SELECT value FROM json_each(?))", (_json(ids),))
            old = conn.exec_driver_sql(
                "SELECT content_hash FROM conversation "
                "WHERE content_hash IN (SELECT value FROM json_each(?))", (_json(hashes),))
        else:
            found = conn.execute(select(Conversation.external_id, Conversation.id)
                                 .where(Conversation.external_id.in_(ids)))
            old = conn.execute(select(Conversation.content_hash)
                               .where(Conversation.content_hash.in_(hashes)))
        return {row[0]: row[1] for row in found}, set(old.scalars())

    def _dedupe(self, p: Payload) -> list[int]:
        """Indexes of the conversations of ``p`` whose id and content are both new."""
        if not p.convs:
            return []
        old_ids, old_hashes = self._existing(list({c[0] for c in p.convs}),
                                             list({c[1] for c in p.convs}))
        totals, first_new = self.totals, self.first_id
        seen: set[str] = set()
        keep: list[int] = []
        for i, (ext, h, *_rest) in enumerate(p.convs):
            if ext in seen or ext in old_ids:
                if p.grouped and (ext in seen or (first_new and old_ids[ext] >= first_new)):
                    totals.split.append((p.wheres[i], ext))
                else:
                    totals.duplicate_ids += 1
            elif h in old_hashes:
                totals.duplicate_content += 1
            else:
                seen.add(ext)
                old_hashes.add(h)
                keep.append(i)
        totals.languages.update([p.convs[i][4] for i in keep])
        return keep

    def _conversations(self, p: Payload, keep: list[int]) -> list[int]:
        batch_id, convs, turns = self.batch_id, p.convs, p.turns
        if self.explicit_ids:
            start = self._next_id
            self._next_id += len(keep)
            now = self._now_param
            rows = [(start + n, ext, batch_id, h, lang, conf, src, meta, len(turns[i]), now)
                    for n, i in enumerate(keep)
                    for ext, h, src, meta, lang, conf in (convs[i],)]
            self._executemany(Conversation.__table__, ("id", *CONVERSATION_COLUMNS), rows)
            return list(range(start, start + len(keep)))
        dicts = [
            dict(zip(CONVERSATION_COLUMNS, (ext, batch_id, h, lang, conf, src,
                                            orjson.loads(meta), len(turns[i]), self.now),
                     strict=True))
            for i in keep
            for ext, h, src, meta, lang, conf in (convs[i],)
        ]
        stmt = insert(Conversation).returning(Conversation.id, sort_by_parameter_order=True)
        ids = list(self.conn.execute(stmt, dicts).scalars())
        if self.first_id is None:
            self.first_id = min(ids)
        return ids

    def _annotations(self, pairs: list[tuple[int, tuple[Any, ...]]]) -> None:
        if not pairs:
            return
        self._ensure_users({a[0]: a[1] for _, a in pairs})
        now, version = self._now_param, self.setup.taxonomy_version_id
        annotations, revisions = [], []
        for cid, (labeller, _pseudonym, revision, *answer) in pairs:
            aid = new_uuid()
            labels, _turns, unsure, skip_reason, _note, seconds = answer
            # The one revision written is the latest: its answer goes on the annotation too.
            annotations.append((aid, cid, self._users[labeller], revision, now,
                                answer_category(labels), skip_reason is not None, bool(unsure),
                                0.0 if seconds is None else seconds, now))
            revisions.append((new_uuid(), aid, revision, *answer, version, now))
        self._executemany(Annotation.__table__, ANNOTATION_COLUMNS, annotations)
        self._executemany(AnnotationRevision.__table__, REVISION_COLUMNS, revisions)
        self.totals.annotations += len(annotations)

    def _ensure_users(self, pseudonyms: dict[str, str | None]) -> None:
        """Find each labeller by name; create the missing ones as labellers.

        A new labeller keeps the pseudonym the file gives (an export's ``labeller_id``), so
        pseudonymous ids stay the same across workspaces, unless another user already has it.
        """
        wanted = pseudonyms.keys() - self._users.keys()
        if not wanted:
            return
        found = self.conn.execute(select(User.name, User.id).where(User.name.in_(wanted)))
        self._users.update((row[0], row[1]) for row in found)
        missing = sorted(wanted - self._users.keys())
        if missing:
            given = {p for n in missing if (p := pseudonyms[n])}
            taken = set(self.conn.scalars(select(User.pseudonym).where(User.pseudonym.in_(given))))
            rows = [
                {"id": new_uuid(), "name": n, "role": Role.LABELLER,
                 "pseudonym": p if (p := pseudonyms[n]) and p not in taken else new_uuid()}
                for n in missing
            ]
            self.conn.execute(insert(User), rows)
            self._users.update((r["name"], r["id"]) for r in rows)

    def _executemany(
        self, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        """Insert ``rows`` with multi-row INSERT statements (~8% faster than row by row)."""
        if rows:
            self._insert_flat(table, columns, list(chain.from_iterable(rows)))

    def _insert_flat(self, table: Table, columns: Sequence[str], flat: list[Any]) -> None:
        """Insert rows given as one flat list of values (``len(columns)`` per row)."""
        width = len(columns)
        if not flat:
            return
        per = max(1, self._max_params // width)
        size = per * width
        whole = len(flat) - len(flat) % size
        if whole:
            params = [tuple(flat[i : i + size]) for i in range(0, whole, size)]
            self.conn.exec_driver_sql(self._statement(table, columns, per), params)
        if whole < len(flat):
            self.conn.exec_driver_sql(self._statement(table, columns, (len(flat) - whole) // width),
                                      tuple(flat[whole:]))

    def _statement(self, table: Table, columns: Sequence[str], n_rows: int) -> str:
        key = f"{table.name}:{len(columns)}:{n_rows}"
        sql = self._sql.get(key)
        if sql is None:
            cols = ", ".join(self._quote(c) for c in columns)
            row = "(" + ", ".join([self._ph] * len(columns)) + ")"
            sql = self._sql[key] = (
                f"INSERT INTO {self._quote(table.name)} ({cols}) VALUES "
                + ", ".join([row] * n_rows)
            )
        return sql

    def audit(self, payload: dict[str, Any]) -> None:
        """Log the import in the audit log, inside the import's transaction."""
        from sqlalchemy.orm import Session

        from labeldesk import audit

        with Session(bind=self.conn) as session:
            audit.record(session, "import", entity="batch", entity_id=self.setup.batch,
                         payload=payload)
