"""Training quizzes: a labeller answers training-pool gold items and sees the answer at once.

A quiz draws items the labeller has never been assigned, in their languages (and, for a
refresher, under the taxonomy branches they miss most). Each answer is scored by the gold
save hook; after the last one the quiz closes as passed (share correct >= the pass mark) or
failed. While a quiz that pauses production is open or failed, the labeller's queue shows
only the quiz (see :mod:`labeldesk.labelling.queue`); passing unlocks production work.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.langid import UNKNOWN as UNKNOWN_LANGUAGE
from labeldesk.review.quiz import (
    DEFAULTS,
    QuizView,
    TrainingError,
    advance_quiz,
    open_quiz,
    quiz_payload,
    quiz_views,
    read_settings,
    training_guard,
)
from labeldesk.storage.db import Database
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    Conversation,
    GoldItem,
    GoldPool,
    GoldResult,
    Label,
    OutboxEntry,
    Purpose,
    QuizKind,
    QuizStatus,
    TrainingQuiz,
    User,
)
from labeldesk.taxonomy.index import LabelIndex
from labeldesk.taxonomy.service import latest_index

__all__ = [
    "DEFAULTS",
    "QuizRequest",
    "QuizView",
    "TrainingError",
    "TrainingFeedback",
    "TrainingService",
    "advance_quiz",
    "training_guard",
]


@dataclass(frozen=True)
class QuizRequest:
    """What a quiz should be; None fields take the workspace setting ``training``."""

    kind: QuizKind
    branches: tuple[str, ...] = ()
    n_items: int | None = None
    threshold: float | None = None
    pauses_production: bool | None = None
    seed: int | str | None = None


@dataclass(frozen=True)
class TrainingFeedback:
    """The answer to one training item, shown right after the labeller submitted it.

    ``names`` maps each label key of both answers to its name in the language asked for.
    ``quiz`` is the quiz as it stands after this answer (closed after the last one).
    """

    assignment_id: str
    conversation_id: int
    external_id: str
    your_labels: tuple[str, ...]
    expected: tuple[str, ...]
    your_turn_labels: dict[int, tuple[str, ...]]
    expected_turn_labels: dict[int, tuple[str, ...]]
    explanation: str
    correct: bool
    score: float
    names: dict[str, str]
    quiz: QuizView


class TrainingService:
    """Start quizzes, follow them, and give the answers of training items after submission.

    Parameters
    ----------
    db
        The open workspace database; each method is one unit of work.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._indexes: dict[int, LabelIndex] = {}

    def start_quiz(
        self,
        user_id: str,
        *,
        kind: QuizKind = QuizKind.ONBOARDING,
        branches: Sequence[str] = (),
        n_items: int | None = None,
        threshold: float | None = None,
        pauses_production: bool | None = None,
        seed: int | str | None = None,
    ) -> QuizView:
        """Give a labeller a quiz of ``n_items`` training items they have never been assigned.

        Items are in the labeller's languages and, with ``branches`` (top-level label keys),
        have a label under one of them. Defaults come from the workspace setting
        ``training``. The draw is random, repeatable for a given ``seed`` (default: one per
        user and attempt).

        Raises
        ------
        TrainingError
            If the user is unknown, already has an open quiz, a branch is not a top-level
            label, an option is out of range, or the training pool is too small.
        """
        with self._db.sessions.begin() as s:
            ask = QuizRequest(kind, tuple(branches), n_items, threshold, pauses_production, seed)
            quiz = self._start(s, user_id, ask)
            return quiz_views(s, [quiz])[0]

    def send_refreshers(
        self,
        flagged: Sequence[tuple[str, Sequence[str]]],
        *,
        pauses_production: bool | None = None,
        n_items: int | None = None,
        threshold: float | None = None,
    ) -> list[QuizView]:
        """Start a refresher quiz for each (user id, branches) flagged, all or nothing.

        Users who already have an open quiz are left out. Raises :class:`TrainingError`
        (starting none) if any refresher can't be drawn.
        """
        quizzes = []
        with self._db.sessions.begin() as s:
            for user_id, branches in flagged:
                if open_quiz(s, user_id) is not None:
                    continue
                ask = QuizRequest(
                    QuizKind.REFRESHER, tuple(branches), n_items, threshold, pauses_production
                )
                quizzes.append(self._start(s, user_id, ask))
            return quiz_views(s, quizzes)

    def active_quiz(self, user_id: str) -> QuizView | None:
        """The user's open quiz, or None."""
        with self._db.sessions() as s:
            quiz = open_quiz(s, user_id)
            return None if quiz is None else quiz_views(s, [quiz])[0]

    def latest_quiz(self, user_id: str) -> QuizView | None:
        """The user's most recent quiz, whatever its status, or None."""
        with self._db.sessions() as s:
            quiz = s.scalars(
                select(TrainingQuiz)
                .where(TrainingQuiz.user_id == user_id)
                .order_by(TrainingQuiz.created_at.desc(), TrainingQuiz.id.desc())
                .limit(1)
            ).first()
            return None if quiz is None else quiz_views(s, [quiz])[0]

    def quizzes(self, user_id: str | None = None) -> list[QuizView]:
        """Every quiz (or one user's), newest first."""
        with self._db.sessions() as s:
            query = select(TrainingQuiz).order_by(
                TrainingQuiz.created_at.desc(), TrainingQuiz.id.desc()
            )
            if user_id is not None:
                query = query.where(TrainingQuiz.user_id == user_id)
            return quiz_views(s, list(s.scalars(query)))

    def feedback(
        self, user_id: str, assignment_id: str, *, lang: str | None = None
    ) -> TrainingFeedback | None:
        """The answer to a training item the user has submitted; None before (or otherwise).

        Label names are in ``lang`` where the taxonomy has them.
        """
        with self._db.sessions() as s:
            assignment = s.get(Assignment, assignment_id)
            if (
                assignment is None
                or assignment.user_id != user_id
                or assignment.purpose != Purpose.TRAINING
                or assignment.quiz_id is None
            ):
                return None
            found = s.execute(
                select(GoldResult, AnnotationRevision, GoldItem, Conversation, Batch.taxonomy_id)
                .join(Annotation, Annotation.id == GoldResult.annotation_id)
                .join(AnnotationRevision, AnnotationRevision.id == GoldResult.revision_id)
                .join(GoldItem, GoldItem.id == GoldResult.gold_item_id)
                .join(Conversation, Conversation.id == GoldResult.conversation_id)
                .join(Batch, Batch.id == Conversation.batch_id)
                .where(Annotation.assignment_id == assignment_id)
            ).first()
            if found is None:
                return None
            result, revision, gold, conv, taxonomy_id = found
            quiz = quiz_views(s, [s.get_one(TrainingQuiz, assignment.quiz_id)])[0]
            keys = [*revision.labels, *gold.labels]
            for turn_keys in (*revision.turn_labels.values(), *gold.turn_labels.values()):
                keys.extend(turn_keys)
            return TrainingFeedback(
                assignment_id=assignment_id,
                conversation_id=conv.id,
                external_id=conv.external_id,
                your_labels=tuple(revision.labels),
                expected=tuple(gold.labels),
                your_turn_labels=_turns(revision.turn_labels),
                expected_turn_labels=_turns(gold.turn_labels),
                explanation=gold.explanation,
                correct=result.correct,
                score=result.score,
                names=self._names(s, taxonomy_id, keys, lang),
                quiz=quiz,
            )

    # -- internals ------------------------------------------------------------------------

    def _names(
        self, s: Session, taxonomy_id: int | None, keys: Iterable[str], lang: str | None
    ) -> dict[str, str]:
        """Each key's label name in ``lang`` (the key itself where the taxonomy lacks it)."""
        index = None if taxonomy_id is None else latest_index(s, taxonomy_id, self._indexes)
        return {
            key: index.label(key).name_in(lang) if index is not None and key in index else key
            for key in keys
        }

    def _start(self, s: Session, user_id: str, ask: QuizRequest) -> TrainingQuiz:
        """Draw and store one quiz inside ``s``."""
        user = s.get(User, user_id)
        if user is None:
            raise TrainingError(f"there is no user with id {user_id}")
        current = open_quiz(s, user_id)
        if current is not None:
            view = quiz_views(s, [current])[0]
            raise TrainingError(
                f"{user.name} already has an open quiz ({view.n_answered} of {view.n_items} "
                "answered); it must be finished first"
            )
        settings = read_settings(s)
        n = int(settings["n_items"] if ask.n_items is None else ask.n_items)
        mark = float(settings["threshold"] if ask.threshold is None else ask.threshold)
        pauses = bool(
            settings["pause_production"] if ask.pauses_production is None else ask.pauses_production
        )
        if n < 1:
            raise TrainingError(f"a quiz needs at least one item, not {n}")
        if not 0.0 < mark <= 1.0:
            raise TrainingError(f"the pass mark is a share between 0 and 1, not {mark}")
        wanted = _check_branches(s, ask.branches)
        pool = self._candidates(s, user, wanted)
        if len(pool) < n:
            raise TrainingError(_too_few(user, wanted, len(pool), n))
        attempt = s.scalar(select(func.count()).where(TrainingQuiz.user_id == user_id)) or 0
        seed = ask.seed if ask.seed is not None else f"{user_id}:{attempt}"
        drawn = random.Random(str(seed)).sample(pool, n)
        quiz = TrainingQuiz(
            user_id=user_id,
            kind=ask.kind,
            branches=list(wanted),
            threshold=mark,
            n_items=n,
            pauses_production=pauses,
            status=QuizStatus.OPEN,
        )
        s.add(quiz)
        s.flush()
        s.add_all(
            Assignment(
                conversation_id=cid,
                user_id=user_id,
                purpose=Purpose.TRAINING,
                position=i - n,
                quiz_id=quiz.id,
            )
            for i, cid in enumerate(drawn)
        )
        payload = quiz_payload(quiz)
        audit.record(
            s,
            "training.start",
            entity="training_quiz",
            entity_id=quiz.id,
            payload={**payload, "conversations": drawn},
            user_id=None,
        )
        s.add(OutboxEntry(record_type="training_quiz", record_id=quiz.id, payload=payload))
        s.flush()
        return quiz

    def _candidates(self, s: Session, user: User, branches: Sequence[str]) -> list[int]:
        """Training items in the user's languages, never assigned to them, under ``branches``."""
        seen = select(Assignment.conversation_id).where(Assignment.user_id == user.id)
        languages = list(user.languages or ()) or ["__none__"]
        query = (
            select(GoldItem.conversation_id, GoldItem.labels, Batch.taxonomy_id)
            .join(Conversation, Conversation.id == GoldItem.conversation_id)
            .join(Batch, Batch.id == Conversation.batch_id)
            .where(
                GoldItem.pool == GoldPool.TRAINING,
                GoldItem.conversation_id.not_in(seen),
                or_(
                    Conversation.language.in_(languages),
                    Conversation.language == UNKNOWN_LANGUAGE,
                ),
            )
            .order_by(GoldItem.conversation_id)
        )
        out = []
        for cid, labels, taxonomy_id in s.execute(query):
            if not branches or self._top_levels(s, taxonomy_id, labels) & set(branches):
                out.append(cid)
        return out

    def _top_levels(self, s: Session, taxonomy_id: int | None, keys: Iterable[str]) -> set[str]:
        """The top-level label keys the keys fall under."""
        index = None if taxonomy_id is None else latest_index(s, taxonomy_id, self._indexes)
        tops = set()
        for key in keys:
            if index is not None and key in index:
                tops.add((index.ancestors(key) or [key])[0])
            else:
                tops.add(key)
        return tops


