"""Reading and writing review records: blind slot views, a reviewer's previous review, gold.

Slot views come from each annotation's latest revision and carry only what was answered
(labels, turn labels, unsure, note): no annotation id, user, time or revision number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.labelling.dto import Profile
from labeldesk.review.dto import SLOT_NAMES, ReviewAnswer, SlotView
from labeldesk.review.gold import store_gold
from labeldesk.review.review_checks import AdjudicationError
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    CauseCode,
    Conversation,
    GoldItem,
    GoldPool,
    OutboxEntry,
    Review,
    ReviewSlot,
    Verdict,
)

#: Where a gold item made from a review says it came from.
GOLD_SOURCE = "review"


def slot_views(s: Session, annotation_ids: Sequence[str]) -> tuple[SlotView, ...]:
    """The slots A, B, ... of an item: each annotation's latest answer, in slot order."""
    rev = AnnotationRevision
    rows = {
        ann: (labels, turns, unsure, note)
        for ann, labels, turns, unsure, note in s.execute(
            select(Annotation.id, rev.labels, rev.turn_labels, rev.unsure, rev.note)
            .join(
                rev,
                and_(rev.annotation_id == Annotation.id, rev.number == Annotation.latest_revision),
            )
            .where(Annotation.id.in_(annotation_ids))
        )
    }
    views = []
    for slot, ann in zip(SLOT_NAMES, annotation_ids, strict=False):
        labels, turns, unsure, note = rows.get(ann, ([], {}, False, ""))
        views.append(
            SlotView(
                slot=slot,
                labels=tuple(labels),
                turn_labels=_turns(turns),
                unsure=bool(unsure),
                note=note or "",
            )
        )
    return tuple(views)


def latest_review(s: Session, review_item_id: str, reviewer_id: str | None = None) -> Review | None:
    """The latest review of an item (by anyone, or by ``reviewer_id``), or None."""
    query = select(Review).where(Review.review_item_id == review_item_id)
    if reviewer_id is not None:
        query = query.where(Review.reviewer_id == reviewer_id)
    return s.scalar(query.order_by(Review.created_at.desc()).limit(1))


def previous_answer(s: Session, review_item_id: str, reviewer_id: str) -> ReviewAnswer | None:
    """The reviewer's own latest review of an item as an answer, or None."""
    review = latest_review(s, review_item_id, reviewer_id)
    if review is None:
        return None
    verdicts = {
        slot: Verdict(verdict)
        for slot, verdict in s.execute(
            select(ReviewSlot.slot, ReviewSlot.verdict).where(ReviewSlot.review_id == review.id)
        )
    }
    return ReviewAnswer(
        labels=tuple(review.labels),
        turn_labels=_turns(review.turn_labels),
        verdicts=verdicts,
        cause=review.cause,
        comment=review.comment or "",
        promote_to_gold=review.promoted_to_gold,
    )


def make_gold(
    s: Session, conversation_id: int, review: Review, explanation: str, profile: Profile
) -> str:
    """Make the conversation a hidden gold item with the review's labels; its id.

    The gold item is stored by :func:`labeldesk.review.gold.store_gold` (source "review",
    queued for the hub) in the caller's transaction, and the promotion is audited.

    Raises
    ------
    AdjudicationError
        If the conversation is already a gold item.
    """
    existing = s.scalar(select(GoldItem.id).where(GoldItem.conversation_id == conversation_id))
    if existing is not None:
        external_id = s.scalar(
            select(Conversation.external_id).where(Conversation.id == conversation_id)
        )
        raise AdjudicationError(f"{external_id} is already a gold item")
    gold = store_gold(
        s,
        conversation_id,
        review.labels,
        _turns(review.turn_labels),
        explanation,
        pool=GoldPool.HIDDEN,
        source=GOLD_SOURCE,
    )
    audit.record(
        s,
        "gold.promote",
        entity="gold_item",
        entity_id=gold.id,
        payload={"conversation_id": conversation_id, "review_id": review.id},
        user_id=profile.id,
    )
    return gold.id


def write_review(
    s: Session,
    review_item_id: str,
    reviewer_id: str,
    answer: ReviewAnswer,
    *,
    cause: CauseCode | None,
    slots: Mapping[str, str],
    verdicts: Mapping[str, Verdict],
    active_seconds: float,
) -> Review:
    """Add a review row and its slot rows (a changed review is always a new row)."""
    review = Review(
        review_item_id=review_item_id,
        reviewer_id=reviewer_id,
        labels=list(answer.labels),
        turn_labels={str(k): list(v) for k, v in sorted(answer.turn_labels.items()) if v},
        cause=cause,
        comment=answer.comment,
        promoted_to_gold=answer.promote_to_gold,
        active_seconds=round(max(0.0, active_seconds), 3),
    )
    s.add(review)
    s.flush()
    s.add_all(
        ReviewSlot(review_id=review.id, slot=slot, annotation_id=ann, verdict=verdicts[slot])
        for slot, ann in slots.items()
    )
    return review


def slots_of(s: Session, review_id: str) -> tuple[dict[str, str], dict[str, Verdict]]:
    """A stored review's slots (slot -> annotation id) and verdicts (slot -> verdict)."""
    rows = s.execute(
        select(ReviewSlot.slot, ReviewSlot.annotation_id, ReviewSlot.verdict)
        .where(ReviewSlot.review_id == review_id)
        .order_by(ReviewSlot.slot)
    ).all()
    return {r[0]: r[1] for r in rows}, {r[0]: Verdict(r[2]) for r in rows}


def record_review(
    s: Session,
    action: str,
    review: Review,
    user_id: str,
    *,
    slots: Mapping[str, str],
    verdicts: Mapping[str, Verdict],
) -> None:
    """Audit a review change (without its comment) and queue the review for the hub."""
    payload = review_payload(review, slots, verdicts)
    audit.record(
        s,
        action,
        entity="review",
        entity_id=review.id,
        payload={k: v for k, v in payload.items() if k != "comment"},
        user_id=user_id,
    )
    s.add(OutboxEntry(record_type="review", record_id=review.id, payload=payload))


def review_payload(
    review: Review, slots: Mapping[str, str], verdicts: Mapping[str, Any]
) -> dict[str, Any]:
    """A review as the hub receives it, with its slots and verdicts."""
    cause = review.cause
    return {
        "review_id": review.id,
        "review_item_id": review.review_item_id,
        "reviewer_id": review.reviewer_id,
        "labels": list(review.labels),
        "turn_labels": dict(review.turn_labels or {}),
        "cause": None if cause is None else str(getattr(cause, "value", cause)),
        "comment": review.comment,
        "promoted_to_gold": review.promoted_to_gold,
        "active_seconds": review.active_seconds,
        "slots": [
            {
                "slot": slot,
                "annotation_id": slots[slot],
                "verdict": str(getattr(verdicts[slot], "value", verdicts[slot])),
            }
            for slot in sorted(slots)
        ],
    }


def _turns(stored: Mapping[str, Any] | None) -> dict[int, tuple[str, ...]]:
    """Stored turn labels ({"2": [...]}) as {2: (...)}, empty turns left out."""
    return {int(k): tuple(v) for k, v in (stored or {}).items() if v}
