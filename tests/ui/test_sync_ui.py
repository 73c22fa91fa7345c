"""Sync in the real main window against a real hub on 127.0.0.1.

Anong's workstation synced once (the hub's chats came down); the window opens on it. F5
sends her answer and fetches an item the lead assigned meanwhile; the status line counts
what waits and says offline when the hub is gone, and nothing is lost; the connect dialog
shows the hub's reason for a wrong token and connects with the right one; a submit while
online is sent in the background.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from hub_world import HubProcess, HubWorld, build_hub, free_port, hub_thread
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select, update

from labeldesk.ingest.importer import ImportOptions
from labeldesk.labelling.dto import Saved
from labeldesk.review.assignment import assign_batch
from labeldesk.storage.models import Annotation, AnnotationRevision, Assignment
from labeldesk.sync import connection
from labeldesk.sync.client import SyncClient
from labeldesk.ui.main_window import MainWindow
from labeldesk.ui.settings import AppSettings
from labeldesk.ui.sync.status_widget import LinkState, SyncStatusWidget
from labeldesk.ui.sync.sync_controller import SyncController
from labeldesk.ui.sync.sync_job import SyncSnapshot
from labeldesk.workspace import Workspace

pytestmark = pytest.mark.gui

LABEL = "ORDER>cancel_order"
LATE_CHAT = {
    "id": "th-late-001",
    "language": "th",
    "market": "TH",
    "channel": "chat",
    "turns": [
        {"speaker": "customer", "text": "สวัสดีค่ะ ขอยกเลิกคำสั่งซื้อเมื่อวานได้ไหมคะ ของยังไม่ส่งเลย"},
        {"speaker": "agent", "text": "ได้เลยค่ะ ขอเลขคำสั่งซื้อด้วยนะคะ"},
    ],
}


# -- the world ------------------------------------------------------------------------------


@pytest.fixture
def world(tmp_path: Path) -> HubWorld:
    """The hub's workspace: two chats per language, Anong's Thai and English ones for her."""
    return build_hub(f"sqlite:///{tmp_path / 'hub.db'}", tmp_path / "hub", per_language=2)


@pytest.fixture
def hub(world: HubWorld) -> Iterator[str]:
    """The hub served on 127.0.0.1 (in a thread); its base URL."""
    with hub_thread(world.url) as base:
        yield base


def first_sync(location: Path, base: str, token: str, *, remember: bool = True) -> Workspace:
    """A workstation's workspace after its first sync (remembering the hub, like the CLI)."""
    ws = Workspace.open(location, create=True)
    with SyncClient(ws.db, base, token) as client:
        client.sync()
        if remember:
            assert client.user_id is not None
            connection.remember(ws.db, base, client.user_id, token)
    return ws


@pytest.fixture
def client_ws(tmp_path: Path, world: HubWorld, hub: str) -> Iterator[Workspace]:
    """Anong's workstation, synced once with the hub."""
    ws = first_sync(tmp_path / "anong.db", hub, world.tokens["Anong"])
    try:
        yield ws
    finally:
        ws.close()


def open_window(qtbot, ws: Workspace, tmp_path: Path) -> MainWindow:
    """Anong's main window, shown, background syncs off, the first item open."""
    win = MainWindow(ws, ws.users.find("Anong"), AppSettings(tmp_path / "ui.ini"))
    win.sync.set_background(False)  # the tests sync when they say so
    qtbot.add_widget(win)
    with qtbot.wait_exposed(win):
        win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: win.session.item is not None)
    return win


@pytest.fixture
def window(qtbot, client_ws: Workspace, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, client_ws, tmp_path)


def submit(qtbot, win: MainWindow) -> Saved:
    """Answer the open item with :data:`LABEL` and submit it, as the labeller does."""
    win.workbench.choose_label(LABEL)
    with qtbot.waitSignal(win.saved, timeout=10_000) as saved:
        win.actions_by_id["submit"].trigger()
    return saved.args[0]


