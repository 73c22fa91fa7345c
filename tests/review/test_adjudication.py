"""Disagreement detection, reviewer routing, the blind review and promotion to gold, on a real
SQLite workspace, through the services the app and the CLI use."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from review_data import (
    LEAF,
    OTHER,
    THIRD,
    add_reviewers,
    answer,
    answered_items,
    assignment_of,
    conversation_id,
    overlap,
    skip,
)
from sqlalchemy import func, select, update

from labeldesk.labelling.dto import Profile
from labeldesk.review import detection
from labeldesk.review.adjudication import AdjudicationError
from labeldesk.review.dto import ReviewAnswer, ReviewFilter, ReviewRow, ReviewTask, SlotView
from labeldesk.storage.models import (
    Assignment,
    AuditEntry,
    Batch,
    CauseCode,
    GoldItem,
    OutboxEntry,
    Purpose,
    Review,
    ReviewItem,
    ReviewReason,
    ReviewSlot,
    Role,
    Taxonomy,
    User,
    Verdict,
    WorkStatus,
)
from labeldesk.workspace import DEFAULT_SETTINGS, Workspace

OK, WRONG = Verdict.CORRECT, Verdict.INCORRECT

# -- helpers --------------------------------------------------------------------------------


@pytest.fixture
def ws(labelling_ws) -> Workspace:
    """The labelling workspace with the reviewers Rita (en, th) and Ravi (en, zh)."""
    add_reviewers(labelling_ws.ws)
    return labelling_ws.ws


def items(ws: Workspace) -> dict[str, ReviewItem]:
    """Review items by conversation external id (detached copies of the fields we need)."""
    from labeldesk.storage.models import Conversation

    with ws.db.sessions() as s:
        rows = s.execute(
            select(Conversation.external_id, ReviewItem).join(
                ReviewItem, ReviewItem.conversation_id == Conversation.id
            )
        ).all()
        s.expunge_all()
    return {ext: item for ext, item in rows}


def review_assignees(ws: Workspace, external_id: str) -> list[str]:
    """Names of the users with a review assignment of a conversation."""
    with ws.db.sessions() as s:
        return list(
            s.scalars(
                select(User.name)
                .join(Assignment, Assignment.user_id == User.id)
                .where(
                    Assignment.conversation_id == conversation_id(ws, external_id),
                    Assignment.purpose == Purpose.REVIEW,
                )
            )
        )


def disagree(ws: Workspace, external_id: str = "en-000") -> ReviewItem:
    """Anong and Wei label an English chat differently; its review item."""
    overlap(ws, [external_id], ["Anong", "Wei"])
    answer(ws, "Anong", external_id, LEAF)
    answer(ws, "Wei", external_id, OTHER)
    return items(ws)[external_id]


def open_review(ws: Workspace, external_id: str) -> tuple[Profile, ReviewTask]:
    """The reviewer of a conversation and its opened review task."""
    (name,) = review_assignees(ws, external_id)
    reviewer = ws.users.find(name)
    return reviewer, ws.reviews.open(reviewer, assignment_of(ws, name, external_id, Purpose.REVIEW))


# -- detection ------------------------------------------------------------------------------


def test_an_item_goes_to_review_once_every_overlap_labeller_answered(ws) -> None:
    overlap(ws, ["en-000"], ["Anong", "Wei"])
    answer(ws, "Anong", "en-000", LEAF)
    assert items(ws) == {}  # Wei has not answered yet
    answer(ws, "Wei", "en-000", OTHER)
    item = items(ws)["en-000"]
    assert item.reason is ReviewReason.DISAGREEMENT
    assert len(item.slot_annotation_ids) == 2
    assert review_assignees(ws, "en-000") in (["Rita"], ["Ravi"])
    with ws.db.sessions() as s:
        outbox = s.scalars(select(OutboxEntry.record_type).order_by(OutboxEntry.id)).all()
        actions = s.scalars(select(AuditEntry.action)).all()
    assert "review_item" in outbox
    assert "review_item.create" in actions


def test_agreeing_labellers_make_no_review_item(ws) -> None:
    ws.set_setting("audit_share", 0.0)
    overlap(ws, ["en-000"], ["Anong", "Wei"])
    answer(ws, "Anong", "en-000", LEAF)
    answer(ws, "Wei", "en-000", LEAF)
    assert items(ws) == {}


def test_a_single_labeller_is_never_reviewed(ws) -> None:
    ws.set_setting("audit_share", 1.0)
    answer(ws, "Anong", "th-000", LEAF)  # th-000 has only Anong's assignment
    assert items(ws) == {}


def test_turn_labels_differ_in_exact_mode_but_not_in_leaf_mode(ws) -> None:
    ws.set_setting("audit_share", 0.0)
    overlap(ws, ["en-000", "en-001"], ["Anong", "Wei"])
    answer(ws, "Anong", "en-000", LEAF, turn_labels={0: (THIRD,)})
    answer(ws, "Wei", "en-000", LEAF)
    assert items(ws)["en-000"].reason is ReviewReason.DISAGREEMENT
    ws.set_setting("disagreement_mode", "leaf")
    answer(ws, "Anong", "en-001", LEAF, turn_labels={0: (THIRD,)})
    answer(ws, "Wei", "en-001", LEAF)
    assert "en-001" not in items(ws)


def test_leaf_mode_drops_chosen_ancestors_of_another_chosen_label(ws) -> None:
    with ws.db.sessions.begin() as s:  # a taxonomy where categories can be chosen too
        s.execute(update(Taxonomy).values(leaf_only=False))
        s.execute(update(Batch).values(multi_label=True))
    ws.set_setting("audit_share", 0.0)
    ws.set_setting("disagreement_mode", "leaf")
    overlap(ws, ["en-000", "en-001"], ["Anong", "Wei"])
    answer(ws, "Anong", "en-000", "ORDER", LEAF)
    answer(ws, "Wei", "en-000", LEAF)
    assert "en-000" not in items(ws)  # ORDER is LEAF's ancestor: the same leaf
    answer(ws, "Anong", "en-001", "ORDER", LEAF)
    answer(ws, "Wei", "en-001", "ORDER")
    assert items(ws)["en-001"].reason is ReviewReason.DISAGREEMENT
    # in exact mode the same answers differ
    result = ws.reviews.detect(mode="exact")
    assert result.disagreements == 1
    assert "en-000" in items(ws)


def test_most_specific_keeps_only_the_deepest_chosen_labels() -> None:
    ancestors = {"A>b>c": {"A", "A>b"}, "A>b": {"A"}, "A": set(), "B": set()}
    assert detection.most_specific(["A", "A>b", "A>b>c", "B"], ancestors) == {"A>b>c", "B"}
    assert detection.most_specific([], ancestors) == frozenset()


def test_skips_are_not_answers(ws) -> None:
    overlap(ws, ["en-000", "en-001"], ["Anong", "Wei", "Linh"])
    answer(ws, "Anong", "en-000", LEAF)
    skip(ws, "Wei", "en-000")
    answer(ws, "Linh", "en-000", OTHER)
    item = items(ws)["en-000"]
    assert len(item.slot_annotation_ids) == 2  # Wei's skip is no slot
    answer(ws, "Anong", "en-001", LEAF)
    skip(ws, "Wei", "en-001")
    skip(ws, "Linh", "en-001")
    assert "en-001" not in items(ws)  # one answer: nothing to compare
    result = ws.reviews.detect()
    assert result.too_few_answers == 1


def test_gold_conversations_are_not_reviewed(ws) -> None:
    with ws.db.sessions.begin() as s:
        s.add(GoldItem(conversation_id=conversation_id(ws, "en-000"), labels=[LEAF],
                       turn_labels={}, explanation="x"))  # fmt: skip
    overlap(ws, ["en-000"], ["Anong", "Wei"])
    answer(ws, "Anong", "en-000", LEAF)
    answer(ws, "Wei", "en-000", OTHER)
    assert items(ws) == {}
    assert ws.reviews.detect().checked == 0


def test_a_revision_after_review_changes_nothing(ws) -> None:
    item = disagree(ws)
    answer(ws, "Wei", "en-000", LEAF)  # now they agree
    answer(ws, "Anong", "en-000", THIRD)
    after = items(ws)["en-000"]
    assert (after.id, after.slot_annotation_ids) == (item.id, item.slot_annotation_ids)
    assert review_assignees(ws, "en-000") in (["Rita"], ["Ravi"])


def test_detect_is_idempotent_and_counts(ws) -> None:
    ws.set_setting("audit_share", 0.0)
    overlap(ws, ["en-000", "en-001", "en-002"], ["Anong", "Wei"])
    for ext in ("en-000", "en-001"):
        answer(ws, "Anong", ext, LEAF)
    answer(ws, "Wei", "en-000", OTHER)  # hook: a review item now
    answer(ws, "Wei", "en-001", LEAF)  # agreed
    with ws.db.sessions.begin() as s:  # as if detection had been off: drop the item
        s.query(Assignment).filter(Assignment.purpose == Purpose.REVIEW).delete()
        s.query(OutboxEntry).filter(OutboxEntry.record_type == "review_item").delete()
        s.query(ReviewItem).delete()
    first = ws.reviews.detect()
    assert (first.checked, first.disagreements, first.agreed, first.not_ready) == (3, 1, 1, 1)
    assert first.routed == 1
    again = ws.reviews.detect()
    assert (again.disagreements, again.audits, again.already, again.routed) == (0, 0, 1, 0)
    assert len(items(ws)) == 1


def test_audit_draws_are_deterministic_and_near_the_share(ws) -> None:
    ids = answered_items(ws, 1000, {"Anong": [LEAF], "Wei": [LEAF]})
    first = ws.reviews.detect(audit_share=0.2, seed=7)
    assert first.agreed + first.audits == 1000
    assert 150 <= first.audits <= 250  # 4 standard deviations around 200
    drawn = set(items(ws))
    assert drawn == {f"bulk-{c:05d}" for c in ids if detection.audit_draw(7, f"bulk-{c:05d}") < 0.2}
    assert all(i.reason is ReviewReason.AUDIT for i in items(ws).values())
    again = ws.reviews.detect(audit_share=0.2, seed=7)
    assert (again.audits, again.agreed, again.already) == (0, first.agreed, first.audits)
    assert set(items(ws)) == drawn  # re-running never draws again


def test_the_audit_share_of_agreed_items_follows_the_setting() -> None:
    ids = [f"c-{i}" for i in range(20_000)]
    share = sum(detection.audit_draw(0, e) < 0.05 for e in ids) / len(ids)
    assert 0.045 < share < 0.055
    assert [detection.audit_draw(3, e) for e in ids[:50]] == [
        detection.audit_draw(3, e) for e in ids[:50]
    ]


def test_detection_defaults_match_the_workspace_settings() -> None:
    assert DEFAULT_SETTINGS["disagreement_mode"] == detection.DEFAULT_MODE
    assert DEFAULT_SETTINGS["audit_share"] == detection.DEFAULT_AUDIT_SHARE


def test_detect_refuses_bad_options(ws) -> None:
    with pytest.raises(AdjudicationError, match="mode"):
        ws.reviews.detect(mode="fuzzy")
    with pytest.raises(AdjudicationError, match="between 0 and 1"):
        ws.reviews.detect(audit_share=1.5)
    with pytest.raises(AdjudicationError, match="no batch"):
        ws.reviews.detect("nope")


# -- routing --------------------------------------------------------------------------------


def test_review_never_goes_to_someone_who_labelled_the_conversation(ws) -> None:
    with ws.db.sessions.begin() as s:  # Rita and Ravi label too, here
        s.execute(update(User).where(User.name.in_(["Anong", "Wei"])).values(role=Role.REVIEWER))
    overlap(ws, ["en-000"], ["Anong", "Wei"])
    answer(ws, "Anong", "en-000", LEAF)
    answer(ws, "Wei", "en-000", OTHER)
    assert review_assignees(ws, "en-000")[0] in {"Rita", "Ravi"}


def test_routing_follows_languages_and_leads_take_what_no_reviewer_can(ws) -> None:
    overlap(ws, ["vi-000"], ["Linh", "Anong"])
    answer(ws, "Linh", "vi-000", LEAF)
    answer(ws, "Anong", "vi-000", OTHER)
    assert review_assignees(ws, "vi-000") == []  # nobody reads Vietnamese
    assert ws.reviews.status().unrouted == 1
    ws.users.create("Dung", Role.LEAD, ("vi",))
    result = ws.reviews.detect()
    assert result.routed == 1
    assert review_assignees(ws, "vi-000") == ["Dung"]
    ws.users.create("Vy", Role.REVIEWER, ("vi",))
    overlap(ws, ["vi-001"], ["Linh", "Anong"])
    answer(ws, "Linh", "vi-001", LEAF)
    answer(ws, "Anong", "vi-001", OTHER)
    assert review_assignees(ws, "vi-001") == ["Vy"]  # a reviewer first


def test_review_work_is_spread_evenly_and_positions_continue(ws) -> None:
    answered_items(ws, 41, {"Anong": [LEAF], "Wei": [OTHER]})
    ws.reviews.detect()
    with ws.db.sessions() as s:
        rows = s.execute(
            select(
                User.name,
                func.count(),
                func.min(Assignment.position),
                func.max(Assignment.position),
            )
            .join(Assignment, Assignment.user_id == User.id)
            .where(Assignment.purpose == Purpose.REVIEW)
            .group_by(User.name)
        ).all()
    loads = {name: n for name, n, _, _ in rows}
    assert set(loads) == {"Rita", "Ravi"}
    assert abs(loads["Rita"] - loads["Ravi"]) <= 1
    assert all(hi - lo + 1 == n for _, n, lo, hi in rows)


# -- the reviewer's queue ---------------------------------------------------------------------


def test_the_review_queue_pages_by_keyset(ws) -> None:
    answered_items(ws, 30, {"Anong": [LEAF], "Wei": [OTHER]})
    ws.reviews.detect()
    rita = ws.users.find("Rita")
    total = ws.reviews.count(rita)
    rows, after = [], None
    while page := ws.reviews.page(rita, after=after, limit=4):
        rows += page
        after = page[-1].key
    assert len(rows) == total == ws.reviews.counts(rita).todo
    assert [r.key for r in rows] == sorted(r.key for r in rows)
    assert ws.reviews.row(rita, rows[3].assignment_id) == rows[3]
    assert ws.reviews.row(ws.users.find("Ravi"), rows[3].assignment_id) is None
    assert ws.reviews.batches(rita) == ["chats"]
    assert ws.reviews.count(rita, ReviewFilter(reason=ReviewReason.AUDIT)) == 0
    todo = ReviewFilter(statuses=frozenset({WorkStatus.DONE}))
    assert ws.reviews.count(rita, todo) == 0


# -- the blind ------------------------------------------------------------------------------


def test_what_a_reviewer_receives_names_nobody() -> None:
    for cls in (ReviewTask, SlotView, ReviewRow, ReviewAnswer):
        names = {f.name for f in dataclasses.fields(cls)}
        assert not names & {"annotation_id", "annotation_ids", "user_id", "name", "created_at",
                            "revision", "number", "labeller", "user", "at"}  # fmt: skip
    slot_fields = [f.name for f in dataclasses.fields(SlotView)]
    assert slot_fields == ["slot", "labels", "turn_labels", "unsure", "note"]


def test_the_opened_task_holds_no_identity(ws) -> None:
    item = disagree(ws)
    _reviewer, task = open_review(ws, "en-000")
    with ws.db.sessions() as s:
        secrets = set(item.slot_annotation_ids)
        secrets |= set(s.scalars(select(User.id))) | set(s.scalars(select(User.pseudonym)))
        secrets |= {"Anong", "Wei"}
    text = repr(task)
    assert not any(secret in text for secret in secrets)
    assert [s.slot for s in task.slots] == ["A", "B"]
    assert {s.labels for s in task.slots} == {(LEAF,), (OTHER,)}
    assert task.previous is None
    assert task.reason is ReviewReason.DISAGREEMENT
    assert "intent" not in task.conversation.meta  # hidden metadata stays hidden


def test_slot_order_is_shuffled_per_item(ws) -> None:
    answered_items(ws, 200, {"Anong": [LEAF], "Wei": [OTHER]})
    ws.reviews.detect()
    dana = ws.users.find("Dana")
    first_slot = Counter(
        ws.reviews.slot_identities(dana, item.id)["A"].name for item in items(ws).values()
    )
    assert set(first_slot) == {"Anong", "Wei"}  # both orders occur
    assert 60 < first_slot["Anong"] < 140


def test_only_leads_see_who_was_in_which_slot(ws) -> None:
    item = disagree(ws)
    with pytest.raises(AdjudicationError, match="only leads"):
        ws.reviews.slot_identities(ws.users.find("Rita"), item.id)
    with pytest.raises(AdjudicationError, match="only leads"):
        ws.reviews.slot_identities(ws.users.find("Anong"), item.id)
    who = ws.reviews.slot_identities(ws.users.find("Dana"), item.id)
    assert {who["A"].name, who["B"].name} == {"Anong", "Wei"}
    assert [who[s].annotation_id for s in "AB"] == item.slot_annotation_ids


# -- submitting -----------------------------------------------------------------------------


def test_submit_stores_the_review_and_moves_on(ws) -> None:
    disagree(ws)
    reviewer, task = open_review(ws, "en-000")
    right = next(s.slot for s in task.slots if s.labels == (LEAF,))
    wrong = "B" if right == "A" else "A"
    saved = ws.reviews.submit(
        reviewer,
        task.assignment_id,
        ReviewAnswer(
            labels=(LEAF,),
            verdicts={right: OK, wrong: WRONG},
            cause=CauseCode.LABELLER_ERROR,
            comment="read turn 3",
        ),
        active_seconds=12.5,
    )
    assert saved.status is WorkStatus.DONE
    assert saved.gold_item_id is None
    with ws.db.sessions() as s:
        review = s.get(Review, saved.review_id)
        assert (review.labels, review.cause, review.active_seconds) == (
            [LEAF], CauseCode.LABELLER_ERROR, 12.5)  # fmt: skip
        verdicts = dict(s.execute(select(ReviewSlot.slot, ReviewSlot.verdict)).all())
        assert verdicts == {right: OK, wrong: WRONG}
        assert s.get(Assignment, task.assignment_id).status is WorkStatus.DONE
        assert s.scalar(select(OutboxEntry.payload).where(OutboxEntry.record_type == "review"))
        assert "review.submit" in s.scalars(select(AuditEntry.action)).all()
    again = ws.reviews.open(reviewer, task.assignment_id)
    assert again.previous is not None
    assert again.previous.verdicts == {right: OK, wrong: WRONG}
    assert again.previous.comment == "read turn 3"
    # the labeller whose slot was wrong sees the verdict in their feedback
    loser = "Wei"
    feedback = ws.feedback.for_user(ws.users.find(loser).id)
    assert [(f.kind, f.correct, f.expected) for f in feedback] == [("review", False, (LEAF,))]


def test_a_changed_review_is_a_new_row(ws) -> None:
    disagree(ws)
    reviewer, task = open_review(ws, "en-000")
    both = {"A": OK, "B": OK}
    ws.reviews.submit(reviewer, task.assignment_id, ReviewAnswer(labels=(LEAF,), verdicts=both))
    ws.reviews.submit(
        reviewer, task.assignment_id,
        ReviewAnswer(labels=(OTHER,), verdicts={"A": WRONG, "B": WRONG}, cause=CauseCode.AMBIGUOUS),
    )  # fmt: skip
    with ws.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == 2
    assert ws.reviews.open(reviewer, task.assignment_id).previous.labels == (OTHER,)


@pytest.mark.parametrize(
    ("answer_", "message"),
    [
        (ReviewAnswer(labels=(), verdicts={"A": OK, "B": OK}), "final label"),
        (ReviewAnswer(labels=(LEAF,), verdicts={"A": OK}), "mark slot B"),
        (ReviewAnswer(labels=(LEAF,), verdicts={"A": OK, "B": OK, "C": OK}), "no slot C"),
        (ReviewAnswer(labels=(LEAF,), verdicts={"A": OK, "B": "maybe"}), "verdict"),
        (ReviewAnswer(labels=(LEAF,), verdicts={"A": OK, "B": WRONG}), "reason"),
        (ReviewAnswer(labels=("NOPE",), verdicts={"A": OK, "B": OK}), "not a label"),
        (ReviewAnswer(labels=("ORDER",), verdicts={"A": OK, "B": OK}), "category"),
        (ReviewAnswer(labels=(LEAF, OTHER), verdicts={"A": OK, "B": OK}), "one label"),
        (
            ReviewAnswer(labels=(LEAF,), verdicts={"A": OK, "B": OK}, cause="bored"),
            "unknown reason",
        ),
        (
            ReviewAnswer(labels=(LEAF,), verdicts={"A": OK, "B": OK}, promote_to_gold=True),
            "explanation",
        ),
        (
            ReviewAnswer(labels=(LEAF,), verdicts={"A": OK, "B": OK}, comment="x" * 10_001),
            "comment",
        ),
    ],
)
def test_submit_refuses_an_incomplete_review(ws, answer_: ReviewAnswer, message: str) -> None:
    disagree(ws)
    reviewer, task = open_review(ws, "en-000")
    with pytest.raises(AdjudicationError, match=message):
        ws.reviews.submit(reviewer, task.assignment_id, answer_)
    with ws.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Review)) == 0
        assert s.get(Assignment, task.assignment_id).status is WorkStatus.TODO


def test_only_the_assigned_reviewer_can_open_or_submit(ws) -> None:
    disagree(ws)
    reviewer, task = open_review(ws, "en-000")
    other = ws.users.find("Ravi" if reviewer.name == "Rita" else "Rita")
    with pytest.raises(AdjudicationError, match="reviews"):
        ws.reviews.open(other, task.assignment_id)
    label_aid = assignment_of(ws, "Anong", "en-000")
    with pytest.raises(AdjudicationError, match="reviews"):
        ws.reviews.open(ws.users.find("Anong"), label_aid)


# -- gold -----------------------------------------------------------------------------------


def test_submit_can_promote_to_gold(ws) -> None:
    disagree(ws)
    reviewer, task = open_review(ws, "en-000")
    saved = ws.reviews.submit(
        reviewer, task.assignment_id,
        ReviewAnswer(labels=(LEAF,), verdicts={"A": OK, "B": OK}, promote_to_gold=True,
                     explanation="The customer asks to cancel."),
    )  # fmt: skip
    with ws.db.sessions() as s:
        gold = s.get(GoldItem, saved.gold_item_id)
        assert (gold.labels, gold.source, gold.explanation) == (
            [LEAF], "review", "The customer asks to cancel.")  # fmt: skip
        assert s.get(Review, saved.review_id).promoted_to_gold
    assert ws.reviews.open(reviewer, task.assignment_id).gold
    with pytest.raises(AdjudicationError, match="already a gold item"):
        ws.reviews.promote(ws.users.find("Dana"), task.review_item_id, "again")


def test_a_reviewed_item_can_be_promoted_later(ws) -> None:
    item = disagree(ws)
    reviewer, task = open_review(ws, "en-000")
    dana = ws.users.find("Dana")
    with pytest.raises(AdjudicationError, match="not reviewed yet"):
        ws.reviews.promote(dana, item.id, "why")
    ws.reviews.submit(
        reviewer, task.assignment_id, ReviewAnswer(labels=(OTHER,), verdicts={"A": OK, "B": OK})
    )
    with pytest.raises(AdjudicationError, match="reviewers and leads"):
        ws.reviews.promote(ws.users.find("Anong"), item.id, "why")
    with pytest.raises(AdjudicationError, match="explanation"):
        ws.reviews.promote(dana, item.id, "  ")
    other = ws.users.find("Ravi" if reviewer.name == "Rita" else "Rita")
    with pytest.raises(AdjudicationError, match="another reviewer"):
        ws.reviews.promote(other, item.id, "why")
    promoted = ws.reviews.promote(dana, ws.reviews.item_id("en-000"), "A refund, not a cancel.")
    assert promoted.external_id == "en-000"
    with ws.db.sessions() as s:
        gold = s.get(GoldItem, promoted.gold_item_id)
        assert (gold.labels, gold.source) == ([OTHER], "review")
        assert s.get(Review, promoted.review_id).promoted_to_gold


def test_status_counts_items_by_reason(ws) -> None:
    answered_items(ws, 5, {"Anong": [LEAF], "Wei": [OTHER]})
    answered_items(ws, 5, {"Anong": [LEAF], "Wei": [LEAF]}, prefix="same")
    ws.reviews.detect(audit_share=1.0)
    reviewer_rows = ws.reviews.page(ws.users.find("Rita"))
    row = reviewer_rows[0]
    ws.reviews.submit(
        ws.users.find("Rita"), row.assignment_id,
        ReviewAnswer(labels=(LEAF,), verdicts={"A": OK, "B": OK}),
    )  # fmt: skip
    status = ws.reviews.status()
    total = status.by_reason["disagreement"].items + status.by_reason["audit"].items
    assert (status.by_reason["disagreement"].items, status.by_reason["audit"].items) == (5, 5)
    assert sum(r.done for r in status.by_reason.values()) == 1
    assert total == 10
    assert status.unrouted == 0
    assert ws.reviews.status("chats").by_reason == status.by_reason
