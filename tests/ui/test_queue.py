"""The queue model (paged from SQL) and the queue panel, on a real workspace with five languages."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from labeldesk.labelling import Answer, QueueFilter
from labeldesk.storage.models import Assignment, WorkStatus
from labeldesk.ui.labelling.queue_panel import QueuePanel
from labeldesk.ui.models.queue_model import QueueColumn, QueueModel, QueueRole
from labeldesk.ui.workers import BackgroundCalls
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui

LEAF = "ORDER>cancel_order"
TODO = QueueFilter(statuses=frozenset({WorkStatus.TODO}))


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Numbers in the texts below are formatted as in en_US (1,000)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def make_panel(qtbot, ws: Workspace, page_size: int = 200) -> QueuePanel:
    """A shown queue panel; at teardown it waits for its background counts."""
    panel = QueuePanel(ws, page_size=page_size)
    panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # deleted by Qt, not mid-GC
    qtbot.addWidget(panel, before_close_func=lambda w: w.wait_for_background())
    panel.resize(380, 520)
    with qtbot.waitExposed(panel):
        panel.show()
    return panel


def fetch_all(model: QueueModel) -> None:
    """Fetch every page the model has."""
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def loaded_ids(model: QueueModel) -> list[str]:
    """The assignment ids of the loaded rows, in order."""
    return [model.row_for(i).assignment_id for i in range(model.rowCount())]


# -- the model ------------------------------------------------------------------------------


def test_model_pages_from_sql_and_passes_the_model_tester(qtmodeltester, ws, anong) -> None:
    everything = ws.queue.page(anong, limit=1000)
    assert len(everything) > 6
    model = QueueModel(ws.queue, anong, page_size=3)
    assert model.rowCount() == 3
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    assert model.rowCount() >= 6
    fetch_all(model)
    assert loaded_ids(model) == [r.assignment_id for r in everything]
    assert not model.canFetchMore(QModelIndex())
    model.set_filter(QueueFilter(language="th"))
    assert model.rowCount() == 3
    fetch_all(model)
    thai = ws.queue.page(anong, QueueFilter(language="th"), limit=1000)
    assert loaded_ids(model) == [r.assignment_id for r in thai]


def test_model_loads_only_a_page_until_the_view_asks(qapp, ws, anong) -> None:
    model = QueueModel(ws.queue, anong, page_size=2)
    assert model.rowCount() == 2 < ws.queue.count(anong)
    assert model.find_assignment(ws.queue.page(anong, limit=3)[2].assignment_id) is None


def test_model_data_for_each_column_and_role(qapp, ws, anong) -> None:
    model = QueueModel(ws.queue, anong)
    first = ws.queue.page(anong, limit=1)[0]
    display = [model.index(0, c).data() for c in QueueColumn]
    assert display == [
        "1",
        "To do",
        first.language,
        first.external_id,
        first.preview,
        first.batch,
    ]
    index = model.index(0, QueueColumn.POSITION)
    assert index.data(QueueRole.ROW) == first
    assert index.data(QueueRole.ASSIGNMENT_ID) == first.assignment_id
    assert index.data(QueueRole.STATUS) == WorkStatus.TODO
    assert index.data(QueueRole.STATUS_TEXT) == "To do"
    assert index.data(QueueRole.POSITION) == 1
    assert index.data(QueueRole.PREVIEW) == first.preview
    assert first.external_id in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.index(0, QueueColumn.STATUS).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.headerData(QueueColumn.PREVIEW, Qt.Orientation.Horizontal) == "Preview"


def test_update_status_keeps_the_row_in_place_until_refresh(qtbot, qtmodeltester, ws, anong):
    model = QueueModel(ws.queue, anong, TODO, page_size=4)
    qtmodeltester.check(model)
    before = loaded_ids(model)
    done = before[1]
    ws.labelling.submit(anong, done, Answer(labels=(LEAF,)))
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.update_status(done, WorkStatus.DONE)
    assert changed.args[0].row() == changed.args[1].row() == 1
    assert loaded_ids(model) == before
    assert model.index(1, QueueColumn.STATUS).data() == "Done"
    assert model.find_assignment(done) == 1
    model.refresh()
    assert model.queue_filter == TODO
    assert done not in loaded_ids(model)
    assert model.find_assignment(done) is None
    assert loaded_ids(model)[:3] == [before[0], *before[2:4]]
    assert not model.update_status(done, WorkStatus.TODO)  # not loaded any more


def test_refresh_reloads_as_many_rows_as_were_loaded(qapp, ws, anong) -> None:
    model = QueueModel(ws.queue, anong, page_size=2)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 6
    model.refresh()
    assert model.rowCount() == 6


# -- routing --------------------------------------------------------------------------------


def test_a_labeller_never_sees_another_language_in_the_list(qtbot, ws) -> None:
    anong, wei = ws.users.find("Anong"), ws.users.find("Wei")
    stray = next(r for r in ws.queue.page(wei, limit=100) if r.language == "zh")
    with ws.db.sessions.begin() as s:  # a misrouted assignment must still not show
        s.execute(
            update(Assignment).where(Assignment.id == stray.assignment_id).values(user_id=anong.id)
        )
    panel = make_panel(qtbot, ws, page_size=3)
    panel.set_filter(QueueFilter())
    for name in ("Anong", "Wei", "Linh"):
        user = ws.users.find(name)
        panel.set_user(user)
        fetch_all(panel.model)
        languages = {panel.model.row_for(i).language for i in range(panel.model.rowCount())}
        assert panel.model.rowCount() > 0
        assert languages <= {*user.languages, "und"}, name
        qtbot.waitUntil(lambda: panel.language_filter.count() > 1)
        choices = {
            panel.language_filter.itemData(i) for i in range(1, panel.language_filter.count())
        }
        assert choices <= {*user.languages, "und"}, name
    panel.set_user(anong)
    fetch_all(panel.model)
    assert panel.model.find_assignment(stray.assignment_id) is None
    assert not panel.select_assignment(stray.assignment_id)


# -- the panel ------------------------------------------------------------------------------


def test_background_calls_deliver_only_the_newest_and_do_not_pile_up(qtbot, caplog) -> None:
    calls = BackgroundCalls()
    ran: list[int] = []
    delivered: list[int] = []
    gate = threading.Event()

    def job(n: int) -> int:
        if n == 0:
            gate.wait(5)  # the first call is still running while the others come in
        ran.append(n)
        return n

    for n in range(6):
        calls.call("counts", lambda n=n: job(n), delivered.append)
    gate.set()
    qtbot.waitUntil(lambda: delivered == [5])
    assert calls.wait(5000)
    assert ran == [0, 5]  # the first, then only the newest of those that waited
    failures: list[str] = []
    calls.call("counts", lambda: 1 / 0, delivered.append, failures.append)
    qtbot.waitUntil(lambda: failures == ["division by zero"])
    assert "background call 'counts' failed" in caplog.text
    assert "ZeroDivisionError" in caplog.text  # logged with its trace


def test_progress_and_position_arrive_from_the_background(qtbot, ws, anong) -> None:
    total = ws.queue.count(anong)
    panel = make_panel(qtbot, ws)
    panel.set_user(anong)
    qtbot.waitUntil(lambda: panel.counts is not None)
    assert panel.progress_label.text() == f"0 / {total:,} done · 0 done today"
    first, second = loaded_ids(panel.model)[:2]
    assert panel.select_assignment(second)
    assert panel.position_label.text().startswith("Item 2")
    qtbot.waitUntil(lambda: panel.position_label.text() == f"Item 2 of {total:,}")
    ws.labelling.submit(anong, first, Answer(labels=(LEAF,)))
    ws.labelling.skip(anong, second, "not a customer chat")
    with qtbot.waitSignal(panel.countsChanged):
        panel.mark(first, WorkStatus.DONE)
        panel.mark(second, WorkStatus.SKIPPED)
    qtbot.waitUntil(lambda: panel.counts is not None and panel.counts.finished == 2)
    assert panel.progress_label.text() == f"2 / {total:,} done · 1 done today"
    assert panel.progress_bar.maximum() == total
    assert panel.progress_bar.value() == 2
    assert loaded_ids(panel.model)[:2] == [first, second]  # still listed under "To do"
    assert panel.model.index(1, 0).data(QueueRole.STATUS) == WorkStatus.SKIPPED


def test_filters_change_the_list_and_the_count(qtbot, ws, anong) -> None:
    panel = make_panel(qtbot, ws)
    panel.set_user(anong)
    assert panel.status_filter.currentText() == "To do"
    first = loaded_ids(panel.model)[0]
    ws.labelling.submit(anong, first, Answer(labels=(LEAF,)))
    panel.mark(first, WorkStatus.DONE)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("done"))
    assert loaded_ids(panel.model) == [first]
    qtbot.waitUntil(lambda: panel.language_filter.count() > 1)
    panel.status_filter.setCurrentIndex(0)  # all statuses
    panel.language_filter.setCurrentIndex(panel.language_filter.findData("th"))
    assert panel.current_filter() == QueueFilter(language="th")
    thai = ws.queue.page(anong, QueueFilter(language="th"), limit=1000)
    fetch_all(panel.model)
    assert loaded_ids(panel.model) == [r.assignment_id for r in thai]
    assert panel.language_filter.currentText().endswith("(th)")
    panel.select_assignment(thai[-1].assignment_id)
    qtbot.waitUntil(lambda: panel.position_label.text() == f"Item {len(thai)} of {len(thai)}")


def test_keyboard_moves_through_the_list_and_reaches_the_filters(qtbot, ws, anong) -> None:
    panel = make_panel(qtbot, ws, page_size=3)
    panel.set_user(anong)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    ids = loaded_ids(panel.model)
    panel.select_assignment(ids[0])
    panel.focus_list()
    with qtbot.waitSignal(panel.assignmentActivated) as moved:
        qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert moved.args == [ids[1]]
    with qtbot.waitSignal(panel.assignmentActivated) as entered:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert entered.args == [ids[1]]
    with qtbot.waitSignal(panel.assignmentActivated) as ended:
        qtbot.keyClick(panel.list, Qt.Key.Key_End)
    assert panel.model.rowCount() > 3  # End at the loaded bottom fetched the next page
    assert ended.args[0] in loaded_ids(panel.model)[2:]
    for key, target in (
        ("1", panel.status_filter),
        ("2", panel.language_filter),
        ("3", panel.batch_filter),
        ("0", panel.list),
    ):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is target
    assert "Alt+1" in panel.status_filter.toolTip()
    assert "Alt+2" in panel.language_filter.toolTip()
    qtbot.keyClick(panel.list, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is panel.batch_filter  # Tab order follows the layout
    qtbot.keyClick(panel.batch_filter, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is panel.language_filter


def test_select_assignment_is_quiet_and_fetches_down_to_the_row(qtbot, ws, anong) -> None:
    panel = make_panel(qtbot, ws, page_size=2)
    panel.set_user(anong)
    last = ws.queue.page(anong, TODO, limit=1000)[-1].assignment_id
    with qtbot.assertNotEmitted(panel.assignmentActivated):
        assert panel.select_assignment(last)
    assert panel.current_assignment() == last
    assert panel.model.rowCount() == ws.queue.count(anong, TODO)


def test_next_and_previous_fetch_more_at_the_end_of_the_loaded_rows(qtbot, ws, anong) -> None:
    panel = make_panel(qtbot, ws, page_size=2)
    panel.set_user(anong)
    everything = [r.assignment_id for r in ws.queue.page(anong, TODO, limit=1000)]
    assert panel.model.rowCount() == 2
    walked = [everything[0]]
    while (nxt := panel.next_assignment(walked[-1])) is not None:
        walked.append(nxt)
    assert walked == everything
    assert panel.previous_assignment(everything[2]) == everything[1]
    assert panel.previous_assignment(everything[0]) is None
    assert panel.first_todo_assignment() == everything[0]


def test_next_after_an_item_that_left_the_list(qtbot, ws, anong) -> None:
    panel = make_panel(qtbot, ws, page_size=2)
    panel.set_user(anong)
    ids = loaded_ids(panel.model)
    ws.labelling.submit(anong, ids[0], Answer(labels=(LEAF,)))
    panel.refresh()  # the done item drops out of "To do"
    assert panel.model.find_assignment(ids[0]) is None
    assert panel.next_assignment(ids[0]) == ids[1]
    assert panel.first_todo_assignment() == ids[1]


def test_empty_queue_says_so(qtbot, ws) -> None:
    dana = ws.users.find("Dana")  # a lead: no labelling assignments
    panel = make_panel(qtbot, ws)
    panel.set_user(dana)
    assert panel.model.rowCount() == 0
    assert panel.position_label.text() == "No items match these filters."
    qtbot.waitUntil(lambda: panel.counts is not None)
    assert panel.progress_label.text() == "0 / 0 done · 0 done today"
    assert panel.next_assignment("nope") is None
    assert panel.first_todo_assignment() is None
