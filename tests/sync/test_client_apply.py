"""Applying pulled pages on a workstation, record type by record type, without a hub.

Pages are written here as the hub sends them (see :mod:`labeldesk.sync.hub_pull`) and
applied with :func:`labeldesk.sync.client_apply.apply_page` on a real SQLite workspace, one
transaction per page as the sync client does. The sync tests (test_sync_*.py) cover pages
made by a real hub; these cover what they do not reach: a page applied twice, a conversation
that is already here or comes twice in one page, the expired-lease cases side by side, slots
whose answer changed, feedback on a revision filed under another annotation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from labeldesk.labelling.dto import Answer
from labeldesk.storage.models import (
    Annotation,
    AnnotationRevision,
    Assignment,
    Base,
    Conversation,
    GoldItem,
    GoldResult,
    Prediction,
    QuizStatus,
    Review,
    ReviewItem,
    ReviewSlot,
    TrainingQuiz,
    Turn,
)
from labeldesk.sync.client_apply import ANONYMOUS_ID, Applied, apply_page, ensure_user
from labeldesk.workspace import Workspace

ME = {"id": "a" * 32, "name": "Anong", "role": "labeller", "languages": ["th", "en"]}
CANCEL, TRACK = "ORDER>cancel_order", "ORDER>track_order"
LATER = "2026-12-03T10:00:00+00:00"


def new_id() -> str:
    return uuid.uuid4().hex


def label(key: str, parent: str | None, position: int) -> dict[str, Any]:
    return {
        "key": key,
        "parent_key": parent,
        "path": key,
        "depth": key.count(">") + 1,
        "position": position,
        "name": key.rpartition(">")[2],
        "names": {"th": "ยกเลิกคำสั่งซื้อ"} if key == CANCEL else {},
        "description": "",
        "examples": [],
        "guidelines": {},
        "synonyms": [],
        "shortcut": None,
        "deprecated": False,
    }


TAXONOMY = {
    "type": "taxonomy_version",
    "taxonomy": "bitext",
    "leaf_only": True,
    "number": 1,
    "checksum": "c" * 64,
    "source": "hub",
    "labels": [label("ORDER", None, 0), label(CANCEL, "ORDER", 0), label(TRACK, "ORDER", 1)],
}
SETTINGS = {"type": "settings", "show_predictions": True}


def conversation(ext: str, language: str = "th") -> dict[str, Any]:
    return {
        "external_id": ext,
        "language": language,
        "language_confidence": 0.9,
        "source_language": None,
        "content_hash": ext[:32],
        "meta": {"channel": "chat"},
        "turns": [
            {"idx": 0, "speaker": "customer", "text": "ยกเลิกคำสั่งซื้อได้ไหม", "ts": None, "meta": None},
            {"idx": 1, "speaker": "agent", "text": "ได้ค่ะ", "ts": "2026-11-01T10:00:00", "meta": {}},
        ],
    }


def assignment(
    ext: str, *, purpose: str = "label", position: int = 0, status: str = "todo", **extra: Any
) -> dict[str, Any]:
    return {
        "type": "assignment",
        "id": extra.pop("id", None) or new_id(),
        "purpose": purpose,
        "position": position,
        "status": status,
        "due_at": None,
        "lease_expires_at": LATER,
        "quiz_id": None,
        "batch": {"name": "week48", "taxonomy": "bitext", "multi_label": False},
        "conversation": conversation(ext),
        **extra,
    }


def slot(labels: list[str], **given: Any) -> dict[str, Any]:
    return {
        "annotation_id": given.get("annotation_id") or new_id(),
        "revision_id": given.get("revision_id") or new_id(),
        "labels": labels,
        "turn_labels": {},
        "unsure": False,
        "note": "",
    }


@pytest.fixture
def ws(tmp_path: Path):
    workspace = Workspace.open(tmp_path / "anong.db", create=True)
    with workspace.db.sessions.begin() as s:
        ensure_user(s, ME)
    yield workspace
    workspace.close()


def apply(ws: Workspace, records: list[dict[str, Any]]) -> Applied:
    """One page, one transaction (as the sync client applies it)."""
    with ws.db.sessions.begin() as s:
        return apply_page(s, ME["id"], records)


def dump(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted."""
    with ws.db.sessions() as s:
        return {
            table.name: sorted((tuple(map(repr, row)) for row in s.execute(select(table))), key=str)
            for table in Base.metadata.sorted_tables
        }


