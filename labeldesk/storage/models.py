"""SQLAlchemy 2.0 typed models: one table per domain word in DESIGN.md, no business rules.

Records that a client workstation creates (annotations, revisions, reviews, audit entries,
assignments handed out by the hub) have client-made UUID primary keys so that the hub can
upsert them by id. Bulk data that a lead imports (conversations, turns) uses integer keys
for fast keyset pagination; its global identity is the conversation's ``external_id``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from typing import Annotated, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    WriteOnlyMapped,
    mapped_column,
    relationship,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Return the current time, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)


def new_uuid() -> str:
    """Return a new random UUID as 32 lowercase hex digits."""
    return uuid.uuid4().hex


IntPK = Annotated[int, mapped_column(Integer, primary_key=True, autoincrement=True)]
UUIDPK = Annotated[str, mapped_column(String(32), primary_key=True, default=new_uuid)]
CreatedAt = Annotated[dt.datetime, mapped_column(default=utcnow)]
JSONDict = Annotated[dict[str, Any], mapped_column(JSON, default=dict)]
JSONList = Annotated[list[Any], mapped_column(JSON, default=list)]


#: A hub's publication number: rows a client may pull are numbered when published (see
#: :mod:`labeldesk.sync.publish`); NULL means "changed since the last publication".
SyncSeq = Annotated[int | None, mapped_column(BigInteger)]


def sync_indexes(table: str, owner: str | None = "user_id") -> tuple[Index, ...]:
    """The indexes a hub pulls by: (owner, sync_seq), and the rows waiting to be published."""
    unpublished = text("sync_seq IS NULL")
    return (
        Index(f"ix_{table}_sync", *((owner,) if owner else ()), "sync_seq"),
        Index(
            f"ix_{table}_unpublished",
            "id",
            sqlite_where=unpublished,
            postgresql_where=unpublished,
        ),
    )


class Base(DeclarativeBase):
    """Declarative base with explicit naming conventions and type mapping."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        dt.datetime: DateTime(timezone=True),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Role(enum.StrEnum):
    """What a user may do."""

    LABELLER = "labeller"
    REVIEWER = "reviewer"
    LEAD = "lead"


class Purpose(enum.StrEnum):
    """Why a conversation is assigned to a user."""

    LABEL = "label"
    REVIEW = "review"
    GOLD = "gold"
    TRAINING = "training"


class WorkStatus(enum.StrEnum):
    """Where an assignment stands for its labeller; follows the annotation's latest revision."""

    TODO = "todo"
    DONE = "done"
    UNSURE = "unsure"
    SKIPPED = "skipped"
    EXPIRED = "expired"  # a hub lease that ran out unworked; the work went to someone else


class GoldPool(enum.StrEnum):
    """Hidden gold is mixed into production queues; training gold is a quiz whose answers travel."""

    HIDDEN = "hidden"
    TRAINING = "training"


class QuizKind(enum.StrEnum):
    """Why a labeller takes a training quiz."""

    ONBOARDING = "onboarding"
    REFRESHER = "refresher"


class QuizStatus(enum.StrEnum):
    """Where a training quiz stands."""

    OPEN = "open"
    PASSED = "passed"
    FAILED = "failed"


class ReviewReason(enum.StrEnum):
    """Why an item entered the review queue."""

    DISAGREEMENT = "disagreement"
    AUDIT = "audit"


class Verdict(enum.StrEnum):
    """A reviewer's verdict on one blind slot."""

    CORRECT = "correct"
    INCORRECT = "incorrect"


class CauseCode(enum.StrEnum):
    """Why a disagreement happened, as recorded by the reviewer."""

    LABELLER_ERROR = "labeller_error"
    AMBIGUOUS = "ambiguous"
    GUIDELINE_GAP = "guideline_gap"
    TAXONOMY_GAP = "taxonomy_gap"
    OTHER = "other"


def _enum(cls: type[enum.StrEnum]) -> Enum:
    """Store an enum by value as a plain string column (portable across SQLite/PostgreSQL)."""
    return Enum(
        cls,
        native_enum=False,
        length=24,
        validate_strings=True,
        values_callable=lambda e: [m.value for m in e],
    )


