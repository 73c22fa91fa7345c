"""On the hub: store a chunk of pushed records, idempotently, and derive what follows.

Every record is upserted by its client-made id: a record the hub already has is
acknowledged again and changes nothing, so a chunk sent twice, or chunks out of order, end
with each record stored once. A record the hub can never take (another user's assignment,
an unknown label) is rejected with a reason, and the rest of the chunk is still stored.

After storing answers the hub, never the client, scores gold (the first revision with
labels counts, whatever order revisions arrive in) and looks for disagreements, so new
review items reach reviewers on their next pull.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.audit import canonical_time, entry_hash
from labeldesk.errors import LabelDeskError
from labeldesk.labelling.dto import Profile, status_of
from labeldesk.review.adjudication import detect_many
from labeldesk.review.gold import grade
from labeldesk.review.quiz import advance_quiz
from labeldesk.review.review_records import make_gold
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    CauseCode,
    ClientAudit,
    Conversation,
    GoldItem,
    GoldResult,
    Purpose,
    Review,
    ReviewItem,
    ReviewSlot,
    Taxonomy,
    TaxonomyVersion,
    Verdict,
    WorkStatus,
    answer_category,
    utcnow,
)
from labeldesk.sync.bulk import among, insert_rows
from labeldesk.sync.protocol import (
    AuditRecord,
    DerivedRecord,
    PushRequest,
    ReviewRecord,
    RevisionRecord,
)
from labeldesk.taxonomy.index import LabelIndex
from labeldesk.taxonomy.service import latest_index


@dataclass
class PushOutcome:
    """What became of a chunk: ids acknowledged, and ids rejected with the reason."""

    acked: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    chain_breaks: int = 0

    def reject(self, record_id: str, error: str) -> None:
        """Refuse one record for good."""
        self.rejected.append((record_id, error))


def apply_push(s: Session, user: Profile, request: PushRequest) -> PushOutcome:
    """Store a chunk for ``user`` in the caller's transaction; what was taken and refused."""
    out = PushOutcome()
    revisions = [r for r in request.records if isinstance(r, RevisionRecord)]
    reviews = [r for r in request.records if isinstance(r, ReviewRecord)]
    audits = [r for r in request.records if isinstance(r, AuditRecord)]
    if revisions:
        _Revisions(s, user, out).apply(revisions)
    for review in reviews:
        _apply_review(s, user, review, out)
    if audits:
        _apply_audit(s, user, request.client_id, audits, out)
    out.acked.extend(r.id for r in request.records if isinstance(r, DerivedRecord))
    return out


# -- annotation revisions ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    """An assignment a revision is for, with what the checks need."""

    user_id: str
    conversation_id: int
    external_id: str
    purpose: Purpose
    taxonomy_id: int | None


