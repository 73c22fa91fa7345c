"""On a workstation: what waits for the hub, as push records, and marking it done.

The outbox holds one row per record a user made here (annotation revisions, reviews, and
the records the client derived for itself while offline). A row is marked done only when
the hub acknowledged its record, in one local transaction with the rest of the chunk; a
record the hub refused for good keeps its row with the hub's reason in ``error``.

The workstation's audit log travels too: entries after the last acknowledged one, in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Text, and_, exists, func, or_, select, type_coerce, update
from sqlalchemy.orm import Session

from labeldesk.review.review_records import GOLD_SOURCE
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    AuditEntry,
    Conversation,
    GoldItem,
    OutboxEntry,
    Review,
    ReviewItem,
    ReviewSlot,
    Setting,
    SyncState,
    Taxonomy,
    TaxonomyVersion,
    new_uuid,
    utcnow,
)
from labeldesk.sync.bulk import among

#: Outbox record types the hub derives for itself (acknowledged, not stored there).
DERIVED = ("gold_result", "review_item", "training_quiz", "gold_item")
CLIENT_ID_KEY = "sync.client_id"


def client_id(s: Session) -> str:
    """This workspace's id as a sync client (made on first use): it names its audit chain."""
    value = s.scalar(select(Setting.value).where(Setting.key == CLIENT_ID_KEY))
    if value:
        return str(value)
    made = new_uuid()
    s.add(Setting(key=CLIENT_ID_KEY, value=made))
    s.flush()
    return made


def state(s: Session, hub_url: str, user_id: str) -> SyncState:
    """The sync bookkeeping for (hub, user), made if missing (in the caller's transaction)."""
    row = s.get(SyncState, (hub_url, user_id))
    if row is None:
        row = SyncState(hub_url=hub_url, user_id=user_id, cursor=0, audit_seq=0)
        s.add(row)
        s.flush()
    return row


def _mine(user_id: str) -> Any:  # noqa: ANN401 - a SQL condition
    """Outbox rows whose record is this user's (other local users sync with their tokens)."""
    rev_mine = exists().where(
        AnnotationRevision.id == OutboxEntry.record_id,
        Annotation.id == AnnotationRevision.annotation_id,
        Annotation.user_id == user_id,
    )
    review_mine = exists().where(Review.id == OutboxEntry.record_id, Review.reviewer_id == user_id)
    return or_(
        and_(OutboxEntry.record_type == "annotation_revision", rev_mine),
        and_(OutboxEntry.record_type == "review", review_mine),
        OutboxEntry.record_type.in_(DERIVED),
    )


def pending_count(s: Session, user_id: str, hub_url: str | None = None) -> int:
    """How many records wait for the hub: the user's outbox rows plus unsent audit entries."""
    waiting = (
        s.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.acked_at.is_(None), OutboxEntry.error.is_(None), _mine(user_id))
        )
        or 0
    )
    sent = 0
    if hub_url is not None:
        row = s.get(SyncState, (hub_url, user_id))
        sent = row.audit_seq if row is not None else 0
    audit_waiting = s.scalar(select(func.count()).where(AuditEntry.seq > sent)) or 0
    return int(waiting) + int(audit_waiting)


def rejected(s: Session) -> list[tuple[str, str, str]]:
    """Records the hub refused for good: (type, id, the hub's reason)."""
    return [
        (kind, record_id, str(error))
        for kind, record_id, error in s.execute(
            select(OutboxEntry.record_type, OutboxEntry.record_id, OutboxEntry.error)
            .where(OutboxEntry.error.is_not(None))
            .order_by(OutboxEntry.id)
        )
    ]


@dataclass(frozen=True)
class Chunk:
    """Push records ready to send, and the outbox rows (or audit seqs) they came from."""

    records: list[dict[str, Any]]
    outbox: dict[str, list[int]]  # record id -> outbox row ids
    audit_seqs: dict[str, int]  # audit entry id -> seq


