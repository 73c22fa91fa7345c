"""The hand-worked quality case (tests/quality_case.py) with what a report adds to it.

On top of that case's answers, gold and reviews (its table lists every answer; X, Y, Z, W are
cancel_order, track_order, get_refund and track_refund, in branches ORDER and REFUND):

- the latest reviews carry reasons: c2 (final X; B's Y overturned) "guideline gap" with a
  comment, c9 (final W; C's Z overturned) "taxonomy gap" with a comment; c2's first review
  (since replaced) keeps "labeller error";
- conversations c1, c2 and c9 have turns (c9's customer writes Thai; c2 starts with an agent
  turn, so its snippet is its first *customer* turn);
- model ``m1`` predicted, with scores (conversation-level; turn predictions are ignored):

  ==== ========== ========= ==================
  conv predicted  final     how
  ==== ========== ========= ==================
  c1   X 0.95     X         agreement
       (and Y 0.05: not its top prediction)
  c2   Y 0.92     X         review
  c3   Z 0.60     Z         agreement
  c4   W 0.85     Z         consensus
  c5   Y 0.40     Y         single
  c6   X 0.70     (none)    not compared
  c8   Y 0.99     Y         agreement
  c9   Z 0.91     W         review
  g1   X 0.55     X         gold
  ==== ========== ========= ==================

- model ``m2`` predicted X for c1 without a score.
"""

from __future__ import annotations

from quality_case import Case, W, X, Y, Z, build
from sqlalchemy import select

from labeldesk.storage.models import Prediction, Review, ReviewItem, Turn
from labeldesk.workspace import Workspace

#: The latest reviews' reasons and comments.
CAUSES = {
    "c2": ("guideline_gap", "order vs tracking unclear when a customer asks both"),
    "c9": ("taxonomy_gap", "no label for a <late> refund & its status"),
}
#: Turns: conversation -> [(speaker, text)].
TURNS = {
    "c1": [("customer", "Please cancel my order   #123,\nI ordered twice"), ("agent", "Done.")],
    "c2": [("agent", "Hello, how can I help?"), ("customer", "Where is my parcel? Or cancel it")],
    "c9": [("customer", "ยังไม่ได้รับเงินคืนเลยครับ สั่งซื้อเมื่อวันจันทร์"), ("agent", "ขอโทษครับ")],
}
#: Model predictions: (model, conversation, label, score, turn).
PREDICTIONS = [
    ("m1", "c1", X, 0.95, None),
    ("m1", "c1", Y, 0.05, None),
    ("m1", "c2", Y, 0.92, None),
    ("m1", "c2", Z, 0.99, 0),  # a turn-level prediction: left out
    ("m1", "c3", Z, 0.60, None),
    ("m1", "c4", W, 0.85, None),
    ("m1", "c5", Y, 0.40, None),
    ("m1", "c6", X, 0.70, None),
    ("m1", "c8", Y, 0.99, None),
    ("m1", "c9", Z, 0.91, None),
    ("m1", "g1", X, 0.55, None),
    ("m2", "c1", X, None, None),
]


def build_report_case(ws: Workspace, ids: str = "uuid") -> Case:
    """The quality case plus the reasons, turns and predictions above."""
    case = build(ws, ids=ids)
    with ws.db.sessions.begin() as s:
        for name, (cause, comment) in CAUSES.items():
            latest = s.scalars(
                select(Review)
                .join(ReviewItem, ReviewItem.id == Review.review_item_id)
                .where(ReviewItem.conversation_id == case.conversations[name])
                .order_by(Review.created_at.desc())
            ).first()
            latest.cause = cause
            latest.comment = comment
        for name, turns in TURNS.items():
            for idx, (speaker, text) in enumerate(turns):
                s.add(Turn(conversation_id=case.conversations[name], idx=idx, speaker=speaker,
                           text=text))  # fmt: skip
        for model, name, label, score, turn in PREDICTIONS:
            s.add(
                Prediction(
                    conversation_id=case.conversations[name],
                    label_key=label,
                    score=score,
                    model=model,
                    turn_idx=turn,
                )
            )
    return case


__all__ = ["Case", "W", "X", "Y", "Z", "build_report_case"]
