"""Adjudication: the review queue, the blind review of disagreements, and promotion to gold.

Disagreements are found as labellers save (:func:`detect_disagreement`, a save hook run in
the labeller's commit) or for a whole batch (:meth:`ReviewService.detect`); see
:mod:`labeldesk.review.detection` for the rules. A reviewer then works a queue of review
assignments: :meth:`ReviewService.open` shows the conversation and the answers as anonymous
slots A, B, ... in the item's shuffled order, with no annotation id, user, time, revision
number or submission order; :meth:`ReviewService.submit` stores the final labels, a verdict
per slot and the cause, in one transaction. A changed review is a new review row (the
latest wins).

Each slot shows its labeller's latest revision at the time the review is opened: a labeller
who revises after the item went to review changes what the reviewer sees, but the item, its
slots and its routing stay as they are (a conversation never gets a second review item).
Who answered in which slot is only given to leads (:meth:`ReviewService.slot_identities`),
for reports and exports.

Promotion to gold writes the gold item through :func:`labeldesk.review.gold.store_gold` in
the same transaction. Promoting an item reviewed earlier (:meth:`ReviewService.promote`)
sets ``promoted_to_gold`` on its latest review row (the adjudication itself is unchanged,
so no new review row is made) and records who promoted it in the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from labeldesk import audit
from labeldesk.labelling.dto import Profile, SaveEvent
from labeldesk.labelling.service import conversation_view
from labeldesk.review import detection, review_queue
from labeldesk.review.dto import (
    SLOT_NAMES,
    DetectResult,
    Promotion,
    ReasonStatus,
    ReviewAnswer,
    ReviewCounts,
    ReviewFilter,
    ReviewRow,
    ReviewSaved,
    ReviewStatus,
    ReviewTask,
    SlotIdentity,
)
from labeldesk.review.review_checks import (
    MAX_COMMENT_CHARS,
    AdjudicationError,
    check_labels,
    check_text,
    check_verdicts,
    parse_cause,
)
from labeldesk.review.review_records import (
    latest_review,
    make_gold,
    previous_answer,
    record_review,
    slot_views,
    slots_of,
    write_review,
)
from labeldesk.storage.db import Database
from labeldesk.storage.models import (
    Annotation,
    Assignment,
    Batch,
    Conversation,
    GoldItem,
    Purpose,
    Review,
    ReviewItem,
    ReviewReason,
    Role,
    User,
    Verdict,
    WorkStatus,
    utcnow,
)
from labeldesk.taxonomy.index import LabelIndex

__all__ = [
    "MAX_COMMENT_CHARS",
    "AdjudicationError",
    "ReviewService",
    "detect_disagreement",
    "detect_many",
]


def detect_disagreement(session: Session, event: SaveEvent) -> None:
    """Save hook: once every overlap labeller has answered, queue the item if they differ.

    Runs in the labeller's transaction (see ``LabellingService(hooks=...)``) with the
    workspace's ``disagreement_mode`` and ``audit_share`` and audit seed 0; a new review
    item is routed to a reviewer at once.
    """
    if event.purpose != Purpose.LABEL:
        return
    detect_many(session, [event.conversation_id])


def detect_many(session: Session, conversation_ids: Sequence[int]) -> int:
    """Queue each of the conversations whose overlap answers are all in and differ.

    The hub calls this for every conversation a pushed chunk touched, in the chunk's
    transaction. Returns how many review items were created.
    """
    mode, share = detection.read_settings(session)
    detector = detection.Detector(
        session, mode if mode in detection.MODES else detection.DEFAULT_MODE, share
    )
    detector.check(conversation_ids)
    for item in detector.created:
        audit.record(
            session,
            "review_item.create",
            entity="review_item",
            entity_id=item.id,
            payload={"conversation_id": item.conversation_id, "reason": item.reason.value},
        )
    return len(detector.created)


class ReviewService:
    """Detect disagreements, serve a reviewer's queue, store reviews, promote to gold.

    Parameters
    ----------
    db
        The open workspace database; each method is one unit of work.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._indexes: dict[int, LabelIndex] = {}  # label indexes, per taxonomy version

    # -- detection ------------------------------------------------------------------------

    def detect(
        self,
        batch: str | None = None,
        *,
        mode: str | None = None,
        audit_share: float | None = None,
        seed: int = 0,
    ) -> DetectResult:
        """Check every conversation (of ``batch``, or all) answered by several labellers.

        ``mode`` and ``audit_share`` default to the workspace settings. Running it again
        creates nothing new for the same seed; review items that found no reviewer before
        are routed again.

        Raises
        ------
        AdjudicationError
            If the batch is unknown, the mode is not "exact" or "leaf", or the audit share is
            outside 0 to 1.
        """
        with self._db.sessions.begin() as s:
            batch_id = _batch_id(s, batch)
            stored_mode, stored_share = detection.read_settings(s)
            try:
                detector = detection.Detector(
                    s,
                    mode or stored_mode,
                    stored_share if audit_share is None else audit_share,
                    seed,
                )
            except ValueError as exc:
                raise AdjudicationError(str(exc)) from None
            _run(s, detector, batch_id)
            result = DetectResult(
                mode=detector.mode,
                audit_share=detector.audit_share,
                seed=seed,
                **detector.counts,
            )
            audit.record(
                s,
                "review.detect",
                entity="batch",
                entity_id=batch or "",
                payload=asdict(result),
            )
            return result

    def status(self, batch: str | None = None) -> ReviewStatus:
        """Review items by reason (reviewed or waiting), and those with no reviewer."""
        with self._db.sessions() as s:
            batch_id = _batch_id(s, batch)
            reviewed = select(Review.review_item_id).distinct()
            query = (
                select(ReviewItem.reason, ReviewItem.id.in_(reviewed), func.count())
                .join(Conversation, Conversation.id == ReviewItem.conversation_id)
                .group_by(ReviewItem.reason, ReviewItem.id.in_(reviewed))
            )
            if batch_id is not None:
                query = query.where(Conversation.batch_id == batch_id)
            counts = {(ReviewReason(r), bool(done)): n for r, done, n in s.execute(query)}
            unrouted = len(detection.unrouted_items(s, batch_id))
        by_reason = {}
        for reason in ReviewReason:
            done, pending = counts.get((reason, True), 0), counts.get((reason, False), 0)
            by_reason[reason.value] = ReasonStatus(done + pending, done, pending)
        return ReviewStatus(batch, by_reason, unrouted)

    # -- the reviewer's queue -------------------------------------------------------------

    def page(
        self,
        profile: Profile,
        flt: ReviewFilter = ReviewFilter(),  # noqa: B008 - frozen dataclass
        *,
        after: tuple[int, str] | None = None,
        limit: int = 200,
    ) -> list[ReviewRow]:
        """Up to ``limit`` rows of the reviewer's queue after key ``after`` (None: the top)."""
        with self._db.sessions() as s:
            query = review_queue.page_query(profile, flt, after, limit)
            return [review_queue.to_row(r) for r in s.execute(query)]

    def count(self, profile: Profile, flt: ReviewFilter = ReviewFilter()) -> int:  # noqa: B008
        """How many rows the reviewer's queue has with filter ``flt``."""
        with self._db.sessions() as s:
            return int(s.scalar(review_queue.count_query(profile, flt)) or 0)

    def counts(self, profile: Profile, *, now: dt.datetime | None = None) -> ReviewCounts:
        """The reviewer's progress: review assignments by status, and done today."""
        with self._db.sessions() as s:
            return review_queue.read_counts(s, profile, now)

    def row(self, profile: Profile, assignment_id: str) -> ReviewRow | None:
        """The queue row of one review assignment, or None if it is not the reviewer's."""
        with self._db.sessions() as s:
            found = s.execute(review_queue.row_query(profile, assignment_id)).first()
        return None if found is None else review_queue.to_row(found)

    def batches(self, profile: Profile) -> list[str]:
        """Names of the batches in the reviewer's queue."""
        with self._db.sessions() as s:
            return list(s.scalars(review_queue.choices_query(profile, Batch.name)))

    def languages(self, profile: Profile) -> list[str]:
        """Language codes in the reviewer's queue."""
        with self._db.sessions() as s:
            return list(s.scalars(review_queue.choices_query(profile, Conversation.language)))

    # -- reviewing ------------------------------------------------------------------------

    def open(self, profile: Profile, assignment_id: str) -> ReviewTask:
        """A review assignment: the conversation, the blind slots, the reviewer's last review."""
        with self._db.sessions() as s:
            assignment = _own_review(s, profile, assignment_id)
            item = _item(s, assignment.conversation_id)
            view = conversation_view(s, assignment)
            return ReviewTask(
                assignment_id=assignment.id,
                review_item_id=item.id,
                reason=ReviewReason(item.reason),
                status=WorkStatus(assignment.status),
                conversation=view,
                taxonomy=view.taxonomy,
                slots=slot_views(s, item.slot_annotation_ids),
                previous=previous_answer(s, item.id, profile.id),
                gold=_is_gold(s, item.conversation_id),
            )

    def submit(
        self,
        profile: Profile,
        assignment_id: str,
        answer: ReviewAnswer,
        *,
        active_seconds: float = 0.0,
    ) -> ReviewSaved:
        """Store a review: final labels, a verdict per slot, the cause; mark the item done.

        With ``promote_to_gold`` the conversation also becomes a gold item with the final
        labels and the explanation. Everything is one transaction.

        Raises
        ------
        AdjudicationError
            If a final label is unknown, deprecated, a category where only leaves count, or
            one too many; a slot has no verdict (or an unknown slot has one); a slot is
            incorrect and no cause is given; promotion has no explanation or the item is
            already gold; or the assignment is not the reviewer's. Nothing is saved then.
        """
        if not answer.labels:
            raise AdjudicationError("choose the final label(s): accept a slot or pick them")
        check_text("comment", answer.comment)
        check_text("explanation", answer.explanation)
        if answer.promote_to_gold and not answer.explanation.strip():
            raise AdjudicationError("promoting to gold needs an explanation for the labellers")
        cause = None if answer.cause is None else parse_cause(answer.cause)
        with self._db.sessions.begin() as s:
            assignment = _own_review(s, profile, assignment_id)
            item = _item(s, assignment.conversation_id)
            slots = dict(zip(SLOT_NAMES, item.slot_annotation_ids, strict=False))
            verdicts = check_verdicts(answer.verdicts, list(slots))
            if cause is None and Verdict.INCORRECT in verdicts.values():
                raise AdjudicationError("a slot is marked incorrect: choose the reason")
            check_labels(s, item.conversation_id, answer.labels, answer.turn_labels, self._indexes)
            review = write_review(
                s,
                item.id,
                profile.id,
                answer,
                cause=cause,
                slots=slots,
                verdicts=verdicts,
                active_seconds=active_seconds,
            )
            gold_id = None
            if answer.promote_to_gold:
                gold_id = make_gold(s, item.conversation_id, review, answer.explanation, profile)
            _set_done(assignment)
            record_review(s, "review.submit", review, profile.id, slots=slots, verdicts=verdicts)
            return ReviewSaved(assignment.id, item.id, review.id, WorkStatus.DONE, gold_id)

    def promote(self, profile: Profile, review_item_id: str, explanation: str) -> Promotion:
        """Make an already reviewed item a gold item, with its latest review's labels.

        Leads may promote any reviewed item; a reviewer, items whose latest review is theirs.

        Raises
        ------
        AdjudicationError
            If the profile is a labeller, the item is unknown or not reviewed yet (or was
            last reviewed by another reviewer), the explanation is empty, or the conversation
            is already a gold item.
        """
        if profile.role not in (Role.REVIEWER, Role.LEAD):
            raise AdjudicationError("only reviewers and leads can promote an item to gold")
        if not explanation.strip():
            raise AdjudicationError("promoting to gold needs an explanation for the labellers")
        check_text("explanation", explanation)
        with self._db.sessions.begin() as s:
            item = s.get(ReviewItem, review_item_id)
            if item is None:
                raise AdjudicationError(f"no review item {review_item_id!r}")
            review = latest_review(s, item.id)
            if review is None:
                raise AdjudicationError("this item is not reviewed yet: review it first")
            if profile.role == Role.REVIEWER and review.reviewer_id != profile.id:
                raise AdjudicationError("another reviewer reviewed this item last; ask a lead")
            gold_id = make_gold(s, item.conversation_id, review, explanation, profile)
            review.promoted_to_gold = True
            slots, verdicts = slots_of(s, review.id)
            record_review(s, "review.promote", review, profile.id, slots=slots, verdicts=verdicts)
            external_id = s.scalar(
                select(Conversation.external_id).where(Conversation.id == item.conversation_id)
            )
            return Promotion(item.id, review.id, gold_id, str(external_id))

    # -- leads only -----------------------------------------------------------------------

    def slot_identities(self, profile: Profile, review_item_id: str) -> dict[str, SlotIdentity]:
        """Who answered in each slot of an item (for leads' reports and exports only).

        Raises
        ------
        AdjudicationError
            If the profile is not a lead, or there is no such item.
        """
        if profile.role != Role.LEAD:
            raise AdjudicationError("only leads can see who answered in which slot")
        with self._db.sessions() as s:
            item = s.get(ReviewItem, review_item_id)
            if item is None:
                raise AdjudicationError(f"no review item {review_item_id!r}")
            people = {
                ann: (uid, name, pseudonym)
                for ann, uid, name, pseudonym in s.execute(
                    select(Annotation.id, User.id, User.name, User.pseudonym)
                    .join(User, User.id == Annotation.user_id)
                    .where(Annotation.id.in_(item.slot_annotation_ids))
                )
            }
        return {
            slot: SlotIdentity(slot, ann, *people[ann])
            for slot, ann in zip(SLOT_NAMES, item.slot_annotation_ids, strict=False)
        }

    def item_id(self, ref: str) -> str:
        """The id of the review item ``ref`` names: its id, or its conversation's external id.

        Raises
        ------
        AdjudicationError
            If no review item matches.
        """
        with self._db.sessions() as s:
            if s.get(ReviewItem, ref) is not None:
                return ref
            found = s.scalar(
                select(ReviewItem.id)
                .join(Conversation, Conversation.id == ReviewItem.conversation_id)
                .where(Conversation.external_id == ref)
            )
        if found is None:
            raise AdjudicationError(f"no review item for {ref!r} (an item id or conversation id)")
        return str(found)


