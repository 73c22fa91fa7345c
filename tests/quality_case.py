"""A small QA workspace whose quality numbers are worked out by hand (tests/review/test_quality.py).

ORM rows are written directly, as a batch looks after labelling and review:

batch ``b1`` (Bitext taxonomy), conversations c1..c10, and two hidden gold items g1, g2 of
the batch ``pool`` mixed into ``b1`` (their assignments carry ``batch_id`` = b1). Labellers
Anong (A, vendor Acme), Budi (B, Acme), Chai (C, vendor Blue), Dewi (D, no vendor); reviewer
Rita; lead Dana. Labels: X = ORDER>cancel_order, Y = ORDER>track_order (branch ORDER),
Z = REFUND>get_refund, W = REFUND>track_refund (branch REFUND).

==== ==== ========================================================== ===================
conv lang answers (labels, seconds; u = unsure)                        final (how)
==== ==== ========================================================== ===================
c1   en   A X 60, B X 40                                               X (agreement)
c2   en   A X 30, B Y 50; reviewed twice: Y, then X (A ok, B wrong)     X (review)
c3   th   A Z 45, C Z 35                                               Z (agreement)
c4   th   A Z 30, B Z 20, C W 25                                       Z (consensus 2:1)
c5   en   C Y u 40                                                     Y (single)
c6   en   A skip 10                                                    - (none)
c7   th   B X 15, C skip 5                                             X (single)
c8   en   A Y 50, B Y u 30, C Y 20                                     Y (agreement)
c9   th   A W 40, C Z 60; reviewed: W (A ok, C wrong)                  W (review)
c10  en   B X then withdrawn (2nd revision empty)                      - (none)
g1   en   A X 20 ok, B Y 25 wrong, C X 30 ok, D X 4 ok                 X (gold)
g2   th   A W (scored wrong) then Z 35, C Z 15 ok, D Z 6 ok            Z (gold)
==== ==== ========================================================== ===================

Answers of c8 and c9 are saved on 2026-11-05, the rest on 2026-11-01 (for ``since``).
``ids="short"`` gives every row a short non-hex id (``a1``, ``r1``...), which takes the
plain path of :mod:`labeldesk.review.columns`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from labelling_data import SHARED
from sqlalchemy import select

from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Batch,
    Conversation,
    GoldItem,
    GoldPool,
    GoldResult,
    Purpose,
    Review,
    ReviewItem,
    ReviewReason,
    ReviewSlot,
    Role,
    Taxonomy,
    TrainingQuiz,
    User,
    Vendor,
    Verdict,
)
from labeldesk.workspace import Workspace

X, Y = "ORDER>cancel_order", "ORDER>track_order"
Z, W = "REFUND>get_refund", "REFUND>track_refund"
EARLY = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
LATE = dt.datetime(2026, 11, 5, 9, 0, tzinfo=dt.UTC)

#: (conversation, language, batch): the scope's conversations.
CONVERSATIONS = [
    ("c1", "en", "b1"),
    ("c2", "en", "b1"),
    ("c3", "th", "b1"),
    ("c4", "th", "b1"),
    ("c5", "en", "b1"),
    ("c6", "en", "b1"),
    ("c7", "th", "b1"),
    ("c8", "en", "b1"),
    ("c9", "th", "b1"),
    ("c10", "en", "b1"),
    ("g1", "en", "pool"),
    ("g2", "th", "pool"),
    ("t1", "en", "pool"),
]

#: (labeller, conversation, revisions as (labels | "skip" | None for withdrawn, unsure,
#: seconds), late?).
ANSWERS = [
    ("A", "c1", [([X], False, 60)]),
    ("B", "c1", [([X], False, 40)]),
    ("A", "c2", [([X], False, 30)]),
    ("B", "c2", [([Y], False, 50)]),
    ("A", "c3", [([Z], False, 45)]),
    ("C", "c3", [([Z], False, 35)]),
    ("A", "c4", [([Z], False, 30)]),
    ("B", "c4", [([Z], False, 20)]),
    ("C", "c4", [([W], False, 25)]),
    ("C", "c5", [([Y], True, 40)]),
    ("A", "c6", [("skip", False, 10)]),
    ("B", "c7", [([X], False, 15)]),
    ("C", "c7", [("skip", False, 5)]),
    ("A", "c8", [([Y], False, 50)]),
    ("B", "c8", [([Y], True, 30)]),
    ("C", "c8", [([Y], False, 20)]),
    ("A", "c9", [([W], False, 40)]),
    ("C", "c9", [([Z], False, 60)]),
    ("B", "c10", [([X], False, 12), (None, False, 3)]),
    ("A", "g1", [([X], False, 20)]),
    ("B", "g1", [([Y], False, 25)]),
    ("C", "g1", [([X], False, 30)]),
    ("D", "g1", [([X], False, 4)]),
    ("A", "g2", [([W], False, 12), ([Z], False, 35)]),
    ("C", "g2", [([Z], False, 15)]),
    ("D", "g2", [([Z], False, 6)]),
    ("A", "t1", [([X], False, 8)]),  # a training quiz answer: never production work
]
LATE_CONVERSATIONS = {"c8", "c9"}
#: Gold answers, and which first answers were right.
GOLD = {"g1": [X], "g2": [Z], "t1": [X]}
GOLD_CORRECT = {
    ("A", "g1"): True,
    ("B", "g1"): False,
    ("C", "g1"): True,
    ("D", "g1"): True,
    ("A", "g2"): False,
    ("C", "g2"): True,
    ("D", "g2"): True,
    ("A", "t1"): True,
}
#: Reviews: conversation -> [(final labels, {labeller: verdict}, when)], oldest first.
REVIEWS = {
    "c2": [
        ([Y], {"A": Verdict.INCORRECT, "B": Verdict.CORRECT}, EARLY + dt.timedelta(days=1)),
        ([X], {"A": Verdict.CORRECT, "B": Verdict.INCORRECT}, EARLY + dt.timedelta(days=2)),
    ],
    "c9": [([W], {"A": Verdict.CORRECT, "C": Verdict.INCORRECT}, LATE + dt.timedelta(hours=1))],
}
LABELLERS = {
    "A": ("Anong", "Acme"),
    "B": ("Budi", "Acme"),
    "C": ("Chai", "Blue"),
    "D": ("Dewi", None),
}


@dataclass
class Case:
    """The built workspace's ids: users by letter, conversations by name."""

    ws: Workspace
    users: dict[str, str] = field(default_factory=dict)
    conversations: dict[str, int] = field(default_factory=dict)
    annotations: dict[tuple[str, str], str] = field(default_factory=dict)