# -- helpers ----------------------------------------------------------------------------------


def _check_branches(s: Session, branches: Sequence[str]) -> tuple[str, ...]:
    """The branches without repeats; TrainingError for one that is no top-level label."""
    wanted = tuple(dict.fromkeys(b.strip() for b in branches if b.strip()))
    if not wanted:
        return ()
    tops = set(s.scalars(select(Label.key).where(Label.parent_key.is_(None)).distinct()))
    unknown = [b for b in wanted if b not in tops]
    if unknown:
        raise TrainingError(
            f"{', '.join(map(repr, unknown))} is not a top-level label "
            f"(top-level labels: {', '.join(sorted(tops)[:12])}{', …' if len(tops) > 12 else ''})"
        )
    return wanted


def _too_few(user: User, branches: Sequence[str], found: int, n: int) -> str:
    """Why a quiz can't be drawn, and what to do."""
    where = f" under {', '.join(branches)}" if branches else ""
    return (
        f"only {found} training item{'s' if found != 1 else ''} in {user.name}'s languages "
        f"({', '.join(user.languages or ()) or 'none'}){where} that they have not seen; the "
        f"quiz needs {n}. Import more with `labeldesk gold import FILE --pool training`, or "
        "ask for fewer items"
    )


def _turns(turn_labels: dict[str, Any] | None) -> dict[int, tuple[str, ...]]:
    """Stored turn labels as {turn: keys}."""
    return {int(t): tuple(v) for t, v in (turn_labels or {}).items() if v}
