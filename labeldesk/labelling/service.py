"""Open, submit, skip and revise a labeller's work; every save is one durable transaction.

Each save appends a new annotation revision (revisions are append-only: nothing is ever
overwritten), updates the assignment's work status, writes the audit log and queues the
revision in the outbox for the hub, all in one commit. When a method returns, the revision is
on disk (SQLite runs in WAL mode with ``synchronous=FULL``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.labelling.dto import (
    Answer,
    ConversationView,
    PredictionView,
    Profile,
    RevisionView,
    Saved,
    SaveEvent,
    TurnView,
    WorkItem,
    status_of,
)
from labeldesk.storage.db import Database
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    Conversation,
    OutboxEntry,
    Prediction,
    Setting,
    Taxonomy,
    Turn,
    utcnow,
)
from labeldesk.taxonomy.index import LabelIndex

#: Longest accepted note or skip reason, in characters.
MAX_NOTE_CHARS = 10_000

#: Source fields that give a label away and are hidden from labellers unless the workspace
#: says otherwise (setting ``hidden_meta_keys``).
DEFAULT_HIDDEN_META = (
    "category",
    "intent",
    "intents",
    "label",
    "labels",
    "services",
    "active_intents",
    "flow",
    "subflow",
    "actions",
    "entity",
    "entities",
    "gold",
    "prediction",
    "predictions",
)


#: A function run inside the commit of every saved revision (gold scoring, disagreements).
SaveHook = Callable[[Session, SaveEvent], object]


class AnnotationError(LabelDeskError):
    """An answer was refused: an unknown, deprecated or non-leaf label, or too many labels."""


class LabellingService:
    """What the labelling window does to the workspace: open an item, save answers, revise.

    Parameters
    ----------
    db
        The open workspace database; each method is one unit of work.
    hooks
        Run, in order, inside the transaction of every saved revision; an exception in a
        hook rolls the whole save back.
    """

    def __init__(self, db: Database, hooks: Sequence[SaveHook] = ()) -> None:
        self._db = db
        self._hooks = tuple(hooks)
        self._indexes: dict[int, LabelIndex] = {}

    # -- reading --------------------------------------------------------------------------

    def open(self, user: Profile, assignment_id: str) -> WorkItem:
        """The assignment's conversation and the labeller's latest revision of it."""
        with self._db.sessions() as s:
            assignment = _own_assignment(s, user, assignment_id)
            conversation = conversation_view(s, assignment)
            latest = _latest_revision(s, user, assignment)
            return WorkItem(assignment.id, conversation, latest, assignment.status)

    def history(self, user: Profile, assignment_id: str) -> list[RevisionView]:
        """Every revision of the labeller's annotation for the assignment, oldest first."""
        with self._db.sessions() as s:
            assignment = _own_assignment(s, user, assignment_id)
            annotation = _annotation(s, user, assignment)
            if annotation is None:
                return []
            rows = s.scalars(
                select(AnnotationRevision)
                .where(AnnotationRevision.annotation_id == annotation.id)
                .order_by(AnnotationRevision.number)
            )
            return [_revision_view(r) for r in rows]

    # -- writing --------------------------------------------------------------------------

    def submit(
        self, user: Profile, assignment_id: str, answer: Answer, *, active_seconds: float = 0.0
    ) -> Saved:
        """Save ``answer`` as a new revision and mark the assignment done (or unsure).

        Raises
        ------
        AnnotationError
            If a label is unknown, deprecated, not a leaf where only leaves may be chosen, or
            there are several where the batch takes one; or the note is too long. Nothing is
            saved then.
        """
        if not answer.labels and not answer.unsure:
            raise AnnotationError("choose a label, or mark the item unsure, or skip it")
        _check_text("note", answer.note)
        with self._db.sessions.begin() as s:
            assignment = _own_assignment(s, user, assignment_id)
            index = self._check_answer(s, assignment, answer)
            return _append(
                s,
                self._hooks,
                user,
                assignment,
                labels=list(answer.labels),
                turn_labels={str(k): list(v) for k, v in sorted(answer.turn_labels.items()) if v},
                unsure=answer.unsure,
                skip_reason=None,
                note=answer.note,
                active_seconds=active_seconds,
                version_id=None if index is None else index.version_id,
                action="annotation.submit",
            )

    def skip(
        self,
        user: Profile,
        assignment_id: str,
        reason: str,
        *,
        note: str = "",
        active_seconds: float = 0.0,
    ) -> Saved:
        """Save a skip with ``reason`` as a new revision and mark the assignment skipped."""
        reason = " ".join(reason.split())
        if not reason:
            raise AnnotationError("a skip needs a reason")
        _check_text("skip reason", reason, limit=500)
        _check_text("note", note)
        with self._db.sessions.begin() as s:
            assignment = _own_assignment(s, user, assignment_id)
            return _append(
                s,
                self._hooks,
                user,
                assignment,
                labels=[],
                turn_labels={},
                unsure=False,
                skip_reason=reason,
                note=note,
                active_seconds=active_seconds,
                version_id=None,
                action="annotation.skip",
            )

    def revert(
        self,
        user: Profile,
        assignment_id: str,
        to_revision: int | None,
        *,
        active_seconds: float = 0.0,
    ) -> Saved:
        """Undo: save a new revision equal to revision ``to_revision`` (None: no answer).

        The undone revision stays in the history; reverting to None withdraws the answer and
        puts the assignment back to "to do".
        """
        with self._db.sessions.begin() as s:
            assignment = _own_assignment(s, user, assignment_id)
            annotation = _annotation(s, user, assignment)
            if annotation is None:
                raise AnnotationError("there is nothing to undo on this item")
            fields: dict[str, Any] = {
                "labels": [],
                "turn_labels": {},
                "unsure": False,
                "skip_reason": None,
                "note": "",
                "version_id": None,
            }
            if to_revision is not None:
                old = s.scalar(
                    select(AnnotationRevision).where(
                        AnnotationRevision.annotation_id == annotation.id,
                        AnnotationRevision.number == to_revision,
                    )
                )
                if old is None:
                    raise AnnotationError(f"this item has no revision {to_revision}")
                fields = {
                    "labels": list(old.labels),
                    "turn_labels": dict(old.turn_labels),
                    "unsure": old.unsure,
                    "skip_reason": old.skip_reason,
                    "note": old.note,
                    "version_id": old.taxonomy_version_id,
                }
            return _append(
                s,
                self._hooks,
                user,
                assignment,
                active_seconds=active_seconds,
                action="annotation.revert",
                reverted_to=to_revision,
                **fields,
            )

    # -- checks ---------------------------------------------------------------------------

    def _check_answer(
        self, s: Session, assignment: Assignment, answer: Answer
    ) -> LabelIndex | None:
        """Check the answer's labels against the batch's taxonomy; its index, or None."""
        multi, tax_id = s.execute(
            select(Batch.multi_label, Batch.taxonomy_id).where(
                Batch.id == _work_batch(s, assignment)
            )
        ).one()
        if not multi and len(answer.labels) > 1:
            raise AnnotationError("this batch takes one label per conversation; choose one")
        if len(set(answer.labels)) != len(answer.labels):
            raise AnnotationError("a label is chosen twice")
        if tax_id is None:
            return None
        index = self._index(s, tax_id)
        check_keys(index, answer.labels, "conversation")
        for turn, keys in answer.turn_labels.items():
            check_keys(index, keys, f"turn {turn + 1}")
            if not multi and len(keys) > 1:
                raise AnnotationError(f"turn {turn + 1}: this batch takes one label per turn")
        return index

    def _index(self, s: Session, taxonomy_id: int) -> LabelIndex:
        """The latest version of taxonomy ``taxonomy_id``, cached until a new version comes."""
        from labeldesk.taxonomy.service import latest_index  # readers, validators: load lazily

        return latest_index(s, taxonomy_id, self._indexes)


