"""Check gold answers against the workspace: the conversation exists, its batch's taxonomy
has the labels, and they can be chosen (as the labelling service checks a labeller's answer).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeldesk.review.gold_file import GoldRow, Problems
from labeldesk.storage.models import (
    Batch,
    Conversation,
    GoldItem,
    GoldPool,
)
from labeldesk.taxonomy.index import LabelIndex
from labeldesk.taxonomy.service import latest_index

#: Conversations looked up per query.
CHUNK = 500


@dataclass(frozen=True)
class Target:
    """A checked answer: the conversation's id, and the row with label references as keys."""

    conversation_id: int
    row: GoldRow


@dataclass(frozen=True)
class _Conversation:
    """What the checks need to know about a conversation."""

    id: int
    taxonomy_id: int | None
    multi_label: bool
    n_turns: int
    batch: str


class Checker:
    """Checks gold rows; keeps each taxonomy version's label index once it has read it."""

    def __init__(self) -> None:
        self._indexes: dict[int, LabelIndex] = {}

    def check_rows(
        self, s: Session, rows: Sequence[GoldRow], problems: Problems
    ) -> dict[str, Target]:
        """The rows that pass, by ``where``; a problem for each thing wrong with the others."""
        conversations = _conversations(s, [r.conversation for r in rows])
        out: dict[str, Target] = {}
        for row in rows:
            conv = conversations.get(row.conversation)
            if conv is None:
                problems.add(
                    row.where, "conversation", f"no conversation {row.conversation!r} here"
                )
                continue
            index = None if conv.taxonomy_id is None else self._index(s, conv.taxonomy_id)
            checked = _check(row, conv, index, problems)
            if checked is not None:
                out[row.where] = Target(conv.id, checked)
        return out

    def _index(self, s: Session, taxonomy_id: int) -> LabelIndex:
        """The label index of the taxonomy's latest version (cached per version)."""
        return latest_index(s, taxonomy_id, self._indexes)


def _check(
    row: GoldRow, conv: _Conversation, index: LabelIndex | None, problems: Problems
) -> GoldRow | None:
    """The row with its labels resolved to keys, or None (and problems)."""
    before = len(problems.found) + problems.more
    labels = _keys(row.where, "labels", row.labels, index, problems)
    if not conv.multi_label and len(row.labels) > 1:
        problems.add(row.where, "labels", f"batch {conv.batch!r} takes one label per conversation")
    turn_labels: dict[int, tuple[str, ...]] = {}
    for turn, keys in sorted(row.turn_labels.items()):
        if turn >= conv.n_turns:
            problems.add(
                row.where,
                "turn_labels",
                f"turn {turn} does not exist: {row.conversation!r} has {conv.n_turns} turns "
                "(counted from 0)",
            )
            continue
        turn_labels[turn] = _keys(row.where, "turn_labels", keys, index, problems)
        if not conv.multi_label and len(keys) > 1:
            problems.add(row.where, "turn_labels", f"turn {turn}: one label per turn")
    if len(problems.found) + problems.more > before:
        return None
    return dataclasses.replace(row, labels=labels, turn_labels=turn_labels)


def _keys(
    where: str, name: str, refs: Sequence[str], index: LabelIndex | None, problems: Problems
) -> tuple[str, ...]:
    """Label references resolved to keys (as given with no taxonomy); a problem per bad one."""
    if index is None:
        return tuple(refs)
    keys = []
    for ref in refs:
        key = ref if ref in index else index.resolve(ref)
        if key is None:
            problems.add(where, name, f"{ref!r} is not a label of taxonomy {index.taxonomy!r}")
        elif index.is_deprecated(key):
            problems.add(where, name, f"{key!r} is deprecated and can't be a gold answer")
        elif index.leaf_only and not index.is_leaf(key):
            problems.add(where, name, f"{key!r} is a category; choose one of its labels")
        else:
            keys.append(key)
    return tuple(dict.fromkeys(keys))


def _conversations(s: Session, external_ids: Sequence[str]) -> dict[str, _Conversation]:
    """The conversations with these external ids, with their batch's label rules."""
    wanted = list(dict.fromkeys(external_ids))
    out: dict[str, _Conversation] = {}
    for start in range(0, len(wanted), CHUNK):
        query = (
            select(
                Conversation.external_id,
                Conversation.id,
                Batch.taxonomy_id,
                Batch.multi_label,
                Conversation.n_turns,
                Batch.name,
            )
            .join(Batch, Batch.id == Conversation.batch_id)
            .where(Conversation.external_id.in_(wanted[start : start + CHUNK]))
        )
        for ext, cid, tax, multi, n_turns, batch in s.execute(query):
            out[ext] = _Conversation(cid, tax, bool(multi), int(n_turns or 0), batch)
    return out


def gold_payload(item: GoldItem) -> dict[str, Any]:
    """A gold item as JSON for the audit log and the outbox."""
    return {
        "conversation_id": item.conversation_id,
        "labels": list(item.labels),
        "turn_labels": dict(item.turn_labels or {}),
        "explanation": item.explanation,
        "pool": GoldPool(item.pool).value,
        "source": item.source,
    }


def same_answer(old: GoldItem, row: GoldRow, pool: GoldPool) -> bool:
    """Whether a stored gold item already says what ``row`` says (label order aside)."""
    turns = {int(t): frozenset(v) for t, v in (old.turn_labels or {}).items() if v}
    return (
        set(old.labels) == set(row.labels)
        and turns == {t: frozenset(v) for t, v in row.turn_labels.items() if v}
        and old.explanation == row.explanation
        and GoldPool(old.pool) == pool
    )
