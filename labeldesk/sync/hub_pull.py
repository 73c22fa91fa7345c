"""On the hub: a page of what one user may pull, from a cursor. The blind is enforced here.

A page holds records in publication order (see :mod:`labeldesk.sync.publish`); each is a
dict with a ``type``:

``taxonomy_version``
    ``taxonomy``, ``leaf_only``, ``number``, ``checksum``, ``source``, ``labels`` (every
    label row: key, parent_key, path, depth, position, name, names, description, examples,
    guidelines, synonyms, shortcut, deprecated). Everyone gets every version.
``quiz``
    The user's training quiz: ``id``, ``kind``, ``branches``, ``threshold``, ``n_items``,
    ``pauses_production``, ``status``, ``score``, ``created_at``, ``finished_at``.
``assignment``
    The user's own work: ``id``, ``purpose``, ``position``, ``status``, ``due_at``,
    ``lease_expires_at``, ``quiz_id``, ``batch`` (name, taxonomy, multi_label), and the
    ``conversation`` (external_id, language, language_confidence, public meta, turns).
    Hidden gold goes out as purpose ``label`` in the batch it was mixed into, exactly like
    its neighbours. A training item carries its ``gold`` answer (the training pool's answers
    may travel). A review assignment carries its ``review_item``: reason and the slots in
    their shuffled order, each with the annotation id and its latest labels, never who made
    it. An assignment whose lease expired comes with status ``expired``: drop it.
``gold_feedback``
    A score of the user's own first answer to a gold item, with the expected answer and the
    explanation (only after it was submitted, since a score exists only then).
``review_feedback``
    A review of an item the user labelled: the final labels, cause, comment, and the verdict
    on the user's own slot.

Nothing else leaves the hub: no other labeller's labels, identities, or gold flags.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from labeldesk.labelling.service import hidden_meta, public_meta
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    Conversation,
    GoldItem,
    GoldResult,
    Label,
    Prediction,
    Purpose,
    Review,
    ReviewItem,
    ReviewSlot,
    Setting,
    Taxonomy,
    TaxonomyVersion,
    TrainingQuiz,
    Turn,
    WorkStatus,
)
from labeldesk.sync.bulk import among
from labeldesk.sync.publish import LEASED, horizon, lease_end, publish

Record = dict[str, Any]


def pull_page(s: Session, user_id: str, cursor: int, limit: int) -> tuple[list[Record], int, bool]:
    """Up to ``limit`` records for ``user_id`` after ``cursor``: (records, next cursor, more).

    Publishes pending rows first (in its own commit), then reads only up to the published
    horizon, so nothing published later can be skipped.
    """
    publish(s)
    s.commit()
    top = horizon(s)
    window = (cursor, top)
    found: list[tuple[int, str, Any]] = []
    for kind, rows in (
        ("taxonomy_version", _seqs(s, TaxonomyVersion, None, window, limit)),
        ("quiz", _seqs(s, TrainingQuiz, user_id, window, limit)),
        ("assignment", _seqs(s, Assignment, user_id, window, limit)),
        ("gold_feedback", _seqs(s, GoldResult, user_id, window, limit)),
        ("review_feedback", _review_seqs(s, user_id, window, limit)),
    ):
        found.extend((seq, kind, ref) for seq, ref in rows)
    found.sort(key=lambda t: t[0])
    more = len(found) > limit
    page = found[:limit]
    next_cursor = page[-1][0] if more else max(top, cursor)
    by_kind: dict[str, list[tuple[int, Any]]] = defaultdict(list)
    for seq, kind, ref in page:
        by_kind[kind].append((seq, ref))
    built: dict[int, Record] = {}
    built.update(_taxonomy_versions(s, by_kind["taxonomy_version"]))
    built.update(_quizzes(s, by_kind["quiz"]))
    built.update(_assignments(s, by_kind["assignment"]))
    built.update(_gold_feedback(s, by_kind["gold_feedback"]))
    built.update(_review_feedback(s, user_id, by_kind["review_feedback"]))
    records = [built[seq] for seq, _kind, _ref in page if seq in built]
    # The lead's switches that shape the labeller's view travel on every page.
    settings = {"type": "settings", "show_predictions": _show_predictions(s)}
    return [settings, *records], next_cursor, more


def _among(s: Session, column: Any, values: Iterable[Any]) -> ColumnElement[bool]:  # noqa: ANN401
    """``column IN values`` for a page's hundreds of ids: one array parameter on PostgreSQL
    (:func:`labeldesk.sync.bulk.among`), a plain ``IN`` list on SQLite (where ``among``'s
    form is not answered from the index)."""
    if s.get_bind().dialect.name == "postgresql":
        return among(column, values)
    return column.in_(list(values))


def _seqs(
    s: Session,
    table: Any,  # noqa: ANN401 - one of the published model classes
    user_id: str | None,
    window: tuple[int, int],
    limit: int,
) -> list[tuple[int, Any]]:
    """(sync_seq, id) of a table's rows in the window, for the user (or everyone's)."""
    low, high = window
    query = select(table.sync_seq, table.id).where(table.sync_seq > low, table.sync_seq <= high)
    if user_id is not None:
        query = query.where(table.user_id == user_id)
    return [(int(a), b) for a, b in s.execute(query.order_by(table.sync_seq).limit(limit + 1))]


def _review_seqs(
    s: Session, user_id: str, window: tuple[int, int], limit: int
) -> list[tuple[int, Any]]:
    """Reviews of the user's annotations in the window: (sync_seq, (review id, slot))."""
    low, high = window
    rows = s.execute(
        select(Review.sync_seq, Review.id, ReviewSlot.slot)
        .join(ReviewSlot, ReviewSlot.review_id == Review.id)
        .join(Annotation, Annotation.id == ReviewSlot.annotation_id)
        .where(Annotation.user_id == user_id, Review.sync_seq > low, Review.sync_seq <= high)
        .order_by(Review.sync_seq)
        .limit(limit + 1)
    )
    return [(int(seq), (rid, slot)) for seq, rid, slot in rows]


