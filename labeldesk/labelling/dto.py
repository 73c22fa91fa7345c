"""Frozen dataclasses the labelling services return to the UI and the CLI; never ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from labeldesk.storage.models import Purpose, Role, WorkStatus


@dataclass(frozen=True)
class Profile:
    """Who is working: a user's name, role and the languages they can label."""

    id: str
    name: str
    role: Role
    languages: tuple[str, ...]
    vendor: str | None = None


@dataclass(frozen=True)
class QueueFilter:
    """Which of a labeller's assignments the queue shows; empty fields mean "all"."""

    statuses: frozenset[WorkStatus] = frozenset()
    batch: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class QueueRow:
    """One assignment in a labeller's queue: enough to draw a row, nothing that breaks the blind.

    ``key`` is the keyset-pagination key (position, assignment id) of the row.
    """

    assignment_id: str
    position: int
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
class QueueCounts:
    """How far a labeller is: assignments routed to them, by status, and done today."""

    total: int
    todo: int
    done: int
    unsure: int
    skipped: int
    done_today: int

    @property
    def finished(self) -> int:
        """Assignments with an answer (done or unsure) or skipped."""
        return self.done + self.unsure + self.skipped


@dataclass(frozen=True)
class TurnView:
    """One turn as the conversation view shows it."""

    idx: int
    speaker: str
    text: str
    ts: str | None
    meta: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class PredictionView:
    """A model's label for a conversation (``turn_idx`` None) or one of its turns."""

    label_key: str
    score: float | None
    turn_idx: int | None
    model: str


@dataclass(frozen=True)
class ConversationView:
    """A conversation to label: its turns, public metadata, language and label rules.

    ``meta`` leaves out the keys the workspace hides from labellers (setting
    ``hidden_meta_keys``), since some source fields give the answer away. ``predictions``
    is empty unless the lead turned model predictions on (setting ``show_predictions``):
    the blind pass shows none by default.
    """

    conversation_id: int
    external_id: str
    batch: str
    language: str
    language_confidence: float
    meta: dict[str, Any]
    turns: tuple[TurnView, ...]
    taxonomy: str | None
    multi_label: bool
    leaf_only: bool
    predictions: tuple[PredictionView, ...] = ()


@dataclass(frozen=True)
class Answer:
    """What a labeller submits: conversation labels, optional turn labels, unsure flag, note."""

    labels: tuple[str, ...] = ()
    turn_labels: dict[int, tuple[str, ...]] = field(default_factory=dict, hash=False)
    unsure: bool = False
    note: str = ""


@dataclass(frozen=True)
class RevisionView:
    """One saved revision of a labeller's annotation."""

    number: int
    labels: tuple[str, ...]
    turn_labels: dict[int, tuple[str, ...]]
    unsure: bool
    skip_reason: str | None
    note: str
    active_seconds: float
    created_at: dt.datetime

    @property
    def status(self) -> WorkStatus:
        """The work status this revision gives its assignment."""
        return status_of(self.labels, self.unsure, self.skip_reason)


@dataclass(frozen=True)
class WorkItem:
    """An assignment opened for labelling: the conversation and the labeller's latest revision."""

    assignment_id: str
    conversation: ConversationView
    latest: RevisionView | None
    status: WorkStatus


@dataclass(frozen=True)
class Saved:
    """What a submit, skip or revert stored: the new revision and the assignment's status."""

    assignment_id: str
    annotation_id: str
    revision: int
    previous_revision: int | None
    status: WorkStatus


@dataclass(frozen=True)
class FeedbackEntry:
    """One result for a labeller: a gold item they got wrong, or a reviewer's verdict.

    ``kind`` is ``gold`` or ``review``. ``expected`` is the gold answer or the reviewer's final
    labels; ``explanation`` the gold explanation or the reviewer's comment.
    """

    kind: str
    conversation_id: int
    external_id: str
    your_labels: tuple[str, ...]
    expected: tuple[str, ...]
    correct: bool
    explanation: str
    cause: str | None
    at: dt.datetime


def status_of(
    labels: tuple[str, ...] | list[str], unsure: bool, skip_reason: str | None
) -> WorkStatus:
    """The work status a revision with these fields stands for.

    A skip reason means skipped; otherwise the unsure flag means unsure; otherwise labels mean
    done; a revision with none of them withdraws the answer (back to "to do").
    """
    if skip_reason:
        return WorkStatus.SKIPPED
    if unsure:
        return WorkStatus.UNSURE
    if labels:
        return WorkStatus.DONE
    return WorkStatus.TODO


@dataclass(frozen=True)
class SaveEvent:
    """A revision just appended, handed to the save hooks inside the same transaction.

    Hooks (gold scoring, disagreement detection) run in the labeller's commit, so their
    results are as durable as the answer, and a failing hook saves nothing.
    """

    user_id: str
    assignment_id: str
    conversation_id: int
    purpose: Purpose
    annotation_id: str
    revision_id: str
    revision: int
    labels: tuple[str, ...]
    turn_labels: dict[str, tuple[str, ...]]
    unsure: bool
    skip_reason: str | None
    action: str