class Setting(Base):
    """A workspace-wide setting (expected languages, thresholds, targets), stored as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Vendor(Base):
    """A labelling vendor (a company whose staff label)."""

    __tablename__ = "vendor"

    id: Mapped[IntPK]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[CreatedAt]

    users: Mapped[list[User]] = relationship(back_populates="vendor")


class User(Base):
    """A person: labeller, reviewer or lead, with the languages they can label."""

    __tablename__ = "user"
    __table_args__ = (Index("ix_user_token_hash", "token_hash", unique=True),)

    id: Mapped[UUIDPK]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role))
    languages: Mapped[JSONList]
    vendor_id: Mapped[int | None] = mapped_column(ForeignKey("vendor.id"))
    pseudonym: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    token_hash: Mapped[str | None] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[CreatedAt]

    vendor: Mapped[Vendor | None] = relationship(back_populates="users")


class UserSetting(Base):
    """A per-user preference stored as JSON (favourite labels, ...)."""

    __tablename__ = "user_setting"

    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Taxonomy(Base):
    """A named, versioned tree of labels."""

    __tablename__ = "taxonomy"

    id: Mapped[IntPK]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    leaf_only: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[CreatedAt]

    versions: Mapped[list[TaxonomyVersion]] = relationship(
        back_populates="taxonomy", order_by="TaxonomyVersion.number"
    )


class TaxonomyVersion(Base):
    """One imported state of a taxonomy. Versions are immutable once created."""

    __tablename__ = "taxonomy_version"
    __table_args__ = (
        UniqueConstraint("taxonomy_id", "number"),
        *sync_indexes("taxonomy_version", None),
    )

    id: Mapped[IntPK]
    taxonomy_id: Mapped[int] = mapped_column(ForeignKey("taxonomy.id"))
    number: Mapped[int]
    source: Mapped[str] = mapped_column(String(1000), default="")
    checksum: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[CreatedAt]
    sync_seq: Mapped[SyncSeq]

    taxonomy: Mapped[Taxonomy] = relationship(back_populates="versions")
    labels: WriteOnlyMapped[Label] = relationship(back_populates="version")


class Label(Base):
    """A node of one taxonomy version. The ``key`` is stable across versions."""

    __tablename__ = "label"
    __table_args__ = (UniqueConstraint("version_id", "key"),)

    id: Mapped[IntPK]
    version_id: Mapped[int] = mapped_column(ForeignKey("taxonomy_version.id"))
    key: Mapped[str] = mapped_column(String(300))
    parent_key: Mapped[str | None] = mapped_column(String(300))
    path: Mapped[str] = mapped_column(String(2000))
    depth: Mapped[int] = mapped_column(Integer, default=1)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    names: Mapped[JSONDict]  # translated names: {"th": "...", "zh": "..."}
    description: Mapped[str] = mapped_column(Text, default="")
    examples: Mapped[JSONList]
    # translated guidelines: {"th": {"description": "...", "examples": ["..."]}}
    guidelines: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    synonyms: Mapped[JSONList]
    shortcut: Mapped[str | None] = mapped_column(String(32))
    deprecated: Mapped[bool] = mapped_column(Boolean, default=False)

    version: Mapped[TaxonomyVersion] = relationship(back_populates="labels")


class Batch(Base):
    """A named set of conversations imported together; the unit a lead assigns and exports."""

    __tablename__ = "batch"

    id: Mapped[IntPK]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    taxonomy_id: Mapped[int | None] = mapped_column(ForeignKey("taxonomy.id"))
    multi_label: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[CreatedAt]

    conversations: WriteOnlyMapped[Conversation] = relationship(back_populates="batch")


class Conversation(Base):
    """The item to label: ordered turns, metadata and a detected language."""

    __tablename__ = "conversation"
    __table_args__ = (Index("ix_conversation_batch_language", "batch_id", "language", "id"),)

    id: Mapped[IntPK]
    external_id: Mapped[str] = mapped_column(String(300), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id"))
    content_hash: Mapped[str] = mapped_column(String(32), index=True)
    language: Mapped[str] = mapped_column(String(8), default="und")
    language_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    source_language: Mapped[str | None] = mapped_column(String(8))  # as given in the file
    meta: Mapped[JSONDict]
    n_turns: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[CreatedAt]

    batch: Mapped[Batch] = relationship(back_populates="conversations")
    turns: Mapped[list[Turn]] = relationship(
        back_populates="conversation", order_by="Turn.idx", cascade="all, delete-orphan"
    )


class Turn(Base):
    """One message of a conversation. Clustered on (conversation, index) for fast reads."""

    __tablename__ = "turn"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy table kwargs

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    ts: Mapped[str | None] = mapped_column(String(40))  # as given; ISO 8601 when parseable
    meta: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    conversation: Mapped[Conversation] = relationship(back_populates="turns")


class Assignment(Base):
    """(conversation, user, purpose) with a due date; assignments from a hub are leases."""

    __tablename__ = "assignment"
    __table_args__ = (
        UniqueConstraint("conversation_id", "user_id", "purpose"),
        Index("ix_assignment_queue", "user_id", "purpose", "position"),
        Index("ix_assignment_status", "user_id", "status", "position"),
        # Queue pages in order whatever the filter, and progress counts from the index alone.
        Index("ix_assignment_order", "user_id", "position", "id"),
        Index(
            "ix_assignment_counts", "user_id", "status", "purpose", "conversation_id", "status_at"
        ),
        Index("ix_assignment_lease", "lease_expires_at"),
        *sync_indexes("assignment"),
    )

    id: Mapped[UUIDPK]
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"))
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"))
    purpose: Mapped[Purpose] = mapped_column(_enum(Purpose))
    position: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[dt.datetime | None]
    lease_expires_at: Mapped[dt.datetime | None]
    status: Mapped[WorkStatus] = mapped_column(
        _enum(WorkStatus), default=WorkStatus.TODO, server_default=WorkStatus.TODO.value
    )
    status_at: Mapped[dt.datetime | None]  # when the status last changed (for "done today")
    # The batch the work belongs to when it differs from the conversation's own: a gold item
    # mixed into batch B shows as B, like its neighbours (the blind).
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batch.id"))
    quiz_id: Mapped[str | None] = mapped_column(ForeignKey("training_quiz.id"))  # training items
    created_at: Mapped[CreatedAt]
    sync_seq: Mapped[SyncSeq]


class Annotation(Base):
    """One labeller's answer for one conversation; its revisions are append-only."""

    __tablename__ = "annotation"
    __table_args__ = (UniqueConstraint("conversation_id", "user_id", "assignment_id"),)

    id: Mapped[UUIDPK]
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)
    assignment_id: Mapped[str | None] = mapped_column(ForeignKey("assignment.id"))
    latest_revision: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[CreatedAt]
    # The latest revision's answer, copied here when it is written (see
    # :func:`answer_category` and :func:`_copy_latest_answers`) so reports read one table.
    answer: Mapped[str] = mapped_column(Text, default="", server_default="")
    skipped: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    unsure: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    active_seconds: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    answered_at: Mapped[dt.datetime | None]

    revisions: WriteOnlyMapped[AnnotationRevision] = relationship(back_populates="annotation")

    def copy_answer(self, revision: AnnotationRevision) -> None:
        """Take ``revision``'s answer as this annotation's (it must be the latest)."""
        self.answer = answer_category(revision.labels)
        self.skipped = revision.skip_reason is not None
        self.unsure = bool(revision.unsure)
        self.active_seconds = float(revision.active_seconds or 0.0)
        self.answered_at = revision.created_at


