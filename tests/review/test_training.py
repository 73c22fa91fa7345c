"""Training quizzes: what a quiz draws, the production lock on the queue, immediate feedback,
passing, failing, retaking, and refreshers for flagged labellers.

The workspace is the labelling one plus a ``training`` batch of training-pool gold items in
five languages (tests/gold_data.py); answers go through the labelling service as the app
saves them, so the gold hook scores them and moves the quiz on inside the same commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_data import CANCEL, EXPLANATION, REFUND, TRACK, add_training_batch, write_gold_jsonl
from sqlalchemy import select

from labeldesk.labelling import AnnotationError, Answer, Profile, QueueFilter
from labeldesk.review import training
from labeldesk.review.training import QuizView, TrainingError
from labeldesk.storage.models import (
    Assignment,
    AuditEntry,
    GoldPool,
    Purpose,
    QuizKind,
    QuizStatus,
    TrainingQuiz,
    WorkStatus,
)
from labeldesk.workspace import DEFAULT_SETTINGS, Workspace


@pytest.fixture
def ws(labelling_ws, tmp_path: Path) -> Workspace:
    return labelling_ws.ws


@pytest.fixture
def answers(ws: Workspace, tmp_path: Path) -> dict[str, str]:
    """The training batch: external id -> gold label."""
    return add_training_batch(ws, tmp_path)


@pytest.fixture
def anong(ws: Workspace) -> Profile:
    return ws.users.find("Anong")


def take(ws: Workspace, user: Profile, answers: dict[str, str], n_right: int) -> QuizView:
    """Answer the queue's training items: the first ``n_right`` right, the rest wrong."""
    rows = ws.queue.page(user)
    assert rows
    for i, row in enumerate(rows):
        right = answers[row.external_id]
        label = right if i < n_right else (CANCEL if right != CANCEL else TRACK)
        ws.labelling.submit(user, row.assignment_id, Answer(labels=(label,)))
    latest = ws.training.latest_quiz(user.id)
    assert latest is not None
    return latest


def quiz_items(ws: Workspace, quiz_id: str) -> list[tuple[int, int]]:
    with ws.db.sessions() as s:
        return [
            (cid, pos)
            for cid, pos in s.execute(
                select(Assignment.conversation_id, Assignment.position)
                .where(Assignment.quiz_id == quiz_id)
                .order_by(Assignment.position)
            )
        ]


def audit_actions(ws: Workspace) -> list[str]:
    with ws.db.sessions() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


# -- drawing a quiz ----------------------------------------------------------------------------


def test_a_quiz_draws_unseen_training_items_in_the_users_languages(ws, anong, answers) -> None:
    seen_ext = "tr-th-00"
    seen_id = ws.gold.list(pool=GoldPool.TRAINING)
    seen_cid = next(g.conversation_id for g in seen_id if g.external_id == seen_ext)
    with ws.db.sessions.begin() as s:  # an item Anong once had: never drawn
        s.add(
            Assignment(
                conversation_id=seen_cid, user_id=anong.id, purpose=Purpose.LABEL, position=999
            )
        )
    quiz = ws.training.start_quiz(anong.id, n_items=11)
    assert (quiz.n_items, quiz.n_answered, quiz.status, quiz.kind) == (
        11,
        0,
        QuizStatus.OPEN,
        QuizKind.ONBOARDING,
    )
    rows = ws.queue.page(anong)
    assert len(rows) == 11
    assert {r.language for r in rows} <= {"th", "en"}
    assert all(r.external_id.startswith("tr-") for r in rows)
    assert seen_ext not in {r.external_id for r in rows}
    assert [p for _, p in quiz_items(ws, quiz.id)] == list(range(-11, 0))
    with pytest.raises(TrainingError, match="only 12 training items") as exc:
        ws.training.start_quiz(ws.users.find("Wei").id, n_items=13)  # zh 6 + en 6 = 12
    assert "labeldesk gold import" in str(exc.value)


def test_hidden_gold_is_never_drawn(ws, anong, answers, tmp_path) -> None:
    ws.gold.import_file(
        write_gold_jsonl(tmp_path / "hidden.jsonl", {"tr-th-00": REFUND}), replace=True
    )  # now hidden gold
    with pytest.raises(TrainingError, match="only 11"):
        ws.training.start_quiz(anong.id, n_items=12)


def test_defaults_come_from_the_workspace_setting(ws, anong, answers) -> None:
    assert DEFAULT_SETTINGS["training"] == training.DEFAULTS
    ws.set_setting("training", {"threshold": 0.5, "n_items": 3, "pause_production": False})
    quiz = ws.training.start_quiz(anong.id)
    assert (quiz.n_items, quiz.threshold, quiz.pauses_production) == (3, 0.5, False)


