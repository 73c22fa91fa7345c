"""The work behind the app's sync button, run on a worker thread: one sync, and the status.

Nothing here touches a widget. :func:`run_sync` turns every error the user can act on into
a :class:`SyncOutcome` (offline, refused, disk full, cancelled), so the window shows a
sentence, never a traceback; anything else is a bug and reaches the worker's log.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

import httpx

from labeldesk.errors import CancelledError, LabelDeskError
from labeldesk.progress import ProgressCallback
from labeldesk.storage.db import Database
from labeldesk.sync import connection
from labeldesk.sync.client import HubUnreachable, SyncClient, SyncReport

# Attempts per request and seconds per attempt in the app (the CLI waits longer): a hub
# that does not answer should turn the status line to "offline" soon, not in minutes.
APP_RETRIES = 4
APP_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class SyncSnapshot:
    """What the status line shows for one profile, read from the workspace.

    ``hub_url`` is None when the workspace remembers no hub for this profile.
    """

    hub_url: str | None
    last_sync_at: dt.datetime | None
    last_attempt_at: dt.datetime | None
    last_error: str | None
    waiting: int

    @property
    def connected(self) -> bool:
        """Whether the workspace remembers a hub (and token) for this profile."""
        return self.hub_url is not None

    @property
    def online(self) -> bool:
        """Whether the last attempt to sync worked."""
        return self.last_attempt_at is not None and self.last_error is None


@dataclass(frozen=True)
class SyncOutcome:
    """How one sync ended.

    Attributes
    ----------
    report
        What the sync did, if it finished.
    error
        Why it did not, in a sentence the user can act on; None if it finished.
    offline
        The hub could not be reached.
    cancelled
        The user cancelled (or the window closed); what was acknowledged stays done.
    user_id
        Whom the token belongs to, once the hub said so.
    snapshot
        The status after the attempt.
    """

    report: SyncReport | None
    error: str | None
    offline: bool
    cancelled: bool
    user_id: str | None
    snapshot: SyncSnapshot


class CancellableTransport(httpx.BaseTransport):
    """An HTTP transport that refuses to send once ``cancel`` is set.

    The sync client retries network errors, so cancelling raises
    :class:`~labeldesk.errors.CancelledError`, which it does not catch: the sync stops before
    its next request, and each step it already finished stays committed.
    """

    def __init__(self, cancel: threading.Event, inner: httpx.BaseTransport | None = None) -> None:
        self._cancel = cancel
        self._inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Override httpx.BaseTransport.handle_request: send unless cancelled."""
        if self._cancel.is_set():
            raise CancelledError("the sync was cancelled")
        return self._inner.handle_request(request)

    def close(self) -> None:
        """Override httpx.BaseTransport.close: close the connections."""
        self._inner.close()


def read_snapshot(db: Database, user_id: str) -> SyncSnapshot:
    """The sync status of ``user_id`` in the workspace (two small queries)."""
    remembered = connection.remembered(db, user_id)
    mine = remembered is not None
    state = connection.status(db, user_id)
    return SyncSnapshot(
        hub_url=remembered.url if mine and remembered is not None else None,
        last_sync_at=_aware(state.last_sync_at) if mine else None,
        last_attempt_at=_aware(state.last_attempt_at) if mine else None,
        last_error=state.last_error if mine else None,
        waiting=state.waiting,
    )


def run_sync(
    db: Database,
    hub_url: str,
    token: str,
    *,
    user_id: str,
    progress: ProgressCallback,
    cancel: threading.Event,
    remember: bool = False,
    transport: httpx.BaseTransport | None = None,
) -> SyncOutcome:
    """Sync the workspace with a hub; remember the hub and token if asked and it worked.

    Parameters
    ----------
    db
        The workspace.
    hub_url, token
        The hub and the user's token.
    user_id
        The profile working in the window (its status is read afterwards).
    progress
        Called with each step (on the calling thread).
    cancel
        Set it to stop the sync before its next request.
    remember
        Remember the hub and token for the token's user once the sync finished.
    transport
        The HTTP transport under the cancellable one (default: the network).
    """
    report, error, offline, cancelled, who = None, None, False, False, None
    client = SyncClient(
        db,
        hub_url,
        token,
        retries=APP_RETRIES,
        timeout=APP_TIMEOUT_SECONDS,
        transport=CancellableTransport(cancel, transport),
        # The profile's own remembered hub: a failed attempt is recorded for its status line.
        user_id=user_id if connection.remembered(db, user_id) is not None else None,
    )
    try:
        report = client.sync(progress)
        who = client.user_id
        if remember and who is not None:
            connection.remember(db, hub_url, who, token)
    except CancelledError:
        cancelled = True
    except HubUnreachable as exc:
        error, offline = str(exc), True
    except LabelDeskError as exc:  # the hub refused, the disk is full, a name clash
        error = str(exc)
    finally:
        client.close()
        who = who or client.user_id
    return SyncOutcome(report, error, offline, cancelled, who, read_snapshot(db, user_id))


def _aware(value: object) -> dt.datetime | None:
    """A stored time as an aware UTC datetime (SQLite gives them back naive)."""
    if not isinstance(value, dt.datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