def answer_category(labels: object) -> str:
    """A label set as one string: its distinct keys sorted and joined by ``|`` ("" for none).

    Accepts the list or its JSON text. This is :attr:`Annotation.answer`, and the category
    that agreement and quality reports compare.
    """
    if isinstance(labels, str | bytes):
        labels = json.loads(labels)
    if not isinstance(labels, list | tuple):
        return ""
    return "|".join(sorted({str(k) for k in labels}))


class AnnotationRevision(Base):
    """One immutable revision of an annotation. The highest number is the answer."""

    __tablename__ = "annotation_revision"
    __table_args__ = (UniqueConstraint("annotation_id", "number"),)

    id: Mapped[UUIDPK]
    annotation_id: Mapped[str] = mapped_column(ForeignKey("annotation.id"))
    number: Mapped[int]
    labels: Mapped[JSONList]  # conversation-level label keys
    turn_labels: Mapped[JSONDict]  # {"<turn idx>": ["label.key", ...]}
    unsure: Mapped[bool] = mapped_column(Boolean, default=False)
    skip_reason: Mapped[str | None] = mapped_column(String(500))
    note: Mapped[str] = mapped_column(Text, default="")
    active_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    taxonomy_version_id: Mapped[int | None] = mapped_column(ForeignKey("taxonomy_version.id"))
    created_at: Mapped[CreatedAt]

    annotation: Mapped[Annotation] = relationship(back_populates="revisions")


