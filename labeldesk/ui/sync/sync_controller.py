"""Sync in the main window: the Sync action (F5), background syncs, and the status line.

The sync itself (:func:`~labeldesk.ui.sync.sync_job.run_sync`) runs on a worker thread of
a :class:`~labeldesk.ui.workers.BackgroundCalls`; its progress comes back through a signal.
There is never more than one sync at a time. A workspace that remembers no hub for the
profile gets the "Connect to hub" dialog instead; once a first sync with the typed address
and token worked, both are remembered and later syncs need nothing typed.

Background syncs run a little after the window opens, every few minutes, and shortly after
a submit while the hub was reachable; they stay quiet unless something needs attention.
Closing the window cancels a running sync (each finished step stays committed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

import httpx
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStyle, QToolButton

from labeldesk.errors import CancelledError
from labeldesk.progress import Progress
from labeldesk.sync import connection
from labeldesk.ui.sync.connect_dialog import ConnectDialog
from labeldesk.ui.sync.status_widget import LinkState, SyncStatusWidget
from labeldesk.ui.sync.sync_job import SyncOutcome, SyncSnapshot, read_snapshot, run_sync
from labeldesk.ui.workers import BackgroundCalls

if TYPE_CHECKING:
    from labeldesk.sync.client import SyncReport
    from labeldesk.ui.main_window import MainWindow

# When the first background sync runs after the window opens, in milliseconds.
FIRST_SYNC_MS: Final[int] = 3_000
# How often a background sync runs, in milliseconds.
BACKGROUND_SYNC_MS: Final[int] = 5 * 60_000
# How long after a submit (while online) its work is sent, in milliseconds.
AFTER_SAVE_SYNC_MS: Final[int] = 10_000


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    progressed = Signal(object)


class _SyncCalls(BackgroundCalls):
    """The window's sync worker; shutting it down (the window closes) cancels the sync."""

    def __init__(self, parent: QObject, before_shutdown: Callable[[], None]) -> None:
        super().__init__(parent, threads=2)  # a sync and a status read at once
        self._before_shutdown = before_shutdown

    def shutdown(self) -> None:
        """Override BackgroundCalls.shutdown: stop the running sync first, then wait for it."""
        self._before_shutdown()
        super().shutdown()


