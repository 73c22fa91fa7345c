"""On the hub: number the rows clients pull, and expire leases that ran out.

Any code may add or change a pulled row (``labeldesk assign`` on the hub's database, a push
that scores gold or finds a disagreement, a lease that expires); it leaves ``sync_seq``
NULL. Before a pull, :func:`publish` gives every NULL row the next numbers, under a lock, in
one transaction. Because publications are serialised and numbered in commit order, a pull
that has read up to number *n* never misses a row numbered below *n* later: a pull reads
the published horizon first and only returns rows at or below it (see
:mod:`labeldesk.sync.hub_pull`).

Numbers are unique across the pulled tables, and a publication numbers its tables one
after the other, in :data:`PUBLISHED` order, so a client always receives a row before the
rows that refer to it (a quiz before its items, an assignment before its feedback).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import Table, bindparam, exists, func, select, text, update
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.langid import UNKNOWN as UNKNOWN_LANGUAGE
from labeldesk.storage.models import (
    Annotation,
    Assignment,
    Conversation,
    GoldResult,
    Purpose,
    Review,
    Role,
    Setting,
    TaxonomyVersion,
    TrainingQuiz,
    User,
    WorkStatus,
    utcnow,
)

#: The pulled tables, in the order their rows are numbered within a publication.
PUBLISHED = (TaxonomyVersion, TrainingQuiz, Assignment, GoldResult, Review)

#: The setting that holds the last number given out (the published horizon).
HORIZON_KEY = "hub.sync_seq"
#: How long a lease on production work runs from when its labeller first pulled it, by default.
DEFAULT_LEASE_DAYS = 7
LEASE_KEY = "hub.lease_days"
#: PostgreSQL advisory lock that serialises publications (any constant unique to LabelDesk).
_LOCK = 0x1ABE1DE5

#: Rows numbered per statement batch.
_NUMBER_BATCH = 5000

#: Purposes whose assignments are leases (review and training work is not reassigned).
LEASED = (Purpose.LABEL, Purpose.GOLD)


def horizon(s: Session) -> int:
    """The highest number published so far (0 before the first publication)."""
    value = s.scalar(select(Setting.value).where(Setting.key == HORIZON_KEY))
    return int(value or 0)


def lease_days(s: Session) -> float:
    """How many days a lease runs (the hub setting ``hub.lease_days``, else 7)."""
    value = s.scalar(select(Setting.value).where(Setting.key == LEASE_KEY))
    return float(DEFAULT_LEASE_DAYS if value is None else value)


def pending(s: Session) -> bool:
    """Whether any pulled row waits to be numbered (cheap: partial indexes)."""
    return any(
        s.scalar(select(table.id).where(table.sync_seq.is_(None)).limit(1)) is not None
        for table in PUBLISHED
    )


def publish(s: Session, *, now: dt.datetime | None = None) -> int:
    """Expire ran-out leases, then number every unpublished row; the new horizon.

    Runs in the caller's transaction, which must commit right after (the lock is held
    until then).
    """
    now = now or utcnow()
    if not _due_leases(s, now) and not pending(s):
        return horizon(s)
    _lock(s)
    expire_leases(s, now)
    top = horizon(s)
    for table in PUBLISHED:
        # The ids first, then exactly those: a row committed by another transaction between
        # two statements waits for the next publication instead of sharing a number.
        ids = list(s.scalars(select(table.id).where(table.sync_seq.is_(None)).order_by(table.id)))
        for start in range(0, len(ids), _NUMBER_BATCH):
            part = ids[start : start + _NUMBER_BATCH]
            t = cast(Table, table.__table__)  # core executemany, one row per id
            s.execute(
                update(t)
                .where(t.c.id == bindparam("b_id"), t.c.sync_seq.is_(None))
                .values(sync_seq=bindparam("b_seq")),
                [{"b_id": i, "b_seq": top + start + n + 1} for n, i in enumerate(part)],
            )
        top += len(ids)
    _set_horizon(s, top)
    return top


def lease_end(s: Session, now: dt.datetime | None = None) -> dt.datetime:
    """When a lease handed out now ends (see :func:`lease_days`)."""
    return (now or utcnow()) + dt.timedelta(days=lease_days(s))


def _due_leases(s: Session, now: dt.datetime) -> bool:
    """Whether some lease ran out and is not expired yet."""
    return (
        s.scalar(
            select(Assignment.id)
            .where(Assignment.lease_expires_at < now, Assignment.status == WorkStatus.TODO)
            .limit(1)
        )
        is not None
    )


def expire_leases(s: Session, now: dt.datetime | None = None) -> list[str]:
    """Expire unworked leases that ran out and give each conversation to someone else.

    A lease is unworked when its labeller has no annotation for it (an answer made offline
    after the lease ran out still counts when it arrives: it is stored, never lost). The
    expired assignment is republished, so its labeller's client is told to drop it. The new
    labeller is an active labeller with the conversation's language who never had it, with
    the fewest items to do. Returns the expired assignment ids.
    """
    now = now or utcnow()
    _lock(s)  # one expiry at a time: a lease is never given to two new labellers
    worked = exists().where(Annotation.assignment_id == Assignment.id)
    due = s.execute(
        select(Assignment.id, Assignment.conversation_id, Assignment.purpose, Assignment.batch_id)
        .where(
            Assignment.lease_expires_at < now,
            Assignment.status == WorkStatus.TODO,
            ~worked,
        )
        .order_by(Assignment.lease_expires_at, Assignment.id)
    ).all()
    if not due:
        return []
    # Only what is still unworked now (the status is checked again row by row, so work
    # answered by a push that committed meanwhile is not expired).
    expired = set(
        s.scalars(
            update(Assignment)
            .where(
                Assignment.id.in_([row.id for row in due]),
                Assignment.status == WorkStatus.TODO,
                ~worked,
            )
            .values(status=WorkStatus.EXPIRED, status_at=now, sync_seq=None)
            .returning(Assignment.id),
            execution_options={"synchronize_session": False},
        )
    )
    due = [row for row in due if row.id in expired]
    ids = [row.id for row in due]
    if not ids:
        return []
    moved = 0
    for row in due:
        if _reassign(s, row, now):
            moved += 1
    audit.record(
        s,
        "lease.expire",
        entity="assignment",
        entity_id=ids[0],
        payload={"expired": len(ids), "reassigned": moved, "assignments": ids[:100]},
    )
    return ids


def _reassign(s: Session, row: Any, now: dt.datetime) -> bool:  # noqa: ANN401 - a result row
    """Give an expired conversation to the least loaded eligible labeller; whether one was."""
    language = s.scalar(select(Conversation.language).where(Conversation.id == row.conversation_id))
    had = select(Assignment.user_id).where(Assignment.conversation_id == row.conversation_id)
    load = (
        select(func.count())
        .where(Assignment.user_id == User.id, Assignment.status == WorkStatus.TODO)
        .scalar_subquery()
    )
    candidates = s.execute(
        select(User.id, User.languages, load.label("load"))
        .where(User.role == Role.LABELLER, User.active.is_(True), User.id.not_in(had))
        .order_by(load, User.id)
    ).all()
    for user_id, languages, _load in candidates:
        if language in (None, UNKNOWN_LANGUAGE) or language in (languages or []):
            position = (
                s.scalar(
                    select(func.coalesce(func.max(Assignment.position), 0)).where(
                        Assignment.user_id == user_id
                    )
                )
                or 0
            )
            s.add(
                Assignment(
                    conversation_id=row.conversation_id,
                    user_id=user_id,
                    purpose=row.purpose,
                    position=position + 1,
                    batch_id=row.batch_id,
                    status=WorkStatus.TODO,
                    status_at=now,
                )
            )
            s.flush()
            return True
    return False


def _lock(s: Session) -> None:
    """Serialise publications: an advisory lock on PostgreSQL, the write lock on SQLite."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK})
    else:
        # Any write takes SQLite's database lock until commit.
        _set_horizon(s, horizon(s))


def _set_horizon(s: Session, value: int) -> None:
    """Store the published horizon."""
    s.merge(Setting(key=HORIZON_KEY, value=int(value)))
    s.flush()