def next_chunk(s: Session, user_id: str, limit: int, *, after_id: int = 0) -> Chunk:
    """The user's next outbox records, oldest first (at most ``limit``, after row ``after_id``)."""
    rows = s.execute(
        select(
            OutboxEntry.id,
            OutboxEntry.record_type,
            OutboxEntry.record_id,
            # Only whether it was a revert (decoding every payload is most of a chunk's cost).
            OutboxEntry.payload["reverted_to"].as_integer().is_not(None),
        )
        .where(OutboxEntry.acked_at.is_(None), OutboxEntry.error.is_(None), _mine(user_id))
        .where(OutboxEntry.id > after_id)
        .order_by(OutboxEntry.id)
        .limit(limit)
    ).all()
    outbox: dict[str, list[int]] = {}
    for row_id, _type, record_id, _revert in rows:
        outbox.setdefault(record_id, []).append(row_id)
    revisions = _revisions(s, [r for _i, t, r, _p in rows if t == "annotation_revision"])
    reviews = _reviews(s, [r for _i, t, r, _p in rows if t == "review"])
    records: list[dict[str, Any]] = []
    for _row_id, kind, record_id, revert in rows:
        if kind == "annotation_revision" and record_id in revisions:
            record = revisions[record_id]
            if revert:
                record["data"]["action"] = "annotation.revert"
            records.append(record)
        elif kind == "review" and record_id in reviews:
            records.append(reviews[record_id])
        elif kind in DERIVED:
            records.append({"type": kind, "id": record_id, "data": {"payload": {}}})
    unique = list({(r["type"], r["id"]): r for r in records}.values())
    return Chunk(unique, outbox, {})


def next_audit_chunk(s: Session, after_seq: int, limit: int) -> Chunk:
    """The workstation's audit entries after ``after_seq``, in order (at most ``limit``)."""
    a = AuditEntry
    entries = s.execute(
        select(  # columns, not entities: a chunk is thousands of rows
            a.id,
            a.seq,
            _raw(a.at),
            a.user_id,
            a.action,
            a.entity,
            a.entity_id,
            _raw(a.payload),
            a.prev_hash,
            a.hash,
        )
        .where(a.seq > after_seq)
        .order_by(a.seq)
        .limit(limit)
    ).all()
    records = [
        {
            "type": "audit",
            "id": e.id,
            "data": {
                "seq": e.seq,
                "at": _naive(_time(e.at)).isoformat(),
                "user_id": e.user_id,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "payload": _json(e.payload) or {},
                "prev_hash": e.prev_hash,
                "hash": e.hash,
            },
        }
        for e in entries
    ]
    return Chunk(records, {}, {e.id: e.seq for e in entries})


def mark(
    s: Session,
    chunk: Chunk,
    acked: Sequence[str],
    rejected_ids: Sequence[tuple[str, str]],
    sync: SyncState,
) -> None:
    """Record the hub's answer to a chunk (in the caller's transaction, with nothing else)."""
    now = utcnow()
    done = [row for rid in acked for row in chunk.outbox.get(rid, [])]
    if done:
        s.execute(
            update(OutboxEntry)
            .where(among(OutboxEntry.id, done))
            .values(acked_at=now, attempts=OutboxEntry.attempts + 1),
            execution_options={"synchronize_session": False},
        )
    for rid, error in rejected_ids:
        rows = chunk.outbox.get(rid, [])
        if rows:
            s.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id.in_(rows))
                .values(error=error[:2000], attempts=OutboxEntry.attempts + 1),
                execution_options={"synchronize_session": False},
            )
    answered = [chunk.audit_seqs.get(i) for i in [*acked, *(r for r, _e in rejected_ids)]]
    answered = [seq for seq in answered if seq is not None]
    if chunk.audit_seqs and answered:
        sync.audit_seq = max(sync.audit_seq or 0, max(answered))
    s.flush()


def _naive(at: dt.datetime) -> dt.datetime:
    """UTC without an offset: how the audit hash saw the time."""
    return at.astimezone(dt.UTC).replace(tzinfo=None) if at.tzinfo else at


def _iso(at: dt.datetime | None) -> str:
    at = at or utcnow()
    return (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).isoformat()