def count(ws: Workspace, model: type) -> int:
    with ws.db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def full_page(ws: Workspace) -> list[dict[str, Any]]:
    """A page with every record type, as a first sync of a labeller and reviewer would get."""
    quiz_id = new_id()
    return [
        SETTINGS,
        TAXONOMY,
        {
            "type": "quiz",
            "id": quiz_id,
            "kind": "onboarding",
            "branches": ["ORDER"],
            "threshold": 0.8,
            "n_items": 1,
            "pauses_production": True,
            "status": "open",
            "score": None,
            "created_at": "2026-11-26T09:00:00+00:00",
            "finished_at": None,
        },
        assignment("c1", predictions=[{"label": CANCEL, "turn": None, "score": 0.9, "model": "m"}]),
        assignment("c2", position=1),
        assignment(
            "t1",
            purpose="training",
            quiz_id=quiz_id,
            gold={
                "id": new_id(),
                "labels": [TRACK],
                "turn_labels": {},
                "explanation": "ติดตามพัสดุ",
                "pool": "training",
                "source": "hub",
            },
        ),
        assignment(
            "r1",
            purpose="review",
            review_item={
                "id": new_id(),
                "reason": "disagreement",
                "slots": [slot([CANCEL]), slot([TRACK])],
            },
        ),
        {"type": "mystery"},
    ]


def test_a_full_page_stores_every_record_type_once(ws: Workspace) -> None:
    applied = apply(ws, full_page(ws))

    assert (applied.assignments, applied.taxonomy_versions, applied.quizzes) == (4, 1, 1)
    assert applied.skipped == ["mystery"]
    assert count(ws, Conversation) == 4
    assert count(ws, Turn) == 8
    assert count(ws, Prediction) == 1
    assert count(ws, GoldItem) == 1
    assert count(ws, ReviewItem) == 1
    with ws.db.sessions() as s:
        slots = s.execute(select(Annotation.user_id, Annotation.latest_revision, Annotation.answer))
        assert sorted(slots) == [(ANONYMOUS_ID, 1, CANCEL), (ANONYMOUS_ID, 1, TRACK)]
        quiz = s.scalars(select(TrainingQuiz)).one()
        assert (quiz.user_id, quiz.status) == (ME["id"], QuizStatus.OPEN)
        turns = s.execute(
            select(Turn.idx, Turn.text, Turn.ts, Turn.meta)
            .join(Conversation)
            .where(Conversation.external_id == "c1")
            .order_by(Turn.idx)
        )
        assert [tuple(t) for t in turns] == [
            (0, "ยกเลิกคำสั่งซื้อได้ไหม", None, None),
            (1, "ได้ค่ะ", "2026-11-01T10:00:00", {}),
        ]
        batch = s.execute(text("SELECT taxonomy_id IS NOT NULL FROM batch")).scalar()
        assert batch == 1


def test_applying_the_same_page_twice_gives_the_same_rows(ws: Workspace) -> None:
    page = full_page(ws)
    first = apply(ws, page)
    before = dump(ws)

    again = apply(ws, page)

    assert dump(ws) == before
    assert (again.assignments, again.quizzes) == (first.assignments, first.quizzes)
    assert again.taxonomy_versions == 0  # known: checked, not stored again


def test_a_conversation_already_here_is_reused_as_it_is(ws: Workspace) -> None:
    apply(ws, [TAXONOMY, assignment("c1")])
    with ws.db.sessions() as s:
        before = s.execute(select(Conversation.id, Conversation.meta)).one()
    changed = assignment("c1", purpose="review")
    changed["conversation"]["meta"] = {"channel": "email"}
    changed["conversation"]["turns"] = changed["conversation"]["turns"][:1]

    applied = apply(ws, [changed])

    assert applied.assignments == 1
    assert count(ws, Conversation) == 1
    assert count(ws, Turn) == 2
    with ws.db.sessions() as s:
        assert s.execute(select(Conversation.id, Conversation.meta)).one() == before
        convs = set(s.scalars(select(Assignment.conversation_id)))
    assert convs == {before[0]}


