"""Quality mode in the real main window of a lead, driven by the keyboard.

The lead switches to quality mode, reads the table of the hand-worked case
(tests/quality_case.py), regroups it by vendor, edits the targets in their dialog and sends
a refresher to the one labeller left below target, confirming with Enter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from quality_case import build
from sqlalchemy import select

from labeldesk.storage.models import QuizKind, TrainingQuiz
from labeldesk.ui.main_window import MainWindow
from labeldesk.ui.quality.quality_model import ROW_ROLE, Column, QualityTableModel
from labeldesk.ui.quality.quality_page import QualityPage
from labeldesk.ui.quality.targets_dialog import TargetsDialog
from labeldesk.ui.settings import AppSettings
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def quality_ws(tmp_path: Path) -> Iterator[Workspace]:
    """The hand-worked case; targets apply after 5 answers; quizzes of one item."""
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    build(ws)
    ws.quality.set_targets(min_items=5)
    ws.set_setting("training", {"threshold": 0.8, "n_items": 1, "pause_production": True})
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def window(qtbot, quality_ws: Workspace, tmp_path: Path) -> Iterator[MainWindow]:
    """The lead Dana's window: it opens in labelling mode."""
    win = MainWindow(quality_ws, quality_ws.users.find("Dana"), AppSettings(tmp_path / "ui.ini"))
    qtbot.add_widget(win)
    with qtbot.wait_exposed(win):
        win.show()
    win.activateWindow()
    yield win
    page_of(win).wait()


def page_of(win: MainWindow) -> QualityPage:
    page = win.modes["quality"]
    assert isinstance(page, QualityPage)
    return page


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """Press a key on whatever has the focus, as a person at the keyboard does."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def in_window(widget) -> bool:
    """Whether the keyboard focus is inside ``widget``'s window."""
    focus = QApplication.focusWidget()
    return focus is not None and focus.window() is widget


def names(page: QualityPage) -> list[str]:
    model = page.table.model()
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def open_quality_mode(qtbot, win: MainWindow) -> QualityPage:
    page = page_of(win)
    with qtbot.waitSignal(page.reportShown, timeout=20_000):
        press(qtbot, Qt.Key.Key_3, CTRL_SHIFT)
    assert win.mode == "quality"
    return page


def test_lead_starts_in_labelling_and_reaches_quality_by_keyboard(qtbot, window):
    assert window.mode == "labelling"
    assert window.actions_by_id["mode_quality"].isVisible()
    page = open_quality_mode(qtbot, window)
    assert page.busy.isHidden()
    assert names(page) == ["Anong", "Budi", "Chai", "Dewi"]
    assert QApplication.focusWidget() is page.table
    # all batches: b1's 12 conversations and the pool's training item t1 (gold)
    assert "Final labels of 13 conversations" in page.decided_label.text()
    assert "gold 3" in page.decided_label.text()
    assert "Krippendorff's \u03b1 0.49" in page.agreement_label.text()
    assert "only 8 item(s)" in page.warnings_label.text()
    assert "≥ 95.0%" in page.targets_label.text()
    assert page.send_button.isEnabled()
    assert "(3)" in page.send_button.text()


def test_table_shows_numbers_right_aligned_and_marks_the_flagged(qtbot, window, qtmodeltester):
    page = open_quality_mode(qtbot, window)
    qtmodeltester.check(page.model)
    model = page.table.model()
    anong = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Anong")
    gold = model.index(anong, Column.GOLD)
    assert gold.data() == "50% (9\u201391%)"
    assert gold.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    name = model.index(anong, Column.NAME)
    assert not name.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Gold accuracy 50% is below the target 95%" in name.data(Qt.ItemDataRole.ToolTipRole)
    assert gold.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(anong, Column.ITEMS).data() == "9"
    assert model.index(anong, Column.KAPPA).data() == "1.00"
    dewi = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Dewi")
    tip = model.index(dewi, Column.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "Too fast" in tip
    assert model.index(dewi, Column.AGREEMENT).data() == "\u2013"
    # sorting by a column (a click on its header) orders by the raw numbers
    page.table.sortByColumn(Column.SPEED, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Dewi"
    assert model.index(0, 0).data(ROW_ROLE).name == "Dewi"


def test_regroup_by_vendor_with_the_keyboard(qtbot, window):
    page = open_quality_mode(qtbot, window)
    press(qtbot, Qt.Key.Key_G, ALT)
    assert QApplication.focusWidget() is page.group_combo
    with qtbot.waitSignal(page.reportShown, timeout=20_000):
        press(qtbot, Qt.Key.Key_Down)
    assert page.by == "vendor"
    assert names(page) == ["Acme", "Blue", "(none)"]
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Vendor"
    with qtbot.waitSignal(page.reportShown, timeout=20_000):
        press(qtbot, Qt.Key.Key_Down)
    assert page.by == "language"
    assert "ไทย (th)" in names(page)  # each language in its own name


def test_batch_choice(qtbot, window):
    page = open_quality_mode(qtbot, window)
    press(qtbot, Qt.Key.Key_B, ALT)
    assert QApplication.focusWidget() is page.batch_combo
    assert [page.batch_combo.itemText(i) for i in range(page.batch_combo.count())] == [
        "All batches", "b1", "pool"]  # fmt: skip
    with qtbot.waitSignal(page.reportShown, timeout=20_000):
        press(qtbot, Qt.Key.Key_Down)
    assert page.batch == "b1"
    assert page.report.batch == "b1"


def test_edit_targets_then_send_a_refresher(qtbot, window, quality_ws):
    page = open_quality_mode(qtbot, window)
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TargetsDialog))
    dialog = page.targets_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.gold)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.gold, "40")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.kappa, "0.1")
    with qtbot.waitSignal(page.reportShown, timeout=20_000):
        press(qtbot, Qt.Key.Key_Return)
    assert quality_ws.quality.targets().gold_accuracy == pytest.approx(0.4)
    assert quality_ws.quality.targets().kappa == pytest.approx(0.1)
    assert [f.name for f in page.report.flagged] == ["Budi"]
    assert "(1)" in page.send_button.text()
    window.activateWindow()  # a window manager does this when a dialog closes; offscreen not
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = page.confirm_box
    qtbot.waitUntil(lambda: in_window(box))
    assert "Budi: ORDER" in box.informativeText()
    with qtbot.waitSignal(page.refreshersSent, timeout=20_000) as sent:
        press(qtbot, Qt.Key.Key_Return)
    assert [q.user for q in sent.args[0]] == ["Budi"]
    with quality_ws.db.sessions() as s:
        quiz = s.scalars(select(TrainingQuiz).where(TrainingQuiz.kind == QuizKind.REFRESHER)).one()
    assert quiz.branches == ["ORDER"]
    # the English catalog's singular, or the source text when no translator is installed
    assert re.search(r"Refresher quiz(zes)? sent to 1 labeller", window.message_bar.current().text)


def test_saying_no_sends_nothing(qtbot, window, quality_ws):
    page = open_quality_mode(qtbot, window)
    page.send_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.send_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    qtbot.waitUntil(lambda: in_window(page.confirm_box))
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.confirm_box is None)
    page.wait()
    with quality_ws.db.sessions() as s:
        assert (
            s.scalar(select(TrainingQuiz.id).where(TrainingQuiz.kind == QuizKind.REFRESHER)) is None
        )


def test_model_before_any_report(qtmodeltester):
    model = QualityTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.data(model.index(0, 0)) is None
    assert model.rowCount(QModelIndex()) == 0
