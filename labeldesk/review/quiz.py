"""Training quiz records: how a quiz stands, closing it after its last answer, the save hook
that keeps training answers honest, and the workspace setting ``training``.

:mod:`labeldesk.review.training` starts quizzes and gives feedback; the gold save hook calls
:func:`advance_quiz` after it scored a training answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.labelling.dto import SaveEvent
from labeldesk.labelling.service import AnnotationError
from labeldesk.storage.models import (
    Annotation,
    Assignment,
    GoldResult,
    OutboxEntry,
    Purpose,
    QuizKind,
    QuizStatus,
    Setting,
    TrainingQuiz,
    User,
    utcnow,
)

#: The workspace setting ``training`` when it is not set (keep in step with DEFAULT_SETTINGS).
DEFAULTS: dict[str, Any] = {"threshold": 0.8, "n_items": 10, "pause_production": True}

#: Slack when comparing a score with the pass mark (8/10 passes a mark of 0.8).
EPSILON = 1e-9


class TrainingError(LabelDeskError):
    """A quiz can't be started: unknown user, a quiz already open, too few training items."""


@dataclass(frozen=True)
class QuizView:
    """A training quiz and how far its labeller has come."""

    id: str
    user_id: str
    user: str
    kind: QuizKind
    branches: tuple[str, ...]
    threshold: float
    n_items: int
    n_answered: int
    n_correct: int
    status: QuizStatus
    pauses_production: bool
    score: float | None
    created_at: dt.datetime
    finished_at: dt.datetime | None

    @property
    def is_open(self) -> bool:
        """Whether items are still to be answered."""
        return self.status == QuizStatus.OPEN

    @property
    def locks_production(self) -> bool:
        """Whether the labeller's production queue waits for this quiz (open or failed)."""
        return self.pauses_production and self.status != QuizStatus.PASSED


# -- save hooks -------------------------------------------------------------------------------


def training_guard(session: Session, event: SaveEvent) -> None:
    """Save hook: a training item takes an answer with labels; it can't be skipped.

    Raises
    ------
    AnnotationError
        For a skip, or an unsure submit with no label, of a training item (nothing is saved).
    """
    if event.purpose != Purpose.TRAINING or event.labels:
        return
    if event.action in ("annotation.submit", "annotation.skip"):
        raise AnnotationError(
            "this is a training item: choose the label you think is right "
            "(training items can't be skipped or left without a label)"
        )


def advance_quiz(s: Session, assignment_id: str) -> None:
    """Close the assignment's quiz once every item is answered: passed or failed, audited.

    Called by the gold save hook after it scored a training answer, in the same commit.
    """
    quiz_id = s.scalar(select(Assignment.quiz_id).where(Assignment.id == assignment_id))
    quiz = None if quiz_id is None else s.get(TrainingQuiz, quiz_id)
    if quiz is None or quiz.status != QuizStatus.OPEN:
        return
    n_assigned = s.scalar(select(func.count()).where(Assignment.quiz_id == quiz.id)) or 0
    answered, correct = tallies(s, [quiz.id]).get(quiz.id, (0, 0))
    if answered < max(n_assigned, 1):
        return
    quiz.score = round(correct / n_assigned, 6)
    passed = quiz.score + EPSILON >= quiz.threshold
    quiz.status = QuizStatus.PASSED if passed else QuizStatus.FAILED
    quiz.finished_at = utcnow()
    s.flush()
    payload = {**quiz_payload(quiz), "n_correct": correct}
    audit.record(
        s,
        f"training.{quiz.status.value}",
        entity="training_quiz",
        entity_id=quiz.id,
        payload=payload,
        user_id=quiz.user_id,
    )
    s.add(OutboxEntry(record_type="training_quiz", record_id=quiz.id, payload=payload))


def open_quiz(s: Session, user_id: str) -> TrainingQuiz | None:
    """The user's open quiz (there is at most one), or None."""
    return s.scalars(
        select(TrainingQuiz)
        .where(TrainingQuiz.user_id == user_id, TrainingQuiz.status == QuizStatus.OPEN)
        .limit(1)
    ).first()


def read_settings(s: Session) -> dict[str, Any]:
    """The workspace setting ``training`` over :data:`DEFAULTS`."""
    stored = s.scalar(select(Setting.value).where(Setting.key == "training"))
    return {**DEFAULTS, **(stored if isinstance(stored, dict) else {})}


def quiz_payload(quiz: TrainingQuiz) -> dict[str, Any]:
    """A quiz as JSON for the audit log and the outbox."""
    return {
        "user_id": quiz.user_id,
        "kind": QuizKind(quiz.kind).value,
        "branches": list(quiz.branches or ()),
        "threshold": quiz.threshold,
        "n_items": quiz.n_items,
        "pauses_production": quiz.pauses_production,
        "status": QuizStatus(quiz.status).value,
        "score": quiz.score,
    }


def tallies(s: Session, quiz_ids: Sequence[str]) -> dict[str, tuple[int, int]]:
    """(answered, correct) per quiz."""
    if not quiz_ids:
        return {}
    query = (
        select(
            Assignment.quiz_id,
            func.count(GoldResult.id),
            func.sum(case((GoldResult.correct, 1), else_=0)),
        )
        .join(Annotation, Annotation.assignment_id == Assignment.id)
        .join(GoldResult, GoldResult.annotation_id == Annotation.id)
        .where(Assignment.quiz_id.in_(quiz_ids))
        .group_by(Assignment.quiz_id)
    )
    return {qid: (int(n or 0), int(ok or 0)) for qid, n, ok in s.execute(query)}


def quiz_views(s: Session, quizzes: Sequence[TrainingQuiz]) -> list[QuizView]:
    """Quizzes as views, with their tallies and their labellers' names."""
    counts = tallies(s, [q.id for q in quizzes])
    names = dict(
        s.execute(select(User.id, User.name).where(User.id.in_({q.user_id for q in quizzes}))).all()
    )
    return [
        QuizView(
            id=q.id,
            user_id=q.user_id,
            user=names.get(q.user_id, q.user_id),
            kind=QuizKind(q.kind),
            branches=tuple(q.branches or ()),
            threshold=q.threshold,
            n_items=q.n_items,
            n_answered=counts.get(q.id, (0, 0))[0],
            n_correct=counts.get(q.id, (0, 0))[1],
            status=QuizStatus(q.status),
            pauses_production=q.pauses_production,
            score=q.score,
            created_at=q.created_at,
            finished_at=q.finished_at,
        )
        for q in quizzes
    ]
