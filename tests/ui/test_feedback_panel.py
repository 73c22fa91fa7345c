"""The feedback panel: gold items a labeller missed and reviewers' verdicts, on a real workspace.

Gold items and reviews are set up with the ORM (the QA issue makes them for real); answers go
through the labelling service, as the app saves them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from labeldesk.labelling import Answer, Profile
from labeldesk.storage.models import (
    CauseCode,
    GoldItem,
    Review,
    ReviewItem,
    ReviewReason,
    ReviewSlot,
    Verdict,
)
from labeldesk.ui.labelling.feedback_panel import FeedbackPanel
from labeldesk.ui.models.feedback_model import FeedbackModel, FeedbackRole
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui

CANCEL, TRACK, REFUND = "ORDER>cancel_order", "ORDER>track_order", "REFUND>get_refund"
NAMES = {CANCEL: "Cancel order", TRACK: "Track order", REFUND: "ขอคืนเงิน"}
EMPTY = "No feedback yet. Results of gold checks and reviews of your work appear here."


@dataclass(frozen=True)
class Item:
    """One of Anong's assignments."""

    assignment_id: str
    conversation_id: int
    external_id: str


@pytest.fixture
def items(ws: Workspace, anong: Profile) -> list[Item]:
    """Anong's first six assignments."""
    rows = ws.queue.page(anong, limit=6)
    return [Item(r.assignment_id, r.conversation_id, r.external_id) for r in rows]


def add_gold(ws: Workspace, item: Item, labels: list[str], explanation: str) -> None:
    """Make the item's conversation a gold item."""
    with ws.db.sessions.begin() as s:
        s.add(
            GoldItem(
                conversation_id=item.conversation_id,
                labels=labels,
                turn_labels={},
                explanation=explanation,
            )
        )


def add_review(
    ws: Workspace,
    annotation_id: str,
    item: Item,
    *,
    final: list[str],
    verdict: Verdict,
    cause: CauseCode | None,
    comment: str,
) -> None:
    """A reviewer's adjudication of the item with a verdict on the labeller's slot."""
    dana = ws.users.find("Dana")
    with ws.db.sessions.begin() as s:
        review_item = ReviewItem(
            conversation_id=item.conversation_id,
            reason=ReviewReason.DISAGREEMENT,
            slot_annotation_ids=[annotation_id],
        )
        s.add(review_item)
        s.flush()
        review = Review(
            review_item_id=review_item.id,
            reviewer_id=dana.id,
            labels=final,
            turn_labels={},
            cause=cause,
            comment=comment,
        )
        s.add(review)
        s.flush()
        s.add(
            ReviewSlot(review_id=review.id, slot="A", annotation_id=annotation_id, verdict=verdict)
        )


def make_panel(qtbot, ws: Workspace, user: Profile | None) -> FeedbackPanel:
    """A shown feedback panel with the test's label names, loaded."""
    panel = FeedbackPanel(ws, None)
    qtbot.addWidget(panel, before_close_func=lambda w: w.wait_for_background())
    panel.set_label_names(NAMES)
    panel.resize(420, 560)
    with qtbot.waitSignal(panel.feedbackLoaded, timeout=5000):
        panel.show()
        panel.set_user(user)
    return panel


def shown(panel: FeedbackPanel) -> list[tuple[str, str, bool]]:
    """(kind, external id, correct) of each listed result."""
    m = panel.model
    return [
        (m.entry(i).kind, m.entry(i).external_id, m.entry(i).correct) for i in range(m.rowCount())
    ]