class _Revisions:
    """Stores a chunk's annotation revisions in a few bulk statements."""

    def __init__(self, s: Session, user: Profile, out: PushOutcome) -> None:
        self.s, self.user, self.out = s, user, out
        self.chunk_work: dict[str, str] = {}  # annotation id -> assignment id, in this chunk
        self.indexes: dict[int, LabelIndex] = {}
        self.latest_indexes: dict[int, LabelIndex] = {}  # by taxonomy, read once per chunk

    def apply(self, records: Sequence[RevisionRecord]) -> None:
        s = self.s
        ids = [r.id for r in records]
        stored = set(
            s.scalars(select(AnnotationRevision.id).where(among(AnnotationRevision.id, ids)))
        )
        self.out.acked.extend(i for i in dict.fromkeys(ids) if i in stored)
        fresh = list({r.id: r for r in records if r.id not in stored}.values())
        if not fresh:
            return
        targets = self._targets({r.data.assignment_id for r in fresh})
        annotations = self._annotations(fresh, targets)
        fresh = [self._onto_existing(r, annotations) for r in fresh]
        versions = self._versions(fresh)
        accepted = [r for r in fresh if self._check(r, targets, annotations)]
        if not accepted:
            return
        numbers = self._numbers({r.data.annotation_id for r in accepted})
        before = {ann: max(taken) for ann, taken in numbers.items() if taken}
        rows: list[dict[str, Any]] = []
        tops: dict[str, tuple[dict[str, Any], str]] = {}
        for r in sorted(accepted, key=lambda r: (r.data.annotation_id, r.data.number)):
            taken = numbers[r.data.annotation_id]
            number = r.data.number if r.data.number not in taken else max(taken) + 1
            taken.add(number)  # a revision made after another client's: a new revision
            rows.append(_revision_row(r, number, versions))
            top = tops.get(r.data.annotation_id)
            if top is None or number > top[0]["number"]:
                tops[r.data.annotation_id] = (rows[-1], r.data.assignment_id)
        # The annotations whose answer is now one of these revisions (a late, older one is not).
        latest = {a: t for a, t in tops.items() if t[0]["number"] > before.get(a, 0)}
        new_annotations = self._new_annotations(accepted, targets, annotations, latest)
        insert_rows(s, Annotation, new_annotations)
        insert_rows(s, AnnotationRevision, rows)
        self._latest(latest, {a["id"] for a in new_annotations})
        self.out.acked.extend(r.id for r in accepted)
        self._derive(accepted, targets)

    def _targets(self, assignment_ids: set[str]) -> dict[str, _Target]:
        """The assignments by id, each with its conversation and its work's taxonomy.

        Three indexed lookups rather than one join: joined, PostgreSQL scans the whole
        conversation table for every chunk.
        """
        rows = self.s.execute(
            select(
                Assignment.id,
                Assignment.user_id,
                Assignment.conversation_id,
                Assignment.purpose,
                Assignment.batch_id,
            ).where(among(Assignment.id, assignment_ids))
        ).all()
        conversations = {
            cid: (ext, batch)
            for cid, ext, batch in self.s.execute(
                select(Conversation.id, Conversation.external_id, Conversation.batch_id).where(
                    among(Conversation.id, {r.conversation_id for r in rows})
                )
            )
        }
        taxonomies = {b: t for b, t in self.s.execute(select(Batch.id, Batch.taxonomy_id))}
        targets = {}
        for aid, uid, cid, purpose, batch_id in rows:
            external_id, conversation_batch = conversations[cid]
            taxonomy = taxonomies.get(batch_id or conversation_batch)
            targets[aid] = _Target(uid, cid, external_id, Purpose(purpose), taxonomy)
        return targets

    def _annotations(
        self, records: Sequence[RevisionRecord], targets: dict[str, _Target]
    ) -> dict[str, tuple[str, str | None]]:
        """Existing annotations by id, and by assignment: (user, assignment) / annotation id.

        An assignment's annotations are found through its conversation (indexed; the
        annotation's assignment column is not).
        """
        ann_ids = {r.data.annotation_id for r in records}
        conv_ids = {t.conversation_id for t in targets.values()}
        found: dict[str, tuple[str, str | None]] = {}
        for aid, uid, asg in self.s.execute(
            select(Annotation.id, Annotation.user_id, Annotation.assignment_id).where(
                among(Annotation.id, ann_ids) | among(Annotation.conversation_id, conv_ids)
            )
        ):
            found[aid] = (uid, asg)
            if asg is not None:
                found["asg:" + asg] = (aid, asg)
        return found

    def _onto_existing(
        self, r: RevisionRecord, annotations: dict[str, tuple[str, str | None]]
    ) -> RevisionRecord:
        """A revision the user made on another workstation, for work they already answered
        here under another annotation id, as a new revision of that annotation (never a
        conflict that loses it)."""
        d = r.data
        have = annotations.get("asg:" + d.assignment_id)
        if have is None or have[0] == d.annotation_id or d.annotation_id in annotations:
            return r
        if annotations[have[0]][0] != self.user.id:
            return r
        return r.model_copy(update={"data": d.model_copy(update={"annotation_id": have[0]})})

    def _versions(self, records: Sequence[RevisionRecord]) -> dict[tuple[str, int], int]:
        names = {r.data.taxonomy for r in records if r.data.taxonomy}
        if not names:
            return {}
        rows = self.s.execute(
            select(Taxonomy.name, TaxonomyVersion.number, TaxonomyVersion.id)
            .join(TaxonomyVersion, TaxonomyVersion.taxonomy_id == Taxonomy.id)
            .where(Taxonomy.name.in_(names))
        )
        return {(name, number): vid for name, number, vid in rows}

    def _check(
        self,
        r: RevisionRecord,
        targets: dict[str, _Target],
        annotations: dict[str, tuple[str, str | None]],
    ) -> bool:
        d = r.data
        target = targets.get(d.assignment_id)
        problem = None
        if target is None:
            problem = f"no assignment {d.assignment_id} on this hub"
        elif target.user_id != self.user.id:
            problem = f"assignment {d.assignment_id} belongs to another user"
        elif target.external_id != d.conversation:
            problem = f"assignment {d.assignment_id} is for another conversation"
        elif target.purpose == Purpose.REVIEW:
            problem = "a review assignment takes a review, not an annotation"
        elif d.annotation_id in annotations and annotations[d.annotation_id] != (
            self.user.id,
            d.assignment_id,
        ):
            problem = f"annotation {d.annotation_id} belongs to other work"
        elif annotations.get("asg:" + d.assignment_id, (d.annotation_id,))[0] != d.annotation_id:
            problem = f"assignment {d.assignment_id} already has another annotation"
        elif self.chunk_work.setdefault(d.annotation_id, d.assignment_id) != d.assignment_id:
            problem = f"annotation {d.annotation_id} is sent for two assignments"
        else:
            problem = self._unknown_label(d.labels, d.turn_labels, target)
        if problem is not None:
            self.out.reject(r.id, problem)
            return False
        return True

    def _unknown_label(
        self, labels: Sequence[str], turns: dict[str, list[str]], target: _Target
    ) -> str | None:
        """A problem if a key is not a label of the batch's taxonomy (deprecated ones count:
        an answer made offline before a deprecation is kept)."""
        if target.taxonomy_id is None:
            return None
        index = self.latest_indexes.get(target.taxonomy_id)
        if index is None:
            index = latest_index(self.s, target.taxonomy_id, self.indexes)
            self.latest_indexes[target.taxonomy_id] = index
        for key in [*labels, *(k for keys in turns.values() for k in keys)]:
            if key not in index:
                return f"{key!r} is not a label of {index.taxonomy}"
        for turn in turns:
            if not turn.isdigit():
                return f"turn labels: {turn!r} is not a turn index"
        return None

    def _new_annotations(
        self,
        records: Sequence[RevisionRecord],
        targets: dict[str, _Target],
        annotations: dict[str, tuple[str, str | None]],
        latest: dict[str, tuple[dict[str, Any], str]],
    ) -> list[dict[str, Any]]:
        """Rows of the annotations the chunk starts, each with its latest answer already."""
        rows: dict[str, dict[str, Any]] = {}
        for r in records:
            d = r.data
            if d.annotation_id in annotations or d.annotation_id in rows:
                continue
            rows[d.annotation_id] = {
                "id": d.annotation_id,
                "conversation_id": targets[d.assignment_id].conversation_id,
                "user_id": self.user.id,
                "assignment_id": d.assignment_id,
                "created_at": d.created_at,
                **_answer_columns(latest[d.annotation_id][0]),
            }
        return list(rows.values())

    def _numbers(self, annotation_ids: set[str]) -> dict[str, set[int]]:
        taken: dict[str, set[int]] = defaultdict(set)
        for ann, number in self.s.execute(
            select(AnnotationRevision.annotation_id, AnnotationRevision.number).where(
                among(AnnotationRevision.annotation_id, annotation_ids)
            )
        ):
            taken[ann].add(number)
        return taken

    def _latest(self, latest: dict[str, tuple[dict[str, Any], str]], new: set[str]) -> None:
        """Copy each annotation's new latest revision onto it (new annotations have it
        already), and the status onto its work, in a few bulk statements."""
        table = cast(Table, Annotation.__table__)
        changed = [
            {"ann_id": ann, **_answer_columns(row)}
            for ann, (row, _asg) in latest.items()
            if ann not in new
        ]
        if changed:
            self.s.execute(
                update(table)
                .where(table.c.id == bindparam("ann_id"))
                .values({k: bindparam(k) for k in changed[0] if k != "ann_id"}),
                changed,
            )
        by_status: dict[WorkStatus, list[str]] = defaultdict(list)
        for row, asg in latest.values():
            by_status[status_of(row["labels"], bool(row["unsure"]), row["skip_reason"])].append(asg)
        now = utcnow()
        for status, asg_ids in by_status.items():
            self.s.execute(
                update(Assignment)
                .where(among(Assignment.id, asg_ids))
                .values(status=status, status_at=now),
                execution_options={"synchronize_session": False},
            )

    def _derive(self, records: Sequence[RevisionRecord], targets: dict[str, _Target]) -> None:
        """Score gold answers and look for disagreements among the conversations touched."""
        conv_ids = {targets[r.data.assignment_id].conversation_id for r in records}
        gold = {
            g.conversation_id: g
            for g in self.s.scalars(
                select(GoldItem).where(among(GoldItem.conversation_id, conv_ids))
            )
        }
        scored = {
            r.data.annotation_id: r.data.assignment_id
            for r in records
            if targets[r.data.assignment_id].conversation_id in gold
        }
        for annotation_id, assignment_id in scored.items():
            target = targets[assignment_id]
            _score_first_answer(self.s, annotation_id, gold[target.conversation_id], target)
            if target.purpose == Purpose.TRAINING:
                advance_quiz(self.s, assignment_id)
        label_convs = sorted(
            {
                targets[r.data.assignment_id].conversation_id
                for r in records
                if targets[r.data.assignment_id].purpose == Purpose.LABEL
            }
        )
        overlap = _overlap(self.s, label_convs) if label_convs else []
        if overlap:  # only work given to 2+ labellers can disagree
            lock_conversations(self.s, overlap)
            detect_many(self.s, overlap)


