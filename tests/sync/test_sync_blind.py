"""The blind, enforced by the hub: proved by reading the workstations' own database files.

"A labeller's client never receives another labeller's labels, a gold answer or a gold
flag", and "a reviewer receives no labeller identities". The hub here assigns every chat to
two labellers (overlap 1.0) and mixes hidden gold into their queues (rate 0.2). Anong and Wei
work through their queues over several syncs; after every sync their SQLite files are read
with plain ``sqlite3``, as anyone with the file could read them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_helpers import Served, served_hub, sqlite_column, sqlite_find, sqlite_rows

from labeldesk.labelling.dto import Answer, QueueFilter
from labeldesk.labelling.service import DEFAULT_HIDDEN_META
from labeldesk.review.dto import ReviewAnswer
from labeldesk.storage.models import (
    Annotation,
    Assignment,
    CauseCode,
    Conversation,
    GoldItem,
    Prediction,
    Purpose,
    Review,
    ReviewItem,
    ReviewSlot,
    User,
    Verdict,
)
from labeldesk.sync.client_apply import ANONYMOUS_ID
from labeldesk.workspace import Workspace

CANCEL, TRACK = "ORDER>cancel_order", "ORDER>track_order"
#: What each labeller answers, whatever the item: they disagree on every shared chat.
ANSWERS = {"Anong": CANCEL, "Wei": TRACK}
GOLD_EXPLANATION = "The customer asks to cancel before shipping."
COMMENT = "ลูกค้าขอยกเลิก: cancel, not track."


@pytest.fixture
def served(db_url: str, tmp_path: Path) -> Iterator[Served]:
    """Every chat to two labellers, and hidden gold mixed in at a rate of 0.2."""
    with served_hub(db_url, tmp_path, per_language=3, overlap=1.0, gold=0.2) as hub:
        yield hub


def gold_work(served: Served, name: str) -> dict[str, str]:
    """The hub's hidden gold assignments of ``name``: assignment id -> conversation."""
    with served.hub.db.sessions() as s:
        rows = s.execute(
            select(Assignment.id, Conversation.external_id)
            .join(Conversation, Conversation.id == Assignment.conversation_id)
            .where(Assignment.user_id == served.user_id(name), Assignment.purpose == Purpose.GOLD)
        ).all()
    return dict(rows)


def answer(ws: Workspace, name: str, assignment_ids: set[str]) -> int:
    """Submit ``name``'s usual answer on those of the assignments still in their queue."""
    user = ws.users.find(name)
    done = 0
    for row in ws.queue.page(user, QueueFilter(), limit=1000):
        if row.assignment_id in assignment_ids and row.status == "todo":
            ws.labelling.submit(user, row.assignment_id, Answer(labels=(ANSWERS[name],)))
            done += 1
    return done


def assert_blind(served: Served, name: str) -> None:
    """Read ``name``'s workstation file: nothing of the blind is in it."""
    path = served.path(name)
    me = served.user_id(name)
    others = {other: served.user_id(other) for other in ("Anong", "Wei", "Linh", "Maria", "Dana")}
    del others[name]

    # Only their own answers: no other labeller's annotation, revision, or anything at all.
    assert set(sqlite_column(path, "SELECT DISTINCT user_id FROM annotation")) <= {me}
    assert sqlite_column(
        path,
        "SELECT count(*) FROM annotation_revision r JOIN annotation a ON a.id = r.annotation_id "
        "WHERE a.user_id != ?",
        (me,),
    ) == [0]
    assert set(sqlite_column(path, "SELECT id FROM user")) <= {me, ANONYMOUS_ID}
    for other, other_id in others.items():
        assert sqlite_find(path, other_id) == [], f"{other}'s id is in {name}'s workstation"

    # No gold flag: no gold purpose, no gold batch, gold chats sit in the batch around them.
    assert set(sqlite_column(path, "SELECT DISTINCT purpose FROM assignment")) <= {"label"}
    assert sqlite_column(path, "SELECT name FROM batch") == ["chats"]
    assert len(set(sqlite_column(path, "SELECT batch_id FROM conversation"))) == 1

    # No gold answer before their own answer was submitted.
    submitted = set(
        sqlite_column(
            path,
            "SELECT DISTINCT a.conversation_id FROM annotation a "
            "JOIN annotation_revision r ON r.annotation_id = a.id "
            "WHERE a.user_id = ? AND r.labels != '[]'",
            (me,),
        )
    )
    assert set(sqlite_column(path, "SELECT conversation_id FROM gold_item")) <= submitted
    assert set(sqlite_column(path, "SELECT conversation_id FROM gold_result")) <= submitted
    assert set(sqlite_column(path, "SELECT DISTINCT user_id FROM gold_result")) <= {me}

    # No metadata that gives the answer away, and no model predictions (never sent).
    hidden = {k.lower() for k in DEFAULT_HIDDEN_META}
    metas = sqlite_column(path, "SELECT meta FROM conversation")
    metas += sqlite_column(path, "SELECT meta FROM turn WHERE meta IS NOT NULL")
    for meta in metas:
        keys = {k.lower() for k in json.loads(meta) or {}}
        assert not keys & hidden, f"hidden metadata {keys & hidden} on {name}'s workstation"
    assert sqlite_column(path, "SELECT count(*) FROM prediction") == [0]

    # Review feedback names no reviewer and holds only their own annotations.
    mine = set(sqlite_column(path, "SELECT id FROM annotation WHERE user_id = ?", (me,)))
    assert set(sqlite_column(path, "SELECT annotation_id FROM review_slot")) <= mine
    for (slots,) in sqlite_rows(path, "SELECT slot_annotation_ids FROM review_item"):
        assert set(json.loads(slots)) <= mine
    assert set(sqlite_column(path, "SELECT reviewer_id FROM review")) <= {ANONYMOUS_ID}


