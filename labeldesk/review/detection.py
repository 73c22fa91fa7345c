"""Disagreement detection: which blind answers differ, which agreed items are audited, and who
reviews them.

A conversation is *ready* when every label assignment of it (the overlap labellers) has left
"to do". Each labeller's latest revision is then their answer; skips, and unsure revisions
without labels, are not answers. With two answers or more the item is compared:

- ``exact``: the conversation labels and the turn labels are the same sets;
- ``leaf``: the most specific chosen conversation labels are the same sets (a chosen label
  that is an ancestor of another chosen label is dropped; turn labels are ignored).

Differing items get a :class:`~labeldesk.storage.models.ReviewItem` with reason
``disagreement``. Agreed items get one with reason ``audit`` when their audit draw, a hash
of (seed, the conversation's external id), falls under the audit share: the draw is the
same on every run, so running detection again never draws again. A conversation never gets
a second review item, and gold conversations are never reviewed (they are scored).

The slots are the answering annotations in an order shuffled per item, seeded by the
review item's id. Review assignments go to reviewers (role ``reviewer``) whose languages
include the conversation's (``und`` goes to anyone), never to someone who labelled the
conversation, to the one with the fewest review assignments; leads take an item only when
no reviewer can.
"""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from labeldesk.langid import UNKNOWN as UNKNOWN_LANGUAGE
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    Conversation,
    GoldItem,
    Label,
    OutboxEntry,
    Purpose,
    ReviewItem,
    ReviewReason,
    Role,
    Setting,
    TaxonomyVersion,
    User,
    WorkStatus,
    new_uuid,
)

#: How "differ" is decided: same labels and turn labels, or the same most specific labels.
MODES = ("exact", "leaf")

#: Defaults of the workspace settings ``disagreement_mode`` and ``audit_share`` (the same as
#: ``labeldesk.workspace.DEFAULT_SETTINGS``, which this layer may not import).
DEFAULT_MODE = "exact"
DEFAULT_AUDIT_SHARE = 0.05

#: Conversations read per query when a whole batch is checked.
CHUNK = 500


@dataclass(frozen=True)
class BlindAnswer:
    """One labeller's latest answer to a conversation, as detection compares it."""

    annotation_id: str
    labels: frozenset[str]
    turn_labels: frozenset[tuple[str, frozenset[str]]]


@dataclass
class Candidate:
    """A conversation with two or more label assignments, and what was answered so far."""

    conversation_id: int
    external_id: str
    language: str
    taxonomy_id: int | None
    ready: bool = True
    answers: list[BlindAnswer] = field(default_factory=list)


def read_settings(s: Session) -> tuple[str, float]:
    """The workspace's disagreement mode and audit share (the defaults if not set)."""
    stored: dict[str, Any] = dict(
        s.execute(
            select(Setting.key, Setting.value).where(
                Setting.key.in_(("disagreement_mode", "audit_share"))
            )
        ).all()
    )
    mode = stored.get("disagreement_mode") or DEFAULT_MODE
    share = stored.get("audit_share")
    return str(mode), DEFAULT_AUDIT_SHARE if share is None else float(share)