# -- records ----------------------------------------------------------------------------------


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _taxonomy_versions(s: Session, refs: Sequence[tuple[int, Any]]) -> dict[int, Record]:
    out = {}
    for seq, version_id in refs:
        version, taxonomy = s.execute(
            select(TaxonomyVersion, Taxonomy)
            .join(Taxonomy, Taxonomy.id == TaxonomyVersion.taxonomy_id)
            .where(TaxonomyVersion.id == version_id)
        ).one()
        labels = [
            {
                "key": lb.key,
                "parent_key": lb.parent_key,
                "path": lb.path,
                "depth": lb.depth,
                "position": lb.position,
                "name": lb.name,
                "names": lb.names or {},
                "description": lb.description,
                "examples": lb.examples or [],
                "guidelines": lb.guidelines or {},
                "synonyms": lb.synonyms or [],
                "shortcut": lb.shortcut,
                "deprecated": lb.deprecated,
            }
            for lb in s.scalars(select(Label).where(Label.version_id == version_id))
        ]
        out[seq] = {
            "type": "taxonomy_version",
            "taxonomy": taxonomy.name,
            "leaf_only": taxonomy.leaf_only,
            "number": version.number,
            "checksum": version.checksum,
            "source": version.source,
            "labels": labels,
        }
    return out


def _quizzes(s: Session, refs: Sequence[tuple[int, Any]]) -> dict[int, Record]:
    seq_of = {ref: seq for seq, ref in refs}
    out = {}
    for quiz in s.scalars(select(TrainingQuiz).where(TrainingQuiz.id.in_(list(seq_of)))):
        out[seq_of[quiz.id]] = {"type": "quiz", **quiz_record(quiz)}
    return out


#: What a pulled assignment and its conversation are built from.
_ASSIGNMENT_COLUMNS = (
    Assignment.id,
    Assignment.conversation_id,
    Assignment.purpose,
    Assignment.position,
    Assignment.status,
    Assignment.due_at,
    Assignment.lease_expires_at,
    Assignment.quiz_id,
    Assignment.batch_id,
)
_CONVERSATION_COLUMNS = (
    Conversation.id,
    Conversation.external_id,
    Conversation.batch_id,
    Conversation.language,
    Conversation.language_confidence,
    Conversation.source_language,
    Conversation.content_hash,
    Conversation.meta,
)


def quiz_record(quiz: TrainingQuiz) -> Record:
    """A quiz's fields as JSON."""
    return {
        "id": quiz.id,
        "kind": str(quiz.kind),
        "branches": list(quiz.branches or []),
        "threshold": quiz.threshold,
        "n_items": quiz.n_items,
        "pauses_production": quiz.pauses_production,
        "status": str(quiz.status),
        "score": quiz.score,
        "created_at": _iso(quiz.created_at),
        "finished_at": _iso(quiz.finished_at),
    }


