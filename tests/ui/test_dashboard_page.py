"""Dashboard mode in the real main window of a lead: charts, clicks down to conversations.

The lead Dana opens the dashboard (Ctrl+Shift+4) on the hand-worked case of
tests/quality_case.py, clicks a heatmap cell and a gold bar where matplotlib drew them, and
reads the conversations behind them; the same by keyboard; the numbers are computed on a
worker while the page shows that it is busy.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from quality_case import X, Y, build

from labeldesk.labelling import Answer
from labeldesk.review.dashboard import DashboardService, Element
from labeldesk.ui.dashboard import DashboardPage
from labeldesk.ui.dashboard.drill_model import DrillColumn, DrillDownModel
from labeldesk.ui.main_window import MainWindow
from labeldesk.ui.settings import AppSettings
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WAIT = 30_000


@pytest.fixture
def dash_ws(tmp_path: Path) -> Iterator[Workspace]:
    """The hand-worked QA case (tests/quality_case.py)."""
    ws = Workspace.open(tmp_path / "ws.db", create=True)
    build(ws)
    try:
        yield ws
    finally:
        ws.close()


def open_window(qtbot, ws: Workspace, tmp_path: Path) -> MainWindow:
    """The lead Dana's window, shown."""
    win = MainWindow(ws, ws.users.find("Dana"), AppSettings(tmp_path / "ui.ini"))
    qtbot.add_widget(win)
    win.resize(1500, 950)
    with qtbot.wait_exposed(win):
        win.show()
    win.activateWindow()
    return win


@pytest.fixture
def window(qtbot, dash_ws: Workspace, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, dash_ws, tmp_path)
    yield win
    page_of(win).wait()


def page_of(win: MainWindow) -> DashboardPage:
    page = win.modes["dashboard"]
    assert isinstance(page, DashboardPage)
    return page


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """Press a key on whatever has the focus, as a person at the keyboard does."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def open_dashboard(qtbot, win: MainWindow, batch: str | None = None) -> DashboardPage:
    page = page_of(win)
    with qtbot.waitSignal(page.dashboardShown, timeout=WAIT):
        press(qtbot, Qt.Key.Key_4, CTRL_SHIFT)
    assert win.mode == "dashboard"
    if batch is not None:
        with qtbot.waitSignal(page.dashboardShown, timeout=WAIT):
            page.batch_combo.setCurrentIndex(page.batch_combo.findData(batch))
    return page


def click_data_point(qtbot, page: DashboardPage, chart: str, ax, xy) -> None:
    """Click the canvas where data point ``xy`` of ``ax`` is drawn (matplotlib's display
    coordinates run up from the bottom in device pixels; Qt's down from the top)."""
    canvas = page.panels[chart].canvas
    canvas.draw()  # the layout is final
    x, y = ax.transData.transform(xy)
    ratio = canvas.device_pixel_ratio
    point = QPoint(round(x / ratio), round((canvas.figure.bbox.height - y) / ratio))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)


def listed(page: DashboardPage) -> list[str]:
    model = page.drill_panel.model
    return [model.index(r, DrillColumn.CONVERSATION).data() for r in range(model.rowCount())]


def test_lead_opens_the_dashboard_by_keyboard_and_sees_six_charts(qtbot, window):
    assert window.actions_by_id["mode_dashboard"].isVisible()
    page = open_dashboard(qtbot, window)
    assert page.busy.isHidden()
    assert page.status.text() == "25 answers on 13 conversations"
    for name, panel in page.panels.items():
        assert panel.canvas is not None, name
        assert panel.figure.axes, name
    assert len(page.panels["progress"].hits) == 5  # Nov 1 to Nov 5
    assert page.panels["gold"].hits.keys()[:2] == [
        window.ws.users.find("Budi").id,
        window.ws.users.find("Anong").id,
    ]
    assert QApplication.focusWidget() is page.panels["progress"]


def test_clicking_a_heatmap_cell_lists_its_conversations_and_opens_the_first(
    qtbot, window, qtmodeltester
):
    page = open_dashboard(qtbot, window, batch="b1")
    panel = page.panels["confusion"]
    assert page.dashboard.confusion.keys[:2] == (X, Y)
    # cell (row X, column Y) is at data point (1, 0) of the heatmap
    with qtbot.waitSignal(page.drillShown, timeout=WAIT) as shown:
        click_data_point(qtbot, page, "confusion", panel.figure.axes[0], (1, 0))
    assert shown.args[0].element == Element("confusion", (X, Y))
    assert listed(page) == ["c2", "g1"]
    qtmodeltester.check(page.drill_panel.model)
    reader = page.drill_panel.conversation
    assert reader.conversation() is not None
    assert reader.conversation().external_id == "c2"
    assert "Budi: track_order ✗" in page.drill_panel.answers.text()
    assert "2 conversation(s), 2 with a miss" in page.drill_panel.summary.text()


def test_clicking_a_gold_bar_lists_the_labellers_gold_items_misses_first(qtbot, window):
    page = open_dashboard(qtbot, window, batch="b1")
    ax = page.panels["gold"].figure.axes[0]
    bars = [p for p in ax.patches if p.get_width() > 0]  # Budi's 0% bar has no width
    anong = min(bars, key=lambda b: b.get_y())  # the top bar drawn: Anong, 1 of 2
    centre = (anong.get_x() + anong.get_width() / 2, anong.get_y() + anong.get_height() / 2)
    with qtbot.waitSignal(page.drillShown, timeout=WAIT):
        click_data_point(qtbot, page, "gold", ax, centre)
    assert listed(page) == ["g2", "g1"]
    model = page.drill_panel.model
    assert model.index(0, DrillColumn.MISS).data() == "✗"
    assert model.index(1, DrillColumn.MISS).data() == ""