@event.listens_for(Session, "before_flush")
def _copy_latest_answers(session: Session, _context: object, _instances: object) -> None:
    """Copy each new revision that is its annotation's latest onto the annotation.

    Every revision written through the ORM passes here, in the transaction that writes it
    (bulk imports write :attr:`Annotation.answer` and its siblings themselves).
    """
    revisions = [o for o in session.new if isinstance(o, AnnotationRevision)]
    if not revisions:
        return
    pending = {o.id: o for o in session.new if isinstance(o, Annotation) and o.id}
    with session.no_autoflush:
        for revision in revisions:
            annotation = revision.__dict__.get("annotation") or pending.get(revision.annotation_id)
            if annotation is None and revision.annotation_id is not None:
                annotation = session.get(Annotation, revision.annotation_id)
            if annotation is not None and annotation.latest_revision == revision.number:
                if revision.created_at is None:
                    revision.created_at = utcnow()
                annotation.copy_answer(revision)


class Prediction(Base):
    """A model's label for a conversation (or one turn), with its score."""

    __tablename__ = "prediction"

    id: Mapped[IntPK]
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"), index=True)
    label_key: Mapped[str] = mapped_column(String(300))
    turn_idx: Mapped[int | None]
    score: Mapped[float | None]
    model: Mapped[str] = mapped_column(String(200), default="")


class GoldItem(Base):
    """A conversation with a known answer and an explanation."""

    __tablename__ = "gold_item"

    id: Mapped[UUIDPK]
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"), unique=True)
    labels: Mapped[JSONList]
    turn_labels: Mapped[JSONDict]
    explanation: Mapped[str] = mapped_column(Text, default="")
    pool: Mapped[GoldPool] = mapped_column(_enum(GoldPool), default=GoldPool.HIDDEN)
    source: Mapped[str] = mapped_column(String(200), default="file")
    created_at: Mapped[CreatedAt]


class GoldResult(Base):
    """The score of a labeller's first answer to a gold item (later revisions don't rescore)."""

    __tablename__ = "gold_result"
    __table_args__ = sync_indexes("gold_result")

    id: Mapped[UUIDPK]
    annotation_id: Mapped[str] = mapped_column(ForeignKey("annotation.id"), unique=True)
    revision_id: Mapped[str] = mapped_column(ForeignKey("annotation_revision.id"))
    gold_item_id: Mapped[str] = mapped_column(ForeignKey("gold_item.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"))
    correct: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float] = mapped_column(Float)  # Jaccard overlap of the label sets, 0..1
    created_at: Mapped[CreatedAt]
    sync_seq: Mapped[SyncSeq]


