"""A labeller's own results, for the feedback panel: gold items they missed, reviewers' verdicts.

Only results on items the labeller has already submitted are returned, so feedback never
reveals a gold answer, or that an item is gold, before the labeller has answered it. A gold
result is the score of the labeller's first answer (see :func:`labeldesk.review.gold.score_gold`):
revising the answer afterwards changes neither the answer shown nor its verdict.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import aliased

from labeldesk.labelling.dto import FeedbackEntry
from labeldesk.storage.db import Database
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Conversation,
    GoldItem,
    GoldResult,
    Review,
    ReviewSlot,
    Verdict,
)


class FeedbackService:
    """Read the feedback a labeller may see.

    Parameters
    ----------
    db
        The open workspace database; each method is one unit of work.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def for_user(self, user_id: str, *, include_correct: bool = False) -> list[FeedbackEntry]:
        """Gold results and review verdicts on the user's submitted work, newest first.

        By default only what they got wrong is listed (gold items missed, slots judged
        incorrect); ``include_correct`` lists the rest too.
        """
        entries = self._gold(user_id) + self._reviews(user_id)
        if not include_correct:
            entries = [e for e in entries if not e.correct]
        return sorted(entries, key=lambda e: (e.at, e.external_id), reverse=True)

    def _gold(self, user_id: str) -> list[FeedbackEntry]:
        """The user's scored gold answers: their first answer, as it was scored."""
        first = aliased(AnnotationRevision)
        query = (
            select(
                Conversation.id,
                Conversation.external_id,
                first.labels,
                first.created_at,
                GoldItem.labels,
                GoldItem.explanation,
                GoldResult.correct,
            )
            .select_from(GoldResult)
            .join(first, first.id == GoldResult.revision_id)
            .join(GoldItem, GoldItem.id == GoldResult.gold_item_id)
            .join(Conversation, Conversation.id == GoldResult.conversation_id)
            .where(GoldResult.user_id == user_id)
        )
        with self._db.sessions() as s:
            return [
                FeedbackEntry(
                    kind="gold",
                    conversation_id=conv_id,
                    external_id=ext,
                    your_labels=tuple(labels),
                    expected=tuple(gold),
                    correct=bool(correct),
                    explanation=explanation,
                    cause=None,
                    at=at,
                )
                for conv_id, ext, labels, at, gold, explanation, correct in s.execute(query)
            ]

    def _reviews(self, user_id: str) -> list[FeedbackEntry]:
        """Reviewers' verdicts on the user's annotations that went to review."""
        rev = aliased(AnnotationRevision)
        query = (
            select(
                Conversation.id,
                Conversation.external_id,
                rev.labels,
                Review.labels,
                Review.comment,
                Review.cause,
                Review.created_at,
                ReviewSlot.verdict,
            )
            .select_from(ReviewSlot)
            .join(Review, Review.id == ReviewSlot.review_id)
            .join(Annotation, Annotation.id == ReviewSlot.annotation_id)
            .join(
                rev,
                (rev.annotation_id == Annotation.id) & (rev.number == Annotation.latest_revision),
            )
            .join(Conversation, Conversation.id == Annotation.conversation_id)
            .where(Annotation.user_id == user_id)
        )
        with self._db.sessions() as s:
            return [
                FeedbackEntry(
                    kind="review",
                    conversation_id=conv_id,
                    external_id=ext,
                    your_labels=tuple(mine),
                    expected=tuple(final),
                    correct=Verdict(verdict) == Verdict.CORRECT,
                    explanation=comment or "",
                    cause=None
                    if cause is None
                    else str(cause.value if hasattr(cause, "value") else cause),
                    at=at,
                )
                for conv_id, ext, mine, final, comment, cause, at, verdict in s.execute(query)
            ]
