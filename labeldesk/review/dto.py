"""Frozen dataclasses of adjudication (review) that services return to the UI and the CLI.

What a reviewer receives (:class:`ReviewRow`, :class:`ReviewTask`, :class:`SlotView`) holds
no annotation id, user id, name, time, revision number or submission order: the slots are
anonymous and shuffled per item. Who answered in which slot is only in
:class:`SlotIdentity`, which only leads get (reports and exports).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from labeldesk.labelling.dto import ConversationView
from labeldesk.storage.models import CauseCode, ReviewReason, Verdict, WorkStatus

#: Slot names in order: the first answer shown is slot A.
SLOT_NAMES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class ReviewFilter:
    """Which of a reviewer's review assignments the queue shows; empty fields mean "all"."""

    statuses: frozenset[WorkStatus] = frozenset()
    batch: str | None = None
    language: str | None = None
    reason: ReviewReason | None = None


@dataclass(frozen=True)
class ReviewRow:
    """One item in a reviewer's review queue.

    The field names match :class:`labeldesk.labelling.dto.QueueRow`, so the same Qt queue
    model and delegate draw both. ``key`` is the keyset-pagination key (position, id).
    """

    assignment_id: str
    position: int
    review_item_id: str
    reason: ReviewReason
    conversation_id: int
    external_id: str
    batch: str
    language: str
    language_confidence: float
    n_turns: int
    status: WorkStatus
    preview: str

    @property
    def key(self) -> tuple[int, str]:
        """Where the row sits in the queue's order."""
        return (self.position, self.assignment_id)


@dataclass(frozen=True)
class ReviewCounts:
    """How far a reviewer is: review assignments routed to them, by status, done today."""

    total: int
    todo: int
    done: int
    done_today: int

    @property
    def finished(self) -> int:
        """Review assignments with a saved review."""
        return self.done


@dataclass(frozen=True)
class SlotView:
    """One blind slot as a reviewer sees it: a labeller's latest answer, nothing about them."""

    slot: str
    labels: tuple[str, ...]
    turn_labels: dict[int, tuple[str, ...]] = field(default_factory=dict, hash=False)
    unsure: bool = False
    note: str = ""


@dataclass(frozen=True)
class ReviewAnswer:
    """What a reviewer submits, and how their previous review of an item is shown again.

    ``verdicts`` maps every slot name (``"A"``, ``"B"``, ...) to a verdict. ``cause`` is
    required when any slot is incorrect. ``explanation`` is required with
    ``promote_to_gold``: it is what labellers read when they miss the gold item.
    """

    labels: tuple[str, ...] = ()
    turn_labels: dict[int, tuple[str, ...]] = field(default_factory=dict, hash=False)
    verdicts: dict[str, Verdict] = field(default_factory=dict, hash=False)
    cause: CauseCode | None = None
    comment: str = ""
    promote_to_gold: bool = False
    explanation: str = ""


@dataclass(frozen=True)
class ReviewTask:
    """A review assignment opened for adjudication.

    ``slots`` are in the item's shuffled order; ``previous`` is this reviewer's own latest
    review of the item, if any; ``gold`` says whether the conversation is already a gold item
    (then it can't be promoted again).
    """

    assignment_id: str
    review_item_id: str
    reason: ReviewReason
    status: WorkStatus
    conversation: ConversationView
    taxonomy: str | None
    slots: tuple[SlotView, ...]
    previous: ReviewAnswer | None
    gold: bool


@dataclass(frozen=True)
class ReviewSaved:
    """What a review submit stored."""

    assignment_id: str
    review_item_id: str
    review_id: str
    status: WorkStatus
    gold_item_id: str | None


@dataclass(frozen=True)
class Promotion:
    """A reviewed item made a gold item."""

    review_item_id: str
    review_id: str
    gold_item_id: str
    external_id: str


@dataclass(frozen=True)
class DetectResult:
    """What a disagreement-detection run found and did.

    ``checked`` counts conversations answered by two or more labellers (gold excluded);
    of those, ``not_ready`` still wait for a labeller, ``too_few_answers`` have fewer than
    two answers once skips are left out, ``already`` had a review item. New review items are
    ``disagreements`` plus ``audits``; ``agreed`` are agreed items not drawn for audit.
    ``routed`` review assignments were made; ``unrouted`` items have no reviewer who can
    take them (no reviewer or lead with the language who did not label the conversation).
    """

    mode: str
    audit_share: float
    seed: int
    checked: int = 0
    not_ready: int = 0
    too_few_answers: int = 0
    already: int = 0
    disagreements: int = 0
    audits: int = 0
    agreed: int = 0
    routed: int = 0
    unrouted: int = 0


@dataclass(frozen=True)
class ReasonStatus:
    """Review items of one reason: how many there are, reviewed and waiting."""

    items: int
    done: int
    pending: int


@dataclass(frozen=True)
class ReviewStatus:
    """The review queue at a glance, by reason; ``unrouted`` items have no reviewer yet."""

    batch: str | None
    by_reason: dict[str, ReasonStatus]
    unrouted: int


@dataclass(frozen=True)
class SlotIdentity:
    """Who answered in a slot: for leads' reports and exports only, never in reviewer mode."""

    slot: str
    annotation_id: str
    user_id: str
    name: str
    pseudonym: str
