"""The canonical conversation record that every reader produces and every writer consumes.

Readers (JSONL, CSV, XLSX, Parquet, Label Studio) turn a file into a stream of
:class:`ConversationRecord`; the importer validates and stores them. The exporter turns stored
conversations back into the same records, so export followed by import loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class TurnRecord:
    """One message: who spoke (customer, agent or bot), what, and when."""

    speaker: str
    text: str
    ts: str | None = None
    meta: dict[str, Any] | None = None


@dataclass
class PredictionRecord:
    """A model's label for the conversation (``turn`` None) or one turn, with a score."""

    label: str
    score: float | None = None
    model: str = ""
    turn: int | None = None


@dataclass
class AnnotationRecord:
    """One labeller's latest answer, as exported (labeller is a name or pseudonym)."""

    labeller: str
    labels: list[str]
    turn_labels: dict[str, list[str]] = field(default_factory=dict)
    unsure: bool = False
    skip_reason: str | None = None
    note: str = ""
    active_seconds: float = 0.0
    revision: int = 1
    labeller_id: str | None = None  # the labeller's pseudonym, kept across workspaces


@dataclass
class GoldRecord:
    """The known answer for a gold item, and why."""

    labels: list[str]
    explanation: str = ""
    turn_labels: dict[str, list[str]] = field(default_factory=dict)
    pool: str = "hidden"  # "hidden" (mixed into queues) or "training" (a quiz)


@dataclass
class ConversationRecord:
    """One conversation as read from a file, with where it came from (``where``)."""

    external_id: str
    turns: list[TurnRecord]
    meta: dict[str, Any] = field(default_factory=dict)
    language: str | None = None
    language_confidence: float | None = None
    labels: list[str] = field(default_factory=list)
    predictions: list[PredictionRecord] = field(default_factory=list)
    annotations: list[AnnotationRecord] = field(default_factory=list)
    gold: GoldRecord | None = None
    where: str = ""
