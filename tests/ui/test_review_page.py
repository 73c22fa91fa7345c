"""Reviewer mode in the real main window, driven by the keyboard only.

A reviewer opens the first disagreement, accepts slot A, flips a verdict, picks a reason,
writes a comment and saves with Enter; the next item opens, where they pick the final label
in the taxonomy picker themselves and promote the item to gold.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from review_data import LEAF, OTHER, THIRD, add_reviewers, answer, overlap
from sqlalchemy import select

from labeldesk.review.dto import ReviewFilter
from labeldesk.storage.models import (
    CauseCode,
    GoldItem,
    Review,
    ReviewSlot,
    Verdict,
    WorkStatus,
)
from labeldesk.ui.main_window import MainWindow
from labeldesk.ui.review.queue_panel import ReviewQueueModel
from labeldesk.ui.review.review_page import ReviewPage
from labeldesk.ui.settings import AppSettings
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = CTRL | ALT


@pytest.fixture
def review_ws(ws: Workspace) -> Workspace:
    """Three English chats the two labellers answered differently; Rita reviews them all."""
    add_reviewers(ws, {"Rita": ("en", "th", "zh")})
    chats = ["en-000", "en-001", "en-002"]
    overlap(ws, chats, ["Anong", "Wei"])
    answer(ws, "Anong", "en-000", LEAF, turn_labels={0: (THIRD,)})
    answer(ws, "Wei", "en-000", OTHER)
    for ext in chats[1:]:
        answer(ws, "Anong", ext, OTHER)
        answer(ws, "Wei", ext, THIRD)
    return ws


@pytest.fixture
def window(qtbot, review_ws: Workspace, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window for the reviewer Rita: it starts in review mode on the first item."""
    win = MainWindow(review_ws, review_ws.users.find("Rita"), AppSettings(tmp_path / "ui.ini"))
    qtbot.add_widget(win)
    with qtbot.wait_exposed(win):
        win.show()
    qtbot.waitUntil(lambda: win.mode == "review" and page_of(win).task is not None)
    return win


def page_of(win: MainWindow) -> ReviewPage:
    """The window's review page."""
    page = win.modes["review"]
    assert isinstance(page, ReviewPage)
    return page


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """Press a key on whatever has the focus, as a person at the keyboard does."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot, text: str) -> None:
    """Type into the focused widget."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def test_a_review_session_with_the_keyboard(qtbot, window: MainWindow) -> None:
    win, page = window, page_of(window)
    first = page.task
    assert first is not None
    assert page.picker.search_edit.hasFocus()
    slot_a = first.slots[0]

    # Alt+1: accept slot A; A is correct, B (other labels) incorrect.
    press(qtbot, Qt.Key.Key_1, ALT)
    assert page.draft.labels == list(slot_a.labels)
    assert page.draft.verdicts == {"A": Verdict.CORRECT, "B": Verdict.INCORRECT}
    assert page.slots.cards["B"].verdict is Verdict.INCORRECT
    assert page.picker.chosen_strip.chip_texts() == [page.describe(k)[0] for k in slot_a.labels]

    # Ctrl+Alt+2 flips B's verdict, and back.
    press(qtbot, Qt.Key.Key_2, CTRL_ALT)
    assert page.draft.verdicts["B"] is Verdict.CORRECT
    press(qtbot, Qt.Key.Key_2, CTRL_ALT)
    assert page.draft.verdicts["B"] is Verdict.INCORRECT

    # Ctrl+R: the reason box; Down chooses "Labeller error".
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert page.decision.reason.hasFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert page.draft.cause is CauseCode.LABELLER_ERROR

    # Ctrl+N: a comment.
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert page.decision.comment.hasFocus()
    type_text(qtbot, "Read the last turn")
    assert page.draft.comment == "Read the last turn"

    # Enter saves and opens the next item.
    with qtbot.waitSignal(page.saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_Return)
    with win.ws.db.sessions() as s:
        review = s.get(Review, saved.args[0].review_id)
        assert (review.labels, review.cause, review.comment) == (
            list(slot_a.labels),
            CauseCode.LABELLER_ERROR,
            "Read the last turn",
        )
        verdicts = dict(
            s.execute(
                select(ReviewSlot.slot, ReviewSlot.verdict).where(ReviewSlot.review_id == review.id)
            ).all()
        )
    assert verdicts == {"A": Verdict.CORRECT, "B": Verdict.INCORRECT}
    qtbot.waitUntil(
        lambda: page.task is not None and page.task.assignment_id != first.assignment_id
    )
    assert page.picker.search_edit.hasFocus()
    second = page.task

    # Pick the final label in the picker yourself: Ctrl+L, type, Enter.
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert page.picker.search_edit.hasFocus()
    type_text(qtbot, "cancel order")
    qtbot.waitUntil(lambda: page.picker.results_model.rowCount() > 0)
    press(qtbot, Qt.Key.Key_Return)
    assert page.draft.labels == [LEAF]
    assert page.draft.verdicts == {"A": Verdict.INCORRECT, "B": Verdict.INCORRECT}
    press(qtbot, Qt.Key.Key_R, CTRL)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert page.draft.cause is CauseCode.AMBIGUOUS

    # Ctrl+G: promote to gold; the cursor goes to the explanation.
    press(qtbot, Qt.Key.Key_G, CTRL)
    assert page.decision.promote.isChecked()
    assert page.decision.explanation.hasFocus()
    type_text(qtbot, "The customer asks to cancel the order.")
    with qtbot.waitSignal(page.saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_Return)
    gold_id = saved.args[0].gold_item_id
    assert gold_id is not None
    with win.ws.db.sessions() as s:
        gold = s.get(GoldItem, gold_id)
        assert (gold.labels, gold.source) == ([LEAF], "review")
        assert gold.explanation == "The customer asks to cancel the order."
    qtbot.waitUntil(
        lambda: page.task is not None and page.task.assignment_id != second.assignment_id
    )

    # Back to the promoted item: it shows as gold and the previous review is loaded.
    press(qtbot, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: page.task.assignment_id == second.assignment_id)
    assert page.task.gold
    assert not page.decision.promote.isEnabled()
    assert page.draft.labels == [LEAF]
    assert page.draft.cause is CauseCode.AMBIGUOUS
    assert page.queue.model.row_for(1).status is WorkStatus.DONE


