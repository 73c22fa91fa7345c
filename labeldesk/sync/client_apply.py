"""On a workstation: apply a page of pulled records (see :mod:`labeldesk.sync.hub_pull`).

One page is one local transaction, together with the new cursor, so a crash or a full disk
mid-page leaves the workspace as it was and the next sync pulls the page again. Records are
upserted by their hub ids (conversations by external id, taxonomies and batches by name),
so applying a page twice changes nothing.

Review slots arrive without identities: their annotations are stored under one anonymous,
inactive local user, so the reviewer's workstation never learns who made them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, delete, exists, select, update
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.errors import LabelDeskError
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    Conversation,
    GoldItem,
    GoldPool,
    GoldResult,
    Label,
    Prediction,
    Purpose,
    QuizKind,
    QuizStatus,
    Review,
    ReviewItem,
    ReviewReason,
    ReviewSlot,
    Role,
    Setting,
    Taxonomy,
    TaxonomyVersion,
    TrainingQuiz,
    Turn,
    User,
    UserSetting,
    Verdict,
    WorkStatus,
    answer_category,
    utcnow,
)

#: The local user that anonymous review slots (and reviewers of feedback) are stored under.
ANONYMOUS_ID = "0" * 32
ANONYMOUS_NAME = "(anonymous)"


class SyncConflict(LabelDeskError):
    """The hub's records clash with this workspace's own (a taxonomy version, a user name)."""


@dataclass
class Applied:
    """What a page changed here."""

    assignments: int = 0
    dropped: int = 0
    kept_expired: int = 0  # expired on the hub but worked here: the answer still goes up
    feedback: int = 0
    taxonomy_versions: int = 0
    quizzes: int = 0
    skipped: list[str] = field(default_factory=list)


def apply_page(s: Session, user_id: str, records: Sequence[dict[str, Any]]) -> Applied:
    """Apply pulled records for ``user_id`` in the caller's transaction."""
    out = Applied()
    ctx = _Context(s, user_id)
    for record in records:
        kind = record.get("type")
        if kind == "taxonomy_version":
            out.taxonomy_versions += ctx.taxonomy_version(record)
        elif kind == "quiz":
            ctx.quiz(record)
            out.quizzes += 1
        elif kind == "assignment":
            outcome = ctx.assignment(record)
            out.assignments += outcome == "stored"
            out.dropped += outcome == "dropped"
            out.kept_expired += outcome == "kept"
        elif kind == "gold_feedback":
            out.feedback += ctx.gold_feedback(record)
        elif kind == "review_feedback":
            out.feedback += ctx.review_feedback(record)
        elif kind == "settings":
            ctx.settings(record)
        else:
            out.skipped.append(str(kind))
    s.flush()
    return out


def ensure_user(s: Session, me: dict[str, Any]) -> None:
    """Make (or update) the local user the hub says the token belongs to, with the hub's id.

    A local profile of the same name that has no work yet (made at the app's first launch,
    before connecting) is taken over: its preferences move to the hub's user. One that has
    work is a conflict: its work would be someone else's on the hub.
    """
    user = s.get(User, me["id"])
    clash = s.scalar(select(User).where(User.name == me["name"], User.id != me["id"]))
    if clash is not None:
        if _has_work(s, clash.id):
            raise SyncConflict(
                f"this workspace already has another user named {me['name']!r} with work of "
                "their own; sync into a new workspace (--workspace), or rename that user"
            )
        _adopt(s, clash, me)
        user = s.get(User, me["id"])
    if user is None:
        user = User(id=me["id"], name=me["name"])
        s.add(user)
    user.role = Role(me["role"])
    user.languages = list(me.get("languages") or [])
    user.active = True
    s.flush()


def _has_work(s: Session, user_id: str) -> bool:
    """Whether anything but preferences points at the local user."""
    checks = (
        exists().where(Assignment.user_id == user_id),
        exists().where(Annotation.user_id == user_id),
        exists().where(Review.reviewer_id == user_id),
        exists().where(TrainingQuiz.user_id == user_id),
        exists().where(GoldResult.user_id == user_id),
    )
    return any(s.scalar(select(check)) for check in checks)