def _assignments(s: Session, refs: Sequence[tuple[int, Any]]) -> dict[int, Record]:
    if not refs:
        return {}
    seq_of = {ref: seq for seq, ref in refs}
    # Columns, not ORM objects: a first pull reads tens of thousands of each.
    rows = s.execute(select(*_ASSIGNMENT_COLUMNS).where(_among(s, Assignment.id, seq_of))).all()
    leases = _start_leases(s, rows)
    conv_ids = {a.conversation_id for a in rows}
    convs = {
        c.id: c
        for c in s.execute(
            select(*_CONVERSATION_COLUMNS).where(_among(s, Conversation.id, conv_ids))
        )
    }
    batch_ids = {a.batch_id or convs[a.conversation_id].batch_id for a in rows}
    batches = {
        b.id: {"name": b.name, "taxonomy": t, "multi_label": b.multi_label}
        for b, t in s.execute(
            select(Batch, Taxonomy.name)
            .outerjoin(Taxonomy, Taxonomy.id == Batch.taxonomy_id)
            .where(Batch.id.in_(batch_ids))
        )
    }
    turns = _turns(s, conv_ids)
    hidden = hidden_meta(s)
    training = _training_gold(s, [a.conversation_id for a in rows if a.purpose == Purpose.TRAINING])
    reviews = _review_items(s, [a.conversation_id for a in rows if a.purpose == Purpose.REVIEW])
    predictions = (
        _predictions(s, [a.conversation_id for a in rows if a.purpose in LEASED])
        if _show_predictions(s)
        else {}
    )
    out = {}
    for a in rows:
        conv = convs[a.conversation_id]
        record: Record = {
            "type": "assignment",
            "id": a.id,
            # The blind: hidden gold looks like production work.
            "purpose": Purpose.LABEL.value if a.purpose == Purpose.GOLD else str(a.purpose),
            "position": a.position,
            "status": str(a.status),
            "due_at": _iso(a.due_at),
            "lease_expires_at": _iso(leases.get(a.id, a.lease_expires_at)),
            "quiz_id": a.quiz_id,
            "batch": batches[a.batch_id or conv.batch_id],
            "conversation": {
                "external_id": conv.external_id,
                "language": conv.language,
                "language_confidence": conv.language_confidence,
                "source_language": conv.source_language,
                "content_hash": conv.content_hash,
                "meta": public_meta(conv.meta or {}, hidden),
                "turns": [
                    {**t, "meta": public_meta(t["meta"], hidden) if t["meta"] else None}
                    for t in turns.get(conv.id, [])
                ],
            },
        }
        if a.purpose == Purpose.TRAINING and conv.id in training:
            record["gold"] = training[conv.id]
        if a.purpose == Purpose.REVIEW and conv.id in reviews:
            record["review_item"] = reviews[conv.id]
        if a.purpose in LEASED and conv.id in predictions:
            record["predictions"] = predictions[conv.id]
        out[seq_of[a.id]] = record
    return out


def _show_predictions(s: Session) -> bool:
    """Whether the lead shows model predictions in the blind pass (setting, default off)."""
    return bool(s.scalar(select(Setting.value).where(Setting.key == "show_predictions")))


def _predictions(s: Session, conv_ids: Sequence[int]) -> dict[int, list[Record]]:
    """Model predictions per conversation (only sent when the lead shows them)."""
    found: dict[int, list[Record]] = defaultdict(list)
    if not conv_ids:
        return found
    for cid, key, turn, score, model in s.execute(
        select(
            Prediction.conversation_id,
            Prediction.label_key,
            Prediction.turn_idx,
            Prediction.score,
            Prediction.model,
        )
        .where(_among(s, Prediction.conversation_id, conv_ids))
        .order_by(Prediction.id)
    ):
        found[cid].append({"label": key, "turn": turn, "score": score, "model": model or ""})
    return found


def _start_leases(s: Session, rows: Sequence[Any]) -> dict[str, dt.datetime]:
    """Start the lease of production work its labeller receives for the first time.

    A lease runs from the labeller's own first pull, so work nobody has fetched yet never
    expires. Written in the pull's transaction (the hub commits it with the page).
    """
    due = [
        a.id
        for a in rows
        if a.lease_expires_at is None and a.purpose in LEASED and a.status == WorkStatus.TODO
    ]
    if not due:
        return {}
    end = lease_end(s)
    s.execute(
        update(Assignment)
        .where(_among(s, Assignment.id, due), Assignment.lease_expires_at.is_(None))
        .values(lease_expires_at=end),
        execution_options={"synchronize_session": False},
    )
    return dict.fromkeys(due, end)


