"""The hub, never the client, scores gold and finds disagreements; training travels with answers.

A workstation has no hidden gold and only its own labeller's answers, so its save hooks
find nothing to score and no disagreement; the hub derives both from the pushed answers, and
what follows (a gold score, a review item for the reviewer) arrives on the next sync. A
training quiz is the exception the design allows: its items' answers travel, so the
labeller gets feedback offline, and the hub closes the quiz the same way from the answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from gold_data import add_training_batch
from sqlalchemy import func, select
from sync_helpers import Served, assignments_of, served_hub

from labeldesk.labelling.dto import Answer, QueueFilter
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Conversation,
    GoldItem,
    GoldResult,
    OutboxEntry,
    Purpose,
    QuizStatus,
    ReviewItem,
    ReviewReason,
    TrainingQuiz,
)
from labeldesk.sync import outbox
from labeldesk.workspace import Workspace

CANCEL, TRACK = "ORDER>cancel_order", "ORDER>track_order"


def count(ws: Workspace, table: type) -> int:
    """Rows of a model's table in a workspace."""
    with ws.db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def work_on(ws: Workspace, name: str, external_id: str) -> str:
    """The assignment id of ``name``'s work on a conversation, on that workstation."""
    with ws.db.sessions() as s:
        return str(
            s.scalar(
                select(Assignment.id)
                .join(Conversation, Conversation.id == Assignment.conversation_id)
                .where(
                    Conversation.external_id == external_id,
                    Assignment.user_id == ws.users.find(name).id,
                )
            )
        )


# -- gold ------------------------------------------------------------------------------------


@pytest.fixture
def gold_hub(db_url: str, tmp_path: Path) -> Iterator[Served]:
    """Hidden gold mixed into every queue."""
    with served_hub(db_url, tmp_path, per_language=3, overlap=1.0, gold=0.2) as hub:
        yield hub


def test_the_hub_scores_gold_and_the_client_scores_nothing(gold_hub: Served) -> None:
    served = gold_hub
    wei = served.client("Wei")
    served.sync("Wei")
    user = wei.users.find("Wei")
    with served.hub.db.sessions() as s:
        gold_work = dict(
            s.execute(
                select(Assignment.id, Assignment.conversation_id).where(
                    Assignment.user_id == user.id, Assignment.purpose == Purpose.GOLD
                )
            ).all()
        )
    assert gold_work
    rows = wei.queue.page(user, QueueFilter(), limit=1000)
    for row in rows:
        wei.labelling.submit(user, row.assignment_id, Answer(labels=(TRACK,)))
    # ... and, before syncing, corrects the gold item: the first answer is what counts.
    for assignment_id in gold_work:
        wei.labelling.submit(user, assignment_id, Answer(labels=(CANCEL,)))

    # Offline, the workstation has no gold to score with, and queues no score.
    assert count(wei, GoldItem) == count(wei, GoldResult) == 0
    with wei.db.sessions() as s:
        kinds = set(s.scalars(select(OutboxEntry.record_type)))
    assert kinds == {"annotation_revision"}

    served.sync("Wei")

    with served.hub.db.sessions() as s:
        results = s.execute(
            select(GoldResult, AnnotationRevision.number, AnnotationRevision.labels)
            .join(AnnotationRevision, AnnotationRevision.id == GoldResult.revision_id)
            .join(Annotation, Annotation.id == GoldResult.annotation_id)
            .where(Annotation.assignment_id.in_(list(gold_work)))
        ).all()
        assert len(results) == len(gold_work)
        for result, number, labels in results:
            assert (result.user_id, result.correct, result.score) == (user.id, False, 0.0)
            assert (number, labels) == (1, [TRACK])
        hub_ids = {result.id for result, _n, _l in results}
    # The score comes back as feedback: the hub's result, under the hub's id.
    with wei.db.sessions() as s:
        assert set(s.scalars(select(GoldResult.id))) == hub_ids
    missed = wei.feedback.for_user(user.id)
    assert [(e.your_labels, e.expected) for e in missed] == [((TRACK,), (CANCEL,))] * len(gold_work)