def _adopt(s: Session, local: User, me: dict[str, Any]) -> None:
    """Replace a work-free local profile by the hub's user of the same name."""
    old_id, name = local.id, local.name
    local.name = f"{name} (local {old_id[:8]})"
    s.flush()
    s.add(User(id=me["id"], name=name, role=Role(me["role"]), languages=[]))
    s.flush()
    s.execute(update(UserSetting).where(UserSetting.user_id == old_id).values(user_id=me["id"]))
    s.execute(delete(User).where(User.id == old_id))
    audit.record(
        s,
        "user.adopt",
        entity="user",
        entity_id=me["id"],
        payload={"name": name, "local_id": old_id},
        user_id=me["id"],
    )
    s.expunge(local)


def _time(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


class _Context:
    """Lookups cached for one page."""

    def __init__(self, s: Session, user_id: str) -> None:
        self.s, self.user_id = s, user_id
        self.batches: dict[str, int] = {}
        self.conversations: dict[str, int] = {}

    def settings(self, r: dict[str, Any]) -> None:
        """The lead's switches that shape the labeller's view (model predictions shown)."""
        self.s.merge(Setting(key="show_predictions", value=bool(r.get("show_predictions"))))

    # -- taxonomy -----------------------------------------------------------------------------

    def taxonomy_version(self, r: dict[str, Any]) -> int:
        s = self.s
        taxonomy = s.scalar(select(Taxonomy).where(Taxonomy.name == r["taxonomy"]))
        if taxonomy is None:
            taxonomy = Taxonomy(name=r["taxonomy"], leaf_only=bool(r["leaf_only"]))
            s.add(taxonomy)
            s.flush()
        have = s.scalar(
            select(TaxonomyVersion).where(
                TaxonomyVersion.taxonomy_id == taxonomy.id, TaxonomyVersion.number == r["number"]
            )
        )
        if have is not None:
            if have.checksum and r["checksum"] and have.checksum != r["checksum"]:
                raise SyncConflict(
                    f"taxonomy {r['taxonomy']!r} version {r['number']} here differs from the "
                    "hub's; sync into a new workspace"
                )
            return 0
        version = TaxonomyVersion(
            taxonomy_id=taxonomy.id,
            number=r["number"],
            source=r.get("source") or "hub",
            checksum=r.get("checksum") or "",
        )
        s.add(version)
        s.flush()
        rows = [{**label, "version_id": version.id} for label in r["labels"]]
        if rows:
            s.execute(cast(Table, Label.__table__).insert(), rows)
        # Batches that arrived before their taxonomy get it now.
        for batch in s.scalars(select(Batch).where(Batch.taxonomy_id.is_(None))):
            if batch.source == f"hub:{r['taxonomy']}":
                batch.taxonomy_id = taxonomy.id
        return 1

    def batch(self, b: dict[str, Any]) -> int:
        name = b["name"]
        if name in self.batches:
            return self.batches[name]
        s = self.s
        batch = s.scalar(select(Batch).where(Batch.name == name))
        taxonomy_id = (
            s.scalar(select(Taxonomy.id).where(Taxonomy.name == b["taxonomy"]))
            if b.get("taxonomy")
            else None
        )
        if batch is None:
            batch = Batch(
                name=name,
                taxonomy_id=taxonomy_id,
                multi_label=bool(b.get("multi_label")),
                source=f"hub:{b.get('taxonomy') or ''}",
            )
            s.add(batch)
            s.flush()
        elif batch.taxonomy_id is None and taxonomy_id is not None:
            batch.taxonomy_id = taxonomy_id
        self.batches[name] = batch.id
        return batch.id

    # -- conversations ------------------------------------------------------------------------

    def conversation(self, c: dict[str, Any], batch_id: int) -> int:
        ext = c["external_id"]
        if ext in self.conversations:
            return self.conversations[ext]
        s = self.s
        cid = s.scalar(select(Conversation.id).where(Conversation.external_id == ext))
        if cid is None:
            conv = Conversation(
                external_id=ext,
                batch_id=batch_id,
                content_hash=c.get("content_hash") or "",
                language=c.get("language") or "und",
                language_confidence=float(c.get("language_confidence") or 0.0),
                source_language=c.get("source_language"),
                meta=c.get("meta") or {},
                n_turns=len(c.get("turns") or []),
            )
            s.add(conv)
            s.flush()
            cid = conv.id
            turns = [
                {
                    "conversation_id": cid,
                    "idx": t["idx"],
                    "speaker": t["speaker"],
                    "text": t["text"],
                    "ts": t.get("ts"),
                    "meta": t.get("meta"),
                }
                for t in c.get("turns") or []
            ]
            if turns:
                s.execute(cast(Table, Turn.__table__).insert(), turns)
        self.conversations[ext] = cid
        return cid

    def known_conversation(self, ext: str) -> int | None:
        return self.s.scalar(select(Conversation.id).where(Conversation.external_id == ext))

    # -- work ---------------------------------------------------------------------------------

    def quiz(self, r: dict[str, Any]) -> None:
        quiz = self.s.get(TrainingQuiz, r["id"])
        if quiz is None:
            quiz = TrainingQuiz(id=r["id"], user_id=self.user_id)
            self.s.add(quiz)
        elif quiz.status != QuizStatus.OPEN and r["status"] == QuizStatus.OPEN.value:
            return  # finished here while offline: the hub will hear of it
        quiz.kind = QuizKind(r["kind"])
        quiz.branches = list(r["branches"])
        quiz.threshold = float(r["threshold"])
        quiz.n_items = int(r["n_items"])
        quiz.pauses_production = bool(r["pauses_production"])
        quiz.status = QuizStatus(r["status"])
        quiz.score = r.get("score")
        quiz.created_at = _time(r.get("created_at")) or utcnow()
        quiz.finished_at = _time(r.get("finished_at"))
        self.s.flush()

    def assignment(self, r: dict[str, Any]) -> str:
        s = self.s
        existing = s.get(Assignment, r["id"])
        if r["status"] == WorkStatus.EXPIRED.value:
            if existing is None:
                return "ignored"
            worked = s.scalar(select(exists().where(Annotation.assignment_id == existing.id)))
            if worked:
                return "kept"
            s.execute(delete(Assignment).where(Assignment.id == existing.id))
            return "dropped"
        batch_id = self.batch(r["batch"])
        conversation_id = self.conversation(r["conversation"], batch_id)
        if existing is None:
            existing = Assignment(
                id=r["id"],
                conversation_id=conversation_id,
                user_id=self.user_id,
                purpose=Purpose(r["purpose"]),
                # The hub's status: work answered on another workstation is not to do here.
                status=WorkStatus(r["status"]),
            )
            s.add(existing)
        existing.position = int(r["position"])
        existing.due_at = _time(r.get("due_at"))
        existing.lease_expires_at = _time(r.get("lease_expires_at"))
        existing.quiz_id = r.get("quiz_id")
        s.flush()
        if r.get("predictions"):
            self._predictions(r["predictions"], conversation_id)
        if r.get("gold"):
            self._gold(r["gold"], conversation_id)
        if r.get("review_item"):
            self._review_item(r["review_item"], conversation_id)
        return "stored"

    def _predictions(self, rows: list[dict[str, Any]], conversation_id: int) -> None:
        """The conversation's model predictions, once (the lead shows them in the blind pass)."""
        s = self.s
        if s.scalar(select(exists().where(Prediction.conversation_id == conversation_id))):
            return
        s.add_all(
            Prediction(
                conversation_id=conversation_id,
                label_key=p["label"],
                turn_idx=p.get("turn"),
                score=p.get("score"),
                model=p.get("model") or "",
            )
            for p in rows
        )
        s.flush()

    def _gold(self, g: dict[str, Any], conversation_id: int) -> None:
        item = self.s.get(GoldItem, g["id"])
        if item is None:
            item = GoldItem(id=g["id"], conversation_id=conversation_id)
            self.s.add(item)
        item.labels = list(g["labels"])
        item.turn_labels = dict(g.get("turn_labels") or {})
        item.explanation = g.get("explanation") or ""
        item.pool = GoldPool(g.get("pool") or GoldPool.TRAINING.value)
        item.source = g.get("source") or "hub"
        self.s.flush()

    def _review_item(self, item: dict[str, Any], conversation_id: int) -> None:
        """A review item and its anonymous slots (annotations under the anonymous user)."""
        s = self.s
        _anonymous(s)
        for slot in item["slots"]:
            ann = s.get(Annotation, slot["annotation_id"])
            if ann is None:
                ann = Annotation(
                    id=slot["annotation_id"],
                    conversation_id=conversation_id,
                    user_id=ANONYMOUS_ID,
                    assignment_id=None,
                    latest_revision=0,
                )
                s.add(ann)
                s.flush()
            if s.get(AnnotationRevision, slot["revision_id"]) is None:
                number = ann.latest_revision + 1
                revision = AnnotationRevision(
                    id=slot["revision_id"],
                    annotation_id=ann.id,
                    number=number,
                    labels=list(slot["labels"]),
                    turn_labels=dict(slot.get("turn_labels") or {}),
                    unsure=bool(slot.get("unsure")),
                    note=slot.get("note") or "",
                )
                s.add(revision)
                ann.latest_revision = number
                ann.answer = answer_category(slot["labels"])
                s.flush()
        row = s.get(ReviewItem, item["id"])
        ids = [slot["annotation_id"] for slot in item["slots"]]
        if row is None:
            s.add(
                ReviewItem(
                    id=item["id"],
                    conversation_id=conversation_id,
                    reason=ReviewReason(item["reason"]),
                    slot_annotation_ids=ids,
                )
            )
        else:
            row.slot_annotation_ids = ids
        s.flush()

    # -- feedback -----------------------------------------------------------------------------

    def gold_feedback(self, r: dict[str, Any]) -> int:
        s = self.s
        revision = s.get(AnnotationRevision, r["revision_id"])
        if revision is None:
            return 0  # made on another workstation: nothing here to attach it to
        conversation_id = self.known_conversation(r["conversation"])
        if conversation_id is None:
            return 0
        self._gold(r["gold"], conversation_id)
        # The hub may file a revision made here under the annotation of another workstation
        # of the same user; the score belongs to the local annotation of that revision.
        annotation_id = revision.annotation_id
        result = s.scalar(select(GoldResult).where(GoldResult.annotation_id == annotation_id))
        if result is None:
            result = GoldResult(
                id=r["id"],
                annotation_id=annotation_id,
                gold_item_id=r["gold"]["id"],
                user_id=self.user_id,
                conversation_id=conversation_id,
            )
            s.add(result)
        result.revision_id = r["revision_id"]
        result.correct = bool(r["correct"])
        result.score = float(r["score"])
        result.created_at = _time(r.get("created_at")) or utcnow()
        s.flush()
        return 1

    def review_feedback(self, r: dict[str, Any]) -> int:
        s = self.s
        if s.get(Annotation, r["annotation_id"]) is None:
            return 0
        conversation_id = self.known_conversation(r["conversation"])
        if conversation_id is None:
            return 0
        _anonymous(s)
        if s.get(ReviewItem, r["review_item_id"]) is None:
            s.add(
                ReviewItem(
                    id=r["review_item_id"],
                    conversation_id=conversation_id,
                    reason=ReviewReason(r["reason"]),
                    slot_annotation_ids=[r["annotation_id"]],
                )
            )
            s.flush()
        if s.get(Review, r["id"]) is None:
            s.add(
                Review(
                    id=r["id"],
                    review_item_id=r["review_item_id"],
                    reviewer_id=ANONYMOUS_ID,
                    labels=list(r["labels"]),
                    turn_labels=dict(r.get("turn_labels") or {}),
                    cause=r.get("cause"),
                    comment=r.get("comment") or "",
                    created_at=_time(r.get("created_at")) or utcnow(),
                )
            )
            s.flush()
            s.add(
                ReviewSlot(
                    review_id=r["id"],
                    slot=r["slot"],
                    annotation_id=r["annotation_id"],
                    verdict=Verdict(r["verdict"]),
                )
            )
            s.flush()
        return 1


def _anonymous(s: Session) -> None:
    """Make the anonymous local user if it is missing."""
    if s.get(User, ANONYMOUS_ID) is None:
        s.add(
            User(
                id=ANONYMOUS_ID,
                name=ANONYMOUS_NAME,
                role=Role.LABELLER,
                languages=[],
                active=False,
            )
        )
        s.flush()
