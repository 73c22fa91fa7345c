"""Training mode in the real main window, with the keyboard only: take a quiz, see each answer
right after submitting it, pass and see production work unlock; and fail and stay locked.

The workspace is the labelling one plus training-pool gold items (tests/gold_data.py); the
lead's quiz is started through the training service, as ``labeldesk training start`` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gold_data import CANCEL, DELAY, EXPLANATION, REFUND, TRACK, add_training_batch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from labeldesk.storage.models import QuizStatus
from labeldesk.ui.labelling.training_banner import TrainingBanner
from labeldesk.ui.labelling.training_feedback import TrainingFeedbackDialog
from labeldesk.ui.main_window import MainWindow
from labeldesk.ui.settings import AppSettings
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui

#: What to type in the picker's search to find each label first.
QUERY = {
    CANCEL: "cancel order",
    TRACK: "track order",
    REFUND: "get refund",
    DELAY: "delivery period",
}


@pytest.fixture
def answers(ws: Workspace, tmp_path: Path) -> dict[str, str]:
    """The training items: external id -> gold label."""
    return add_training_batch(ws, tmp_path)


@pytest.fixture
def open_window(qtbot, ws: Workspace, tmp_path: Path) -> Iterator:
    """Opens the main window for Anong, shown, once the test has started her quiz."""
    windows: list[MainWindow] = []

    def make(*, with_item: bool = True) -> MainWindow:
        win = MainWindow(ws, ws.users.find("Anong"), AppSettings(tmp_path / "ui.ini"))
        qtbot.add_widget(win)
        with qtbot.wait_exposed(win):
            win.show()
        if with_item:
            qtbot.waitUntil(lambda: win.session.item is not None)
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.queue.wait_for_background(5000)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on whatever has the focus, as a person at the keyboard does."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def current(win: MainWindow) -> str:
    assert win.session.item is not None
    return win.session.item.conversation.external_id


def answer(qtbot, win: MainWindow, label: str) -> TrainingFeedbackDialog:
    """Ctrl+L, search, Enter chooses, Enter submits; the answer dialog comes up."""
    assert win.training.dialog is None  # nothing shown before the submit
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.workbench.picker.search_edit.hasFocus())
    qtbot.keyClicks(QApplication.focusWidget(), QUERY[label])
    qtbot.waitUntil(lambda: win.workbench.picker.results_model.rowCount() > 0)
    press(qtbot, Qt.Key.Key_Return)
    assert win.session.draft.labels == [label]
    with qtbot.waitSignal(win.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.training.dialog is not None and win.training.dialog.isVisible())
    dialog = win.training.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.next_button.hasFocus())
    return dialog


def dismiss(qtbot, win: MainWindow, key: Qt.Key) -> None:
    """Close the answer dialog with ``key``; wait until the window has the keyboard back."""
    press(qtbot, key)
    qtbot.waitUntil(lambda: win.training.dialog is None)
    qtbot.waitUntil(lambda: win.isActiveWindow() and QApplication.focusWidget() is not None)


def banner_text(banner: TrainingBanner) -> str:
    return banner.text() if banner.isVisible() else ""


def wrong_for(label: str) -> str:
    return REFUND if label != REFUND else CANCEL


def test_take_a_quiz_see_each_answer_pass_and_unlock_the_queue(
    qtbot, ws, answers, open_window
) -> None:
    anong = ws.users.find("Anong")
    production = {r.external_id for r in ws.queue.page(anong)}
    ws.training.start_quiz(anong.id, n_items=3, threshold=0.6)
    win = open_window()
    assert banner_text(win.training.banner) == (
        "Training quiz 0 of 3 answered · 0 correct · pass mark 60%"
    )
    assert win.queue.model.rowCount() == 3
    assert current(win).startswith("tr-")

    # 1: right. The answer shows at once, with the explanation; Enter moves on.
    first = current(win)
    expected = answers[first]
    dialog = answer(qtbot, win, expected)
    assert dialog.heading.text() == "Correct"
    assert EXPLANATION[expected] == dialog.explanation.toPlainText()
    assert "1 of 3 answered · 1 correct" in dialog.progress.text()
    assert "1 of 3 answered · 1 correct" in banner_text(win.training.banner)
    assert win.session.item is not None
    assert current(win) == first  # the next item waits for the dialog
    dismiss(qtbot, win, Qt.Key.Key_Return)
    assert current(win) != first

    # 2: wrong. The expected label is shown by name.
    second = current(win)
    expected = answers[second]
    dialog = answer(qtbot, win, wrong_for(expected))
    assert dialog.heading.text() == "Not quite"
    assert expected.split(">")[1] in dialog.answers.text()
    assert wrong_for(expected).split(">")[1] in dialog.answers.text()
    dismiss(qtbot, win, Qt.Key.Key_Escape)  # Esc closes it too
    assert current(win) != second

    # 3: right: 2 of 3 passes the 60% mark; the queue reloads with production work.
    dialog = answer(qtbot, win, answers[current(win)])
    assert dialog.progress.text() == "Quiz passed: 2 of 3 correct. Your queue is unlocked."
    assert dialog.next_button.text() == "Continue"
    dismiss(qtbot, win, Qt.Key.Key_Return)
    assert win.session.item is not None
    assert current(win) in production
    assert win.queue.model.rowCount() == len(production)
    assert banner_text(win.training.banner) == "Passed 2 of 3 correct — your queue is unlocked."
    assert ws.training.latest_quiz(anong.id).status is QuizStatus.PASSED
    assert win.workbench.picker.search_edit.hasFocus()  # ready to label production work


def test_a_failed_quiz_keeps_production_locked(qtbot, ws, answers, open_window) -> None:
    anong = ws.users.find("Anong")
    ws.training.start_quiz(anong.id, n_items=2, threshold=1.0)
    win = open_window()
    first = current(win)
    answer(qtbot, win, wrong_for(answers[first]))
    dismiss(qtbot, win, Qt.Key.Key_Return)
    assert current(win) != first
    dialog = answer(qtbot, win, answers[current(win)])
    assert dialog.progress.text() == (
        "Quiz not passed: 1 of 2 correct, pass mark 100%. Ask your lead for another quiz."
    )
    dismiss(qtbot, win, Qt.Key.Key_Escape)
    assert win.session.item is None
    assert win.queue.model.rowCount() == 0
    assert win.workbench.empty.isVisible()
    assert banner_text(win.training.banner) == (
        "Not passed 1 of 2 correct, pass mark 100% — ask your lead for another quiz."
    )
    # The banner still says so when the window opens again, over an empty queue.
    win.close()
    again = open_window(with_item=False)
    assert banner_text(again.training.banner).startswith("Not passed 1 of 2 correct")
    qtbot.waitUntil(lambda: again.workbench.empty.isVisible())
    assert again.queue.model.rowCount() == 0


def test_no_banner_and_no_dialog_without_a_quiz(qtbot, ws, answers, open_window) -> None:
    win = open_window()
    assert not win.training.banner.isVisible()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), QUERY[CANCEL])
    qtbot.waitUntil(lambda: win.workbench.picker.results_model.rowCount() > 0)
    press(qtbot, Qt.Key.Key_Return)
    first = current(win)
    with qtbot.waitSignal(win.saved, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current(win) != first)
    assert win.training.dialog is None