def _turns(s: Session, conv_ids: Iterable[int]) -> dict[int, list[Record]]:
    turns: dict[int, list[Record]] = defaultdict(list)
    for cid, idx, speaker, text, ts, meta in s.execute(
        select(Turn.conversation_id, Turn.idx, Turn.speaker, Turn.text, Turn.ts, Turn.meta)
        .where(_among(s, Turn.conversation_id, conv_ids))
        .order_by(Turn.conversation_id, Turn.idx)
    ):
        turns[cid].append({"idx": idx, "speaker": speaker, "text": text, "ts": ts, "meta": meta})
    return turns


def _gold_record(item: GoldItem) -> Record:
    return {
        "id": item.id,
        "labels": list(item.labels or []),
        "turn_labels": dict(item.turn_labels or {}),
        "explanation": item.explanation,
        "pool": str(item.pool),
        "source": item.source,
    }


def _training_gold(s: Session, conv_ids: Sequence[int]) -> dict[int, Record]:
    if not conv_ids:
        return {}
    items = s.scalars(select(GoldItem).where(GoldItem.conversation_id.in_(conv_ids)))
    return {g.conversation_id: _gold_record(g) for g in items if str(g.pool) == "training"}


def _review_items(s: Session, conv_ids: Sequence[int]) -> dict[int, Record]:
    """Review items with their slots' latest answers, in slot order, without identities."""
    if not conv_ids:
        return {}
    items = s.scalars(select(ReviewItem).where(ReviewItem.conversation_id.in_(conv_ids))).all()
    ann_ids = [a for item in items for a in item.slot_annotation_ids]
    rev = AnnotationRevision
    answers = {
        ann: {
            "annotation_id": ann,
            "revision_id": rid,
            "labels": list(labels or []),
            "turn_labels": dict(turns or {}),
            "unsure": bool(unsure),
            "note": note or "",
        }
        for ann, rid, labels, turns, unsure, note in s.execute(
            select(Annotation.id, rev.id, rev.labels, rev.turn_labels, rev.unsure, rev.note)
            .join(
                rev,
                and_(rev.annotation_id == Annotation.id, rev.number == Annotation.latest_revision),
            )
            .where(Annotation.id.in_(ann_ids))
        )
    }
    return {
        item.conversation_id: {
            "id": item.id,
            "reason": str(item.reason),
            "slots": [answers[a] for a in item.slot_annotation_ids if a in answers],
        }
        for item in items
    }


def _gold_feedback(s: Session, refs: Sequence[tuple[int, Any]]) -> dict[int, Record]:
    if not refs:
        return {}
    seq_of = {ref: seq for seq, ref in refs}
    out = {}
    for result, item, external_id in s.execute(
        select(GoldResult, GoldItem, Conversation.external_id)
        .join(GoldItem, GoldItem.id == GoldResult.gold_item_id)
        .join(Conversation, Conversation.id == GoldResult.conversation_id)
        .where(GoldResult.id.in_(list(seq_of)))
    ):
        out[seq_of[result.id]] = {
            "type": "gold_feedback",
            "id": result.id,
            "annotation_id": result.annotation_id,
            "revision_id": result.revision_id,
            "conversation": external_id,
            "correct": result.correct,
            "score": result.score,
            "created_at": _iso(result.created_at),
            "gold": _gold_record(item),
        }
    return out


def _review_feedback(
    s: Session, user_id: str, refs: Sequence[tuple[int, Any]]
) -> dict[int, Record]:
    if not refs:
        return {}
    seq_of = {rid: seq for seq, (rid, _slot) in refs}
    out = {}
    for review, item, external_id, slot, ann_id, verdict in s.execute(
        select(
            Review,
            ReviewItem,
            Conversation.external_id,
            ReviewSlot.slot,
            ReviewSlot.annotation_id,
            ReviewSlot.verdict,
        )
        .join(ReviewItem, ReviewItem.id == Review.review_item_id)
        .join(Conversation, Conversation.id == ReviewItem.conversation_id)
        .join(ReviewSlot, ReviewSlot.review_id == Review.id)
        .join(Annotation, Annotation.id == ReviewSlot.annotation_id)
        .where(Review.id.in_(list(seq_of)), Annotation.user_id == user_id)
    ):
        cause = review.cause
        out[seq_of[review.id]] = {
            "type": "review_feedback",
            "id": review.id,
            "review_item_id": item.id,
            "reason": str(item.reason),
            "conversation": external_id,
            "labels": list(review.labels or []),
            "turn_labels": dict(review.turn_labels or {}),
            "cause": None if cause is None else str(cause),
            "comment": review.comment or "",
            "created_at": _iso(review.created_at),
            "slot": slot,
            "annotation_id": ann_id,
            "verdict": str(verdict),
        }
    return out