@pytest.fixture
def review_hub(db_url: str, tmp_path: Path) -> Iterator[Served]:
    """Every chat to two labellers, no gold, and no random audit of agreed items."""
    with served_hub(
        db_url,
        tmp_path,
        per_language=3,
        overlap=1.0,
        prepare=lambda hub: hub.set_setting("audit_share", 0.0),
    ) as hub:
        yield hub


def test_the_hub_finds_disagreements_and_the_reviewer_gets_them_next_sync(
    review_hub: Served,
) -> None:
    served = review_hub
    maria = served.client("Maria")
    assert served.sync("Maria").assignments == 0
    answers = {
        "Anong": {"en-000": CANCEL, "en-001": CANCEL},
        "Wei": {"en-000": TRACK, "en-001": CANCEL},
    }
    for name, chosen in answers.items():
        ws = served.client(name)
        served.sync(name)
        user = ws.users.find(name)
        for external_id, label in chosen.items():
            ws.labelling.submit(user, work_on(ws, name, external_id), Answer(labels=(label,)))
        assert count(ws, ReviewItem) == 0  # one labeller's answers: nothing to compare here
    served.sync("Anong")
    assert count(served.hub, ReviewItem) == 0  # Wei's answers are not in yet
    served.sync("Wei")

    with served.hub.db.sessions() as s:
        found = s.execute(
            select(ReviewItem.id, ReviewItem.reason, Conversation.external_id).join(
                Conversation, Conversation.id == ReviewItem.conversation_id
            )
        ).all()
        assert [(reason, ext) for _i, reason, ext in found] == [
            (ReviewReason.DISAGREEMENT, "en-000")
        ]
        routed = s.scalars(
            select(Assignment.user_id).where(Assignment.purpose == Purpose.REVIEW)
        ).all()
    assert routed == [served.user_id("Maria")]
    for name in answers:
        assert count(served.client(name), ReviewItem) == 0

    report = served.sync("Maria")
    assert report.assignments == 1
    with maria.db.sessions() as s:
        assert list(s.scalars(select(ReviewItem.id))) == [found[0][0]]
    rows = maria.reviews.page(maria.users.find("Maria"))
    assert [row.external_id for row in rows] == ["en-000"]


# -- training ------------------------------------------------------------------------------------


@pytest.fixture
def training_hub(db_url: str, tmp_path: Path) -> Iterator[tuple[Served, dict[str, str]]]:
    """The hub with a training pool; returns it with each training chat's answer."""
    answers: dict[str, str] = {}

    def prepare(hub: Workspace) -> None:
        answers.update(add_training_batch(hub, tmp_path, per_language=2))

    with served_hub(db_url, tmp_path, per_language=2, overlap=0.0, prepare=prepare) as hub:
        yield hub, answers