class SyncController(QObject):
    """The sync action, the connect dialog, background syncs and the status line of a window.

    Parameters
    ----------
    window
        The main window: its workspace, profile, shortcuts, menus, status and message bars.
    transport
        The HTTP transport for the hub (tests may pass one); default: the network.

    Attributes
    ----------
    action : QAction
        Sync now (registry id ``sync``, F5); in the File menu and beside the menu bar.
    status : SyncStatusWidget
        The status bar's sync line.
    dialog : ConnectDialog | None
        The connect dialog while it is open.

    Signals
    -------
    finished(SyncOutcome)
        A sync ended (worked, failed, offline or cancelled); the window is up to date.
    statusRead(SyncSnapshot)
        The status line was read again from the workspace.
    """

    finished = Signal(object)
    statusRead = Signal(object)

    def __init__(self, window: MainWindow, transport: httpx.BaseTransport | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._transport = transport
        self._calls = _SyncCalls(self, self._on_shutdown)
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_progress)
        self._cancel: threading.Event | None = None
        self._manual = False
        self._closed = False
        self._background = True
        self._before = LinkState.NOT_CONNECTED
        self._generation = 0  # syncs ended; a status read from before one is stale
        self.dialog: ConnectDialog | None = None
        self.last_outcome: SyncOutcome | None = None
        self.status = SyncStatusWidget(window.statusBar())
        self.status.syncRequested.connect(self.sync_now)
        self.status.cancelRequested.connect(self.cancel)
        window.statusBar().addPermanentWidget(self.status)
        self.action = self._build_action()
        self.first, self.periodic, self.soon = self._build_timers()
        window.saved.connect(self._after_save)
        self.status.retranslate()
        self.refresh_status()

    # -- building -------------------------------------------------------------------------

    def _build_action(self) -> QAction:
        """The Sync action: F5, first in the File menu, and a button right of the menus."""
        window = self._window
        action = QAction(window)
        action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.sync_now)
        window.shortcuts.apply(action, "sync")
        window.addAction(action)
        window.actions_by_id["sync"] = action
        first = window.actions_by_id["switch_profile"]
        window.menu_file.insertAction(first, action)
        window.menu_file.insertSeparator(first)
        self.button = QToolButton(window.menuBar())
        self.button.setObjectName("button_sync")
        self.button.setDefaultAction(action)
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.menuBar().setCornerWidget(self.button, Qt.Corner.TopRightCorner)
        return action

    def _build_timers(self) -> tuple[QTimer, QTimer, QTimer]:
        """The first background sync, the periodic one, and the one after a submit."""
        first, periodic, soon = QTimer(self), QTimer(self), QTimer(self)
        for timer, ms in ((first, FIRST_SYNC_MS), (periodic, BACKGROUND_SYNC_MS),
                          (soon, AFTER_SAVE_SYNC_MS)):  # fmt: skip
            timer.setInterval(ms)
            timer.timeout.connect(self.sync_in_background)
        first.setSingleShot(True)
        soon.setSingleShot(True)
        first.start()
        periodic.start()
        return first, periodic, soon

    # -- public ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a sync is running."""
        return self._cancel is not None

    def set_background(self, enabled: bool) -> None:
        """Turn background syncs on or off (the Sync action always works)."""
        self._background = enabled
        for timer in (self.first, self.soon):
            timer.stop()
        if enabled and not self._closed:
            self.periodic.start()
        else:
            self.periodic.stop()

    def sync_now(self) -> None:
        """Sync now; without a hub remembered for this profile, ask for one first."""
        if self.running or self._closed:
            return
        db = self._window.ws.db
        conn = connection.remembered(db, self._window.profile.id)
        if conn is None:
            # Offer the hub someone else on this workstation uses.
            other = connection.remembered(db)
            self.open_connect_dialog(other.url if other is not None else "")
            return
        self._start(conn.url, conn.token, remember=False, manual=True)

    def sync_in_background(self) -> None:
        """Sync quietly if a hub is remembered for this profile and no sync runs."""
        if self.running or self._closed or self.dialog is not None:
            return
        conn = connection.remembered(self._window.ws.db, self._window.profile.id)
        if conn is not None:
            self._start(conn.url, conn.token, remember=False, manual=False)

    def open_connect_dialog(self, url: str = "") -> ConnectDialog:
        """Open (or raise) the connect dialog; a first sync with its fields connects."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = ConnectDialog(url, self._window.profile.name, self._window)
        dialog.connectRequested.connect(self._on_connect_requested)
        dialog.cancelRequested.connect(self.cancel)
        dialog.finished.connect(lambda _result: self._on_dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def cancel(self) -> None:
        """Stop the running sync before its next request (what was sent stays sent)."""
        if self._cancel is not None:
            self._cancel.set()

    def refresh_status(self) -> None:
        """Read the status line again from the workspace, on a worker thread."""
        if self._closed:
            return
        db, user_id, generation = self._window.ws.db, self._window.profile.id, self._generation
        self._calls.call(
            "status",
            lambda: read_snapshot(db, user_id),
            lambda snap: self._on_status(snap, generation),
        )

    def wait(self, msecs: int = -1) -> bool:
        """Wait until the running sync and status reads are done and shown (for tests)."""
        return self._calls.wait(msecs)

    # -- running a sync -------------------------------------------------------------------

    def _start(self, url: str, token: str, *, remember: bool, manual: bool) -> None:
        """Run one sync on the worker; the status line shows its progress."""
        cancel = self._cancel = threading.Event()
        self._manual = manual
        self._before = self.status.state
        self.status.set_syncing(True)
        relay, db, user_id, transport = (
            self._relay,
            self._window.ws.db,
            self._window.profile.id,
            self._transport,
        )

        def progress(step: Progress) -> None:
            if cancel.is_set():
                raise CancelledError("the sync was cancelled")
            relay.progressed.emit(step)

        self._calls.call(
            "sync",
            lambda: run_sync(
                db,
                url,
                token,
                user_id=user_id,
                progress=progress,
                cancel=cancel,
                remember=remember,
                transport=transport,
            ),
            self._on_done,
            self._on_failed,
        )

    def _on_progress(self, step: Progress) -> None:
        """A step of the running sync."""
        if self.running:
            self.status.set_progress(step)

    def _on_done(self, outcome: SyncOutcome) -> None:
        """A sync ended: show the status, tell the dialog, show what changed."""
        self._cancel = None
        if self._closed:
            return
        self._generation += 1
        self.last_outcome = outcome
        self.status.set_syncing(False)
        self.status.set_snapshot(outcome.snapshot, self._state_after(outcome), outcome.error)
        if self.dialog is not None and self.dialog.busy:
            self._tell_dialog(outcome)
        elif self._manual or outcome.report is None:
            self._tell_window(outcome)
        else:
            self._tell_news(outcome.report)
        if outcome.report is not None and outcome.report.pulled:
            self._window.reload_work()
        self.finished.emit(outcome)

    def _on_failed(self, error: str) -> None:
        """A bug in the sync (it is in the log with its trace): say so in one sentence."""
        self._cancel = None
        if self._closed:
            return
        self._generation += 1
        self.status.set_syncing(False)
        self.status.set_state(LinkState.FAILED)
        self.refresh_status()
        text = self.tr("The sync stopped on an unexpected error: %1").replace("%1", error)
        if self.dialog is not None and self.dialog.busy:
            self.dialog.fail(text)
        else:
            self._window.show_problem(text)
        self.finished.emit(None)

    def _state_after(self, outcome: SyncOutcome) -> LinkState:
        """What the status line says after a sync."""
        if outcome.cancelled:
            return self._before if self._before != LinkState.SYNCING else LinkState.OFFLINE
        if outcome.report is not None:
            return LinkState.ONLINE
        return LinkState.OFFLINE if outcome.offline else LinkState.FAILED

    def _on_status(self, snapshot: SyncSnapshot, generation: int) -> None:
        """A status read arrived; one from before the last sync ended is stale."""
        if self._closed or generation != self._generation:
            return
        self.status.set_snapshot(snapshot)
        self.statusRead.emit(snapshot)

    # -- telling the person ---------------------------------------------------------------

    def _tell_dialog(self, outcome: SyncOutcome) -> None:
        """The connect dialog's try ended: close it, or show the hub's reason."""
        dialog = self.dialog
        assert dialog is not None
        if outcome.cancelled:
            return
        if outcome.report is None:
            dialog.fail(self.tr("Could not connect: %1").replace("%1", outcome.error or ""))
            return
        dialog.succeed()
        if outcome.user_id != self._window.profile.id:
            self._window.message_bar.show_message(
                self.tr(
                    "Connected as %1, but this window works as %2. Switch profile to work on "
                    "%1's items."
                )
                .replace("%1", outcome.report.user)
                .replace("%2", self._window.profile.name),
                "warning",
            )
            return
        self._tell_window(outcome)

    def _tell_window(self, outcome: SyncOutcome) -> None:
        """A sync the person asked for ended (or a background one failed for good)."""
        bar = self._window.message_bar
        if outcome.cancelled:
            bar.show_message(self.tr("Sync cancelled. What was sent stays sent."), "info")
        elif outcome.report is not None:
            bar.show_message(self._summary(outcome.report), "info")
            self._tell_rejected(outcome.report)
        elif outcome.offline:
            if self._manual:
                # the technical reason is in the status line's tooltip
                bar.show_message(
                    self.tr(
                        "The hub cannot be reached, so you are working offline. Your work is "
                        "safe here and is sent at the next sync."
                    ),
                    "warning",
                )
        else:
            bar.show_message(self.tr("Sync failed: %1").replace("%1", outcome.error or ""), "error")

    def _tell_news(self, report: SyncReport) -> None:
        """A background sync worked: mention new work and refusals only."""
        if report.assignments or report.dropped:
            self._window.message_bar.show_message(self._summary(report), "info")
        self._tell_rejected(report)

    def _tell_rejected(self, report: SyncReport) -> None:
        """Records the hub refused for good, with its first reason."""
        if report.rejected:
            self._window.message_bar.show_message(
                self.tr("The hub refused %n record(s): %1", "", len(report.rejected)).replace(
                    "%1", report.rejected[0][1]
                ),
                "warning",
            )

    def _summary(self, report: SyncReport) -> str:
        """One sentence on what a sync did."""
        parts = [
            self.tr("Synced: %n record(s) sent", "", report.pushed),
            self.tr("%n new item(s)", "", report.assignments),
        ]
        if report.feedback:
            parts.append(self.tr("%n feedback", "", report.feedback))
        if report.dropped:
            parts.append(self.tr("%n expired item(s) returned to the hub", "", report.dropped))
        return ", ".join(parts) + "."

    # -- window events --------------------------------------------------------------------

    def _after_save(self, _saved: object) -> None:
        """A submit or skip is on disk: recount what waits; send it soon while online."""
        self.refresh_status()
        online = self.status.state == LinkState.ONLINE
        if self._background and online and not self.soon.isActive():
            self.soon.start()

    def _on_connect_requested(self, url: str, token: str) -> None:
        """The connect dialog's fields: try them with a first sync."""
        if self.running:
            if self.dialog is not None:
                self.dialog.fail(self.tr("A sync is running; try again in a moment."))
            return
        self._start(url, token, remember=True, manual=True)

    def _on_dialog_closed(self, dialog: ConnectDialog) -> None:
        """The connect dialog closed (connected or cancelled)."""
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        if not self._closed:
            self._window.activateWindow()

    def _on_shutdown(self) -> None:
        """The window closes: no more syncs, and the running one stops at its next step."""
        self._closed = True
        for timer in (self.first, self.periodic, self.soon):
            timer.stop()
        self.cancel()
