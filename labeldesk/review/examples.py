"""Example conversations and reviewers' notes, for the rows of insight and model tables.

A report row (a confused label pair, a low-kappa label, a confidently wrong prediction)
comes with a few conversations a lead can open: their ids, language and the first
customer turn cut to a snippet. Rows about disagreements also carry what the reviewers said:
the cause code and comment of each item's latest review (a changed review is a new row; the
latest ``created_at`` wins, then the larger id).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeldesk.storage.models import Conversation, Review, ReviewItem, Turn

#: Characters of the first customer turn shown as a snippet.
SNIPPET_CHARS = 140
#: The cause shown for a review that gave none (every verdict was "correct").
NO_CAUSE = "none given"
#: Cause codes in the order reports list them (ties in counts follow this order).
CAUSE_ORDER = ("guideline_gap", "taxonomy_gap", "ambiguous", "labeller_error", "other", NO_CAUSE)
#: Causes as a report names them.
CAUSE_NAMES = {
    "guideline_gap": "guideline gap",
    "taxonomy_gap": "taxonomy gap",
    "ambiguous": "ambiguous",
    "labeller_error": "labeller error",
    "other": "other",
    NO_CAUSE: NO_CAUSE,
}
#: Comments kept per row.
MAX_COMMENTS = 3


@dataclass(frozen=True)
class Example:
    """A conversation to look at: its ids, language and opening customer words."""

    conversation_id: int
    external_id: str
    language: str
    snippet: str


@dataclass(frozen=True)
class ReviewNote:
    """What the latest review of an item said about it."""

    conversation_id: int
    cause: str  # a CauseCode value, or NO_CAUSE
    comment: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Reasons:
    """The reviewers' reasons over a set of items.

    Attributes
    ----------
    reviewed
        Items with a review.
    causes
        ``(cause, count)``, most frequent first (ties in :data:`CAUSE_ORDER`).
    comments
        Distinct non-empty comments, by conversation id, at most :data:`MAX_COMMENTS`.
    """

    reviewed: int
    causes: tuple[tuple[str, int], ...]
    comments: tuple[str, ...]

    def share(self, cause: str) -> float | None:
        """The share of reviewed items with this cause (None without reviews)."""
        if not self.reviewed:
            return None
        return dict(self.causes).get(cause, 0) / self.reviewed

    @property
    def top(self) -> str | None:
        """The most frequent cause (None without reviews)."""
        return self.causes[0][0] if self.causes else None


def reasons(notes: Iterable[ReviewNote]) -> Reasons:
    """Summarise the notes of a set of items (one note per item)."""
    ordered = sorted(notes, key=lambda n: n.conversation_id)
    counts = Counter(n.cause for n in ordered)
    rank = {c: i for i, c in enumerate(CAUSE_ORDER)}
    causes = sorted(counts.items(), key=lambda kv: (-kv[1], rank.get(kv[0], len(rank)), kv[0]))
    comments = list(dict.fromkeys(n.comment.strip() for n in ordered if n.comment.strip()))
    return Reasons(len(ordered), tuple(causes), tuple(comments[:MAX_COMMENTS]))


def latest_notes(s: Session, conversation_ids: Sequence[int]) -> dict[int, ReviewNote]:
    """The latest review's cause and comment of each conversation that has a review."""
    wanted = set(conversation_ids)
    if not wanted:
        return {}
    rows = s.execute(
        select(ReviewItem.conversation_id, Review.cause, Review.comment, Review.created_at)
        .join(Review, Review.review_item_id == ReviewItem.id)
        .order_by(Review.created_at, Review.id)
    )
    notes: dict[int, ReviewNote] = {}
    for conv, cause, comment, at in rows:
        if conv in wanted:  # the later row of an item replaces the earlier
            code = NO_CAUSE if cause is None else str(getattr(cause, "value", cause))
            notes[int(conv)] = ReviewNote(int(conv), code, comment or "", at)
    return notes


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def examples(s: Session, conversation_ids: Sequence[int]) -> dict[int, Example]:
    """Each conversation's ids, language and first customer turn (else first turn)."""
    ids = sorted(set(conversation_ids))
    if not ids:
        return {}
    convs = s.execute(
        select(Conversation.id, Conversation.external_id, Conversation.language).where(
            Conversation.id.in_(ids)
        )
    ).all()
    first: dict[int, str] = {}
    customer: dict[int, str] = {}
    turns = s.execute(
        select(Turn.conversation_id, Turn.speaker, Turn.text)
        .where(Turn.conversation_id.in_(ids))
        .order_by(Turn.conversation_id, Turn.idx)
    )
    for conv, speaker, text in turns:
        first.setdefault(conv, text)
        if speaker == "customer":
            customer.setdefault(conv, text)
    return {
        int(c): Example(int(c), ext, lang, snippet(customer.get(c, first.get(c, ""))))
        for c, ext, lang in convs
    }