def check_keys(
    index: LabelIndex,
    keys: Iterable[str],
    where: str,
    error: type[LabelDeskError] = AnnotationError,
) -> None:
    """``error`` for the first key that is unknown, deprecated, or a non-leaf where only
    leaves may be chosen (labellers' answers and reviewers' final labels alike)."""
    for key in keys:
        if key not in index:
            raise error(f"{where}: {key!r} is not a label of {index.taxonomy}")
        if index.is_deprecated(key):
            raise error(f"{where}: {key!r} is deprecated and can't be chosen")
        if index.leaf_only and not index.is_leaf(key):
            raise error(f"{where}: {key!r} is a category; choose one of its labels")


def _check_text(what: str, text: str, *, limit: int = MAX_NOTE_CHARS) -> None:
    """AnnotationError if ``text`` is longer than ``limit`` characters."""
    if len(text) > limit:
        raise AnnotationError(f"the {what} is {len(text):,} characters; at most {limit:,}")


def _own_assignment(s: Session, user: Profile, assignment_id: str) -> Assignment:
    """The assignment, if it is the user's; AnnotationError otherwise."""
    assignment = s.get(Assignment, assignment_id)
    if assignment is None or assignment.user_id != user.id:
        raise AnnotationError(f"assignment {assignment_id} is not in {user.name}'s queue")
    return assignment


