"""The labeller's work, without Qt: the queue, opening and saving items, the working session."""

from labeldesk.labelling.dto import (
    Answer,
    ConversationView,
    FeedbackEntry,
    Profile,
    QueueCounts,
    QueueFilter,
    QueueRow,
    RevisionView,
    Saved,
    SaveEvent,
    TurnView,
    WorkItem,
)
from labeldesk.labelling.queue import QueueService
from labeldesk.labelling.service import AnnotationError, LabellingService, SaveHook
from labeldesk.labelling.session import ActiveTimer, LabellingSession

__all__ = [
    "ActiveTimer",
    "AnnotationError",
    "Answer",
    "ConversationView",
    "FeedbackEntry",
    "LabellingService",
    "LabellingSession",
    "Profile",
    "QueueCounts",
    "QueueFilter",
    "QueueRow",
    "QueueService",
    "RevisionView",
    "SaveEvent",
    "SaveHook",
    "Saved",
    "TurnView",
    "WorkItem",
]
