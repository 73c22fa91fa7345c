"""Review test data on the labelling workspace: reviewers, overlap assignments, answers, and
many answered conversations made at once.

Overlap assignments are written as Assignment rows directly (as ``labeldesk assign --overlap``
would make them), so the review tests don't depend on the assignment helper.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, insert, select

from labeldesk.labelling import Answer, Saved
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    Conversation,
    Purpose,
    Role,
    Turn,
    User,
    WorkStatus,
    new_uuid,
)
from labeldesk.workspace import Workspace

LEAF = "ORDER>cancel_order"
OTHER = "REFUND>get_refund"
THIRD = "DELIVERY>delivery_period"

#: Reviewers made by :func:`add_reviewers`: name -> languages.
REVIEWERS = {"Rita": ("en", "th"), "Ravi": ("en", "zh")}


def add_reviewers(ws: Workspace, reviewers: dict[str, tuple[str, ...]] = REVIEWERS) -> None:
    """Create reviewer profiles."""
    for name, languages in reviewers.items():
        ws.users.create(name, Role.REVIEWER, languages)


def conversation_id(ws: Workspace, external_id: str) -> int:
    """The database id of a conversation."""
    with ws.db.sessions() as s:
        return int(s.scalar(select(Conversation.id).where(Conversation.external_id == external_id)))


def overlap(ws: Workspace, external_ids: Iterable[str], names: Sequence[str]) -> None:
    """Give each conversation a label assignment for each named user who has none yet."""
    with ws.db.sessions.begin() as s:
        users = {n: s.scalar(select(User.id).where(User.name == n)) for n in names}
        for ext in external_ids:
            cid = s.scalar(select(Conversation.id).where(Conversation.external_id == ext))
            for uid in users.values():
                exists = s.scalar(
                    select(Assignment.id).where(
                        Assignment.conversation_id == cid,
                        Assignment.user_id == uid,
                        Assignment.purpose == Purpose.LABEL,
                    )
                )
                if exists is None:
                    top = s.scalar(
                        select(func.max(Assignment.position)).where(Assignment.user_id == uid)
                    )
                    s.add(
                        Assignment(
                            conversation_id=cid,
                            user_id=uid,
                            purpose=Purpose.LABEL,
                            position=(top or 0) + 1,
                        )
                    )
                    s.flush()


def assignment_of(
    ws: Workspace, name: str, external_id: str, purpose: Purpose = Purpose.LABEL
) -> str:
    """The id of a user's assignment of a conversation."""
    with ws.db.sessions() as s:
        found = s.scalar(
            select(Assignment.id)
            .join(User, User.id == Assignment.user_id)
            .join(Conversation, Conversation.id == Assignment.conversation_id)
            .where(
                User.name == name,
                Conversation.external_id == external_id,
                Assignment.purpose == purpose,
            )
        )
    assert found is not None, f"{name} has no {purpose} assignment of {external_id}"
    return str(found)


def answer(
    ws: Workspace,
    name: str,
    external_id: str,
    *labels: str,
    turn_labels: dict[int, tuple[str, ...]] | None = None,
) -> Saved:
    """Submit ``labels`` as ``name``'s answer to a conversation (through the labelling service)."""
    user = ws.users.find(name)
    aid = assignment_of(ws, name, external_id)
    return ws.labelling.submit(user, aid, Answer(labels=labels, turn_labels=turn_labels or {}))


def skip(ws: Workspace, name: str, external_id: str) -> Saved:
    """Skip a conversation as ``name``."""
    user = ws.users.find(name)
    return ws.labelling.skip(user, assignment_of(ws, name, external_id), "not a support chat")


def answered_items(
    ws: Workspace,
    n: int,
    answers: dict[str, Sequence[str]],
    *,
    prefix: str = "bulk",
    language: str = "en",
) -> list[int]:
    """Make ``n`` conversations of batch "chats", each answered by the named users.

    ``answers`` maps a user name to the labels they gave every conversation. Rows are
    inserted directly (fast); detection then runs with ``ws.reviews.detect``.
    """
    with ws.db.sessions.begin() as s:
        batch_id = s.scalar(select(Batch.id).where(Batch.name == "chats"))
        users = {n: s.scalar(select(User.id).where(User.name == n)) for n in answers}
        first = int(s.scalar(select(func.max(Conversation.id))) or 0) + 1
        ids = list(range(first, first + n))
        s.execute(
            insert(Conversation),
            [
                {
                    "id": cid,
                    "external_id": f"{prefix}-{cid:05d}",
                    "batch_id": batch_id,
                    "content_hash": f"{cid:032x}",
                    "language": language,
                    "language_confidence": 0.99,
                    "meta": {},
                    "n_turns": 1,
                }
                for cid in ids
            ],
        )
        s.execute(
            insert(Turn),
            [
                {"conversation_id": cid, "idx": 0, "speaker": "customer", "text": f"chat {cid}"}
                for cid in ids
            ],
        )
        assignments, annotations, revisions = [], [], []
        for cid in ids:
            for name, labels in answers.items():
                aid, ann = new_uuid(), new_uuid()
                assignments.append(
                    {
                        "id": aid,
                        "conversation_id": cid,
                        "user_id": users[name],
                        "purpose": Purpose.LABEL,
                        "position": 100_000 + cid,
                        "status": WorkStatus.DONE,
                    }
                )
                annotations.append(
                    {
                        "id": ann,
                        "conversation_id": cid,
                        "user_id": users[name],
                        "assignment_id": aid,
                        "latest_revision": 1,
                    }
                )
                revisions.append(
                    {
                        "id": new_uuid(),
                        "annotation_id": ann,
                        "number": 1,
                        "labels": list(labels),
                        "turn_labels": {},
                    }
                )
        s.execute(insert(Assignment), assignments)
        s.execute(insert(Annotation), annotations)
        s.execute(insert(AnnotationRevision), revisions)
    return ids
