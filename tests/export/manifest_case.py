"""A small batch whose export manifest is worked out by hand (tests/export/test_export_manifest.py).

Rows are written with the ORM, as the batch looks after labelling and one review. Batch
``hand`` (Bitext taxonomy), labellers Anong (pseudonym ``p-a``), Budi (``p-b``) and Chai
(``p-c``), reviewer Rita (``p-r``). Labels: X = ORDER>cancel_order, Y = ORDER>track_order
(X's sibling), Z = REFUND>get_refund (another branch).

==== ============================================ =================================
conv answers                                      QA
==== ============================================ =================================
h1   A X, B X
h2   A Y then X (2nd revision), B Y               reviewed: final X, A correct,
                                                  B incorrect, cause labeller_error
h3   A Z, C Z
h4   B Y (unsure), C Z                            in the review queue, not reviewed
h5   A skip
h6   A X, C Y                                     hidden gold item, answer X
h7   (nobody)
o1   A X, B Z (batch ``other``: never counted)
==== ============================================ =================================

Every answer is saved on 2026-11-02 at 09:00 plus one minute per conversation (h2's second
revision at 09:30), the review at 2026-11-03 10:00.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
    Turn,
    User,
    Verdict,
)
from labeldesk.workspace import Workspace

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
TAXONOMY = SHARED / "bitext_taxonomy.csv"

X, Y, Z = "ORDER>cancel_order", "ORDER>track_order", "REFUND>get_refund"
SKIP = "skip"
DAY = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
REVIEWED_AT = dt.datetime(2026, 11, 3, 10, 0, tzinfo=dt.UTC)

#: letter -> (name, pseudonym, role)
USERS = {
    "A": ("Anong", "p-a", Role.LABELLER),
    "B": ("Budi", "p-b", Role.LABELLER),
    "C": ("Chai", "p-c", Role.LABELLER),
    "R": ("Rita", "p-r", Role.REVIEWER),
}
#: conversation -> (batch, text)
CONVERSATIONS = {
    "h1": ("hand", "I want to cancel my order"),
    "h2": ("hand", "ยกเลิกคำสั่งซื้อได้ไหมครับ"),
    "h3": ("hand", "我要退款"),
    "h4": ("hand", "Where is my refund? Or my parcel?"),
    "h5": ("hand", "hello?"),
    "h6": ("hand", "Please cancel order SG2401"),
    "h7": ("hand", "Tôi muốn hủy đơn hàng"),
    "o1": ("other", "cancel please"),
}
#: (labeller, conversation, revisions as (labels or SKIP, unsure))
ANSWERS = [
    ("A", "h1", [([X], False)]),
    ("B", "h1", [([X], False)]),
    ("A", "h2", [([Y], False), ([X], False)]),
    ("B", "h2", [([Y], False)]),
    ("A", "h3", [([Z], False)]),
    ("C", "h3", [([Z], False)]),
    ("B", "h4", [([Y], True)]),
    ("C", "h4", [([Z], False)]),
    ("A", "h5", [(SKIP, False)]),
    ("A", "h6", [([X], False)]),
    ("C", "h6", [([Y], False)]),
    ("A", "o1", [([X], False)]),
    ("B", "o1", [([Z], False)]),
]
GOLD = {"h6": [X]}
#: The one review: conversation, final labels, verdict per labeller, cause.
REVIEW = ("h2", [X], {"A": Verdict.CORRECT, "B": Verdict.INCORRECT}, "labeller_error")
#: In the review queue, not reviewed yet.
PENDING = "h4"


def build(ws: Workspace) -> None:
    """Write the case into the empty workspace ``ws``."""
    ws.taxonomy.import_file(TAXONOMY, name="bitext")
    version_id = ws.taxonomy.latest("bitext").version_id
    with ws.db.sessions.begin() as s:
        taxonomy = s.scalar(select(Taxonomy.id).where(Taxonomy.name == "bitext"))
        batches = {name: Batch(name=name, taxonomy_id=taxonomy) for name in ("hand", "other")}
        s.add_all(batches.values())
        users = {
            letter: User(name=name, pseudonym=pseudonym, role=role, languages=["en", "th"])
            for letter, (name, pseudonym, role) in USERS.items()
        }
        s.add_all(users.values())
        s.flush()
        convs = {}
        for n, (ext, (batch, text)) in enumerate(CONVERSATIONS.items()):
            conv = Conversation(
                external_id=ext,
                batch_id=batches[batch].id,
                content_hash=f"{n:032x}",
                language="en",
                language_confidence=0.9,
                meta={"market": "SG"},
                n_turns=1,
            )
            s.add(conv)
            s.flush()
            s.add(Turn(conversation_id=conv.id, idx=0, speaker="customer", text=text))
            convs[ext] = conv.id
        gold = {
            ext: GoldItem(
                conversation_id=convs[ext], labels=labels, turn_labels={}, pool=GoldPool.HIDDEN
            )
            for ext, labels in GOLD.items()
        }
        s.add_all(gold.values())
        s.flush()
        annotations = {}
        for letter, ext, revisions in ANSWERS:
            ann, first = _annotate(s, users[letter].id, convs[ext], ext, revisions, version_id)
            annotations[(letter, ext)] = ann
            if ext in gold:
                right = revisions[0][0] == GOLD[ext]
                s.add(
                    GoldResult(
                        annotation_id=ann,
                        revision_id=first,
                        gold_item_id=gold[ext].id,
                        user_id=users[letter].id,
                        conversation_id=convs[ext],
                        correct=right,
                        score=1.0 if right else 0.0,
                    )
                )
        _review(s, convs, annotations, users["R"].id)


def _annotate(s, user_id, conv_id, ext, revisions, version_id) -> tuple[str, str]:
    """One labeller's assignment, annotation and revisions; the ids of the annotation and of
    its first revision."""
    minute = int(ext[1:]) if ext[1:].isdigit() else 0
    asg = Assignment(conversation_id=conv_id, user_id=user_id, purpose=Purpose.LABEL)
    s.add(asg)
    s.flush()
    ann = Annotation(
        conversation_id=conv_id,
        user_id=user_id,
        assignment_id=asg.id,
        latest_revision=len(revisions),
        created_at=DAY,
    )
    s.add(ann)
    s.flush()
    first = None
    for number, (labels, unsure) in enumerate(revisions, start=1):
        rev = AnnotationRevision(
            annotation_id=ann.id,
            number=number,
            labels=[] if labels == SKIP else labels,
            turn_labels={},
            unsure=unsure,
            skip_reason="not customer service" if labels == SKIP else None,
            active_seconds=30.0,
            taxonomy_version_id=version_id,
            created_at=DAY + dt.timedelta(minutes=minute + 30 * (number - 1)),
        )
        s.add(rev)
        s.flush()
        first = first or rev.id
    return ann.id, first


def _review(s, convs, annotations, reviewer_id) -> None:
    """The reviewed item (h2) and the pending one (h4)."""
    ext, labels, verdicts, cause = REVIEW
    slots = [annotations[(letter, ext)] for letter in verdicts]
    item = ReviewItem(
        conversation_id=convs[ext], reason=ReviewReason.DISAGREEMENT, slot_annotation_ids=slots
    )
    s.add(item)
    s.flush()
    review = Review(
        review_item_id=item.id,
        reviewer_id=reviewer_id,
        labels=labels,
        turn_labels={},
        cause=cause,
        created_at=REVIEWED_AT,
    )
    s.add(review)
    s.flush()
    for slot, (letter, verdict) in zip("AB", verdicts.items(), strict=True):
        s.add(
            ReviewSlot(
                review_id=review.id,
                slot=slot,
                annotation_id=annotations[(letter, ext)],
                verdict=verdict,
            )
        )
    pending = [annotations[(letter, PENDING)] for letter in ("B", "C")]
    s.add(
        ReviewItem(
            conversation_id=convs[PENDING],
            reason=ReviewReason.DISAGREEMENT,
            slot_annotation_ids=pending,
        )
    )