def test_an_incomplete_review_is_refused_in_the_message_bar(qtbot, window: MainWindow) -> None:
    page = page_of(window)
    first = page.task.assignment_id
    press(qtbot, Qt.Key.Key_Return)  # no final label yet
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    assert "final label" in window.message_bar.current().text
    press(qtbot, Qt.Key.Key_1, ALT)
    press(qtbot, Qt.Key.Key_Return)  # B is incorrect and there is no reason
    qtbot.waitUntil(lambda: "reason" in window.message_bar.current().text)
    assert page.task.assignment_id == first
    assert page.decision.reason.property("needed")


def test_the_page_shows_no_labeller_identity(qtbot, window: MainWindow) -> None:
    page = page_of(window)
    texts = [w.text() for w in page.findChildren(QLabel)]
    texts += [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.toolTip() for w in page.findChildren(QAbstractButton)]
    model = page.queue.model
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(str(model.data(model.index(row, col), role)))
    joined = "\n".join(texts)
    for name in ("Anong", "Wei"):
        assert name not in joined
    assert sorted(page.slots.cards) == ["A", "B"]


def test_leads_have_review_mode_and_labellers_do_not(qtbot, review_ws, tmp_path: Path) -> None:
    lead = MainWindow(review_ws, review_ws.users.find("Dana"), AppSettings(tmp_path / "a.ini"))
    qtbot.add_widget(lead)
    assert "review" in lead.modes
    assert lead.mode == "labelling"
    assert lead.actions_by_id["mode_review"].isVisible()
    labeller = MainWindow(review_ws, review_ws.users.find("Anong"), AppSettings(tmp_path / "b.ini"))
    qtbot.add_widget(labeller)
    assert "review" not in labeller.modes
    assert not labeller.actions_by_id["mode_review"].isVisible()


def test_the_review_queue_model_passes_the_model_tester(qtmodeltester, review_ws) -> None:
    rita = review_ws.users.find("Rita")
    model = ReviewQueueModel(review_ws.reviews, rita, page_size=2)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 3
    model.set_filter(ReviewFilter(statuses=frozenset({WorkStatus.DONE})))
    assert model.rowCount() == 0
    qtmodeltester.check(model)