def test_branches_restrict_the_draw(ws, anong, answers) -> None:
    quiz = ws.training.start_quiz(anong.id, branches=["ORDER"], n_items=6)
    assert quiz.branches == ("ORDER",)
    drawn = {r.external_id for r in ws.queue.page(anong)}
    assert {answers[e] for e in drawn} <= {CANCEL, TRACK}
    assert len(drawn) == 6


def test_bad_requests_are_refused_and_create_nothing(ws, anong, answers) -> None:
    cases = [
        ({"branches": ["NOPE"]}, "'NOPE' is not a top-level label"),
        ({"branches": [CANCEL]}, "is not a top-level label"),
        ({"branches": ["ORDER"], "n_items": 7}, "under ORDER"),
        ({"n_items": 0}, "at least one item"),
        ({"threshold": 1.5}, "between 0 and 1"),
    ]
    for kwargs, message in cases:
        with pytest.raises(TrainingError, match=message):
            ws.training.start_quiz(anong.id, **kwargs)
    with pytest.raises(TrainingError, match="no user"):
        ws.training.start_quiz("nobody")
    assert ws.training.quizzes() == []
    ws.training.start_quiz(anong.id, n_items=2)
    with pytest.raises(TrainingError, match="already has an open quiz"):
        ws.training.start_quiz(anong.id, n_items=2)


# -- the production lock ---------------------------------------------------------------------


def test_an_open_quiz_locks_the_queue_to_its_items(ws, anong, answers) -> None:
    production = ws.queue.page(anong)
    assert production
    assert all(not r.external_id.startswith("tr-") for r in production)
    quiz = ws.training.start_quiz(anong.id, n_items=4)
    rows = ws.queue.page(anong)
    assert [r.external_id[:3] for r in rows] == ["tr-"] * 4
    assert ws.queue.count(anong) == 4
    assert ws.queue.counts(anong).total == 4
    assert ws.queue.batches(anong) == ["training"]
    assert ws.queue.row(anong, production[0].assignment_id) is None
    assert ws.queue.row(anong, rows[0].assignment_id) is not None
    todo = QueueFilter(statuses=frozenset({WorkStatus.TODO}))
    assert ws.queue.count(anong, todo) == 4
    # Other labellers' queues are untouched.
    wei = ws.users.find("Wei")
    assert all(not r.external_id.startswith("tr-") for r in ws.queue.page(wei))

    passed = take(ws, anong, answers, n_right=4)
    assert (passed.id, passed.status, passed.score) == (quiz.id, QuizStatus.PASSED, 1.0)
    after = ws.queue.page(anong)
    assert [r.assignment_id for r in after] == [r.assignment_id for r in production]
    assert ws.training.active_quiz(anong.id) is None


def test_a_quiz_that_does_not_pause_adds_its_items_first(ws, anong, answers) -> None:
    production = ws.queue.count(anong)
    ws.training.start_quiz(anong.id, n_items=3, pauses_production=False)
    rows = ws.queue.page(anong)
    assert len(rows) == production + 3
    assert [r.external_id[:3] for r in rows[:3]] == ["tr-"] * 3
    take_training_only(ws, anong, answers)
    assert ws.queue.count(anong) == production  # closed: its items no longer show


def take_training_only(ws: Workspace, user: Profile, answers: dict[str, str]) -> None:
    for row in ws.queue.page(user):
        if row.external_id.startswith("tr-"):
            ws.labelling.submit(user, row.assignment_id, Answer(labels=(answers[row.external_id],)))


# -- passing, failing, retaking ---------------------------------------------------------------


def test_pass_at_the_mark_and_fail_below_it(ws, anong, answers) -> None:
    ws.training.start_quiz(anong.id, n_items=5, threshold=0.8)
    passed = take(ws, anong, answers, n_right=4)
    assert (passed.status, passed.n_answered, passed.n_correct, passed.score) == (
        QuizStatus.PASSED,
        5,
        4,
        0.8,
    )
    assert passed.finished_at is not None
    assert "training.passed" in audit_actions(ws)

    wei = ws.users.find("Wei")
    ws.training.start_quiz(wei.id, n_items=5, threshold=0.8)
    failed = take(ws, wei, answers, n_right=3)
    assert (failed.status, failed.score, failed.locks_production) == (QuizStatus.FAILED, 0.6, True)
    assert "training.failed" in audit_actions(ws)


def test_a_failed_quiz_keeps_the_queue_locked_until_a_retake_is_passed(ws, anong, answers) -> None:
    first = ws.training.start_quiz(anong.id, n_items=4, threshold=1.0)
    first_items = {cid for cid, _ in quiz_items(ws, first.id)}
    assert take(ws, anong, answers, n_right=3).status is QuizStatus.FAILED
    assert ws.queue.page(anong) == []  # locked, and the failed quiz's items are gone
    assert ws.queue.counts(anong).total == 0

    retake = ws.training.start_quiz(anong.id, n_items=4, threshold=1.0)
    assert retake.id != first.id
    assert {cid for cid, _ in quiz_items(ws, retake.id)}.isdisjoint(first_items)
    assert take(ws, anong, answers, n_right=4).status is QuizStatus.PASSED
    assert ws.queue.page(anong)
    assert all(not r.external_id.startswith("tr-") for r in ws.queue.page(anong))
    assert [q.status for q in ws.training.quizzes(anong.id)] == [
        QuizStatus.PASSED,
        QuizStatus.FAILED,
    ]