def test_one_conversation_twice_in_a_page_is_stored_once(ws: Workspace) -> None:
    apply(ws, [TAXONOMY, assignment("c1"), assignment("c1", purpose="review")])

    assert count(ws, Conversation) == 1
    assert count(ws, Turn) == 2
    assert count(ws, Assignment) == 2


def test_a_later_page_updates_the_hubs_columns_but_not_the_status_here(ws: Workspace) -> None:
    record = assignment("c1")
    apply(ws, [TAXONOMY, record])
    with ws.db.sessions.begin() as s:
        s.execute(text("UPDATE assignment SET status = 'done'"))
    moved = {**record, "position": 7, "lease_expires_at": None, "due_at": LATER}

    apply(ws, [moved])

    with ws.db.sessions() as s:
        row = s.scalars(select(Assignment)).one()
        assert (row.position, row.lease_expires_at, str(row.status)) == (7, None, "done")
        assert row.due_at == dt.datetime.fromisoformat(LATER).replace(tzinfo=row.due_at.tzinfo)


def test_expired_leases_are_dropped_unless_worked_here(ws: Workspace) -> None:
    unworked, worked = assignment("c1"), assignment("c2", position=1)
    apply(ws, [TAXONOMY, unworked, worked])
    user = ws.users.find(ME["name"])
    ws.labelling.submit(user, worked["id"], Answer(labels=(CANCEL,)))
    expiring = [
        {**unworked, "status": "expired"},
        {**worked, "status": "expired"},
        {**assignment("c3"), "status": "expired"},  # never here
    ]

    applied = apply(ws, expiring)

    assert (applied.assignments, applied.dropped, applied.kept_expired) == (0, 1, 1)
    with ws.db.sessions() as s:
        assert set(s.scalars(select(Assignment.id))) == {worked["id"]}
    assert count(ws, Conversation) == 2  # the conversation stays; c3 never came


def test_predictions_are_stored_once_and_only_when_sent(ws: Workspace) -> None:
    prediction = [{"label": CANCEL, "turn": 0, "score": 0.7, "model": "m"}]
    apply(ws, [TAXONOMY, assignment("c1", predictions=prediction), assignment("c2")])
    apply(ws, [assignment("c1", purpose="review", predictions=prediction)])

    with ws.db.sessions() as s:
        rows = s.execute(select(Conversation.external_id, Prediction.label_key).join(Prediction))
        assert list(rows) == [("c1", CANCEL)]


def test_a_slot_whose_answer_changed_gets_a_new_revision(ws: Workspace) -> None:
    first = slot([CANCEL])
    item = {"id": new_id(), "reason": "audit", "slots": [first]}
    record = assignment("r1", purpose="review", review_item=item)
    apply(ws, [TAXONOMY, record])
    changed = {**first, "revision_id": new_id(), "labels": [TRACK], "unsure": True}
    second = slot([CANCEL])
    item2 = {**item, "slots": [second, changed]}

    apply(ws, [{**record, "review_item": item2}])

    with ws.db.sessions() as s:
        ann = s.get(Annotation, first["annotation_id"])
        assert (ann.latest_revision, ann.answer, ann.unsure) == (2, TRACK, True)
        assert ann.answered_at is not None
        numbers = s.execute(
            select(AnnotationRevision.id, AnnotationRevision.number).where(
                AnnotationRevision.annotation_id == first["annotation_id"]
            )
        )
        assert dict(numbers.all()) == {first["revision_id"]: 1, changed["revision_id"]: 2}
        review_item = s.get(ReviewItem, item["id"])
        assert review_item.slot_annotation_ids == [second["annotation_id"], first["annotation_id"]]


