"""Assign a batch's conversations to labellers: spread evenly, routed by language, repeatable.

This is the single-pass assignment (each conversation to one labeller). Overlap, gold items
and ``labeldesk assign`` build on it in the QA issue.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.langid import UNKNOWN as UNKNOWN_LANGUAGE
from labeldesk.storage.db import Database
from labeldesk.storage.models import Assignment, Batch, Conversation, Purpose, User


@dataclass(frozen=True)
class AssignResult:
    """What an assignment run added: per labeller, and conversations nobody could take."""

    batch: str
    added: dict[str, int]
    already: int
    unroutable: int


def assign_batch(
    db: Database,
    batch: str,
    labellers: Sequence[str],
    *,
    by_language: bool = True,
    seed: int = 0,
) -> AssignResult:
    """Give each conversation of ``batch`` that has no label assignment yet to one labeller.

    Conversations go, in a seeded shuffled order, to the eligible labeller with the fewest
    assignments so far (even spread). With ``by_language``, a labeller is eligible only for
    conversations in their profile's languages (``und`` goes to anyone). Running it again adds
    only what is missing; positions continue after each labeller's last one.

    Raises
    ------
    LabelDeskError
        If the batch or a labeller is unknown.
    """
    with db.sessions.begin() as s:
        batch_id = s.scalar(select(Batch.id).where(Batch.name == batch))
        if batch_id is None:
            raise LabelDeskError(f"no batch named {batch!r}")
        users = {u.name: u for u in s.scalars(select(User).where(User.name.in_(labellers)))}
        missing = [name for name in labellers if name not in users]
        if missing:
            raise LabelDeskError(f"no user named {', '.join(map(repr, missing))}")
        people = [users[name] for name in labellers]
        ids = [u.id for u in people]
        load = dict.fromkeys(ids, 0)
        next_pos = dict.fromkeys(ids, 0)
        for user_id, n, top in s.execute(
            select(Assignment.user_id, func.count(), func.max(Assignment.position))
            .where(Assignment.user_id.in_(ids))
            .group_by(Assignment.user_id)
        ):
            load[user_id], next_pos[user_id] = n, top + 1
        taken = set(
            s.scalars(
                select(Assignment.conversation_id)
                .join(Conversation, Conversation.id == Assignment.conversation_id)
                .where(Conversation.batch_id == batch_id, Assignment.purpose == Purpose.LABEL)
            )
        )
        todo = [
            (cid, lang)
            for cid, lang in s.execute(
                select(Conversation.id, Conversation.language)
                .where(Conversation.batch_id == batch_id)
                .order_by(Conversation.id)
            )
            if cid not in taken
        ]
        random.Random(f"{seed}:{batch}").shuffle(todo)
        added = dict.fromkeys(labellers, 0)
        unroutable = 0
        rows = []
        for cid, lang in todo:
            eligible = [
                u
                for u in people
                if not by_language or lang == UNKNOWN_LANGUAGE or lang in u.languages
            ]
            if not eligible:
                unroutable += 1
                continue
            user = min(eligible, key=lambda u: (load[u.id], ids.index(u.id)))
            rows.append(
                {
                    "conversation_id": cid,
                    "user_id": user.id,
                    "purpose": Purpose.LABEL,
                    "position": next_pos[user.id],
                }
            )
            load[user.id] += 1
            next_pos[user.id] += 1
            added[user.name] += 1
        if rows:
            s.execute(Assignment.__table__.insert(), rows)
        audit.record(
            s,
            "batch.assign",
            entity="batch",
            entity_id=batch,
            payload={"added": added, "unroutable": unroutable, "by_language": by_language},
        )
        return AssignResult(batch, added, len(taken), unroutable)