def _run(s: Session, detector: detection.Detector, batch_id: int | None) -> None:
    """Route the items that had no reviewer, then check every conversation with overlap."""
    for cid, language in detection.unrouted_items(s, batch_id):
        detector.route(cid, language)
    ids = detection.conversations_with_overlap(s, batch_id)
    for start in range(0, len(ids), detection.CHUNK):
        detector.check(ids[start : start + detection.CHUNK])


def _batch_id(s: Session, batch: str | None) -> int | None:
    """The id of batch ``batch`` (None for all); AdjudicationError if there is none."""
    if batch is None:
        return None
    found = s.scalar(select(Batch.id).where(Batch.name == batch))
    if found is None:
        raise AdjudicationError(f"no batch named {batch!r}")
    return int(found)


def _own_review(s: Session, profile: Profile, assignment_id: str) -> Assignment:
    """The review assignment, if it is the profile's; AdjudicationError otherwise."""
    assignment = s.get(Assignment, assignment_id)
    if (
        assignment is None
        or assignment.user_id != profile.id
        or assignment.purpose != Purpose.REVIEW
    ):
        raise AdjudicationError(f"assignment {assignment_id} is not in {profile.name}'s reviews")
    return assignment


def _item(s: Session, conversation_id: int) -> ReviewItem:
    """The review item of a conversation (every review assignment has one)."""
    item = s.scalar(select(ReviewItem).where(ReviewItem.conversation_id == conversation_id))
    if item is None:
        raise AdjudicationError("this conversation is not in the review queue")
    return item


def _is_gold(s: Session, conversation_id: int) -> bool:
    """Whether the conversation is a gold item."""
    found = s.scalar(select(GoldItem.id).where(GoldItem.conversation_id == conversation_id))
    return found is not None


def _set_done(assignment: Assignment) -> None:
    """Mark a review assignment done (the time only when the status changes)."""
    if assignment.status != WorkStatus.DONE:
        assignment.status = WorkStatus.DONE
        assignment.status_at = utcnow()
