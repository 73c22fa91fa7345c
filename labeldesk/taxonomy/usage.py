"""Find which label keys are in use by annotations, gold items, reviews or predictions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from labeldesk.storage.models import (
    AnnotationRevision,
    Batch,
    Conversation,
    GoldItem,
    Prediction,
    Review,
)

#: Keys per query, well under SQLite's limits on bound variables and expression depth.
_CHUNK = 50
_JSON_COLUMNS: tuple[tuple[InstrumentedAttribute[Any], InstrumentedAttribute[Any]], ...] = (
    (AnnotationRevision.labels, AnnotationRevision.turn_labels),
    (GoldItem.labels, GoldItem.turn_labels),
    (Review.labels, Review.turn_labels),
)


def used_keys(session: Session, taxonomy_id: int, candidates: Iterable[str]) -> set[str]:
    """The keys among ``candidates`` that any annotation revision, gold item or review uses,
    or that a prediction uses in a batch of this taxonomy (or of no taxonomy).

    Label lists are JSON, so SQL ``LIKE`` on the JSON text finds rows that may use a key,
    and Python then checks those rows exactly.
    """
    wanted = sorted(set(candidates))
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for labels, turn_labels in _JSON_COLUMNS:
            found |= _json_uses(session, labels, turn_labels, chunk)
        found |= _prediction_uses(session, taxonomy_id, chunk)
    return found


def _json_uses(
    session: Session,
    labels: InstrumentedAttribute[Any],
    turn_labels: InstrumentedAttribute[Any],
    keys: list[str],
) -> set[str]:
    """Keys of ``keys`` found in a table's ``labels`` list or ``turn_labels`` mapping."""
    wanted = set(keys)
    tests = [
        cast(col, String).like(p, escape="\\")
        for col in (labels, turn_labels)
        for p in _patterns(keys)
    ]
    found: set[str] = set()
    rows = session.execute(select(labels, turn_labels).where(or_(*tests)))
    for conv_labels, per_turn in rows.yield_per(1000):
        found |= wanted.intersection(_flatten(conv_labels, per_turn))
    return found


def _prediction_uses(session: Session, taxonomy_id: int, keys: list[str]) -> set[str]:
    """Keys of ``keys`` that predictions use, in batches of this taxonomy or of none."""
    query = (
        select(Prediction.label_key)
        .distinct()
        .join(Conversation, Conversation.id == Prediction.conversation_id)
        .join(Batch, Batch.id == Conversation.batch_id)
        .where(Prediction.label_key.in_(keys))
        .where(or_(Batch.taxonomy_id == taxonomy_id, Batch.taxonomy_id.is_(None)))
    )
    return set(session.scalars(query))


def _patterns(keys: list[str]) -> Iterator[str]:
    """``LIKE`` patterns that match JSON text holding each key as a string."""
    for key in keys:
        for quoted in {json.dumps(key), json.dumps(key, ensure_ascii=False)}:
            escaped = quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            yield f"%{escaped}%"


def _flatten(conv_labels: Any, per_turn: Any) -> Iterator[str]:  # noqa: ANN401 - JSON values
    """Every string in a label list and in a ``{turn: [keys]}`` mapping."""
    if isinstance(conv_labels, list):
        yield from (k for k in conv_labels if isinstance(k, str))
    if isinstance(per_turn, dict):
        for keys in per_turn.values():
            if isinstance(keys, list):
                yield from (k for k in keys if isinstance(k, str))
