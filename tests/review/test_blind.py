"""The blind, proven through the services the labelling window uses (queue, labelling, feedback).

Before they submit, a labeller never sees another labeller's labels, that an item is gold,
or a gold answer; model predictions stay hidden unless the lead turns them on.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from qa_data import GOLD_LABEL, PREDICTED, make_qa_workspace
from sqlalchemy import select

from labeldesk.labelling import AnnotationError, Answer, QueueFilter
from labeldesk.labelling.dto import ConversationView, PredictionView, Profile, QueueRow, WorkItem
from labeldesk.review.assignment import assign_batch
from labeldesk.storage.models import Assignment, Conversation, Purpose, WorkStatus
from labeldesk.workspace import Workspace

OTHER_LEAF = "REFUND>get_refund"
EXPLANATION = "The customer asks to cancel before shipping."


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    """The QA workspace, its chats assigned twice over (where languages allow), gold mixed in."""
    ws = make_qa_workspace(tmp_path)
    assign_batch(ws.db, "chats", ["Anong", "Wei", "Linh"], overlap=1.0, gold=0.25, seed=4)
    try:
        yield ws
    finally:
        ws.close()


def assignments(ws: Workspace, user: Profile, purpose: Purpose) -> dict[int, str]:
    """The user's assignments of ``purpose``: conversation id -> assignment id."""
    with ws.db.sessions() as s:
        return dict(
            s.execute(
                select(Assignment.conversation_id, Assignment.id).where(
                    Assignment.user_id == user.id, Assignment.purpose == purpose
                )
            ).all()
        )


def shared_item(ws: Workspace, a: Profile, b: Profile) -> tuple[str, str]:
    """A conversation both labellers have: (a's assignment id, b's assignment id)."""
    mine, theirs = assignments(ws, a, Purpose.LABEL), assignments(ws, b, Purpose.LABEL)
    conv = min(set(mine) & set(theirs))
    return mine[conv], theirs[conv]


def test_a_labeller_sees_only_their_own_answer(ws) -> None:
    anong, wei = ws.users.find("Anong"), ws.users.find("Wei")
    anong_aid, wei_aid = shared_item(ws, anong, wei)
    ws.labelling.submit(wei, wei_aid, Answer(labels=(GOLD_LABEL,), note="Wei's note"))
    ws.labelling.submit(wei, wei_aid, Answer(labels=(OTHER_LEAF,)))
    item = ws.labelling.open(anong, anong_aid)
    assert item.latest is None
    assert item.status is WorkStatus.TODO
    assert ws.labelling.history(anong, anong_aid) == []
    assert "Wei" not in repr(item)
    ws.labelling.submit(anong, anong_aid, Answer(labels=(PREDICTED,)))
    mine = ws.labelling.open(anong, anong_aid)
    assert [r.labels for r in ws.labelling.history(anong, anong_aid)] == [(PREDICTED,)]
    assert mine.latest is not None
    assert mine.latest.labels == (PREDICTED,)
    theirs = ws.labelling.open(wei, wei_aid)
    assert theirs.latest is not None
    assert (theirs.latest.number, theirs.latest.labels) == (2, (OTHER_LEAF,))
    row = ws.queue.row(anong, anong_aid)
    assert row is not None
    assert row.status is WorkStatus.DONE
    assert {f.name for f in dataclasses.fields(QueueRow)} == {
        "assignment_id", "position", "conversation_id", "external_id", "batch", "language",
        "language_confidence", "n_turns", "status", "preview",
    }  # fmt: skip


def test_a_labeller_cannot_open_or_change_another_labellers_assignment(ws) -> None:
    anong, wei = ws.users.find("Anong"), ws.users.find("Wei")
    _, wei_aid = shared_item(ws, anong, wei)
    ws.labelling.submit(wei, wei_aid, Answer(labels=(GOLD_LABEL,)))
    attempts = {
        "open": lambda: ws.labelling.open(anong, wei_aid),
        "history": lambda: ws.labelling.history(anong, wei_aid),
        "submit": lambda: ws.labelling.submit(anong, wei_aid, Answer(labels=(OTHER_LEAF,))),
        "skip": lambda: ws.labelling.skip(anong, wei_aid, "unclear"),
        "revert": lambda: ws.labelling.revert(anong, wei_aid, None),
    }
    for attempt in attempts.values():
        with pytest.raises(AnnotationError, match="not in Anong's queue"):
            attempt()
    assert ws.queue.row(anong, wei_aid) is None
    assert wei_aid not in {r.assignment_id for r in ws.queue.page(anong, limit=1000)}
    theirs = ws.labelling.open(wei, wei_aid)
    assert theirs.latest is not None
    assert (theirs.latest.number, theirs.latest.labels) == (1, (GOLD_LABEL,))


def gold_and_label_items(ws: Workspace, user: Profile) -> tuple[list[str], list[str]]:
    """The user's gold and label assignment ids."""
    gold = list(assignments(ws, user, Purpose.GOLD).values())
    label = list(assignments(ws, user, Purpose.LABEL).values())
    assert gold, "the fixture mixes gold into every queue that has work in en, th or zh"
    return gold, label


def kinds(value: object) -> dict[str, type]:
    """Each field of a DTO and the type of its value: what a UI could tell apart by."""
    return {f.name: type(getattr(value, f.name)) for f in dataclasses.fields(value)}