class _Ids:
    """Row ids: UUID hex (the ORM's default) or short non-hex ones."""

    def __init__(self, style: str) -> None:
        self.style = style
        self._n = itertools.count(1)

    def __call__(self, prefix: str) -> str | None:
        return None if self.style == "uuid" else f"{prefix}{next(self._n)}"


def build(ws: Workspace, ids: str = "uuid") -> Case:
    """Write the case into an empty workspace ``ws`` (with the Bitext taxonomy imported)."""
    ws.taxonomy.import_file(SHARED / "bitext_taxonomy.csv", name="bitext")
    tax_id = ws.taxonomy.latest("bitext").version_id
    new_id = _Ids(ids)
    case = Case(ws)
    with ws.db.sessions.begin() as s:
        taxonomy = s.scalar(select(Taxonomy.id).where(Taxonomy.name == "bitext"))
        batches = {name: Batch(name=name, taxonomy_id=taxonomy) for name in ("b1", "pool")}
        s.add_all(batches.values())
        vendors = {name: Vendor(name=name) for name in ("Acme", "Blue")}
        s.add_all(vendors.values())
        s.flush()
        for letter, (name, vendor) in LABELLERS.items():
            user = User(
                id=new_id("u"),
                name=name,
                role=Role.LABELLER,
                languages=["en", "th"],
                vendor_id=vendors[vendor].id if vendor else None,
            )
            s.add(user)
            s.flush()
            case.users[letter] = user.id
        rita = User(id=new_id("u"), name="Rita", role=Role.REVIEWER, languages=["en", "th"])
        dana = User(id=new_id("u"), name="Dana", role=Role.LEAD, languages=["en"])
        s.add_all([rita, dana])
        for n, (name, lang, batch) in enumerate(CONVERSATIONS, start=1):
            conv = Conversation(
                external_id=name,
                batch_id=batches[batch].id,
                content_hash=f"{n:032x}",
                language=lang,
                meta={},
                n_turns=0,
            )
            s.add(conv)
            s.flush()
            case.conversations[name] = conv.id
        quiz = TrainingQuiz(
            id=new_id("q"),
            user_id=case.users["A"],
            kind="onboarding",
            branches=[],
            threshold=0.8,
            n_items=1,
        )
        s.add(quiz)
        gold_ids = {}
        for name, labels in GOLD.items():
            pool = GoldPool.TRAINING if name == "t1" else GoldPool.HIDDEN
            item = GoldItem(
                id=new_id("g"),
                conversation_id=case.conversations[name],
                labels=labels,
                turn_labels={},
                explanation="known",
                pool=pool,
            )
            s.add(item)
            s.flush()
            gold_ids[name] = item.id
        s.flush()
        for letter, conv, revisions in ANSWERS:
            _annotate(s, case, new_id, letter, conv, revisions, batches, quiz.id, gold_ids, tax_id)
        _reviews(s, case, new_id, rita.id)
    return case


