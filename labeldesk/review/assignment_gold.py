"""Hidden gold for an assignment run: which gold items each labeller gets, and where.

Gold items are chosen least-used first (so they rotate through the team), never one a
labeller has had before, and placed at evenly spaced, seeded places among the run's new work,
so they can't be told apart by where they sit in the queue.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeldesk.errors import LabelDeskError
from labeldesk.storage.models import (
    Assignment,
    Batch,
    Conversation,
    GoldItem,
    GoldPool,
    Purpose,
    Taxonomy,
)


class NoUsableGoldError(LabelDeskError):
    """Gold was asked for, but no hidden gold item can go to these labellers (says why)."""


class GoldTaker(Protocol):
    """A labeller during an assignment run: their new work, and the gold picked for them."""

    id: str
    name: str
    new: list[int]
    gold: list[int]

    def speaks(self, language: str) -> bool:
        """Whether a conversation in ``language`` may go to this labeller."""
        ...


def gold_count(rate: float, new_items: int) -> int:
    """Gold items for ``new_items`` new production items: rounded half up, at least one."""
    if rate <= 0 or new_items == 0:
        return 0
    return max(1, math.floor(rate * new_items + 0.5))


def gold_slots(total: int, n_gold: int, offset: float) -> set[int]:
    """Where ``n_gold`` gold items go among ``total`` new queue places: evenly spaced.

    Gold item ``j`` goes to place ``floor((j + offset) * total / n_gold)``, ``offset`` in
    [0, 1). The places are distinct, and no two are adjacent while ``total >= 2 * n_gold``.
    """
    if n_gold == 0:
        return set()
    step = total / n_gold
    return {min(total - 1, math.floor((j + offset) * step)) for j in range(n_gold)}


def pick_gold(
    s: Session,
    people: Sequence[GoldTaker],
    *,
    taxonomy_id: int | None,
    rate: float,
    by_language: bool,
    tiebreak: Callable[[int], bytes],
) -> int:
    """Fill each labeller's ``gold`` list; returns how many gold items could not be given.

    Each labeller wants :func:`gold_count` items. Candidates are hidden gold items on the
    batch's taxonomy (and, with ``by_language``, in the labeller's languages) that the
    labeller has no assignment of; the least used go first, ties by ``tiebreak(id)``.

    Raises
    ------
    NoUsableGoldError
        If no hidden gold item fits the taxonomy and the labellers' languages.
    """
    candidates = _candidates(s, people, taxonomy_id, by_language)
    usage, had = _usage(s, [p.id for p in people])
    keys = {cid: tiebreak(cid) for cid in candidates}
    short = 0
    for p in people:
        want = gold_count(rate, len(p.new))
        pool = [
            cid
            for cid, lang in candidates.items()
            if cid not in had[p.id] and (not by_language or p.speaks(lang))
        ]
        p.gold = heapq.nsmallest(want, pool, key=lambda c: (usage[c], keys[c]))
        usage.update(p.gold)
        short += want - len(p.gold)
    return short


def _usage(s: Session, user_ids: list[str]) -> tuple[Counter[int], dict[str, set[int]]]:
    """Gold assignments per gold conversation, and the gold conversations each user has had."""
    usage: Counter[int] = Counter()
    had: dict[str, set[int]] = defaultdict(set)
    wanted = set(user_ids)
    for cid, user_id, purpose in s.execute(
        select(Assignment.conversation_id, Assignment.user_id, Assignment.purpose).join(
            GoldItem, GoldItem.conversation_id == Assignment.conversation_id
        )
    ):
        if purpose == Purpose.GOLD:
            usage[cid] += 1
        if user_id in wanted:
            had[user_id].add(cid)
    return usage, had


def _candidates(
    s: Session, people: Sequence[GoldTaker], taxonomy_id: int | None, by_language: bool
) -> dict[int, str]:
    """Hidden gold conversations (id -> language) on the taxonomy that route to someone."""
    rows = s.execute(
        select(Conversation.id, Conversation.language, Batch.taxonomy_id)
        .select_from(GoldItem)
        .join(Conversation, Conversation.id == GoldItem.conversation_id)
        .join(Batch, Batch.id == Conversation.batch_id)
        .where(GoldItem.pool == GoldPool.HIDDEN)
        .order_by(Conversation.id)
    ).all()
    if not rows:
        raise NoUsableGoldError(
            "gold was asked for, but the workspace has no hidden gold items; "
            "import some with `labeldesk gold import`"
        )
    same = {cid: lang for cid, lang, tax in rows if tax == taxonomy_id}
    if not same:
        raise NoUsableGoldError(
            f"gold was asked for, but none of the {len(rows):,} hidden gold items is on "
            f"{_taxonomy_name(s, taxonomy_id)}, the batch's taxonomy"
        )
    routable = {
        cid: lang
        for cid, lang in same.items()
        if not by_language or any(p.speaks(lang) for p in people)
    }
    if not routable:
        raise NoUsableGoldError(
            f"gold was asked for, but the {len(same):,} hidden gold items on the batch's "
            f"taxonomy are in {', '.join(sorted(set(same.values())))}, which none of "
            f"{', '.join(p.name for p in people)} labels"
        )
    return routable


def _taxonomy_name(s: Session, taxonomy_id: int | None) -> str:
    """``taxonomy 'name'``, or ``no taxonomy``."""
    if taxonomy_id is None:
        return "no taxonomy"
    return f"taxonomy {s.scalar(select(Taxonomy.name).where(Taxonomy.id == taxonomy_id))!r}"
