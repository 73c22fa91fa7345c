"""A labeller's queue: their assignments, filtered and paged in SQL (keyset pagination).

Only conversations in the labeller's languages are offered (routing); conversations whose
language could not be told (``und``) are offered to everyone, so none is stranded.

Training quizzes change what the queue holds (its scope), read with one small query per call
(:func:`queue_scope`): while the labeller's latest quiz pauses production and is not passed,
the queue holds only that quiz's items while it is open, and nothing once it failed (until
the lead starts another). An open quiz that does not pause production adds its items to the
production queue. Training items of closed quizzes never show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, false, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from labeldesk.labelling.dto import Profile, QueueCounts, QueueFilter, QueueRow
from labeldesk.langid import UNKNOWN as UNKNOWN_LANGUAGE
from labeldesk.storage.db import Database
from labeldesk.storage.models import (
    Assignment,
    Batch,
    Conversation,
    Purpose,
    QuizStatus,
    TrainingQuiz,
    Turn,
    WorkStatus,
)

#: Purposes that make up a labeller's production queue. Gold assignments look exactly like
#: label assignments in the queue (the blind), so both are listed the same way.
QUEUE_PURPOSES = (Purpose.LABEL, Purpose.GOLD)


@dataclass(frozen=True)
class QueueScope:
    """Which assignments make up a labeller's queue right now.

    ``production``: label and gold work; ``quiz_id``: the training quiz whose items show too
    (or alone, without production). Neither: the queue is empty (a failed quiz locks it).
    """

    production: bool = True
    quiz_id: str | None = None


#: The queue of a labeller with no training quiz in the way.
PRODUCTION = QueueScope()


def queue_scope(s: Session, user_id: str) -> QueueScope:
    """The scope of the user's queue, from their latest training quiz (one indexed query)."""
    latest = s.execute(
        select(TrainingQuiz.id, TrainingQuiz.status, TrainingQuiz.pauses_production)
        .where(TrainingQuiz.user_id == user_id)
        .order_by(TrainingQuiz.created_at.desc(), TrainingQuiz.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return PRODUCTION
    quiz_id, status, pauses = latest
    is_open = QuizStatus(status) == QuizStatus.OPEN
    if pauses and QuizStatus(status) != QuizStatus.PASSED:
        return QueueScope(production=False, quiz_id=quiz_id if is_open else None)
    return QueueScope(quiz_id=quiz_id) if is_open else PRODUCTION


#: Length of the preview text (the first customer message) in a queue row.
PREVIEW_CHARS = 160


class QueueService:
    """Read a labeller's queue: counts, pages, and the neighbours of an item.

    Parameters
    ----------
    db
        The open workspace database; each method is one unit of work.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def page(
        self,
        user: Profile,
        flt: QueueFilter = QueueFilter(),  # noqa: B008 - frozen dataclass
        *,
        after: tuple[int, str] | None = None,
        limit: int = 200,
    ) -> list[QueueRow]:
        """Up to ``limit`` rows after the row whose key is ``after`` (None: from the start)."""
        with self._db.sessions() as s:
            query = _rows(user, flt, queue_scope(s, user.id)).limit(limit)
            if after is not None:
                query = query.where(tuple_(Assignment.position, Assignment.id) > tuple_(*after))
            return [_row(r) for r in s.execute(query)]

    def count(self, user: Profile, flt: QueueFilter = QueueFilter()) -> int:  # noqa: B008
        """How many rows the queue has with filter ``flt``."""
        with self._db.sessions() as s:
            query = _where(
                select(func.count()).select_from(Assignment), user, flt, queue_scope(s, user.id)
            )
            return int(s.scalar(query) or 0)

    def counts(self, user: Profile, *, now: dt.datetime | None = None) -> QueueCounts:
        """The labeller's progress over every routed assignment: by status, and done today.

        "Today" starts at local midnight of ``now`` (default: the current local time).
        """
        local_now = (now or dt.datetime.now().astimezone()).astimezone()
        midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
        since = midnight.astimezone(dt.UTC)
        finished = Assignment.status.in_([WorkStatus.DONE, WorkStatus.UNSURE])
        by_status = {status: 0 for status in WorkStatus}
        today = 0
        with self._db.sessions() as s:
            query = _where(
                select(
                    Assignment.status,
                    func.count(),
                    func.sum(case((and_(finished, Assignment.status_at >= since), 1), else_=0)),
                )
                .select_from(Assignment)
                .group_by(Assignment.status),
                user,
                QueueFilter(),
                queue_scope(s, user.id),
            )
            for status, n, n_today in s.execute(query):
                by_status[WorkStatus(status)] = int(n)
                today += int(n_today or 0)
        return QueueCounts(
            total=sum(by_status.values()),
            todo=by_status[WorkStatus.TODO],
            done=by_status[WorkStatus.DONE],
            unsure=by_status[WorkStatus.UNSURE],
            skipped=by_status[WorkStatus.SKIPPED],
            done_today=today,
        )

    def batches(self, user: Profile) -> list[str]:
        """Names of the batches the labeller has assignments in, by name."""
        with self._db.sessions() as s:
            query = _where(
                select(Batch.name).select_from(Assignment).distinct().order_by(Batch.name),
                user,
                QueueFilter(),
                queue_scope(s, user.id),
                join_batch=True,
            )
            return list(s.scalars(query))

    def languages(self, user: Profile) -> list[str]:
        """Language codes among the labeller's routed assignments, by code."""
        with self._db.sessions() as s:
            query = _where(
                select(Conversation.language)
                .select_from(Assignment)
                .distinct()
                .order_by(Conversation.language),
                user,
                QueueFilter(),
                queue_scope(s, user.id),
            )
            return list(s.scalars(query))

    def row(self, user: Profile, assignment_id: str) -> QueueRow | None:
        """The queue row of one assignment, or None if it is not (or no longer) the user's."""
        with self._db.sessions() as s:
            query = _rows(user, QueueFilter(), queue_scope(s, user.id)).where(
                Assignment.id == assignment_id
            )
            found = s.execute(query).first()
        return None if found is None else _row(found)


def _where(
    query: Select[Any],
    user: Profile,
    flt: QueueFilter,
    scope: QueueScope = PRODUCTION,
    *,
    join_batch: bool = False,
) -> Select[Any]:
    """Join the conversation (and batch) to ``query``; apply the scope, routing and filter."""
    query = query.join(Conversation, Conversation.id == Assignment.conversation_id)
    if join_batch or flt.batch is not None:
        query = query.join(Batch, Batch.id == work_batch_id())
    query = query.where(
        Assignment.user_id == user.id,
        _in_scope(scope),
        or_(
            Conversation.language.in_(user.languages or ("__none__",)),
            Conversation.language == UNKNOWN_LANGUAGE,
        ),
    )
    if flt.statuses:
        query = query.where(Assignment.status.in_(sorted(flt.statuses)))
    if flt.batch is not None:
        query = query.where(Batch.name == flt.batch)
    if flt.language is not None:
        query = query.where(Conversation.language == flt.language)
    return query


def _in_scope(scope: QueueScope) -> Any:  # noqa: ANN401 - a SQL expression
    """The condition on an assignment's purpose (and quiz) that ``scope`` stands for."""
    quiz = and_(Assignment.purpose == Purpose.TRAINING, Assignment.quiz_id == scope.quiz_id)
    if scope.production and scope.quiz_id is not None:
        return or_(Assignment.purpose.in_(QUEUE_PURPOSES), quiz)
    if scope.production:
        return Assignment.purpose.in_(QUEUE_PURPOSES)
    return quiz if scope.quiz_id is not None else false()


def work_batch_id() -> Any:  # noqa: ANN401 - a SQL expression
    """The batch an assignment's work belongs to: its own (gold mixed in), else the item's."""
    return func.coalesce(Assignment.batch_id, Conversation.batch_id)


def preview_text() -> Any:  # noqa: ANN401 - a SQL expression
    """A queue row's preview: the start of the conversation's first customer message."""
    preview = (
        select(func.substr(Turn.text, 1, PREVIEW_CHARS))
        .where(Turn.conversation_id == Conversation.id, Turn.speaker == "customer")
        .order_by(Turn.idx)
        .limit(1)
        .correlate(Conversation)
        .scalar_subquery()
    )
    return func.coalesce(preview, literal(""))


def _rows(user: Profile, flt: QueueFilter, scope: QueueScope = PRODUCTION) -> Select[Any]:
    """The queue's rows in order, with a preview of the first customer message."""
    query = select(
        Assignment.id,
        Assignment.position,
        Conversation.id,
        Conversation.external_id,
        Batch.name,
        Conversation.language,
        Conversation.language_confidence,
        Conversation.n_turns,
        Assignment.status,
        preview_text(),
    ).select_from(Assignment)
    query = _where(query, user, flt, scope, join_batch=True)
    return query.order_by(Assignment.position, Assignment.id)


def _row(r: Any) -> QueueRow:  # noqa: ANN401 - a result row
    """A result row of :func:`_rows` as a QueueRow."""
    return QueueRow(
        assignment_id=r[0],
        position=r[1],
        conversation_id=r[2],
        external_id=r[3],
        batch=r[4],
        language=r[5],
        language_confidence=float(r[6] or 0.0),
        n_turns=r[7],
        status=WorkStatus(r[8]),
        preview=" ".join((r[9] or "").split()),
    )