def _annotate(s, case, new_id, letter, conv, revisions, batches, quiz_id, gold_ids, tax_id):
    """One labeller's assignment, annotation, revisions and (for gold) the gold result."""
    gold = conv in GOLD
    purpose = Purpose.TRAINING if conv == "t1" else Purpose.GOLD if gold else Purpose.LABEL
    asg = Assignment(
        id=new_id("s"),
        conversation_id=case.conversations[conv],
        user_id=case.users[letter],
        purpose=purpose,
        position=len(case.annotations),
        batch_id=batches["b1"].id if gold and conv != "t1" else None,
        quiz_id=quiz_id if conv == "t1" else None,
    )
    s.add(asg)
    s.flush()
    when = LATE if conv in LATE_CONVERSATIONS else EARLY
    ann = Annotation(
        id=new_id("a"),
        conversation_id=case.conversations[conv],
        user_id=case.users[letter],
        assignment_id=asg.id,
        latest_revision=len(revisions),
        created_at=when,
    )
    s.add(ann)
    s.flush()
    case.annotations[(letter, conv)] = ann.id
    first_rev = None
    for number, (labels, unsure, seconds) in enumerate(revisions, start=1):
        rev = AnnotationRevision(
            id=new_id("r"),
            annotation_id=ann.id,
            number=number,
            labels=[] if labels in ("skip", None) else labels,
            turn_labels={},
            unsure=unsure,
            skip_reason="not customer service" if labels == "skip" else None,
            active_seconds=float(seconds),
            taxonomy_version_id=tax_id,
            created_at=when + dt.timedelta(minutes=number),
        )
        s.add(rev)
        s.flush()
        first_rev = first_rev or rev.id
    if gold:
        s.add(
            GoldResult(
                id=new_id("x"),
                annotation_id=ann.id,
                revision_id=first_rev,
                gold_item_id=gold_ids[conv],
                user_id=case.users[letter],
                conversation_id=case.conversations[conv],
                correct=GOLD_CORRECT[(letter, conv)],
                score=1.0 if GOLD_CORRECT[(letter, conv)] else 0.0,
            )
        )


def _reviews(s, case, new_id, reviewer):
    """Review items with their (re)reviews and slot verdicts."""
    for conv, reviews in REVIEWS.items():
        letters = list(reviews[0][1])
        slots = [case.annotations[(letter, conv)] for letter in reversed(letters)]  # shuffled
        item = ReviewItem(
            id=new_id("i"),
            conversation_id=case.conversations[conv],
            reason=ReviewReason.DISAGREEMENT,
            slot_annotation_ids=slots,
        )
        s.add(item)
        s.flush()
        for labels, verdicts, when in reviews:
            review = Review(
                id=new_id("v"),
                review_item_id=item.id,
                reviewer_id=reviewer,
                labels=labels,
                turn_labels={},
                cause="labeller_error",
                created_at=when,
            )
            s.add(review)
            s.flush()
            for slot, annotation in zip("AB", slots, strict=True):
                letter = next(k for k, v in case.annotations.items() if v == annotation)[0]
                s.add(
                    ReviewSlot(
                        review_id=review.id,
                        slot=slot,
                        annotation_id=annotation,
                        verdict=verdicts[letter],
                    )
                )