def test_the_hub_world_has_what_the_blind_must_hide(served: Served) -> None:
    """The checks below have teeth: the hub does hold gold, predictions and hidden meta."""
    assert gold_work(served, "Anong")
    assert gold_work(served, "Wei")
    with served.hub.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Prediction)) > 0
        metas = s.scalars(select(Conversation.meta)).all()
    assert all("intent" in meta for meta in metas)


@pytest.mark.slow
def test_labellers_clients_hold_nothing_of_the_blind_over_several_syncs(served: Served) -> None:
    clients = {name: served.client(name) for name in ANSWERS}
    gold = {name: gold_work(served, name) for name in ANSWERS}

    # Round 0: the work arrives; the gold items among it look like the rest.
    for name, ws in clients.items():
        served.sync(name)
        assert_blind(served, name)
        here = set(sqlite_column(served.path(name), "SELECT external_id FROM conversation"))
        assert set(gold[name].values()) <= here
        queue = {r.assignment_id for r in ws.queue.page(ws.users.find(name), QueueFilter())}
        assert set(gold[name]) <= queue

    # Round 1: everything but the gold items is answered and synced: still no gold anywhere.
    for name, ws in clients.items():
        everything = set(sqlite_column(served.path(name), "SELECT id FROM assignment"))
        assert answer(ws, name, everything - set(gold[name])) > 0
        served.sync(name)
    for name in clients:
        assert_blind(served, name)
        assert sqlite_column(served.path(name), "SELECT count(*) FROM gold_item") == [0]
        assert clients[name].feedback.for_user(served.user_id(name), include_correct=True) == []

    # Round 2: the gold items are answered; once synced, the answer and explanation come back.
    for name, ws in clients.items():
        assert answer(ws, name, set(gold[name])) == len(gold[name])
        served.sync(name)
    for name in clients:
        assert_blind(served, name)
        path = served.path(name)
        got = sqlite_column(
            path,
            "SELECT c.external_id FROM gold_item g JOIN conversation c ON c.id = g.conversation_id",
        )
        assert sorted(got) == sorted(gold[name].values())

    wei = served.user_id("Wei")
    missed = clients["Wei"].feedback.for_user(wei)
    assert {(e.kind, e.external_id) for e in missed} == {("gold", x) for x in gold["Wei"].values()}
    for entry in missed:
        assert (entry.your_labels, entry.expected, entry.correct) == ((TRACK,), (CANCEL,), False)
        assert entry.explanation == GOLD_EXPLANATION
    anong = served.user_id("Anong")
    assert clients["Anong"].feedback.for_user(anong) == []  # right: nothing to correct
    right = clients["Anong"].feedback.for_user(anong, include_correct=True)
    assert [(e.kind, e.correct, e.expected) for e in right] == [("gold", True, (CANCEL,))] * len(
        gold["Anong"]
    )

    # Round 3: syncing again brings nothing new and keeps the blind.
    for name in clients:
        again = served.sync(name)
        assert (again.pushed, again.assignments, again.feedback) == (0, 0, 0)
        assert_blind(served, name)


def review_item_ids(served: Served) -> dict[str, list[str]]:
    """The hub's review items routed to Maria: item id -> slot annotation ids in order."""
    with served.hub.db.sessions() as s:
        rows = s.execute(
            select(ReviewItem.id, ReviewItem.slot_annotation_ids)
            .join(Assignment, Assignment.conversation_id == ReviewItem.conversation_id)
            .where(Assignment.user_id == served.user_id("Maria"))
        ).all()
    return {item: list(slots) for item, slots in rows}


