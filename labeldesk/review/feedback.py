"""A labeller's own results, for the feedback panel: gold items they missed, reviewers' verdicts.

Only results on items the labeller has already submitted are returned, so feedback never
reveals a gold answer, or that an item is gold, before the labeller has answered it.
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
        """Gold items the user has answered, scored against the gold answer."""
        latest = aliased(AnnotationRevision)
        query = (
            select(
                Conversation.id,
                Conversation.external_id,
                latest.labels,
                latest.skip_reason,
                latest.created_at,
                GoldItem.labels,
                GoldItem.explanation,
            )
            .select_from(Annotation)
            .join(
                latest,
                (latest.annotation_id == Annotation.id)
                & (latest.number == Annotation.latest_revision),
            )
            .join(GoldItem, GoldItem.conversation_id == Annotation.conversation_id)
            .join(Conversation, Conversation.id == Annotation.conversation_id)
            .where(Annotation.user_id == user_id)
        )
        out = []
        with self._db.sessions() as s:
            for conv_id, ext, labels, skip, at, gold, explanation in s.execute(query):
                if skip or not labels:
                    continue  # skipped or withdrawn: nothing was answered
                out.append(
                    FeedbackEntry(
                        kind="gold",
                        conversation_id=conv_id,
                        external_id=ext,
                        your_labels=tuple(labels),
                        expected=tuple(gold),
                        correct=set(labels) == set(gold),
                        explanation=explanation,
                        cause=None,
                        at=at,
                    )
                )
        return out

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
