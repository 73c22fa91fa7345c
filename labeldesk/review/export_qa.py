"""Work out a batch's QA columns for the export: final labels, gold scores, review verdicts.

The export (a lower layer) places the values; this module computes them with a handful of
set-based queries and :func:`labeldesk.review.final.decide`. Only leads export, so the
labellers behind the blind slots are named here, by their pseudonymous ids (never by name).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from labeldesk.export.qa import QaColumns
from labeldesk.review.answers import QAData, load
from labeldesk.review.final import HOWS, NONE, FinalTable, decide
from labeldesk.storage.models import (
    Annotation,
    Conversation,
    GoldItem,
    GoldResult,
    Review,
    ReviewItem,
    ReviewSlot,
    User,
)


@dataclass(frozen=True, eq=False)
class QaRead:
    """What an export's QA columns were worked out from (their ``source``): the batch's
    answers as :func:`~labeldesk.review.answers.load` read them, and their final labels."""

    data: QAData
    final: FinalTable


def export_qa(session: Session, batch_id: int, batch: str) -> QaColumns:
    """The QA columns of every conversation of batch ``batch`` (id ``batch_id``)."""
    ids = np.fromiter(
        session.scalars(
            select(Conversation.id)
            .where(Conversation.batch_id == batch_id)
            .order_by(Conversation.id)
        ),
        dtype=np.int64,
    )
    data = load(session, batch)
    table = decide(data)
    rows = np.searchsorted(table.conversation_id, ids)
    rows = np.minimum(rows, max(len(table) - 1, 0))
    found = table.conversation_id[rows] == ids if len(table) else np.zeros(ids.size, dtype=bool)
    n = ids.size
    category = np.full(n, -1, dtype=np.int64)
    how = np.full(n, NONE, dtype=np.int64)
    confidence = np.full(n, np.nan)
    n_answers = np.zeros(n, dtype=np.int64)
    if found.any():
        category[found] = table.category[rows[found]]
        how[found] = table.how_code[rows[found]]
        confidence[found] = table.confidence[rows[found]]
        n_answers[found] = table.n_answers[rows[found]]
    qa: dict[int, dict[str, Any]] = defaultdict(dict)
    _gold(session, batch_id, qa)
    _reviews(session, batch_id, qa)
    return QaColumns(
        conversation_id=ids,
        category=category,
        categories=tuple(table.categories),
        how=how,
        hows=HOWS,
        confidence=confidence,
        n_answers=n_answers,
        qa=dict(qa),
        source=QaRead(data, table),
    )


def _gold(session: Session, batch_id: int, qa: dict[int, dict[str, Any]]) -> None:
    """The batch's gold items: pool, and each labeller's first-answer score."""
    in_batch = Conversation.batch_id == batch_id
    for cid, pool in session.execute(
        select(GoldItem.conversation_id, GoldItem.pool)
        .join(Conversation, Conversation.id == GoldItem.conversation_id)
        .where(in_batch)
    ):
        qa[cid]["gold"] = {"pool": str(getattr(pool, "value", pool)), "results": []}
    for cid, pseudonym, correct, score in session.execute(
        select(GoldResult.conversation_id, User.pseudonym, GoldResult.correct, GoldResult.score)
        .join(Conversation, Conversation.id == GoldResult.conversation_id)
        .join(User, User.id == GoldResult.user_id)
        .where(in_batch)
        .order_by(GoldResult.conversation_id, User.pseudonym)
    ):
        gold = qa[cid].setdefault("gold", {"pool": "hidden", "results": []})
        gold["results"].append(
            {"labeller_id": pseudonym, "correct": bool(correct), "score": round(score, 6)}
        )


def _reviews(session: Session, batch_id: int, qa: dict[int, dict[str, Any]]) -> None:
    """Each review item of the batch with its latest review and the slots' verdicts."""
    items = {
        item_id: (cid, str(getattr(reason, "value", reason)))
        for item_id, cid, reason in session.execute(
            select(ReviewItem.id, ReviewItem.conversation_id, ReviewItem.reason)
            .join(Conversation, Conversation.id == ReviewItem.conversation_id)
            .where(Conversation.batch_id == batch_id)
        )
    }
    for cid, reason in items.values():
        qa[cid]["review"] = {"reason": reason, "status": "pending"}
    reviewer = aliased(User)
    latest: dict[str, Any] = {}
    for row in session.execute(
        select(
            Review.id,
            Review.review_item_id,
            reviewer.pseudonym,
            Review.cause,
            Review.comment,
            Review.promoted_to_gold,
        )
        .join(ReviewItem, ReviewItem.id == Review.review_item_id)
        .join(Conversation, Conversation.id == ReviewItem.conversation_id)
        .join(reviewer, reviewer.id == Review.reviewer_id)
        .where(Conversation.batch_id == batch_id)
        .order_by(Review.created_at, Review.id)
    ):
        latest[row[1]] = row  # later rows replace earlier ones: the latest review wins
    slots: dict[str, list[dict[str, Any]]] = defaultdict(list)
    wanted = {row[0] for row in latest.values()}
    labeller = aliased(User)
    for review_id, slot, pseudonym, verdict in session.execute(
        select(ReviewSlot.review_id, ReviewSlot.slot, labeller.pseudonym, ReviewSlot.verdict)
        .join(Review, Review.id == ReviewSlot.review_id)
        .join(ReviewItem, ReviewItem.id == Review.review_item_id)
        .join(Conversation, Conversation.id == ReviewItem.conversation_id)
        .join(Annotation, Annotation.id == ReviewSlot.annotation_id)
        .join(labeller, labeller.id == Annotation.user_id)
        .where(Conversation.batch_id == batch_id)
        .order_by(ReviewSlot.review_id, ReviewSlot.slot)
    ):
        if review_id in wanted:
            slots[review_id].append(
                {
                    "slot": slot,
                    "labeller_id": pseudonym,
                    "verdict": str(getattr(verdict, "value", verdict)),
                }
            )
    for item_id, (review_id, _, reviewer_id, cause, comment, promoted) in latest.items():
        cid, reason = items[item_id]
        qa[cid]["review"] = {
            "reason": reason,
            "status": "reviewed",
            "reviewer_id": reviewer_id,
            "cause": None if cause is None else str(getattr(cause, "value", cause)),
            "comment": comment or "",
            "promoted_to_gold": bool(promoted),
            "slots": slots.get(review_id, []),
        }
