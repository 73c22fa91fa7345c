"""The demo's QA: gold items, overlap, and some made-up work, so that review and quality show.

A fresh demo would have an empty review queue and a blank quality table, so four labellers
(:data:`SIMULATED`) have already worked part of their queues, each with their own error
rate and pace, through the same services the app uses (gold is scored and disagreements
are found by the save hooks). Maria has reviewed half of the disagreements they left, and Nok,
a new labeller, has an onboarding quiz to pass before production work opens.

The made-up answers take the source's own label (the Bitext intent, hidden from labellers)
and, at the labeller's error rate, swap it for a sibling label, the kind of confusion real
labellers make. Everything is seeded, so every build gives the same demo.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from labeldesk.labelling import Answer
from labeldesk.review.assignment import assign_batch
from labeldesk.review.dto import ReviewAnswer, ReviewFilter
from labeldesk.storage.models import (
    Assignment,
    Batch,
    CauseCode,
    Conversation,
    GoldPool,
    Label,
    Prediction,
    Purpose,
    Taxonomy,
    TaxonomyVersion,
    Verdict,
)
from labeldesk.workspace import Workspace


@dataclass(frozen=True)
class Simulated:
    """How a made-up labeller works: share of wrong answers, seconds per item, items done."""

    error: float
    seconds: float
    items: int


#: The labellers whose work the demo makes up.
SIMULATED: dict[str, Simulated] = {
    "Somchai": Simulated(error=0.10, seconds=52.0, items=140),
    "Siti": Simulated(error=0.06, seconds=64.0, items=120),
    "Thu": Simulated(error=0.25, seconds=41.0, items=130),
    "Mei": Simulated(error=0.16, seconds=9.0, items=160),  # fast, and the table says so
}
#: The new labeller who starts with an onboarding quiz.
NEW_LABELLER = "Nok"
#: The reviewer who has already reviewed part of the queue, and how much of it.
REVIEWER = "Maria"
REVIEWED_SHARE = 0.5
#: Hidden gold items (mixed into queues) and training items (quizzes) taken from Bitext.
N_HIDDEN_GOLD = 40
N_TRAINING = 30
#: Overlap of each batch: share of conversations labelled twice.
OVERLAP = {"bitext-support": 0.2, "multilingual-chats": 0.5}
GOLD_RATE = 0.05
SEED = 2025


def truth(ws: Workspace) -> dict[int, str]:
    """The source's own leaf label of each conversation that has one.

    The files' ``labels`` were imported as the predictions of model ``file``; labellers
    don't see predictions unless the lead turns them on.
    """
    with ws.db.sessions() as s:
        rows = s.execute(
            select(Prediction.conversation_id, Prediction.label_key)
            .where(Prediction.model == "file", Prediction.turn_idx.is_(None))
            .order_by(Prediction.id)
        )
        return {cid: key for cid, key in rows if ">" in key}


def add_gold(ws: Workspace, batch: str, answers: dict[int, str]) -> None:
    """Make some of ``batch``'s conversations hidden gold, and some training items."""
    with ws.db.sessions() as s:
        ids = sorted(
            s.scalars(
                select(Conversation.id)
                .join(Batch, Batch.id == Conversation.batch_id)
                .where(Batch.name == batch)
            )
        )
    pool = [c for c in ids if c in answers]
    n_hidden, n_training = gold_counts(len(pool))
    chosen = random.Random(SEED).sample(pool, n_hidden + n_training)
    for n, cid in enumerate(chosen):
        label = answers[cid]
        intent = label.split(">")[-1].replace("_", " ")
        ws.gold.add_gold(
            cid,
            [label],
            None,
            f"The customer's request is to {intent}: choose '{label}', not a sibling label.",
            pool=GoldPool.HIDDEN if n < n_hidden else GoldPool.TRAINING,
            source="demo",
        )