def test_the_keyboard_reaches_a_cell_drills_down_and_comes_back(qtbot, window):
    page = open_dashboard(qtbot, window, batch="b1")
    press(qtbot, Qt.Key.Key_C, ALT)  # the confusions chart
    panel = page.panels["confusion"]
    assert QApplication.focusWidget() is panel
    assert panel.current_key() == (X, X)  # the first cell, outlined
    press(qtbot, Qt.Key.Key_Right)
    assert panel.current_key() == (X, Y)
    with qtbot.waitSignal(page.drillShown, timeout=WAIT):
        press(qtbot, Qt.Key.Key_Return)
    assert listed(page) == ["c2", "g1"]
    assert QApplication.focusWidget() is page.drill_panel.table
    press(qtbot, Qt.Key.Key_Down)
    assert page.drill_panel.conversation.conversation().external_id == "g1"
    press(qtbot, Qt.Key.Key_Escape)
    assert page.drill_panel.isHidden()
    assert QApplication.focusWidget() is panel


def test_tab_reaches_every_control_and_chart(qtbot, window):
    page = open_dashboard(qtbot, window, batch="b1")
    with qtbot.waitSignal(page.drillShown, timeout=WAIT):
        page.drill("gold", window.ws.users.find("Anong").id)
    page.batch_combo.setFocus()
    seen = []
    for _ in range(14):
        seen.append(QApplication.focusWidget())
        press(qtbot, Qt.Key.Key_Tab)
    wanted = [
        page.batch_combo,
        page.refresh_button,
        *page.panels.values(),
        page.drill_panel.table,
        page.drill_panel.close_button,
    ]
    for widget in wanted:
        assert widget in seen, str([w.objectName() for w in seen])
    assert any(page.drill_panel.conversation.isAncestorOf(w) for w in seen)


class GatedService(DashboardService):
    """The real service, whose dashboard waits until the test opens the gate."""

    def __init__(self, db) -> None:
        super().__init__(db)
        self.gate = threading.Event()
        self.started = threading.Event()

    def dashboard(self, *args, **kwargs):
        self.started.set()
        assert self.gate.wait(WAIT / 1000)
        return super().dashboard(*args, **kwargs)


def test_the_page_is_busy_while_the_worker_computes_and_the_gui_stays_live(qtbot, window):
    page = open_dashboard(qtbot, window)
    shown = page.dashboard
    gated = GatedService(window.ws.db)
    page.service = gated
    try:
        page.batch_combo.setCurrentIndex(page.batch_combo.findData("b1"))
        qtbot.waitUntil(gated.started.is_set, timeout=WAIT)
        assert page.busy.isVisible()
        assert page.status.text() == "Computing…"
        ticks = []
        QTimer.singleShot(0, lambda: ticks.append("tick"))  # the event loop runs meanwhile
        qtbot.waitUntil(lambda: ticks == ["tick"], timeout=WAIT)
        assert page.dashboard is shown  # nothing new yet
    finally:
        gated.gate.set()
    qtbot.waitUntil(lambda: page.dashboard is not shown, timeout=WAIT)
    assert page.busy.isHidden()
    assert page.dashboard.batch == "b1"


def test_the_drill_down_model_pages(qtbot, dash_ws, qtmodeltester):
    service = DashboardService(dash_ws.db)
    week1 = Element("agreement", dt.date(2026, 10, 26))
    drill = service.drill("b1", week1, first_page=0)
    model = DrillDownModel(page_size=4)
    model.set_drill_down(drill)
    assert (model.rowCount(), model.total()) == (4, 6)
    assert model.canFetchMore()
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore()
    assert inserted.args[1:] == [4, 5]
    assert model.rowCount() == 6
    assert not model.canFetchMore()
    qtmodeltester.check(model)
    assert [model.index(r, DrillColumn.CONVERSATION).data() for r in range(6)] == [
        "c2", "c4", "g1", "g2", "c1", "c3"
    ]  # fmt: skip
    model.set_drill_down(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)
    fresh = DrillDownModel(page_size=2)
    fresh.set_drill_down(drill)
    qtmodeltester.check(fresh)  # the tester fetches the rest itself
    assert fresh.rowCount() == 6


def test_the_page_draws_the_labelling_workspace(qtbot, labelling_ws, tmp_path):
    ws = labelling_ws.ws
    for name in ("Anong", "Wei"):
        profile = ws.users.find(name)
        for row in ws.queue.page(profile, limit=6):
            ws.labelling.submit(profile, row.assignment_id, Answer(labels=("ORDER>cancel_order",)))
    win = open_window(qtbot, ws, tmp_path)
    try:
        page = open_dashboard(qtbot, win)
        assert page.dashboard.answers == 12
        assert sum(page.dashboard.progress.counts) == 12
        assert len(page.panels["progress"].hits) == 1  # today
        languages = page.panels["language"].figure.axes[0]
        names = [t.get_text() for t in languages.get_yticklabels()]
        assert any("ไทย" in n for n in names) or any("中文" in n for n in names)
    finally:
        page_of(win).wait()