def _annotation(s: Session, user: Profile, assignment: Assignment) -> Annotation | None:
    """The user's annotation for the assignment, if they saved one."""
    return s.scalar(
        select(Annotation).where(
            Annotation.assignment_id == assignment.id, Annotation.user_id == user.id
        )
    )


def _latest_revision(s: Session, user: Profile, assignment: Assignment) -> RevisionView | None:
    """The latest revision of the user's annotation for the assignment, or None."""
    row = s.scalar(
        select(AnnotationRevision)
        .join(Annotation, Annotation.id == AnnotationRevision.annotation_id)
        .where(
            Annotation.assignment_id == assignment.id,
            Annotation.user_id == user.id,
            AnnotationRevision.number == Annotation.latest_revision,
        )
    )
    return None if row is None else _revision_view(row)


def _append(
    s: Session,
    hooks: Sequence[SaveHook],
    user: Profile,
    assignment: Assignment,
    *,
    labels: list[str],
    turn_labels: dict[str, list[str]],
    unsure: bool,
    skip_reason: str | None,
    note: str,
    active_seconds: float,
    version_id: int | None,
    action: str,
    reverted_to: int | None = None,
) -> Saved:
    """Append a revision, update the status, audit it and queue it for the hub."""
    annotation = _annotation(s, user, assignment)
    if annotation is None:
        annotation = Annotation(
            conversation_id=assignment.conversation_id,
            user_id=user.id,
            assignment_id=assignment.id,
            latest_revision=0,
        )
        s.add(annotation)
        s.flush()
    previous = annotation.latest_revision or None
    number = annotation.latest_revision + 1
    revision = AnnotationRevision(
        annotation_id=annotation.id,
        number=number,
        labels=labels,
        turn_labels=turn_labels,
        unsure=unsure,
        skip_reason=skip_reason,
        note=note,
        active_seconds=round(max(0.0, active_seconds), 3),
        taxonomy_version_id=version_id,
    )
    s.add(revision)
    annotation.latest_revision = number
    status = status_of(labels, unsure, skip_reason)
    now = utcnow()
    if status != assignment.status:
        assignment.status = status
        assignment.status_at = now
    s.flush()
    payload = {
        "annotation_id": annotation.id,
        "assignment_id": assignment.id,
        "conversation_id": assignment.conversation_id,
        "revision": number,
        "labels": labels,
        "turn_labels": turn_labels,
        "unsure": unsure,
        "skip_reason": skip_reason,
        "note": note,
        "active_seconds": revision.active_seconds,
        "taxonomy_version_id": version_id,
    }
    if action == "annotation.revert":
        payload["reverted_to"] = reverted_to
    audit.record(
        s,
        action,
        entity="annotation_revision",
        entity_id=revision.id,
        payload={k: v for k, v in payload.items() if k != "note"},
        user_id=user.id,
    )
    s.add(OutboxEntry(record_type="annotation_revision", record_id=revision.id, payload=payload))
    if hooks:
        event = SaveEvent(
            user_id=user.id,
            assignment_id=assignment.id,
            conversation_id=assignment.conversation_id,
            purpose=assignment.purpose,
            annotation_id=annotation.id,
            revision_id=revision.id,
            revision=number,
            labels=tuple(labels),
            turn_labels={k: tuple(v) for k, v in turn_labels.items()},
            unsure=unsure,
            skip_reason=skip_reason,
            action=action,
        )
        for hook in hooks:
            hook(s, event)
    return Saved(assignment.id, annotation.id, number, previous, status)