def test_gold_feedback_goes_to_the_local_annotation_of_the_revision(ws: Workspace) -> None:
    record = assignment("g1")
    apply(ws, [TAXONOMY, record])
    user = ws.users.find(ME["name"])
    saved = ws.labelling.submit(user, record["id"], Answer(labels=(CANCEL,)))
    with ws.db.sessions() as s:
        revision = s.scalars(select(AnnotationRevision)).one()
    gold = {
        "id": new_id(),
        "labels": [TRACK],
        "turn_labels": {},
        "explanation": "ติดตามพัสดุ",
        "pool": "hidden",
        "source": "review",
    }
    feedback = {
        "type": "gold_feedback",
        "id": new_id(),
        "annotation_id": new_id(),  # the hub filed it under another workstation's annotation
        "revision_id": revision.id,
        "conversation": "g1",
        "correct": False,
        "score": 0.0,
        "created_at": LATER,
        "gold": gold,
    }
    elsewhere = {**feedback, "id": new_id(), "revision_id": new_id(), "conversation": "zz"}

    applied = apply(ws, [feedback, elsewhere])
    again = apply(ws, [{**feedback, "id": new_id(), "score": 0.5}])

    assert (applied.feedback, again.feedback) == (1, 1)
    with ws.db.sessions() as s:
        result = s.scalars(select(GoldResult)).one()
        assert result.id == feedback["id"]  # a newer score updates the one result
        assert (result.annotation_id, result.score) == (saved.annotation_id, 0.5)
        item = s.scalars(select(GoldItem)).one()
        assert (item.labels, str(item.pool)) == ([TRACK], "hidden")


def test_review_feedback_is_stored_once_under_the_anonymous_reviewer(ws: Workspace) -> None:
    record = assignment("f1")
    apply(ws, [TAXONOMY, record])
    user = ws.users.find(ME["name"])
    saved = ws.labelling.submit(user, record["id"], Answer(labels=(CANCEL,)))
    feedback = {
        "type": "review_feedback",
        "id": new_id(),
        "review_item_id": new_id(),
        "reason": "disagreement",
        "conversation": "f1",
        "labels": [TRACK],
        "turn_labels": {},
        "cause": None,
        "comment": "ลูกค้าถามเรื่องพัสดุ",
        "created_at": LATER,
        "slot": "B",
        "annotation_id": saved.annotation_id,
        "verdict": "incorrect",
    }
    not_mine = {**feedback, "id": new_id(), "annotation_id": new_id()}

    applied = apply(ws, [feedback, not_mine])
    apply(ws, [feedback])

    assert applied.feedback == 1
    with ws.db.sessions() as s:
        review = s.scalars(select(Review)).one()
        assert (review.reviewer_id, review.labels) == (ANONYMOUS_ID, [TRACK])
        assert s.scalars(select(ReviewItem.slot_annotation_ids)).one() == [saved.annotation_id]
        slot_row = s.scalars(select(ReviewSlot)).one()
        assert (slot_row.slot, str(slot_row.verdict)) == ("B", "incorrect")


def test_a_quiz_finished_here_is_not_reopened_by_an_older_open(ws: Workspace) -> None:
    page = full_page(ws)
    quiz = page[2]
    apply(ws, page)
    with ws.db.sessions.begin() as s:
        s.execute(text("UPDATE training_quiz SET status = 'passed', score = 1.0"))

    applied = apply(ws, [quiz])
    apply(ws, [{**quiz, "status": "failed", "score": 0.0}])

    assert applied.quizzes == 1
    with ws.db.sessions() as s:
        row = s.get(TrainingQuiz, quiz["id"])
        assert (str(row.status), row.score) == ("failed", 0.0)


def test_among_is_a_plain_in_on_sqlite_so_the_index_answers_it(tmp_path):
    # rendered as "(... IN ...) = 1", SQLite scanned the whole table instead of the index
    from sqlalchemy import select as select_
    from sqlalchemy.dialects import sqlite

    from labeldesk.storage.models import Conversation
    from labeldesk.sync import bulk

    sql = str(
        select_(Conversation.id)
        .where(bulk.among(Conversation.id, [1, 2]))
        .compile(dialect=sqlite.dialect())
    )
    assert sql.rstrip().endswith("IN (SELECT value FROM json_each(?))")
    ws = Workspace.open(tmp_path / "plan.db", create=True)
    try:
        with ws.db.engine.connect() as conn:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, ("[1, 2]",)).all()
    finally:
        ws.close()
    assert not any("SCAN conversation" in str(row[-1]) for row in plan)
