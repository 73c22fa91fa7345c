"""A labeller's queue: their assignments, filtered and paged in SQL (keyset pagination).

Only conversations in the labeller's languages are offered (routing); conversations whose
language could not be told (``und``) are offered to everyone, so none is stranded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, or_, select, tuple_

from labeldesk.labelling.dto import Profile, QueueCounts, QueueFilter, QueueRow
from labeldesk.langid import UNKNOWN as UNKNOWN_LANGUAGE
from labeldesk.storage.db import Database
from labeldesk.storage.models import Assignment, Batch, Conversation, Purpose, Turn, WorkStatus

#: Purposes that make up a labeller's production queue. Gold assignments look exactly like
#: label assignments in the queue (the blind), so both are listed the same way.
QUEUE_PURPOSES = (Purpose.LABEL, Purpose.GOLD)

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
        query = _rows(user, flt).limit(limit)
        if after is not None:
            query = query.where(tuple_(Assignment.position, Assignment.id) > tuple_(*after))
        with self._db.sessions() as s:
            return [_row(r) for r in s.execute(query)]

    def count(self, user: Profile, flt: QueueFilter = QueueFilter()) -> int:  # noqa: B008
        """How many rows the queue has with filter ``flt``."""
        query = _where(select(func.count()).select_from(Assignment), user, flt)
        with self._db.sessions() as s:
            return int(s.scalar(query) or 0)

    def counts(self, user: Profile, *, now: dt.datetime | None = None) -> QueueCounts:
        """The labeller's progress over every routed assignment: by status, and done today.

        "Today" starts at local midnight of ``now`` (default: the current local time).
        """
        local_now = (now or dt.datetime.now().astimezone()).astimezone()
        midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
        since = midnight.astimezone(dt.UTC)
        finished = Assignment.status.in_([WorkStatus.DONE, WorkStatus.UNSURE])
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
        )
        by_status = {status: 0 for status in WorkStatus}
        today = 0
        with self._db.sessions() as s:
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
        query = _where(
            select(Batch.name).select_from(Assignment).distinct().order_by(Batch.name),
            user,
            QueueFilter(),
            join_batch=True,
        )
        with self._db.sessions() as s:
            return list(s.scalars(query))

    def languages(self, user: Profile) -> list[str]:
        """Language codes among the labeller's routed assignments, by code."""
        query = _where(
            select(Conversation.language)
            .select_from(Assignment)
            .distinct()
            .order_by(Conversation.language),
            user,
            QueueFilter(),
        )
        with self._db.sessions() as s:
            return list(s.scalars(query))

    def row(self, user: Profile, assignment_id: str) -> QueueRow | None:
        """The queue row of one assignment, or None if it is not (or no longer) the user's."""
        query = _rows(user, QueueFilter()).where(Assignment.id == assignment_id)
        with self._db.sessions() as s:
            found = s.execute(query).first()
        return None if found is None else _row(found)


def _where(
    query: Select[Any], user: Profile, flt: QueueFilter, *, join_batch: bool = False
) -> Select[Any]:
    """Join the conversation (and batch) to ``query`` and apply routing and the filter."""
    query = query.join(Conversation, Conversation.id == Assignment.conversation_id)
    if join_batch or flt.batch is not None:
        query = query.join(Batch, Batch.id == work_batch_id())
    query = query.where(
        Assignment.user_id == user.id,
        Assignment.purpose.in_(QUEUE_PURPOSES),
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


def work_batch_id() -> Any:  # noqa: ANN401 - a SQL expression
    """The batch an assignment's work belongs to: its own (gold mixed in), else the item's."""
    return func.coalesce(Assignment.batch_id, Conversation.batch_id)


def _rows(user: Profile, flt: QueueFilter) -> Select[Any]:
    """The queue's rows in order, with a preview of the first customer message."""
    preview = (
        select(func.substr(Turn.text, 1, PREVIEW_CHARS))
        .where(Turn.conversation_id == Conversation.id, Turn.speaker == "customer")
        .order_by(Turn.idx)
        .limit(1)
        .correlate(Conversation)
        .scalar_subquery()
    )
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
        func.coalesce(preview, literal("")),
    ).select_from(Assignment)
    query = _where(query, user, flt, join_batch=True)
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