def press_sync(qtbot, win: MainWindow) -> None:
    """Press F5 where the keyboard is, and wait for the sync to end."""
    target = QApplication.focusWidget() or win
    with qtbot.waitSignal(win.sync.finished, timeout=60_000):
        qtbot.keyClick(target, Qt.Key.Key_F5)


def assign_late_chat(world: HubWorld, folder: Path) -> None:
    """The lead imports one more Thai chat on the hub and assigns it (to Anong)."""
    path = folder / "late.jsonl"
    path.write_text(json.dumps(LATE_CHAT, ensure_ascii=False) + "\n", encoding="utf-8")
    with Workspace.open(world.url) as hub_ws:
        hub_ws.importer.import_file(path, ImportOptions(batch="late", taxonomy="bitext"))
        result = assign_batch(hub_ws.db, "late", ["Anong"])
    assert result is not None


def hub_revisions(world: HubWorld, annotation_id: str) -> int:
    """How many revisions of an annotation the hub holds."""
    with Workspace.open(world.url) as hub_ws, hub_ws.db.sessions() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(AnnotationRevision)
                .join(Annotation, Annotation.id == AnnotationRevision.annotation_id)
                .where(Annotation.id == annotation_id)
            )
            or 0
        )


def queue_ids(win: MainWindow) -> list[str]:
    """The external ids the queue lists (after fetching every page)."""
    model = win.queue.model
    while model.canFetchMore(model.index(-1, -1).parent()):
        model.fetchMore(model.index(-1, -1).parent())
    return [model.row_for(row).external_id for row in range(model.rowCount())]


def waiting(win: MainWindow) -> int:
    """The records the status line counts as waiting."""
    snapshot = win.sync.status.snapshot
    assert snapshot is not None
    return snapshot.waiting


# -- the sync action ------------------------------------------------------------------------


def test_f5_sends_the_answer_and_fetches_new_work(
    qtbot, window: MainWindow, world: HubWorld, tmp_path: Path, qtmodeltester
) -> None:
    status = window.sync.status
    qtbot.waitUntil(lambda: status.snapshot is not None and status.state == LinkState.ONLINE)
    assert waiting(window) == 0
    assert status.text.startswith("Online · last sync ")
    assert status.text.endswith("all sent")

    saved = submit(qtbot, window)
    qtbot.waitUntil(lambda: waiting(window) > 0)  # the answer and its audit entry
    assert "waiting" in status.text
    assert hub_revisions(world, saved.annotation_id) == 0
    assign_late_chat(world, tmp_path)
    assert "th-late-001" not in queue_ids(window)

    press_sync(qtbot, window)

    outcome = window.sync.last_outcome
    assert outcome is not None
    assert outcome.error is None
    assert outcome.report is not None
    assert outcome.report.assignments == 1
    assert hub_revisions(world, saved.annotation_id) == 1
    assert waiting(window) == 0
    assert status.state == LinkState.ONLINE
    assert status.text.endswith("all sent")
    qtbot.waitUntil(lambda: "th-late-001" in queue_ids(window))
    qtmodeltester.check(window.queue.model)
    assert window.message_bar.history()[-1].level == "info"


def test_an_expired_lease_leaves_the_queue_and_the_next_item_opens(
    qtbot, window: MainWindow, world: HubWorld
) -> None:
    item = window.session.item
    assert item is not None
    taken = item.assignment_id
    with Workspace.open(world.url) as hub_ws, hub_ws.db.sessions.begin() as s:
        # a week went by on the hub: the open item's lease ran out unworked
        past = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        s.execute(update(Assignment).where(Assignment.id == taken).values(lease_expires_at=past))

    press_sync(qtbot, window)

    outcome = window.sync.last_outcome
    assert outcome is not None
    assert outcome.report is not None
    assert outcome.report.dropped == 1
    qtbot.waitUntil(lambda: window.session.item is not None)
    assert window.session.item.assignment_id != taken
    assert window.ws.queue.row(window.profile, taken) is None
    assert item.conversation.external_id not in queue_ids(window)


