"""A reviewer's review queue in SQL: their review assignments, filtered, in keyset pages.

Review assignments were routed by language when they were made, so the queue lists every
review assignment of the reviewer. A row carries nothing about the labellers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from sqlalchemy import Select, and_, case, func, select, tuple_
from sqlalchemy.orm import Session

from labeldesk.labelling.dto import Profile
from labeldesk.labelling.queue import preview_text
from labeldesk.review.dto import ReviewCounts, ReviewFilter, ReviewRow
from labeldesk.storage.models import (
    Assignment,
    Batch,
    Conversation,
    Purpose,
    ReviewItem,
    ReviewReason,
    WorkStatus,
)

# Any select statement: the filter keeps the statement's own type.
S = TypeVar("S", bound="Select[*tuple[Any, ...]]")


def page_query(
    user: Profile, flt: ReviewFilter, after: tuple[int, str] | None, limit: int
) -> Select[Any]:
    """The rows after key ``after`` (None: from the top), at most ``limit``."""
    query = _rows(user, flt).limit(limit)
    if after is not None:
        query = query.where(tuple_(Assignment.position, Assignment.id) > tuple_(*after))
    return query


def row_query(user: Profile, assignment_id: str) -> Select[Any]:
    """The row of one of the user's review assignments."""
    return _rows(user, ReviewFilter()).where(Assignment.id == assignment_id)


def count_query(user: Profile, flt: ReviewFilter) -> Select[Any]:
    """How many rows match the filter."""
    return _where(select(func.count()).select_from(Assignment), user, flt)


def read_counts(s: Session, user: Profile, now: dt.datetime | None = None) -> ReviewCounts:
    """The reviewer's progress: review assignments by status, and done since local midnight."""
    local_now = (now or dt.datetime.now().astimezone()).astimezone()
    since = local_now.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(dt.UTC)
    done = Assignment.status == WorkStatus.DONE
    query = _where(
        select(
            Assignment.status,
            func.count(),
            func.sum(case((and_(done, Assignment.status_at >= since), 1), else_=0)),
        )
        .select_from(Assignment)
        .group_by(Assignment.status),
        user,
        ReviewFilter(),
    )
    by_status: dict[WorkStatus, int] = dict.fromkeys(WorkStatus, 0)
    today = 0
    for status, n, n_today in s.execute(query):
        by_status[WorkStatus(status)] = int(n)
        today += int(n_today or 0)
    return ReviewCounts(
        total=sum(by_status.values()),
        todo=by_status[WorkStatus.TODO],
        done=by_status[WorkStatus.DONE],
        done_today=today,
    )


def choices_query(user: Profile, column: Any) -> Select[Any]:  # noqa: ANN401 - a column
    """Distinct values of ``column`` (batch name, language) over the reviewer's queue."""
    return _where(
        select(column).select_from(Assignment).distinct().order_by(column),
        user,
        ReviewFilter(),
    )


def _where(query: S, user: Profile, flt: ReviewFilter) -> S:
    """Join conversation, batch and review item to ``query`` and apply the filter."""
    query = (
        query.join(Conversation, Conversation.id == Assignment.conversation_id)
        .join(Batch, Batch.id == func.coalesce(Assignment.batch_id, Conversation.batch_id))
        .join(ReviewItem, ReviewItem.conversation_id == Assignment.conversation_id)
        .where(Assignment.user_id == user.id, Assignment.purpose == Purpose.REVIEW)
    )
    if flt.statuses:
        query = query.where(Assignment.status.in_(sorted(flt.statuses)))
    if flt.batch is not None:
        query = query.where(Batch.name == flt.batch)
    if flt.language is not None:
        query = query.where(Conversation.language == flt.language)
    if flt.reason is not None:
        query = query.where(ReviewItem.reason == flt.reason)
    return query


def _rows(user: Profile, flt: ReviewFilter) -> Select[*tuple[Any, ...]]:
    """The queue's rows in order, with a preview of the first customer message."""
    query = select(
        Assignment.id,
        Assignment.position,
        ReviewItem.id,
        ReviewItem.reason,
        Conversation.id,
        Conversation.external_id,
        Batch.name,
        Conversation.language,
        Conversation.language_confidence,
        Conversation.n_turns,
        Assignment.status,
        preview_text(),
    ).select_from(Assignment)
    return _where(query, user, flt).order_by(Assignment.position, Assignment.id)


def to_row(r: Any) -> ReviewRow:  # noqa: ANN401 - a result row
    """A result row of the page query as a ReviewRow."""
    return ReviewRow(
        assignment_id=r[0],
        position=r[1],
        review_item_id=r[2],
        reason=ReviewReason(r[3]),
        conversation_id=r[4],
        external_id=r[5],
        batch=r[6],
        language=r[7],
        language_confidence=float(r[8] or 0.0),
        n_turns=r[9],
        status=WorkStatus(r[10]),
        preview=" ".join((r[11] or "").split()),
    )