def test_a_training_quiz_travels_with_its_answers_and_the_hub_closes_it_the_same_way(
    training_hub: tuple[Served, dict[str, str]],
) -> None:
    served, answers = training_hub
    # A lead starts a quiz on the hub for two labellers.
    quizzes = {
        name: served.hub.training.start_quiz(
            served.user_id(name), n_items=4, threshold=0.75, seed=name
        )
        for name in ("Anong", "Wei")
    }
    for name, quiz in quizzes.items():
        ws = served.client(name)
        served.sync(name)
        user = ws.users.find(name)
        # The quiz, its items and their answers arrived.
        with ws.db.sessions() as s:
            local = s.get(TrainingQuiz, quiz.id)
            assert (local.status, local.n_items, local.threshold) == (QuizStatus.OPEN, 4, 0.75)
            gold = {
                ext: (labels, explanation, str(pool))
                for ext, labels, explanation, pool in s.execute(
                    select(
                        Conversation.external_id,
                        GoldItem.labels,
                        GoldItem.explanation,
                        GoldItem.pool,
                    ).join(Conversation, Conversation.id == GoldItem.conversation_id)
                )
            }
        work = {
            a: v
            for a, v in assignments_of(ws, user.id).items()
            if v["purpose"] == Purpose.TRAINING.value
        }
        assert len(work) == 4
        assert {v["quiz_id"] for v in work.values()} == {quiz.id}
        assert set(gold) == {v["conversation"] for v in work.values()}
        for ext, (labels, explanation, pool) in gold.items():
            assert (labels, pool) == ([answers[ext]], "training")
            assert explanation
        # The production queue waits for the quiz.
        queue = {r.assignment_id for r in ws.queue.page(user, QueueFilter(), limit=1000)}
        assert queue == set(work)

        # Offline: Anong answers every item right, Wei only the first; feedback at once.
        for n, (assignment_id, item) in enumerate(sorted(work.items())):
            right = answers[item["conversation"]]
            chosen = right if name == "Anong" or n == 0 else (TRACK if right != TRACK else CANCEL)
            ws.labelling.submit(user, assignment_id, Answer(labels=(chosen,)))
            shown = ws.training.feedback(user.id, assignment_id)
            assert shown is not None
            assert (shown.expected, shown.correct) == ((right,), chosen == right)
            assert shown.explanation == gold[item["conversation"]][1]
        closed = ws.training.latest_quiz(user.id)
        expected = QuizStatus.PASSED if name == "Anong" else QuizStatus.FAILED
        assert (closed.status, closed.score) == (expected, 1.0 if name == "Anong" else 0.25)

        report = served.sync(name)
        assert report.rejected == []
        hub_quiz = served.hub.training.latest_quiz(user.id)
        assert (hub_quiz.id, hub_quiz.status, hub_quiz.score, hub_quiz.n_correct) == (
            quiz.id,
            closed.status,
            closed.score,
            closed.n_correct,
        )
        with ws.db.sessions() as s:
            assert outbox.pending_count(s, user.id, served.base) == 0
            assert outbox.rejected(s) == []
        # Passing opens the production queue; failing locks the queue until another quiz.
        production = set(assignments_of(ws, user.id)) - set(work)
        queue = {r.assignment_id for r in ws.queue.page(user, QueueFilter(), limit=1000)}
        assert production
        assert queue == (production if name == "Anong" else set())


def test_a_quiz_always_arrives_before_its_items(
    training_hub: tuple[Served, dict[str, str]],
) -> None:
    """Quizzes started together are published together; each comes before its own items,
    whatever the order of the ids, so a client never stores an item of an unknown quiz."""
    served, _answers = training_hub
    names = ("Anong", "Wei", "Linh")
    for name in names:
        served.client(name)
        served.sync(name)
    for name in names:
        served.hub.training.start_quiz(served.user_id(name), n_items=4, threshold=0.5)
    for name in names:
        with httpx.Client(base_url=served.base, timeout=30) as http:
            body = http.get(
                "/v1/pull",
                params={"cursor": 0, "limit": 2000},
                headers={"Authorization": f"Bearer {served.token(name)}"},
            ).json()
        seen_quizzes: set[str] = set()
        items = 0
        for record in body["records"]:
            if record["type"] == "quiz":
                seen_quizzes.add(record["id"])
            elif record["type"] == "assignment" and record["quiz_id"] is not None:
                assert record["quiz_id"] in seen_quizzes, f"{name}: an item before its quiz"
                items += 1
        assert items == 4
        # One record per page: the order alone decides, and the client takes every page.
        report = served.sync(name, page=1)
        assert report.rejected == []
        quiz = served.client(name).training.active_quiz(served.user_id(name))
        assert quiz is not None
        assert quiz.n_items == 4