def test_hub_gone_status_says_offline_and_nothing_is_lost(
    qtbot, tmp_path: Path, world: HubWorld
) -> None:
    hub = HubProcess(world.url, tmp_path / "hub.log").start()
    try:
        ws = first_sync(tmp_path / "anong.db", hub.url, world.tokens["Anong"])
        with ExitStack() as stack:
            stack.callback(ws.close)
            win = open_window(qtbot, ws, tmp_path)
            saved = submit(qtbot, win)
            qtbot.waitUntil(lambda: waiting(win) > 0)
            queued = waiting(win)

            hub.stop()
            press_sync(qtbot, win)
            status = win.sync.status
            assert status.state == LinkState.OFFLINE
            assert status.text.startswith("Offline · last sync ")
            assert waiting(win) == queued
            assert win.message_bar.history()[-1].level == "warning"
            assert "offline" in win.message_bar.history()[-1].text
            assert "Last problem: cannot reach the hub" in status.button.toolTip()
            assert connection.status(ws.db).waiting == queued  # still in the outbox

            hub.start()  # the same port: the remembered address works again
            press_sync(qtbot, win)
            assert status.state == LinkState.ONLINE
            assert waiting(win) == 0
            assert hub_revisions(world, saved.annotation_id) == 1
            win.close()
    finally:
        hub.stop()


def test_submit_while_online_is_sent_soon_in_the_background(
    qtbot, window: MainWindow, world: HubWorld
) -> None:
    qtbot.waitUntil(lambda: window.sync.status.state == LinkState.ONLINE)
    window.sync.soon.setInterval(50)
    window.sync.set_background(True)
    with qtbot.waitSignal(window.sync.finished, timeout=60_000):
        saved = submit(qtbot, window)
    assert hub_revisions(world, saved.annotation_id) == 1
    assert window.message_bar.history() == [] or window.message_bar.history()[-1].level == "info"
    qtbot.waitUntil(lambda: waiting(window) == 0)


def test_only_one_sync_runs_at_a_time(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.sync.status.state == LinkState.ONLINE)
    finished: list[object] = []
    window.sync.finished.connect(finished.append)
    window.sync.sync_now()
    assert window.sync.running
    window.sync.sync_now()
    window.sync.sync_in_background()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=60_000)
    window.sync.wait()
    assert len(finished) == 1


def test_cancel_stops_a_sync_and_closing_the_window_stops_one_too(
    qtbot, window: MainWindow, client_ws: Workspace, world: HubWorld
) -> None:
    qtbot.waitUntil(lambda: window.sync.status.state == LinkState.ONLINE)
    # the hub moved away: every request fails, and the sync retries until cancelled
    gone = f"http://127.0.0.1:{free_port()}"
    connection.remember(client_ws.db, gone, window.profile.id, world.tokens["Anong"])
    with qtbot.waitSignal(window.sync.finished, timeout=60_000) as ended:
        window.sync.sync_now()
        assert window.sync.status.state == LinkState.SYNCING
        qtbot.mouseClick(window.sync.status.cancel_button, Qt.MouseButton.LeftButton)
    assert ended.args[0].cancelled
    assert window.message_bar.history()[-1].text.startswith("Sync cancelled")
    assert window.sync.status.state == LinkState.ONLINE  # what it said before

    window.sync.sync_now()
    assert window.sync.running
    window.close()  # cancels the sync and waits for it
    assert window.sync.wait(5_000)
    assert not window.sync.running


# -- connecting -----------------------------------------------------------------------------