def _revisions(s: Session, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Revision push records by id, each with its annotation and conversation."""
    if not ids:
        return {}
    rev = AnnotationRevision
    rows = s.execute(
        select(  # columns, not entities: a chunk is thousands of rows
            rev.id,
            rev.annotation_id,
            rev.number,
            _raw(rev.labels),
            _raw(rev.turn_labels),
            rev.unsure,
            rev.skip_reason,
            rev.note,
            rev.active_seconds,
            _raw(rev.created_at),
            Annotation.assignment_id,
            Conversation.external_id,
            Taxonomy.name.label("taxonomy"),
            TaxonomyVersion.number.label("version"),
        )
        .join(Annotation, Annotation.id == rev.annotation_id)
        .join(Conversation, Conversation.id == Annotation.conversation_id)
        .outerjoin(TaxonomyVersion, TaxonomyVersion.id == rev.taxonomy_version_id)
        .outerjoin(Taxonomy, Taxonomy.id == TaxonomyVersion.taxonomy_id)
        .where(among(rev.id, ids))
    )
    out = {}
    for r in rows:
        if r.assignment_id is None:
            continue
        action = "annotation.skip" if r.skip_reason is not None else "annotation.submit"
        out[r.id] = {
            "type": "annotation_revision",
            "id": r.id,
            "data": {
                "annotation_id": r.annotation_id,
                "assignment_id": r.assignment_id,
                "conversation": r.external_id,
                "number": r.number,
                "labels": list(_json(r.labels) or []),
                "turn_labels": dict(_json(r.turn_labels) or {}),
                "unsure": bool(r.unsure),
                "skip_reason": r.skip_reason,
                "note": r.note or "",
                "active_seconds": float(r.active_seconds or 0.0),
                "taxonomy": r.taxonomy,
                "taxonomy_version": r.version,
                "action": action,
                "created_at": _iso(_time(r.created_at)),
            },
        }
    return out


def _raw(column: Any) -> Any:  # noqa: ANN401 - a column; a SQL expression
    """A JSON or time column as the database stores it (text on SQLite), under its own
    name: decoding it here is far faster than SQLAlchemy's result processors."""
    return type_coerce(column, Text).label(column.key)


def _json(value: Any) -> Any:  # noqa: ANN401 - JSON
    """A JSON column's value read with :func:`_raw` (a driver may have decoded it)."""
    return orjson.loads(value) if isinstance(value, str | bytes) else value


def _time(value: Any) -> dt.datetime:  # noqa: ANN401 - text or a datetime
    """A (not null) time column's value read with :func:`_raw` (a driver may have decoded
    it)."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _reviews(s: Session, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Review push records by id, with slot verdicts and the gold explanation if promoted."""
    if not ids:
        return {}
    out = {}
    for review, conversation_id in s.execute(
        select(Review, ReviewItem.conversation_id)
        .join(ReviewItem, ReviewItem.id == Review.review_item_id)
        .where(Review.id.in_(list(ids)))
    ):
        slots = [
            {"slot": slot, "annotation_id": ann, "verdict": str(verdict)}
            for slot, ann, verdict in s.execute(
                select(ReviewSlot.slot, ReviewSlot.annotation_id, ReviewSlot.verdict)
                .where(ReviewSlot.review_id == review.id)
                .order_by(ReviewSlot.slot)
            )
        ]
        explanation = ""
        if review.promoted_to_gold:
            explanation = (
                s.scalar(
                    select(GoldItem.explanation).where(
                        GoldItem.conversation_id == conversation_id,
                        GoldItem.source == GOLD_SOURCE,
                    )
                )
                or ""
            )
        cause = review.cause
        out[review.id] = {
            "type": "review",
            "id": review.id,
            "data": {
                "review_item_id": review.review_item_id,
                "labels": list(review.labels or []),
                "turn_labels": dict(review.turn_labels or {}),
                "cause": None if cause is None else str(cause),
                "comment": review.comment or "",
                "promoted_to_gold": bool(review.promoted_to_gold),
                "explanation": explanation,
                "active_seconds": float(review.active_seconds or 0.0),
                "slots": slots,
                "created_at": _iso(review.created_at),
            },
        }
    return out