def test_training_items_cannot_be_skipped_or_left_unlabelled(ws, anong, answers) -> None:
    ws.training.start_quiz(anong.id, n_items=2)
    row = ws.queue.page(anong)[0]
    with pytest.raises(AnnotationError, match="training item"):
        ws.labelling.skip(anong, row.assignment_id, "too hard")
    with pytest.raises(AnnotationError, match="training item"):
        ws.labelling.submit(anong, row.assignment_id, Answer(unsure=True))
    assert ws.labelling.history(anong, row.assignment_id) == []


# -- immediate feedback --------------------------------------------------------------------------


def test_feedback_comes_only_after_the_submit_and_keeps_the_first_answer(
    ws, anong, answers
) -> None:
    ws.training.start_quiz(anong.id, n_items=2)
    first, second = ws.queue.page(anong)
    assert ws.training.feedback(anong.id, first.assignment_id) is None
    expected = answers[first.external_id]
    wrong = REFUND if expected != REFUND else CANCEL
    ws.labelling.submit(anong, first.assignment_id, Answer(labels=(wrong,)))
    fb = ws.training.feedback(anong.id, first.assignment_id)
    assert fb is not None
    assert (fb.your_labels, fb.expected, fb.correct, fb.score) == ((wrong,), (expected,), False, 0)
    assert fb.explanation == EXPLANATION[expected]
    assert fb.names[expected] == expected.split(">")[1]
    assert (fb.quiz.n_answered, fb.quiz.n_correct, fb.quiz.status) == (1, 0, QuizStatus.OPEN)
    ws.labelling.submit(anong, first.assignment_id, Answer(labels=(expected,)))  # a revision
    again = ws.training.feedback(anong.id, first.assignment_id)
    assert again is not None
    assert (again.your_labels, again.correct) == ((wrong,), False)
    # Nobody else sees it; a production item has no training feedback.
    assert ws.training.feedback(ws.users.find("Wei").id, first.assignment_id) is None
    assert ws.training.feedback(anong.id, "no-such-assignment") is None
    ws.labelling.submit(anong, second.assignment_id, Answer(labels=(answers[second.external_id],)))
    last = ws.training.feedback(anong.id, second.assignment_id)
    assert last is not None
    assert (last.quiz.status, last.quiz.score) == (QuizStatus.FAILED, 0.5)


def test_feedback_names_labels_in_the_ui_language(ws, anong, answers) -> None:
    from labeldesk.storage.models import Label

    with ws.db.sessions.begin() as s:
        for label in s.scalars(select(Label).where(Label.key.in_([CANCEL, TRACK, REFUND]))):
            label.names = {"th": f"ไทย {label.name}"}
    ws.training.start_quiz(anong.id, n_items=1)
    row = ws.queue.page(anong)[0]
    ws.labelling.submit(anong, row.assignment_id, Answer(labels=(TRACK,)))
    fb = ws.training.feedback(anong.id, row.assignment_id, lang="th")
    assert fb is not None
    assert fb.names[TRACK] == "ไทย track_order"


# -- refreshers -----------------------------------------------------------------------------------


def test_refreshers_skip_users_with_an_open_quiz(ws, anong, answers) -> None:
    wei, linh = ws.users.find("Wei"), ws.users.find("Linh")
    open_quiz = ws.training.start_quiz(wei.id, n_items=2)
    sent = ws.training.send_refreshers(
        [(anong.id, ["ORDER"]), (wei.id, ["REFUND"]), (linh.id, [])],
        pauses_production=False,
        n_items=3,
    )
    assert [(q.user, q.kind, q.branches, q.pauses_production) for q in sent] == [
        ("Anong", QuizKind.REFRESHER, ("ORDER",), False),
        ("Linh", QuizKind.REFRESHER, (), False),
    ]
    active = ws.training.active_quiz(wei.id)
    assert active is not None
    assert active.id == open_quiz.id
    # Not paused: Anong's production work stays in her queue, the refresher comes first.
    rows = ws.queue.page(anong)
    assert [r.external_id[:3] for r in rows[:3]] == ["tr-"] * 3
    assert len(rows) > 3


def test_refreshers_are_all_or_nothing(ws, anong, answers) -> None:
    linh = ws.users.find("Linh")
    with pytest.raises(TrainingError, match="Linh"):
        ws.training.send_refreshers(
            [(anong.id, ["ORDER"]), (linh.id, ["ACCOUNT"])], pauses_production=True, n_items=2
        )
    with ws.db.sessions() as s:
        assert s.scalars(select(TrainingQuiz)).first() is None