def test_a_gold_item_looks_like_any_other_item(ws) -> None:
    anong = ws.users.find("Anong")
    gold, label = gold_and_label_items(ws, anong)
    rows = {r.assignment_id: r for r in ws.queue.page(anong, limit=1000)}
    assert set(gold) | set(label) == set(rows)
    g_row, l_row = rows[gold[0]], rows[label[0]]
    assert kinds(g_row) == kinds(l_row)
    assert (g_row.batch, g_row.status, g_row.n_turns > 0, bool(g_row.preview)) == (
        l_row.batch, l_row.status, True, True,
    )  # fmt: skip
    assert g_row.batch == "chats"
    assert ws.queue.batches(anong) == ["chats"]
    in_chats = ws.queue.page(anong, QueueFilter(batch="chats"), limit=1000)
    assert set(gold) <= {r.assignment_id for r in in_chats}
    assert ws.queue.count(anong, QueueFilter(batch="gold")) == 0
    g_item, l_item = ws.labelling.open(anong, gold[0]), ws.labelling.open(anong, label[0])
    assert kinds(g_item) == kinds(l_item)
    assert {f.name for f in dataclasses.fields(WorkItem)} == {
        "assignment_id", "conversation", "latest", "status",
    }  # fmt: skip
    g_view, l_view = g_item.conversation, l_item.conversation
    assert kinds(g_view) == kinds(l_view)
    same = ("batch", "taxonomy", "multi_label", "leaf_only", "predictions")
    assert [getattr(g_view, f) for f in same] == [getattr(l_view, f) for f in same]
    assert set(g_view.meta) == set(l_view.meta) == {"market", "channel", "order_id"}
    turn_kinds = [{tuple(kinds(t).items()) for t in v.turns} for v in (g_view, l_view)]
    assert turn_kinds[0] == turn_kinds[1]
    for shown in (g_row, g_item):
        text = repr(shown)
        assert "gold" not in text.lower()
        assert GOLD_LABEL not in text
        assert EXPLANATION not in text


def test_submitting_a_gold_item_says_nothing_the_other_items_do_not(ws) -> None:
    anong = ws.users.find("Anong")
    gold, label = gold_and_label_items(ws, anong)
    on_gold = ws.labelling.submit(anong, gold[0], Answer(labels=(OTHER_LEAF,)))
    on_label = ws.labelling.submit(anong, label[0], Answer(labels=(OTHER_LEAF,)))
    assert kinds(on_gold) == kinds(on_label)
    assert (on_gold.revision, on_gold.status) == (on_label.revision, on_label.status)


def test_no_gold_answer_before_the_labeller_submits(ws) -> None:
    anong = ws.users.find("Anong")
    gold, label = gold_and_label_items(ws, anong)
    assert ws.feedback.for_user(anong.id, include_correct=True) == []
    ws.labelling.open(anong, gold[0])
    ws.labelling.skip(anong, gold[0], "can't tell")
    assert ws.feedback.for_user(anong.id, include_correct=True) == []
    ws.labelling.submit(anong, label[0], Answer(labels=(OTHER_LEAF,)))
    assert ws.feedback.for_user(anong.id, include_correct=True) == []
    ws.labelling.submit(anong, gold[0], Answer(labels=(OTHER_LEAF,)))
    entries = ws.feedback.for_user(anong.id)
    assert [(e.kind, e.expected, e.correct, e.explanation) for e in entries] == [
        ("gold", (GOLD_LABEL,), False, EXPLANATION)
    ]
    wei = ws.users.find("Wei")
    assert ws.feedback.for_user(wei.id, include_correct=True) == []  # Anong's result is hers


def test_another_labellers_gold_answer_and_result_stay_theirs(ws) -> None:
    anong, wei = ws.users.find("Anong"), ws.users.find("Wei")
    mine, theirs = assignments(ws, anong, Purpose.GOLD), assignments(ws, wei, Purpose.GOLD)
    conv = min(set(mine) & set(theirs))  # a gold item in both queues
    ws.labelling.submit(wei, theirs[conv], Answer(labels=(GOLD_LABEL,)))
    assert [(e.kind, e.correct) for e in ws.feedback.for_user(wei.id, include_correct=True)] == [
        ("gold", True)
    ]
    assert ws.feedback.for_user(anong.id, include_correct=True) == []
    assert ws.labelling.open(anong, mine[conv]).latest is None


# -- predictions ----------------------------------------------------------------------------


def predicted_view(ws: Workspace) -> ConversationView:
    """A conversation with model predictions, opened from Anong's queue."""
    anong = ws.users.find("Anong")
    with ws.db.sessions() as s:
        conv = s.scalar(select(Conversation.id).where(Conversation.external_id == "en-000"))
    return ws.labelling.open(anong, assignments(ws, anong, Purpose.LABEL)[conv]).conversation


def test_predictions_are_hidden_in_the_blind_pass_by_default(ws) -> None:
    assert ws.get_setting("show_predictions") is False
    view = predicted_view(ws)
    assert view.predictions == ()
    assert PREDICTED not in repr(view)
    assert "intent-v3" not in repr(view)


def test_predictions_show_when_the_lead_turns_them_on(ws) -> None:
    ws.set_setting("show_predictions", True)
    view = predicted_view(ws)
    assert view.predictions == (
        PredictionView(PREDICTED, 0.87, None, "intent-v3"),
        PredictionView(GOLD_LABEL, 0.09, None, "intent-v3"),
        PredictionView(PREDICTED, 0.66, 2, "intent-v3"),
    )
    ws.set_setting("show_predictions", False)
    assert predicted_view(ws).predictions == ()


def test_a_gold_item_shows_no_predictions_even_when_they_are_on(ws) -> None:
    ws.set_setting("show_predictions", True)
    anong = ws.users.find("Anong")
    gold, _ = gold_and_label_items(ws, anong)
    assert ws.labelling.open(anong, gold[0]).conversation.predictions == ()
