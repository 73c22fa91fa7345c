"""The sync part of the status bar: online or offline, the last sync, records waiting.

One flat button says it all ("Online · last sync 14:02 · 3 waiting") and syncs when
clicked; while a sync runs, a progress bar and a cancel button show beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from typing import Final

from PySide6.QtCore import QDateTime, QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QStyle,
    QToolButton,
    QWidget,
)

from labeldesk.progress import Progress
from labeldesk.ui.sync.sync_job import SyncSnapshot

# How often the relative time ("2 h ago") is written again, in milliseconds.
TICK_MS: Final[int] = 30_000
# The state dot's diameter in device-independent pixels.
DOT_SIZE: Final[int] = 10

Clock = Callable[[], dt.datetime]


class LinkState(Enum):
    """What the status line knows about the link to the hub."""

    NOT_CONNECTED = "not_connected"
    ONLINE = "online"
    OFFLINE = "offline"
    FAILED = "failed"  # the hub answered, but refused (a revoked token, a full disk here)
    SYNCING = "syncing"


# The state dot's colour per state (readable on the light and the dark palette).
DOT_COLORS: Final[dict[LinkState, str]] = {
    LinkState.NOT_CONNECTED: "#8a939f",
    LinkState.ONLINE: "#2e8b3e",
    LinkState.OFFLINE: "#8a939f",
    LinkState.FAILED: "#d0453a",
    LinkState.SYNCING: "#2a72d4",
}


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SyncStatusWidget(QWidget):
    """The status bar's sync line; click it (or press its button with the keyboard) to sync.

    Parameters
    ----------
    parent
        The status bar.
    clock
        The current time, aware (tests pass a fixed one).

    Signals
    -------
    syncRequested()
        The person clicked the status line.
    cancelRequested()
        The person clicked cancel while a sync ran.
    """

    syncRequested = Signal()
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None, clock: Clock = _utcnow) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self._clock = clock
        self._snapshot: SyncSnapshot | None = None
        self._state = LinkState.NOT_CONNECTED
        self._error: str | None = None
        self._progress: Progress | None = None
        self.button = QToolButton(self)
        self.button.setObjectName("button_sync_status")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setIconSize(QSize(DOT_SIZE, DOT_SIZE))
        self.button.clicked.connect(self.syncRequested)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress_sync")
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("button_sync_cancel")
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton)
        )
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.cancel_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.button)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._show)
        self._tick.start()
        self._show()

    # -- state ----------------------------------------------------------------------------

    @property
    def state(self) -> LinkState:
        """What the line says about the link."""
        return self._state

    @property
    def snapshot(self) -> SyncSnapshot | None:
        """The status last read from the workspace, if any."""
        return self._snapshot

    @property
    def text(self) -> str:
        """The line as shown."""
        return self.button.text()

    def set_snapshot(
        self, snapshot: SyncSnapshot, state: LinkState | None = None, error: str | None = None
    ) -> None:
        """Show a status read from the workspace; ``state`` and ``error`` override it.

        Without ``state`` the line keeps what this session learnt; on the first read, a
        remembered hub whose last attempt failed counts as offline.
        """
        self._snapshot = snapshot
        if not snapshot.connected:
            self._state = LinkState.NOT_CONNECTED
        elif state is not None:
            self._state = state
        elif self._state == LinkState.NOT_CONNECTED:  # first read: trust the last attempt
            self._state = LinkState.ONLINE if snapshot.online else LinkState.OFFLINE
        if state is not None or error is not None:
            self._error = error if error is not None else snapshot.last_error
        elif snapshot.last_error is not None:
            self._error = snapshot.last_error
        if self._state != LinkState.SYNCING:
            self._progress = None
        self._show()

    def set_state(self, state: LinkState) -> None:
        """Say this about the link (a remembered hub; without one the line says so)."""
        self._state = state
        self._show()

    def set_syncing(self, syncing: bool) -> None:
        """Show (or stop showing) a sync in progress."""
        self._progress = None
        if syncing:
            self._state = LinkState.SYNCING
        self.bar.setVisible(syncing)
        self.cancel_button.setVisible(syncing)
        self.bar.setRange(0, 0)  # busy until the first step says how far
        self._show()

    def set_progress(self, progress: Progress) -> None:
        """Show how far the running sync has come."""
        self._progress = progress
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        else:
            self.bar.setRange(0, 0)
        self._show()

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the texts in the current UI language."""
        self.cancel_button.setToolTip(self.tr("Stop the sync (what was sent stays sent)"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: retranslate when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self) -> None:
        """Write the line, its tooltip and its dot for the current state."""
        self.button.setText(self._line())
        self.button.setToolTip(self._tooltip())
        self.button.setIcon(_dot(DOT_COLORS[self._state], self.devicePixelRatioF()))

    def _line(self) -> str:
        """The status line's text."""
        snap = self._snapshot
        if self._state == LinkState.SYNCING:
            return self._syncing_text()
        if snap is None or self._state == LinkState.NOT_CONNECTED:
            return self.tr("Not connected to a hub")
        head = {
            LinkState.ONLINE: self.tr("Online"),
            LinkState.OFFLINE: self.tr("Offline"),
            LinkState.FAILED: self.tr("Sync failed"),
        }[self._state]
        return " · ".join((head, self._last_sync_text(snap), self._waiting_text(snap.waiting)))

    def _syncing_text(self) -> str:
        """ "Syncing…", with how far it has come."""
        step = self._progress
        if step is None or step.done == 0:
            return self.tr("Syncing…")
        if step.message == "sending" and step.total:
            return (
                self.tr("Syncing… sent %1 of %2")
                .replace("%1", QLocale().toString(step.done))
                .replace("%2", QLocale().toString(step.total))
            )
        return self.tr("Syncing… %n received", "", step.done)

    def _last_sync_text(self, snap: SyncSnapshot) -> str:
        """ "last sync 14:02" when online, "last sync 2 h ago" otherwise, or "never synced"."""
        when = snap.last_sync_at
        if when is None:
            return self.tr("never synced")
        age = self._clock() - when
        if self._state == LinkState.ONLINE:
            local, fmt = _local(when), QLocale.FormatType.ShortFormat
            today = local.date() == _local(self._clock()).date()
            shown = (
                QLocale().toString(local.time(), fmt) if today else QLocale().toString(local, fmt)
            )
            return self.tr("last sync %1").replace("%1", shown)
        return self.tr("last sync %1").replace("%1", self._age_text(age))

    def _age_text(self, age: dt.timedelta) -> str:
        """How long ago, roughly: "just now", "5 min ago", "2 h ago", "3 days ago"."""
        minutes = max(0, int(age.total_seconds() // 60))
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return self.tr("%n min ago", "", minutes)
        if minutes < 48 * 60:
            return self.tr("%n h ago", "", minutes // 60)
        return self.tr("%n day(s) ago", "", minutes // (24 * 60))

    def _waiting_text(self, waiting: int) -> str:
        """ "3 waiting", or "all sent"."""
        if waiting == 0:
            return self.tr("all sent")
        return self.tr("%n waiting", "", waiting)

    def _tooltip(self) -> str:
        """Where the hub is, the last error, and what a click does."""
        snap = self._snapshot
        if snap is None or not snap.connected:
            return self.tr("Click to connect this workspace to your team's hub.")
        lines = [self.tr("Hub: %1").replace("%1", snap.hub_url or "")]
        if snap.last_sync_at is not None:
            stamp = QLocale().toString(_local(snap.last_sync_at), QLocale.FormatType.LongFormat)
            lines.append(self.tr("Last sync: %1").replace("%1", stamp))
        lines.append(self.tr("%n record(s) of your work wait to be sent.", "", snap.waiting))
        if self._error and self._state in (LinkState.OFFLINE, LinkState.FAILED):
            lines.append(self.tr("Last problem: %1").replace("%1", self._error))
        lines.append(self.tr("Click to sync now."))
        return "\n".join(lines)


def _local(when: dt.datetime) -> QDateTime:
    """An aware time as a Qt date-time in the local time zone."""
    return QDateTime.fromMSecsSinceEpoch(round(when.timestamp() * 1000))


def _dot(color: str, ratio: float) -> QIcon:
    """A filled circle of ``color``, sharp at the screen's pixel ratio."""
    side = max(1, round(DOT_SIZE * ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, side - 2, side - 2)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)
