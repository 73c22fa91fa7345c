"""The reviewer's draft without Qt: accepting a slot, picking labels, flipping verdicts."""

from __future__ import annotations

from labeldesk.labelling.dto import ConversationView, TurnView
from labeldesk.review.dto import ReviewAnswer, ReviewTask, SlotView
from labeldesk.review.review_draft import ReviewDraft
from labeldesk.storage.models import CauseCode, ReviewReason, Verdict, WorkStatus

OK, WRONG = Verdict.CORRECT, Verdict.INCORRECT


def task(
    slots: tuple[SlotView, ...], *, multi: bool = False, previous: ReviewAnswer | None = None
) -> ReviewTask:
    """A review task with the given slots over a one-turn conversation."""
    view = ConversationView(
        conversation_id=1,
        external_id="c-1",
        batch="b",
        language="en",
        language_confidence=1.0,
        meta={},
        turns=(TurnView(0, "customer", "hi", None),),
        taxonomy="t",
        multi_label=multi,
        leaf_only=True,
    )
    return ReviewTask("a-1", "r-1", ReviewReason.DISAGREEMENT, WorkStatus.TODO, view, "t",
                      slots, previous, gold=False)  # fmt: skip


THREE = (
    SlotView("A", ("x",), {0: ("t1",)}),
    SlotView("B", ("y",)),
    SlotView("C", ("x",)),
)


def test_accept_takes_the_slot_and_judges_the_others() -> None:
    draft = ReviewDraft(task(THREE))
    assert draft.verdicts == {"A": None, "B": None, "C": None}
    assert draft.accept("A")
    assert draft.labels == ["x"]
    assert draft.turn_labels == {0: ("t1",)}
    assert draft.verdicts == {"A": OK, "B": WRONG, "C": OK}
    assert draft.any_incorrect
    assert not draft.accept("D")  # no such slot


def test_flips_stick_until_the_next_accept() -> None:
    draft = ReviewDraft(task(THREE))
    draft.accept("B")
    assert draft.flip("A") is OK
    draft.toggle_label("z")  # single label: replaces y; A keeps its hand-set verdict
    assert draft.labels == ["z"]
    assert draft.verdicts == {"A": OK, "B": WRONG, "C": WRONG}
    assert draft.flip("A") is WRONG
    draft.accept("A")
    assert draft.verdicts == {"A": OK, "B": WRONG, "C": OK}
    assert draft.flip("Z") is None


def test_picking_in_a_multi_label_batch_adds_and_removes() -> None:
    draft = ReviewDraft(task(THREE, multi=True))
    draft.toggle_label("x")
    draft.toggle_label("y")
    assert draft.labels == ["x", "y"]
    assert draft.verdicts == {"A": WRONG, "B": WRONG, "C": WRONG}
    draft.toggle_label("y")
    assert draft.verdicts == {"A": OK, "B": WRONG, "C": OK}
    draft.clear_labels()
    assert draft.verdicts == {"A": None, "B": None, "C": None}


def test_the_answer_leaves_out_slots_without_a_verdict() -> None:
    draft = ReviewDraft(task(THREE))
    draft.flip("B")
    draft.comment = "  look again  "
    draft.promote, draft.explanation = True, " because "
    answer = draft.answer()
    assert answer.verdicts == {"B": OK}
    assert (answer.comment, answer.explanation, answer.promote_to_gold) == (
        "look again",
        "because",
        True,
    )


def test_a_previous_review_is_the_starting_point() -> None:
    previous = ReviewAnswer(
        labels=("y",),
        verdicts={"A": WRONG, "B": OK, "C": WRONG},
        cause=CauseCode.AMBIGUOUS,
        comment="hard one",
    )
    draft = ReviewDraft(task(THREE, previous=previous))
    assert (draft.labels, draft.cause, draft.comment) == (["y"], CauseCode.AMBIGUOUS, "hard one")
    draft.toggle_label("x")  # the previous verdicts were set by hand: they stay
    assert draft.verdicts == {"A": WRONG, "B": OK, "C": WRONG}