def gold_counts(n: int) -> tuple[int, int]:
    """How many hidden gold and training items to take from ``n`` labelled conversations
    (fewer than the full numbers in a small demo: at most a tenth each)."""
    return min(N_HIDDEN_GOLD, n // 10), min(N_TRAINING, n // 10)


def assign(ws: Workspace, labellers: list[str], english: list[str], others: list[str]) -> None:
    """Assign the batches: overlap and gold in the Bitext and multilingual ones."""
    rate = GOLD_RATE if ws.gold.list(pool=GoldPool.HIDDEN) else 0.0  # a tiny demo has none
    assign_batch(
        ws.db,
        "multilingual-chats",
        labellers,
        overlap=OVERLAP["multilingual-chats"],
        gold=rate,
        seed=SEED,
    )
    assign_batch(
        ws.db,
        "bitext-support",
        english,
        overlap=OVERLAP["bitext-support"],
        gold=rate,
        seed=SEED,
    )
    for batch in others:
        assign_batch(ws.db, batch, english, seed=SEED)


def siblings(ws: Workspace, taxonomy: str) -> dict[str, list[str]]:
    """Each leaf of the taxonomy's latest version -> the other leaves under its parent."""
    with ws.db.sessions() as s:
        version = s.scalar(
            select(func.max(TaxonomyVersion.id))
            .join(Taxonomy, Taxonomy.id == TaxonomyVersion.taxonomy_id)
            .where(Taxonomy.name == taxonomy)
        )
        rows = s.execute(
            select(Label.key, Label.parent_key).where(
                Label.version_id == version, Label.parent_key.is_not(None)
            )
        ).all()
    by_parent: dict[str, list[str]] = defaultdict(list)
    for key, parent in rows:
        by_parent[parent].append(key)
    return {key: [k for k in by_parent[parent] if k != key] for key, parent in rows}


def simulate_labelling(ws: Workspace, answers: dict[int, str]) -> None:
    """The made-up labellers work their queues: every shared item, then the first ones."""
    confusable = siblings(ws, "bitext")
    shared = _shared_items(ws)
    for name, how in SIMULATED.items():
        rng = random.Random(f"{SEED}:{name}")
        profile = ws.users.find(name)
        rows = ws.queue.page(profile, limit=100_000)
        work = [r for r in rows if r.conversation_id in shared] + rows[: how.items]
        for row in dict.fromkeys(work):
            label = answers.get(row.conversation_id)
            if label is None:
                continue
            seconds = max(3.0, rng.gauss(how.seconds, how.seconds / 4))
            if rng.random() < 0.02:
                ws.labelling.skip(
                    profile, row.assignment_id, "not a support request", active_seconds=seconds
                )
                continue
            if rng.random() < how.error and confusable.get(label):
                label = rng.choice(confusable[label])
            unsure = rng.random() < 0.04
            ws.labelling.submit(
                profile,
                row.assignment_id,
                Answer(labels=(label,), unsure=unsure),
                active_seconds=seconds,
            )


def _shared_items(ws: Workspace) -> set[int]:
    """Conversations that two or more made-up labellers have to label (overlap)."""
    with ws.db.sessions() as s:
        ids = [ws.users.find(name).id for name in SIMULATED]
        return set(
            s.scalars(
                select(Assignment.conversation_id)
                .where(Assignment.user_id.in_(ids), Assignment.purpose == Purpose.LABEL)
                .group_by(Assignment.conversation_id)
                .having(func.count() >= 2)
            )
        )


def simulate_reviews(ws: Workspace, answers: dict[int, str]) -> None:
    """The reviewer adjudicates part of the queue: the source's label is final."""
    profile = ws.users.find(REVIEWER)
    rows = ws.reviews.page(profile, ReviewFilter(), limit=100_000)
    rng = random.Random(f"{SEED}:{REVIEWER}")
    for row in rows[: int(len(rows) * REVIEWED_SHARE)]:
        task = ws.reviews.open(profile, row.assignment_id)
        final = answers.get(row.conversation_id)
        if final is None:
            continue
        verdicts = {
            slot.slot: Verdict.CORRECT if slot.labels == (final,) else Verdict.INCORRECT
            for slot in task.slots
        }
        wrong = Verdict.INCORRECT in verdicts.values()
        cause = None
        if wrong:
            cause = rng.choices(
                [CauseCode.LABELLER_ERROR, CauseCode.AMBIGUOUS, CauseCode.GUIDELINE_GAP],
                weights=[6, 2, 2],
            )[0]
        ws.reviews.submit(
            profile,
            row.assignment_id,
            ReviewAnswer(labels=(final,), verdicts=verdicts, cause=cause),
            active_seconds=rng.uniform(30, 120),
        )


def start_training(ws: Workspace) -> None:
    """The new labeller's onboarding quiz, which pauses their production queue."""
    n_items = min(8, len(ws.gold.list(pool=GoldPool.TRAINING)))
    if n_items:
        ws.training.start_quiz(ws.users.find(NEW_LABELLER).id, n_items=n_items, seed=SEED)
