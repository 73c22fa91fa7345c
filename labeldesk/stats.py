"""Workspace counts by batch, language and status, computed in SQL and returned as DTOs."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, sessionmaker

from labeldesk.errors import LabelDeskError
from labeldesk.storage.db import Database
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    Conversation,
    Purpose,
    Role,
    User,
)

#: Statuses of a labelling assignment, in the order a person reads them.
STATUSES = ("to_do", "done", "unsure", "skipped")


@dataclass(frozen=True)
class BatchStats:
    """Counts for one batch."""

    name: str
    conversations: int
    turns: int
    languages: dict[str, int]
    status: dict[str, int]
    unassigned: int


@dataclass(frozen=True)
class StatsDTO:
    """Counts for a workspace, or for one batch of it."""

    conversations: int
    turns: int
    batches: list[BatchStats]
    languages: dict[str, int]
    status: dict[str, int]
    unassigned: int
    labellers: int

    def to_json(self) -> dict[str, Any]:
        """A plain dict for ``--json`` output."""
        return asdict(self)


def _status_expr() -> Any:  # noqa: ANN401 - a SQL CASE expression
    """SQL for an assignment's status from its annotation's latest revision."""
    return case(
        (AnnotationRevision.id.is_(None), "to_do"),
        (AnnotationRevision.skip_reason.is_not(None), "skipped"),
        (AnnotationRevision.unsure.is_(True), "unsure"),
        else_="done",
    )


class StatsService:
    """Counts by batch, language and assignment status."""

    def __init__(self, db: Database) -> None:
        self._sessions: sessionmaker[Session] = db.sessions

    def summary(self, batch: str | None = None) -> StatsDTO:
        """Counts for the whole workspace, or one batch (unknown batch: LabelDeskError)."""
        with self._sessions() as s:
            batch_rows = self._batches(s, batch)
            per_batch = [self._batch_stats(s, bid, name) for bid, name in batch_rows]
            labellers = s.scalar(
                select(func.count()).select_from(User).where(User.role == Role.LABELLER)
            )
        languages: dict[str, int] = {}
        status = dict.fromkeys(STATUSES, 0)
        for b in per_batch:
            for lang, n in b.languages.items():
                languages[lang] = languages.get(lang, 0) + n
            for st, n in b.status.items():
                status[st] += n
        return StatsDTO(
            conversations=sum(b.conversations for b in per_batch),
            turns=sum(b.turns for b in per_batch),
            batches=per_batch,
            languages=dict(sorted(languages.items(), key=lambda kv: (-kv[1], kv[0]))),
            status=status,
            unassigned=sum(b.unassigned for b in per_batch),
            labellers=int(labellers or 0),
        )

    @staticmethod
    def _batches(s: Session, batch: str | None) -> list[tuple[int, str]]:
        stmt = select(Batch.id, Batch.name).order_by(Batch.name)
        if batch is not None:
            stmt = stmt.where(Batch.name == batch)
        rows = [(r[0], r[1]) for r in s.execute(stmt)]
        if batch is not None and not rows:
            known = ", ".join(s.scalars(select(Batch.name).order_by(Batch.name))) or "none yet"
            raise LabelDeskError(f"no batch named {batch!r} (batches: {known})")
        return rows

    @staticmethod
    def _batch_stats(s: Session, batch_id: int, name: str) -> BatchStats:
        in_batch = Conversation.batch_id == batch_id
        lang_rows = s.execute(
            select(
                Conversation.language,
                func.count(),
                func.coalesce(func.sum(Conversation.n_turns), 0),
            )
            .where(in_batch)
            .group_by(Conversation.language)
        ).all()
        languages = {lang: n for lang, n, _ in sorted(lang_rows, key=lambda r: (-r[1], r[0]))}
        status = dict.fromkeys(STATUSES, 0)
        status_rows = s.execute(
            select(_status_expr(), func.count())
            .select_from(Assignment)
            .join(Conversation, Conversation.id == Assignment.conversation_id)
            .outerjoin(Annotation, Annotation.assignment_id == Assignment.id)
            .outerjoin(
                AnnotationRevision,
                and_(
                    AnnotationRevision.annotation_id == Annotation.id,
                    AnnotationRevision.number == Annotation.latest_revision,
                ),
            )
            .where(in_batch, Assignment.purpose.in_([Purpose.LABEL, Purpose.GOLD]))
            .group_by(_status_expr())
        ).all()
        for st, n in status_rows:
            status[st] = n
        assigned = (
            select(Assignment.conversation_id)
            .where(Assignment.purpose.in_([Purpose.LABEL, Purpose.GOLD]))
            .scalar_subquery()
        )
        unassigned = s.scalar(
            select(func.count()).where(in_batch, Conversation.id.not_in(assigned))
        )
        return BatchStats(
            name=name,
            conversations=sum(n for _, n, _ in lang_rows),
            turns=sum(int(t) for _, _, t in lang_rows),
            languages=languages,
            status=status,
            unassigned=int(unassigned or 0),
        )