def _answer_columns(row: dict[str, Any]) -> dict[str, Any]:
    """An annotation's latest-answer columns, from its latest revision's row."""
    return {
        "latest_revision": row["number"],
        "answer": answer_category(row["labels"]),
        "skipped": row["skip_reason"] is not None,
        "unsure": bool(row["unsure"]),
        "active_seconds": float(row["active_seconds"] or 0.0),
        "answered_at": row["created_at"],
    }


def _overlap(s: Session, conversation_ids: Sequence[int]) -> list[int]:
    """The conversations among these with label work for two or more labellers, in order."""
    return sorted(
        s.scalars(
            select(Assignment.conversation_id)
            .where(
                among(Assignment.conversation_id, conversation_ids),
                Assignment.purpose == Purpose.LABEL,
            )
            .group_by(Assignment.conversation_id)
            .having(func.count() >= 2)
        )
    )


#: The advisory lock space for conversations being checked for disagreement (PostgreSQL).
_DETECT_LOCKS = 0x1ABE


def lock_conversations(s: Session, conversation_ids: Sequence[int]) -> None:
    """Serialise disagreement checks per conversation until this transaction ends.

    Two labellers' answers to one overlap item can arrive in two concurrent pushes; without
    the lock, neither transaction would see the other's uncommitted answer and the
    disagreement would be missed. The second waits here for the first to commit, then sees
    both. Locks are taken in id order, so two pushes never deadlock. (SQLite has one writer
    at a time and needs none.)
    """
    if s.get_bind().dialect.name != "postgresql":
        return
    # One statement: unnest yields the sorted array in order, so locks are taken in order.
    s.execute(
        text("SELECT pg_advisory_xact_lock(:space, id) FROM unnest(CAST(:ids AS integer[])) AS id"),
        {"space": _DETECT_LOCKS, "ids": sorted(set(conversation_ids))},
    )