def audit_draw(seed: int, external_id: str) -> float:
    """The audit draw of a conversation: a number in [0, 1) fixed by the seed and its id."""
    digest = hashlib.blake2b(f"{seed}:{external_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def shuffled_slots(review_item_id: str, annotation_ids: Iterable[str]) -> list[str]:
    """The annotation ids in the item's slot order: shuffled, seeded by the item's id."""
    ids = sorted(annotation_ids)
    random.Random(review_item_id).shuffle(ids)
    return ids


def most_specific(labels: Iterable[str], ancestors: dict[str, set[str]]) -> frozenset[str]:
    """``labels`` without those that are an ancestor of another chosen label."""
    chosen = set(labels)
    covered = set().union(*(ancestors.get(key, set()) for key in chosen)) if chosen else set()
    return frozenset(chosen - covered)


class Ancestry:
    """Ancestors of label keys in the latest version of each taxonomy, read as needed."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self._versions: dict[int, int | None] = {}
        self._parents: dict[tuple[int, str], str | None] = {}

    def ancestors(self, taxonomy_id: int | None, keys: Iterable[str]) -> dict[str, set[str]]:
        """Each key's ancestors (empty for a top-level or unknown key)."""
        keys = set(keys)
        version = self._version(taxonomy_id)
        if version is None:
            return {key: set() for key in keys}
        self._load(version, keys)
        out: dict[str, set[str]] = {}
        for key in keys:
            chain: set[str] = set()
            parent = self._parents.get((version, key))
            while parent is not None and parent not in chain:
                chain.add(parent)
                parent = self._parents.get((version, parent))
            out[key] = chain
        return out

    def _version(self, taxonomy_id: int | None) -> int | None:
        """The id of the latest version of a taxonomy."""
        if taxonomy_id is None:
            return None
        if taxonomy_id not in self._versions:
            self._versions[taxonomy_id] = self._s.scalar(
                select(func.max(TaxonomyVersion.id)).where(
                    TaxonomyVersion.taxonomy_id == taxonomy_id
                )
            )
        return self._versions[taxonomy_id]

    def _load(self, version: int, keys: set[str]) -> None:
        """Read the parents of ``keys`` and of their ancestors, a level per query."""
        todo = {k for k in keys if (version, k) not in self._parents}
        while todo:
            found = dict(
                self._s.execute(
                    select(Label.key, Label.parent_key).where(
                        Label.version_id == version, Label.key.in_(sorted(todo))
                    )
                ).all()
            )
            for key in todo:
                self._parents[(version, key)] = found.get(key)
            todo = {
                p for p in found.values() if p is not None and (version, p) not in self._parents
            }


def differ(candidate: Candidate, mode: str, ancestry: Ancestry) -> bool:
    """Whether the candidate's answers differ under ``mode`` ("exact" or "leaf")."""
    answers = candidate.answers
    if mode == "leaf":
        keys = set().union(*(a.labels for a in answers))
        parents = ancestry.ancestors(candidate.taxonomy_id, keys)
        leaves = {most_specific(a.labels, parents) for a in answers}
        return len(leaves) > 1
    return len({(a.labels, a.turn_labels) for a in answers}) > 1


def load_candidates(s: Session, conversation_ids: Sequence[int]) -> list[Candidate]:
    """The conversations among ``conversation_ids`` with 2+ label assignments, and answers."""
    found: dict[int, Candidate] = {}
    for cid, ext, lang, tax in s.execute(
        select(Conversation.id, Conversation.external_id, Conversation.language, Batch.taxonomy_id)
        .join(Batch, Batch.id == Conversation.batch_id)
        .where(Conversation.id.in_(conversation_ids))
    ):
        found[cid] = Candidate(cid, ext, lang, tax)
    per_conversation: dict[int, int] = defaultdict(int)
    rev = AnnotationRevision
    rows = s.execute(
        select(
            Assignment.conversation_id,
            Assignment.status,
            Annotation.id,
            rev.labels,
            rev.turn_labels,
            rev.skip_reason,
        )
        .select_from(Assignment)
        .outerjoin(Annotation, Annotation.assignment_id == Assignment.id)
        .outerjoin(
            rev, and_(rev.annotation_id == Annotation.id, rev.number == Annotation.latest_revision)
        )
        .where(
            Assignment.purpose == Purpose.LABEL, Assignment.conversation_id.in_(conversation_ids)
        )
    )
    for cid, status, annotation_id, labels, turn_labels, skip in rows:
        candidate = found[cid]
        per_conversation[cid] += 1
        if WorkStatus(status) == WorkStatus.TODO:
            candidate.ready = False
        elif annotation_id is not None and labels and not skip:
            candidate.answers.append(_answer(annotation_id, labels, turn_labels))
    return [c for cid, c in found.items() if per_conversation[cid] >= 2]


def _answer(
    annotation_id: str, labels: list[str], turn_labels: dict[str, Any] | None
) -> BlindAnswer:
    """A revision's fields as a comparable answer (empty turns dropped)."""
    turns = frozenset(
        (str(turn), frozenset(keys)) for turn, keys in (turn_labels or {}).items() if keys
    )
    return BlindAnswer(annotation_id, frozenset(labels), turns)


def gold_or_reviewed(s: Session, conversation_ids: Sequence[int]) -> tuple[set[int], set[int]]:
    """Which of the conversations are gold items, and which already have a review item."""
    gold = set(
        s.scalars(
            select(GoldItem.conversation_id).where(GoldItem.conversation_id.in_(conversation_ids))
        )
    )
    reviewed = set(
        s.scalars(
            select(ReviewItem.conversation_id).where(
                ReviewItem.conversation_id.in_(conversation_ids)
            )
        )
    )
    return gold, reviewed


def create_item(
    s: Session, conversation_id: int, reason: ReviewReason, answers: Sequence[BlindAnswer]
) -> ReviewItem:
    """Add a review item with its shuffled slots, and queue it for the hub."""
    item_id = new_uuid()
    slots = shuffled_slots(item_id, (a.annotation_id for a in answers))
    item = ReviewItem(
        id=item_id, conversation_id=conversation_id, reason=reason, slot_annotation_ids=slots
    )
    s.add(item)
    s.add(
        OutboxEntry(
            record_type="review_item",
            record_id=item_id,
            payload={
                "review_item_id": item_id,
                "conversation_id": conversation_id,
                "reason": reason.value,
                "slot_annotation_ids": slots,
            },
        )
    )
    return item


@dataclass(frozen=True)
class _Reviewer:
    """Someone who can take review work: a reviewer, or a lead as the fallback."""

    id: str
    name: str
    role: Role
    languages: frozenset[str]


class Router:
    """Hands review items to reviewers: by language, evenly, never to their own labellers.

    Loads (review assignments so far) and next positions are read once and kept up to date
    as items are routed, so a whole batch is routed with a few queries per item.
    """

    def __init__(self, s: Session) -> None:
        self._s = s
        people = [
            _Reviewer(uid, name, Role(role), frozenset(langs or ()))
            for uid, name, role, langs in s.execute(
                select(User.id, User.name, User.role, User.languages)
                .where(User.active.is_(True), User.role.in_([Role.REVIEWER, Role.LEAD]))
                .order_by(User.name)
            )
        ]
        self._pools = (
            [p for p in people if p.role == Role.REVIEWER],
            [p for p in people if p.role == Role.LEAD],
        )
        ids = [p.id for p in people]
        self._load = dict.fromkeys(ids, 0)
        self._next = dict.fromkeys(ids, 0)
        for uid, n in s.execute(
            select(Assignment.user_id, func.count())
            .where(Assignment.user_id.in_(ids), Assignment.purpose == Purpose.REVIEW)
            .group_by(Assignment.user_id)
        ):
            self._load[uid] = n
        for uid, top in s.execute(
            select(Assignment.user_id, func.max(Assignment.position))
            .where(Assignment.user_id.in_(ids))
            .group_by(Assignment.user_id)
        ):
            self._next[uid] = top + 1

    def route(self, conversation_id: int, language: str) -> str | None:
        """Add a review assignment for the conversation; the reviewer's id, or None."""
        involved = set(
            self._s.scalars(
                select(Assignment.user_id).where(Assignment.conversation_id == conversation_id)
            )
        ) | set(
            self._s.scalars(
                select(Annotation.user_id).where(Annotation.conversation_id == conversation_id)
            )
        )
        for pool in self._pools:
            eligible = [
                p
                for p in pool
                if p.id not in involved
                and (language == UNKNOWN_LANGUAGE or language in p.languages)
            ]
            if eligible:
                chosen = min(eligible, key=lambda p: (self._load[p.id], p.name))
                self._s.add(
                    Assignment(
                        conversation_id=conversation_id,
                        user_id=chosen.id,
                        purpose=Purpose.REVIEW,
                        position=self._next[chosen.id],
                    )
                )
                self._load[chosen.id] += 1
                self._next[chosen.id] += 1
                return chosen.id
        return None


def unrouted_items(s: Session, batch_id: int | None = None) -> list[tuple[int, str]]:
    """Review items with no review assignment: (conversation id, language), oldest first."""
    routed = select(Assignment.conversation_id).where(Assignment.purpose == Purpose.REVIEW)
    query = (
        select(ReviewItem.conversation_id, Conversation.language)
        .join(Conversation, Conversation.id == ReviewItem.conversation_id)
        .where(ReviewItem.conversation_id.not_in(routed))
        .order_by(ReviewItem.created_at, ReviewItem.id)
    )
    if batch_id is not None:
        query = query.where(Conversation.batch_id == batch_id)
    return [(cid, lang) for cid, lang in s.execute(query)]


class Detector:
    """One detection run in one unit of work: decides, creates review items, routes them.

    Parameters
    ----------
    s
        The session of the caller's transaction (the labeller's save, or a batch run).
    mode
        "exact" or "leaf".
    audit_share
        Share of agreed items drawn for audit, 0 to 1.
    seed
        Seed of the audit draw.

    Raises
    ------
    ValueError
        If the mode is unknown or the audit share is outside 0 to 1.
    """

    def __init__(self, s: Session, mode: str, audit_share: float, seed: int = 0) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown disagreement mode {mode!r}; modes: {', '.join(MODES)}")
        if not 0.0 <= audit_share <= 1.0:
            raise ValueError(f"the audit share is {audit_share}; it must be between 0 and 1")
        self._s = s
        self.mode, self.audit_share, self.seed = mode, audit_share, seed
        self.counts: dict[str, int] = defaultdict(int)
        self.created: list[ReviewItem] = []
        self._ancestry = Ancestry(s)
        self._router: Router | None = None

    def check(self, conversation_ids: Sequence[int]) -> None:
        """Decide every ready, not yet reviewed, non-gold conversation among the ids."""
        gold, reviewed = gold_or_reviewed(self._s, conversation_ids)
        ids = [cid for cid in conversation_ids if cid not in gold]
        for candidate in load_candidates(self._s, ids) if ids else []:
            self.counts["checked"] += 1
            if candidate.conversation_id in reviewed:
                self.counts["already"] += 1
            elif not candidate.ready:
                self.counts["not_ready"] += 1
            elif len(candidate.answers) < 2:
                self.counts["too_few_answers"] += 1
            else:
                self._decide(candidate)

    def route(self, conversation_id: int, language: str) -> str | None:
        """Give a review item to a reviewer (see :class:`Router`); counts routed/unrouted."""
        if self._router is None:
            self._router = Router(self._s)
        reviewer = self._router.route(conversation_id, language)
        self.counts["routed" if reviewer else "unrouted"] += 1
        return reviewer

    def _decide(self, candidate: Candidate) -> None:
        """Create the candidate's review item if its answers differ or it is drawn for audit."""
        if differ(candidate, self.mode, self._ancestry):
            reason = ReviewReason.DISAGREEMENT
            self.counts["disagreements"] += 1
        elif audit_draw(self.seed, candidate.external_id) < self.audit_share:
            reason = ReviewReason.AUDIT
            self.counts["audits"] += 1
        else:
            self.counts["agreed"] += 1
            return
        item = create_item(self._s, candidate.conversation_id, reason, candidate.answers)
        self._s.flush()
        self.created.append(item)
        self.route(candidate.conversation_id, candidate.language)


def conversations_with_overlap(s: Session, batch_id: int | None) -> list[int]:
    """Ids of the conversations (of a batch, or all) with two or more label assignments."""
    query = (
        select(Assignment.conversation_id)
        .where(Assignment.purpose == Purpose.LABEL)
        .group_by(Assignment.conversation_id)
        .having(func.count() >= 2)
        .order_by(Assignment.conversation_id)
    )
    if batch_id is not None:
        query = query.join(Conversation, Conversation.id == Assignment.conversation_id).where(
            Conversation.batch_id == batch_id
        )
    return list(s.scalars(query))
