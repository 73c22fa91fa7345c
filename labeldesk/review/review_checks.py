"""Checks on a reviewer's answer: final labels against the taxonomy, verdicts, text lengths."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeldesk.errors import LabelDeskError
from labeldesk.labelling.service import check_keys
from labeldesk.storage.models import (
    Batch,
    CauseCode,
    Conversation,
    Verdict,
)
from labeldesk.taxonomy.index import LabelIndex
from labeldesk.taxonomy.service import latest_index

#: Longest accepted comment or gold explanation, in characters.
MAX_COMMENT_CHARS = 10_000


class AdjudicationError(LabelDeskError):
    """A review was refused (a bad label, a missing verdict or reason), or not allowed."""


def check_text(what: str, text: str, *, limit: int = MAX_COMMENT_CHARS) -> None:
    """AdjudicationError if ``text`` is longer than ``limit`` characters."""
    if len(text) > limit:
        raise AdjudicationError(f"the {what} is {len(text):,} characters; at most {limit:,}")


def parse_cause(value: CauseCode | str) -> CauseCode:
    """A reason code from an enum or its value; AdjudicationError naming the valid ones."""
    try:
        return CauseCode(value)
    except ValueError:
        known = ", ".join(c.value for c in CauseCode)
        raise AdjudicationError(f"unknown reason {value!r}; reasons: {known}") from None


def check_verdicts(
    verdicts: Mapping[str, Verdict | str], slots: Sequence[str]
) -> dict[str, Verdict]:
    """Every slot's verdict as a :class:`Verdict`; AdjudicationError if one is missing or odd."""
    unknown = sorted(set(verdicts) - set(slots))
    if unknown:
        raise AdjudicationError(
            f"this item has slots {', '.join(slots)}; there is no slot {', '.join(unknown)}"
        )
    missing = [slot for slot in slots if slot not in verdicts]
    if missing:
        raise AdjudicationError(
            f"mark slot {', '.join(missing)} correct or incorrect before saving"
        )
    out = {}
    for slot in slots:
        try:
            out[slot] = Verdict(verdicts[slot])
        except ValueError:
            raise AdjudicationError(
                f"slot {slot}: the verdict is {verdicts[slot]!r}; correct or incorrect"
            ) from None
    return out


def check_labels(
    s: Session,
    conversation_id: int,
    labels: Sequence[str],
    turn_labels: Mapping[int, Sequence[str]],
    cache: dict[int, LabelIndex],
) -> None:
    """Check final labels as labelling does: known, not deprecated, leaves, one if single.

    The labels are checked against the latest version of the conversation's batch taxonomy
    (its index kept in ``cache``, per version).
    """
    multi, taxonomy_id = s.execute(
        select(Batch.multi_label, Batch.taxonomy_id)
        .join(Conversation, Conversation.batch_id == Batch.id)
        .where(Conversation.id == conversation_id)
    ).one()
    if len(set(labels)) != len(labels):
        raise AdjudicationError("a label is chosen twice")
    if not multi and len(labels) > 1:
        raise AdjudicationError("this batch takes one label per conversation; choose one")
    for turn, keys in turn_labels.items():
        if not multi and len(keys) > 1:
            raise AdjudicationError(f"turn {turn + 1}: this batch takes one label per turn")
    if taxonomy_id is None:
        return
    index = latest_index(s, taxonomy_id, cache)
    check_keys(index, labels, "conversation", AdjudicationError)
    for turn, keys in sorted(turn_labels.items()):
        check_keys(index, keys, f"turn {turn + 1}", AdjudicationError)