class TrainingQuiz(Base):
    """A quiz of training-pool gold items for one labeller, with the lead's pass mark."""

    __tablename__ = "training_quiz"
    __table_args__ = sync_indexes("training_quiz")

    id: Mapped[UUIDPK]
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"), index=True)
    kind: Mapped[QuizKind] = mapped_column(_enum(QuizKind))
    branches: Mapped[JSONList]  # top-level label keys the quiz draws from; empty: any
    threshold: Mapped[float] = mapped_column(Float)  # share correct needed to pass
    n_items: Mapped[int] = mapped_column(Integer)
    pauses_production: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[QuizStatus] = mapped_column(_enum(QuizStatus), default=QuizStatus.OPEN)
    score: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[CreatedAt]
    finished_at: Mapped[dt.datetime | None]
    sync_seq: Mapped[SyncSeq]


class ReviewItem(Base):
    """A conversation waiting for adjudication, with its blind slots in shuffled order."""

    __tablename__ = "review_item"

    id: Mapped[UUIDPK]
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"), unique=True)
    reason: Mapped[ReviewReason] = mapped_column(_enum(ReviewReason))
    slot_annotation_ids: Mapped[JSONList]  # slot A, B, ... -> annotation id, shuffled per item
    created_at: Mapped[CreatedAt]


class Review(Base):
    """A reviewer's adjudication: final labels, a cause code, and a verdict per slot."""

    __tablename__ = "review"
    __table_args__ = sync_indexes("review", None)

    id: Mapped[UUIDPK]
    review_item_id: Mapped[str] = mapped_column(ForeignKey("review_item.id"), index=True)
    reviewer_id: Mapped[str] = mapped_column(ForeignKey("user.id"))
    labels: Mapped[JSONList]
    turn_labels: Mapped[JSONDict]
    cause: Mapped[CauseCode | None] = mapped_column(_enum(CauseCode))
    comment: Mapped[str] = mapped_column(Text, default="")
    promoted_to_gold: Mapped[bool] = mapped_column(Boolean, default=False)
    active_seconds: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    created_at: Mapped[CreatedAt]
    sync_seq: Mapped[SyncSeq]


class ReviewSlot(Base):
    """The verdict for one blind slot (A, B, ...) of a review."""

    __tablename__ = "review_slot"

    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), primary_key=True)
    slot: Mapped[str] = mapped_column(String(2), primary_key=True)
    annotation_id: Mapped[str] = mapped_column(ForeignKey("annotation.id"))
    verdict: Mapped[Verdict] = mapped_column(_enum(Verdict))


class AuditEntry(Base):
    """Append-only, hash-chained log of what happened in the workspace."""

    __tablename__ = "audit_log"

    seq: Mapped[IntPK]
    id: Mapped[str] = mapped_column(String(32), unique=True, default=new_uuid)
    at: Mapped[CreatedAt]
    user_id: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(300), default="")
    payload: Mapped[JSONDict]
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class OutboxEntry(Base):
    """A record not yet acknowledged by the hub."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "acked_at", "id"),)

    id: Mapped[IntPK]
    record_type: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(64))
    payload: Mapped[JSONDict]
    created_at: Mapped[CreatedAt]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    acked_at: Mapped[dt.datetime | None]
    # Why the hub refused the record for good (it is kept, and shown, but not sent again).
    error: Mapped[str | None] = mapped_column(Text)


class SyncState(Base):
    """Per hub and user: the pull cursor, the audit entries sent, and how the last sync went."""

    __tablename__ = "sync_state"

    hub_url: Mapped[str] = mapped_column(String(500), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    audit_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # last audit entry acked
    last_sync_at: Mapped[dt.datetime | None]  # the last sync that finished
    last_attempt_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class ClientAudit(Base):
    """On a hub: a client's audit entry as uploaded, and whether its hash chain holds."""

    __tablename__ = "client_audit"
    __table_args__ = (UniqueConstraint("client_id", "seq"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(32))  # the workstation's workspace id
    seq: Mapped[int] = mapped_column(BigInteger)
    uploaded_by: Mapped[str] = mapped_column(ForeignKey("user.id"))
    at: Mapped[dt.datetime]
    user_id: Mapped[str | None] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(300), default="")
    payload: Mapped[JSONDict]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # None: not checked yet (a neighbour is missing); False: the chain is broken here.
    chain_ok: Mapped[bool | None] = mapped_column(Boolean)
    problem: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[CreatedAt]