def _revision_row(
    r: RevisionRecord, number: int, versions: dict[tuple[str, int], int]
) -> dict[str, Any]:
    d = r.data
    version = None
    if d.taxonomy and d.taxonomy_version:
        version = versions.get((d.taxonomy, d.taxonomy_version))
    return {
        "id": r.id,
        "annotation_id": d.annotation_id,
        "number": number,
        "labels": list(d.labels),
        "turn_labels": {k: list(v) for k, v in d.turn_labels.items()},
        "unsure": d.unsure,
        "skip_reason": d.skip_reason,
        "note": d.note,
        "active_seconds": round(d.active_seconds, 3),
        "taxonomy_version_id": version,
        "created_at": d.created_at,
    }


def _score_first_answer(s: Session, annotation_id: str, gold: GoldItem, target: _Target) -> None:
    """Score the annotation's first revision with labels against the gold item, once.

    Revisions may arrive in any order; if an earlier one arrives after a later one was
    scored, the score moves to the earlier one (the blind first answer counts).
    """
    first = s.scalars(
        select(AnnotationRevision)
        .where(AnnotationRevision.annotation_id == annotation_id)
        .order_by(AnnotationRevision.number)
    )
    revision = next((r for r in first if r.labels), None)
    if revision is None:
        return
    correct, score = grade(
        revision.labels, revision.turn_labels or {}, gold.labels, gold.turn_labels or {}
    )
    existing = s.scalar(select(GoldResult).where(GoldResult.annotation_id == annotation_id))
    if existing is not None:
        if existing.revision_id != revision.id:
            existing.revision_id = revision.id
            existing.correct, existing.score = correct, round(score, 6)
            existing.sync_seq = None  # the labeller's client hears of the change
        return
    s.add(
        GoldResult(
            annotation_id=annotation_id,
            revision_id=revision.id,
            gold_item_id=gold.id,
            user_id=target.user_id,
            conversation_id=target.conversation_id,
            correct=correct,
            score=round(score, 6),
        )
    )
    s.flush()


