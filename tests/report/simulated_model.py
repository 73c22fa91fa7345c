"""A made-up intent classifier for the demo workspace, so the report's model section shows.

The demo imports the source files' own labels as predictions of model ``file`` without
scores. This adds model ``intent-clf`` with scores: for each conversation with a ``file``
label it predicts that label with probability :data:`ACCURACY`, else a sibling label (the
kind of slip a classifier makes), and gives a score drawn so that the model is somewhat
overconfident. Seeded: the same workspace gets the same predictions.
"""

from __future__ import annotations

import random
from collections import defaultdict

from sqlalchemy import select

from labeldesk.storage.models import Prediction
from labeldesk.workspace import Workspace

MODEL = "intent-clf"
ACCURACY = 0.82
SEED = 7


def add_simulated_model(ws: Workspace) -> int:
    """Add :data:`MODEL`'s predictions; returns how many."""
    with ws.db.sessions() as s:
        truth = s.execute(
            select(Prediction.conversation_id, Prediction.label_key)
            .where(Prediction.model == "file", Prediction.turn_idx.is_(None))
            .order_by(Prediction.conversation_id, Prediction.id)
        ).all()
    siblings: dict[str, list[str]] = defaultdict(list)
    for key in sorted({k for _, k in truth}):
        siblings[key.split(">")[0]].append(key)
    rng = random.Random(SEED)
    rows = []
    for conv, key in truth:
        right = rng.random() < ACCURACY
        others = [k for k in siblings[key.split(">")[0]] if k != key]
        label = key if right or not others else rng.choice(others)
        score = rng.betavariate(9, 1.5) if right else rng.betavariate(4, 2.2)
        rows.append(
            Prediction(
                conversation_id=conv,
                label_key=label,
                score=round(score, 4),
                model=MODEL,
                turn_idx=None,
            )
        )
    with ws.db.sessions.begin() as s:
        s.add_all(rows)
    return len(rows)