def _work_batch(s: Session, assignment: Assignment) -> int:
    """The batch the assignment's work belongs to: its own (gold mixed in), else the item's."""
    if assignment.batch_id is not None:
        return assignment.batch_id
    return int(
        s.scalar(select(Conversation.batch_id).where(Conversation.id == assignment.conversation_id))
    )


def conversation_view(s: Session, assignment: Assignment) -> ConversationView:
    """The assignment's conversation: turns, public metadata and its batch's label rules.

    The batch is the one the work belongs to, so a gold item mixed into a batch looks like
    the batch's other items.
    """
    conversation_id = assignment.conversation_id
    row = s.execute(
        select(Conversation, Batch.name, Batch.multi_label, Taxonomy.name, Taxonomy.leaf_only)
        .select_from(Conversation)
        .join(Batch, Batch.id == _work_batch(s, assignment))
        .outerjoin(Taxonomy, Taxonomy.id == Batch.taxonomy_id)
        .where(Conversation.id == conversation_id)
    ).one()
    conv, batch, multi, taxonomy, leaf_only = row
    hidden = hidden_meta(s)
    turns = tuple(
        TurnView(idx, speaker, text, ts, public_meta(meta or {}, hidden))
        for idx, speaker, text, ts, meta in s.execute(
            select(Turn.idx, Turn.speaker, Turn.text, Turn.ts, Turn.meta)
            .where(Turn.conversation_id == conversation_id)
            .order_by(Turn.idx)
        )
    )
    return ConversationView(
        conversation_id=conv.id,
        external_id=conv.external_id,
        batch=batch,
        language=conv.language,
        language_confidence=float(conv.language_confidence or 0.0),
        meta=public_meta(conv.meta or {}, hidden),
        turns=turns,
        taxonomy=taxonomy,
        multi_label=bool(multi),
        leaf_only=True if leaf_only is None else bool(leaf_only),
        predictions=_predictions(s, conversation_id) if _show_predictions(s) else (),
    )


def hidden_meta(s: Session) -> frozenset[str]:
    """The metadata keys labellers must not see (workspace setting, else the default)."""
    value = s.scalar(select(Setting.value).where(Setting.key == "hidden_meta_keys"))
    return frozenset(k.lower() for k in (DEFAULT_HIDDEN_META if value is None else value))


def _show_predictions(s: Session) -> bool:
    """Whether the lead shows model predictions to labellers (setting, default off)."""
    return bool(s.scalar(select(Setting.value).where(Setting.key == "show_predictions")))


def _predictions(s: Session, conversation_id: int) -> tuple[PredictionView, ...]:
    """The conversation's predictions: conversation-level first, then by turn; best first."""
    rows = s.execute(
        select(Prediction.label_key, Prediction.score, Prediction.turn_idx, Prediction.model)
        .where(Prediction.conversation_id == conversation_id)
        .order_by(Prediction.id)
    )
    found = [PredictionView(key, score, turn, model or "") for key, score, turn, model in rows]
    found.sort(
        key=lambda p: (
            p.turn_idx is not None,
            p.turn_idx or 0,
            p.score is None,
            -(p.score or 0.0),
        )
    )
    return tuple(found)


def public_meta(meta: Mapping[str, Any], hidden: frozenset[str]) -> dict[str, Any]:
    """``meta`` without the hidden keys."""
    return {k: v for k, v in meta.items() if k.lower() not in hidden}


def _revision_view(r: AnnotationRevision) -> RevisionView:
    """A revision row as a RevisionView."""
    return RevisionView(
        number=r.number,
        labels=tuple(r.labels),
        turn_labels={int(k): tuple(v) for k, v in (r.turn_labels or {}).items()},
        unsure=r.unsure,
        skip_reason=r.skip_reason,
        note=r.note,
        active_seconds=r.active_seconds,
        created_at=r.created_at,
    )