def test_lists_missed_gold_and_review_verdicts_not_unanswered_gold(qtbot, ws, anong, items):
    missed, matched, unanswered, overturned, upheld, _ = items
    add_gold(ws, missed, [TRACK], "The customer asks where the parcel is.")
    add_gold(ws, matched, [CANCEL], "Asks to cancel.")
    add_gold(ws, unanswered, [REFUND], "The secret answer.")
    ws.labelling.submit(anong, missed.assignment_id, Answer(labels=(CANCEL,)))
    ws.labelling.submit(anong, matched.assignment_id, Answer(labels=(CANCEL,)))
    wrong = ws.labelling.submit(anong, overturned.assignment_id, Answer(labels=(CANCEL,)))
    right = ws.labelling.submit(anong, upheld.assignment_id, Answer(labels=(REFUND,)))
    add_review(
        ws,
        wrong.annotation_id,
        overturned,
        final=[REFUND],
        verdict=Verdict.INCORRECT,
        cause=CauseCode.LABELLER_ERROR,
        comment="Money back, not a cancellation.",
    )
    add_review(
        ws,
        right.annotation_id,
        upheld,
        final=[REFUND],
        verdict=Verdict.CORRECT,
        cause=CauseCode.AMBIGUOUS,
        comment="",
    )

    panel = make_panel(qtbot, ws, anong)

    assert sorted(shown(panel)) == sorted(
        [
            ("gold", missed.external_id, False),
            ("review", overturned.external_id, False),
            ("review", upheld.external_id, True),
        ]
    )
    assert panel.stack.currentIndex() == 1
    texts = {
        panel.model.entry(i).external_id: panel.model.index(i).data()
        for i in range(panel.model.rowCount())
    }
    assert texts[missed.external_id] == "You: Cancel order · Expected: Track order"
    assert texts[overturned.external_id] == "You: Cancel order · Final: ขอคืนเงิน"
    html_of = {}
    for i in range(panel.model.rowCount()):
        panel.list.setCurrentIndex(panel.model.index(i))
        html_of[panel.model.entry(i).external_id] = panel.detail.toPlainText()
    gold = html_of[missed.external_id]
    assert "Your answer did not match the gold answer." in gold
    assert "Expected answer" in gold
    assert "Track order" in gold
    assert "The customer asks where the parcel is." in gold
    review = html_of[overturned.external_id]
    assert "The reviewer judged your answer incorrect." in review
    assert "Final labels" in review
    assert "ขอคืนเงิน" in review
    assert "Labelling error" in review
    assert "Money back, not a cancellation." in review
    assert "The reviewer judged your answer correct." in html_of[upheld.external_id]
    assert "The secret answer." not in " ".join(html_of.values())


def test_gold_appears_only_once_answered(qtbot, ws, anong, items) -> None:
    item = items[0]
    add_gold(ws, item, [TRACK], "Where is my parcel = track order.")
    panel = make_panel(qtbot, ws, anong)
    assert shown(panel) == []
    ws.labelling.submit(anong, item.assignment_id, Answer(labels=(CANCEL,)))
    with qtbot.waitSignal(panel.feedbackLoaded) as loaded:
        panel.refresh()
    assert loaded.args == [1]
    assert shown(panel) == [("gold", item.external_id, False)]


def test_another_labellers_results_do_not_show(qtbot, ws, anong) -> None:
    wei = ws.users.find("Wei")
    row = ws.queue.page(wei, limit=1)[0]
    add_gold(ws, Item(row.assignment_id, row.conversation_id, row.external_id), [TRACK], "x")
    ws.labelling.submit(wei, row.assignment_id, Answer(labels=(CANCEL,)))
    panel = make_panel(qtbot, ws, anong)
    assert shown(panel) == []


def test_empty_state_says_what_will_appear(qtbot, ws, anong) -> None:
    panel = make_panel(qtbot, ws, anong)
    assert panel.stack.currentIndex() == 0
    assert panel.empty.text() == EMPTY
    assert panel.empty.isVisible()


def test_enter_opens_the_conversation(qtbot, ws, anong, items) -> None:
    item = items[0]
    add_gold(ws, item, [TRACK], "")
    ws.labelling.submit(anong, item.assignment_id, Answer(labels=(CANCEL,)))
    panel = make_panel(qtbot, ws, anong)
    panel.setFocus()
    assert panel.list.hasFocus()  # the panel hands its focus to the list
    with qtbot.waitSignal(panel.conversationActivated) as opened:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert opened.args == [item.conversation_id]


def test_model_passes_the_model_tester_and_renames_labels(
    qtbot, qtmodeltester, ws, anong, items
) -> None:
    for item in items[:3]:
        add_gold(ws, item, [TRACK, REFUND], "because")
        ws.labelling.submit(anong, item.assignment_id, Answer(labels=(CANCEL,)))
    model = FeedbackModel()
    qtmodeltester.check(model)
    model.set_entries(ws.feedback.for_user(anong.id))
    assert model.rowCount() == 3
    assert model.index(0).data(FeedbackRole.EXPECTED) == f"{TRACK}, {REFUND}"
    with qtbot.waitSignal(model.dataChanged):
        model.set_label_names(NAMES)
    assert model.index(0).data(FeedbackRole.EXPECTED) == "Track order, ขอคืนเงิน"
    assert model.index(0).data(FeedbackRole.KIND_TEXT) == "Gold check"
    assert model.index(0).data(FeedbackRole.CONVERSATION_ID) in {i.conversation_id for i in items}
    assert model.entry(0).external_id in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