# -- reviews ------------------------------------------------------------------------------------


def _apply_review(s: Session, user: Profile, r: ReviewRecord, out: PushOutcome) -> None:
    """Store one review, with its slot verdicts, and promote it to gold if asked.

    A review stored before is only promoted (a reviewer may promote an item after syncing
    its review). A record the hub cannot take is rejected with the reason, never a 500.
    """
    d = r.data
    stored = s.get(Review, r.id)
    if stored is not None:
        if d.promoted_to_gold and not stored.promoted_to_gold and stored.reviewer_id == user.id:
            item = s.get(ReviewItem, stored.review_item_id)
            problem = None if item is None else _promote(s, item, stored, d.explanation, user)
            if problem is not None:
                out.reject(r.id, problem)
                return
            stored.promoted_to_gold = True
        out.acked.append(r.id)
        return
    item = s.get(ReviewItem, d.review_item_id)
    if item is None:
        out.reject(r.id, f"no review item {d.review_item_id} on this hub")
        return
    problem = _unknown_review_label(s, item, d.labels, d.turn_labels)
    if problem is not None:
        out.reject(r.id, problem)
        return
    assignment = s.scalar(
        select(Assignment).where(
            Assignment.conversation_id == item.conversation_id,
            Assignment.user_id == user.id,
            Assignment.purpose == Purpose.REVIEW,
        )
    )
    if assignment is None:
        out.reject(r.id, f"review item {item.id} is not assigned to you")
        return
    slots = {v.slot: v for v in d.slots}
    expected = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", item.slot_annotation_ids, strict=False))
    if {k: v.annotation_id for k, v in slots.items()} != expected:
        out.reject(r.id, f"the slots of review item {item.id} do not match the hub's")
        return
    review = Review(
        id=r.id,
        review_item_id=item.id,
        reviewer_id=user.id,
        labels=list(d.labels),
        turn_labels={k: list(v) for k, v in d.turn_labels.items()},
        cause=None if d.cause is None else CauseCode(d.cause),
        comment=d.comment,
        promoted_to_gold=d.promoted_to_gold,
        active_seconds=round(d.active_seconds, 3),
        created_at=d.created_at,
    )
    s.add(review)
    s.flush()
    s.add_all(
        ReviewSlot(
            review_id=review.id,
            slot=slot,
            annotation_id=v.annotation_id,
            verdict=Verdict(v.verdict),
        )
        for slot, v in sorted(slots.items())
    )
    assignment.status, assignment.status_at = WorkStatus.DONE, utcnow()
    if d.promoted_to_gold:
        savepoint = s.begin_nested()  # a refused promotion keeps the review, unpromoted
        if _promote(s, item, review, d.explanation or d.comment, user) is None:
            savepoint.commit()
        else:
            savepoint.rollback()
            review.promoted_to_gold = False
    audit.record(
        s,
        "review.receive",
        entity="review",
        entity_id=review.id,
        payload={"review_item_id": item.id, "promoted_to_gold": d.promoted_to_gold},
        user_id=user.id,
    )
    s.flush()
    out.acked.append(r.id)


def _promote(
    s: Session, item: ReviewItem, review: Review, explanation: str, user: Profile
) -> str | None:
    """Make the reviewed conversation gold; why not, if that is refused."""
    if s.scalar(select(GoldItem.id).where(GoldItem.conversation_id == item.conversation_id)):
        return None  # gold already
    try:
        make_gold(s, item.conversation_id, review, explanation, user)
    except LabelDeskError as exc:
        return f"promotion to gold refused: {exc}"
    return None


def _unknown_review_label(
    s: Session, item: ReviewItem, labels: Sequence[str], turns: dict[str, list[str]]
) -> str | None:
    """A problem if a final label is not a label of the item's taxonomy."""
    taxonomy_id = s.scalar(
        select(Batch.taxonomy_id)
        .join(Conversation, Conversation.batch_id == Batch.id)
        .where(Conversation.id == item.conversation_id)
    )
    if taxonomy_id is None:
        return None
    index = latest_index(s, taxonomy_id, {})
    for key in [*labels, *(k for keys in turns.values() for k in keys)]:
        if key not in index:
            return f"final label {key!r} is not a label of {index.taxonomy}"
    return None


# -- audit chains ---------------------------------------------------------------------------------