def test_connect_dialog_shows_the_hubs_refusal_then_connects(
    qtbot, tmp_path: Path, world: HubWorld, hub: str
) -> None:
    # synced once with --forget: Anong is known here, the hub is not remembered
    ws = first_sync(tmp_path / "anong.db", hub, world.tokens["Anong"], remember=False)
    try:
        win = open_window(qtbot, ws, tmp_path)
        status = win.sync.status
        qtbot.waitUntil(lambda: status.snapshot is not None)
        assert status.state == LinkState.NOT_CONNECTED
        assert status.text == "Not connected to a hub"

        press_key = QApplication.focusWidget() or win
        qtbot.keyClick(press_key, Qt.Key.Key_F5)
        dialog = win.sync.dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        qtbot.keyClicks(dialog.url_edit, hub + "/")  # a slash at the end is fine
        qtbot.keyClicks(dialog.token_edit, "not-a-token")
        with qtbot.waitSignal(win.sync.finished, timeout=60_000):
            qtbot.keyClick(dialog.token_edit, Qt.Key.Key_Return)
        assert "unknown or revoked token" in dialog.error
        assert "401" in dialog.error
        assert dialog.isVisible()
        assert connection.remembered(ws.db) is None

        dialog.token_edit.clear()
        qtbot.keyClicks(dialog.token_edit, world.tokens["Anong"])
        with qtbot.waitSignal(win.sync.finished, timeout=60_000):
            qtbot.keyClick(dialog.token_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.sync.dialog is None)
        remembered = connection.remembered(ws.db)
        assert remembered is not None
        assert remembered.url == hub
        assert status.state == LinkState.ONLINE
        assert status.text.startswith("Online · last sync ")
        assert "never synced" not in status.text
        win.close()
    finally:
        ws.close()


def test_connect_dialog_checks_the_address_before_asking(
    qtbot, tmp_path: Path, world: HubWorld, hub: str
) -> None:
    ws = first_sync(tmp_path / "anong.db", hub, world.tokens["Anong"], remember=False)
    try:
        win = open_window(qtbot, ws, tmp_path)
        dialog = win.sync.open_connect_dialog()
        qtbot.keyClicks(dialog.url_edit, "hub.example.com")
        qtbot.keyClicks(dialog.token_edit, "t")
        qtbot.keyClick(dialog.token_edit, Qt.Key.Key_Return)
        assert "https://" in dialog.error
        assert not win.sync.running
        dialog.reject()
        qtbot.waitUntil(lambda: win.sync.dialog is None)
        win.close()
    finally:
        ws.close()


# -- the status line's words ----------------------------------------------------------------

NOW = dt.datetime(2026, 11, 26, 14, 30, tzinfo=dt.UTC)


def snapshot(*, synced: dt.datetime | None, error: str | None, waiting: int) -> SyncSnapshot:
    return SyncSnapshot("http://127.0.0.1:8750", synced, synced or NOW, error, waiting)


def test_status_line_words(qtbot) -> None:
    widget = SyncStatusWidget(clock=lambda: NOW)
    qtbot.add_widget(widget)
    assert widget.text == "Not connected to a hub"

    widget.set_snapshot(snapshot(synced=NOW - dt.timedelta(hours=2), error="x", waiting=12))
    assert widget.state == LinkState.OFFLINE
    assert widget.text == "Offline · last sync 2 h ago · 12 waiting"

    widget.set_snapshot(snapshot(synced=None, error="x", waiting=1), LinkState.OFFLINE)
    assert widget.text == "Offline · never synced · 1 waiting"

    widget.set_snapshot(snapshot(synced=NOW, error=None, waiting=3), LinkState.ONLINE)
    assert widget.text.startswith("Online · last sync ")
    assert widget.text.endswith(" · 3 waiting")

    widget.set_syncing(True)
    assert widget.text == "Syncing…"
    assert widget.bar.isVisibleTo(widget)
    assert widget.cancel_button.isVisibleTo(widget)


def test_the_sync_action_is_in_the_file_menu_and_beside_the_menus(
    qtbot, window: MainWindow
) -> None:
    action = window.actions_by_id["sync"]
    assert action in window.menu_file.actions()
    assert window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is window.sync.button
    assert action.shortcut().toString() == "F5"
    assert isinstance(window.sync, SyncController)