@pytest.mark.slow
def test_a_reviewer_sees_anonymous_slots_and_the_verdicts_reach_the_labellers(
    served: Served,
) -> None:
    clients = {name: served.client(name) for name in ANSWERS}
    for name, ws in clients.items():
        served.sync(name)
        answer(ws, name, set(sqlite_column(served.path(name), "SELECT id FROM assignment")))
        served.sync(name)
    items = review_item_ids(served)
    assert len(items) == 3  # the three English chats both labelled, differently

    # Maria's workstation: slots in the hub's shuffled order, under the anonymous user only.
    maria = served.client("Maria")
    report = served.sync("Maria")
    assert report.assignments == len(items)
    path = served.path("Maria")
    assert set(sqlite_column(path, "SELECT DISTINCT user_id FROM annotation")) == {ANONYMOUS_ID}
    assert set(sqlite_column(path, "SELECT id FROM user")) == {
        served.user_id("Maria"),
        ANONYMOUS_ID,
    }
    assert set(sqlite_column(path, "SELECT DISTINCT purpose FROM assignment")) == {"review"}
    local = {
        item: json.loads(slots)
        for item, slots in sqlite_rows(path, "SELECT id, slot_annotation_ids FROM review_item")
    }
    assert local == items
    for labeller in ("Anong", "Wei", "Linh"):
        assert sqlite_find(path, served.user_id(labeller)) == [], f"{labeller}'s id leaked"
        assert sqlite_find(path, labeller) == [], f"{labeller}'s name leaked"
    assert sqlite_column(path, "SELECT count(*) FROM gold_item") == [0]

    # She reviews through the review service the UI uses: Anong's answer is the right one.
    profile = maria.users.find("Maria")
    rows = maria.reviews.page(profile)
    assert len(rows) == len(items)
    for row in rows:
        task = maria.reviews.open(profile, row.assignment_id)
        assert sorted(slot.labels for slot in task.slots) == [(CANCEL,), (TRACK,)]
        verdicts = {
            slot.slot: Verdict.CORRECT if slot.labels == (CANCEL,) else Verdict.INCORRECT
            for slot in task.slots
        }
        answer_ = ReviewAnswer(
            labels=(CANCEL,), verdicts=verdicts, cause=CauseCode.LABELLER_ERROR, comment=COMMENT
        )
        maria.reviews.submit(profile, row.assignment_id, answer_, active_seconds=30.0)
    pushed = served.sync("Maria")
    assert pushed.rejected == []
    assert pushed.pushed == len(items)

    # The hub maps each slot's verdict onto the right labeller's annotation.
    with served.hub.db.sessions() as s:
        owner = dict(s.execute(select(Annotation.id, User.name).join(User)).all())
        reviews = s.scalars(select(Review)).all()
        assert {r.review_item_id for r in reviews} == set(items)
        for review in reviews:
            assert review.reviewer_id == served.user_id("Maria")
            assert (review.labels, review.cause, review.comment) == (
                [CANCEL],
                CauseCode.LABELLER_ERROR,
                COMMENT,
            )
            slots = s.execute(
                select(ReviewSlot.slot, ReviewSlot.annotation_id, ReviewSlot.verdict).where(
                    ReviewSlot.review_id == review.id
                )
            ).all()
            assert [ann for _slot, ann, _v in sorted(slots)] == items[review.review_item_id]
            assert {owner[ann]: Verdict(v) for _slot, ann, v in slots} == {
                "Anong": Verdict.CORRECT,
                "Wei": Verdict.INCORRECT,
            }
        assert s.scalar(select(func.count()).select_from(GoldItem)) == 6  # nothing promoted

    # The labellers hear the verdicts on their next sync, and still learn nothing more.
    for name in clients:
        served.sync(name)
        assert_blind(served, name)
    wei = clients["Wei"].feedback.for_user(served.user_id("Wei"))
    reviewed = [e for e in wei if e.kind == "review"]
    assert len(reviewed) == len(items)
    for entry in reviewed:
        assert (entry.your_labels, entry.expected, entry.correct) == ((TRACK,), (CANCEL,), False)
        assert (entry.explanation, entry.cause) == (COMMENT, CauseCode.LABELLER_ERROR.value)
    anong = clients["Anong"].feedback.for_user(served.user_id("Anong"), include_correct=True)
    assert sorted(e.correct for e in anong if e.kind == "review") == [True] * len(items)