def _apply_audit(
    s: Session,
    user: Profile,
    client_id: str,
    records: Sequence[AuditRecord],
    out: PushOutcome,
) -> None:
    """Store a client's audit entries and check its hash chain; flag every break.

    New entries go in with one bulk insert; only an entry already on the hub whose link
    to the one before waited for this chunk is updated.
    """
    ids = [r.id for r in records]
    stored = set(s.scalars(select(ClientAudit.id).where(among(ClientAudit.id, ids))))
    seqs = {r.data.seq for r in records} | {r.data.seq - 1 for r in records}
    seqs |= {r.data.seq + 1 for r in records}
    known = {
        row.seq: row
        for row in s.scalars(
            select(ClientAudit).where(
                ClientAudit.client_id == client_id, among(ClientAudit.seq, seqs)
            )
        )
    }
    hashes = {seq: row.hash for seq, row in known.items()}  # by seq: on the hub or in the chunk
    rows: dict[str, dict[str, Any]] = {}
    for r in sorted(records, key=lambda r: r.data.seq):
        d = r.data
        # (A concurrent copy of the chunk may have committed between the two reads above.)
        same = d.seq in known and known[d.seq].id == r.id
        if r.id in stored or r.id in rows or same:
            out.acked.append(r.id)
            continue
        if d.seq in hashes:
            problem = f"entry {d.seq} of workstation {client_id} was already received as another"
            out.reject(r.id, problem)
            _flag(s, client_id, d.seq, problem, user)
            out.chain_breaks += 1
            continue
        row: dict[str, Any] = {
            "id": r.id,
            "client_id": client_id,
            "seq": d.seq,
            "uploaded_by": user.id,
            "at": d.at,
            "user_id": d.user_id,
            "action": d.action,
            "entity": d.entity,
            "entity_id": d.entity_id,
            "payload": dict(d.payload),
            "prev_hash": d.prev_hash,
            "hash": d.hash,
        }
        row["chain_ok"], row["problem"] = _check_link(row, hashes.get(d.seq - 1))
        after = known.get(d.seq + 1)
        if after is not None and after.chain_ok is None:
            ok = after.prev_hash == d.hash
            after.chain_ok = ok and after.problem is None
            if not ok:
                after.problem = "its previous hash does not match the entry before it"
                _flag(s, client_id, after.seq, after.problem, user)
                out.chain_breaks += 1
        if row["chain_ok"] is False:
            _flag(s, client_id, d.seq, row["problem"] or "", user)
            out.chain_breaks += 1
        rows[r.id] = row
        hashes[d.seq] = d.hash
        out.acked.append(r.id)
    insert_rows(s, ClientAudit, list(rows.values()))
    s.flush()


def _check_link(row: dict[str, Any], before_hash: str | None) -> tuple[bool | None, str | None]:
    """(chain_ok, problem) of an entry (a client_audit row): its own hash, and the link to
    the entry before it (whose hash is ``before_hash``, None if the hub has not got it)."""
    at = row["at"]
    at = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
    prev_hash = row["prev_hash"]
    expected = entry_hash(prev_hash, row["id"], canonical_time(at), row["action"], row["payload"])
    if expected != row["hash"]:
        return False, "the entry's hash does not match its content (edited after it was made)"
    if row["seq"] == 1:
        return (
            prev_hash == "",
            None if prev_hash == "" else "the first entry has a parent",
        )
    if before_hash is None:
        return None, None  # checked when the entry before it arrives
    if before_hash != prev_hash:
        return False, "its previous hash does not match the entry before it"
    return True, None


def _flag(s: Session, client_id: str, seq: int, problem: str, user: Profile) -> None:
    """Record a chain break in the hub's own audit log, for the lead."""
    audit.record(
        s,
        "audit.chain_break",
        entity="client_audit",
        entity_id=f"{client_id}:{seq}",
        payload={"client_id": client_id, "seq": seq, "problem": problem},
        user_id=user.id,
    )


def chain_breaks(s: Session) -> list[dict[str, Any]]:
    """Every flagged break in the uploaded audit chains, for a lead's status page."""
    return [
        {"client_id": c, "seq": q, "problem": p, "uploaded_by": u}
        for c, q, p, u in s.execute(
            select(
                ClientAudit.client_id, ClientAudit.seq, ClientAudit.problem, ClientAudit.uploaded_by
            )
            .where(ClientAudit.chain_ok.is_(False))
            .order_by(ClientAudit.client_id, ClientAudit.seq)
        )
    ]
