"""A page's feedback on a workstation: gold scores and reviews of the user's own answers.

Feedback attaches to work done here: a record about a revision or annotation this workspace
does not have (made on another workstation) is skipped. Each kind is written for the whole
page at once, and applying a page twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    CauseCode,
    GoldResult,
    Review,
    ReviewItem,
    ReviewReason,
    ReviewSlot,
    Verdict,
    utcnow,
)
from labeldesk.sync.apply_rows import (
    ANONYMOUS_ID,
    Row,
    conversation_ids,
    ensure_anonymous,
    existing,
    insert_rows,
    pairs,
    parse_time,
    upsert,
    upsert_gold,
)

#: The columns of a gold result already here that a newer score updates.
_RESULT_UPDATES = ("revision_id", "correct", "score", "created_at")


def apply_gold_feedback(s: Session, user_id: str, records: Sequence[Row]) -> int:
    """Store the scores of the user's gold answers; how many records applied here."""
    if not records:
        return 0
    annotation_of = pairs(
        s,
        AnnotationRevision.id,
        AnnotationRevision.annotation_id,
        (r["revision_id"] for r in records),
    )
    convs = conversation_ids(s, (r["conversation"] for r in records))
    applied = [
        r for r in records if r["revision_id"] in annotation_of and r["conversation"] in convs
    ]
    upsert_gold(s, [(r["gold"], convs[r["conversation"]]) for r in applied])
    # The hub may file a revision made here under the annotation of another workstation of
    # the same user; the score belongs to the local annotation of that revision.
    rows = [
        {
            "id": r["id"],
            "annotation_id": annotation_of[r["revision_id"]],
            "gold_item_id": r["gold"]["id"],
            "user_id": user_id,
            "conversation_id": convs[r["conversation"]],
            "revision_id": r["revision_id"],
            "correct": bool(r["correct"]),
            "score": float(r["score"]),
            "created_at": parse_time(r.get("created_at")) or utcnow(),
        }
        for r in applied
    ]
    upsert(s, GoldResult, rows, key=["annotation_id"], update=_RESULT_UPDATES)
    return len(applied)


def apply_review_feedback(s: Session, records: Sequence[Row]) -> int:
    """Store reviews of the user's own answers; how many records applied here.

    The review's item is made here if missing (with the user's slot only), and the review
    is stored once, under the anonymous reviewer, with the verdict on the user's slot.
    """
    if not records:
        return 0
    mine = existing(s, Annotation.id, (r["annotation_id"] for r in records))
    convs = conversation_ids(s, (r["conversation"] for r in records))
    applied = [r for r in records if r["annotation_id"] in mine and r["conversation"] in convs]
    if not applied:
        return 0
    ensure_anonymous(s)
    have_items = existing(s, ReviewItem.id, (r["review_item_id"] for r in applied))
    items: dict[str, Row] = {}
    for r in applied:
        if r["review_item_id"] not in have_items:
            items.setdefault(
                r["review_item_id"],
                {
                    "id": r["review_item_id"],
                    "conversation_id": convs[r["conversation"]],
                    "reason": ReviewReason(r["reason"]),
                    "slot_annotation_ids": [r["annotation_id"]],
                },
            )
    insert_rows(s, ReviewItem, list(items.values()))
    have_reviews = existing(s, Review.id, (r["id"] for r in applied))
    reviews: dict[str, Row] = {}
    for r in applied:
        if r["id"] not in have_reviews:
            reviews.setdefault(r["id"], r)
    insert_rows(s, Review, [_review(r) for r in reviews.values()])
    insert_rows(
        s,
        ReviewSlot,
        [
            {
                "review_id": r["id"],
                "slot": r["slot"],
                "annotation_id": r["annotation_id"],
                "verdict": Verdict(r["verdict"]),
            }
            for r in reviews.values()
        ],
    )
    return len(applied)


def _review(r: Row) -> Row:
    """A review record as a row, by the anonymous reviewer."""
    cause = r.get("cause")
    return {
        "id": r["id"],
        "review_item_id": r["review_item_id"],
        "reviewer_id": ANONYMOUS_ID,
        "labels": list(r["labels"]),
        "turn_labels": dict(r.get("turn_labels") or {}),
        "cause": None if cause is None else CauseCode(cause),
        "comment": r.get("comment") or "",
        "created_at": parse_time(r.get("created_at")) or utcnow(),
    }
